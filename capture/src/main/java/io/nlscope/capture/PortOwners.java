package io.nlscope.capture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which process owns each netlink port id on this host, learnt while capturing, since nlmon records neither:
 * {@code /proc/net/netlink} lists every netlink socket of the network namespace with its protocol, port id and
 * inode; {@code /proc/PID/fd} shows which process holds the inode ({@code socket:[INODE]}); {@code /proc/PID/comm}
 * names it.
 *
 * <p>{@link #refresh()} reads the socket list ({@link #start()} runs it every 10 ms on a thread of its own, so that
 * the capture's thread never waits for /proc); the fds are read only for sockets not seen before, first of the
 * processes not seen before (a new {@code ip} holds a new socket), then, once per socket, of every process. An owner stays known after its socket is closed (the answers to a
 * short-lived {@code ip} arrive after it exited) until another socket takes its port id; at most {@link #MAX}
 * ports are kept, the oldest forgotten first. A socket that lives shorter than the time between two
 * refreshes may be missed: its frames then name no process.
 */
public final class PortOwners implements AutoCloseable {
    /** Ports kept. */
    public static final int MAX = 65_536;
    /** How often the thread of {@link #start()} reads the socket list. */
    public static final long REFRESH_MILLIS = 10;
    /** Ports whose frames made the capture's thread read the list itself, at most once each. */
    private static final int MISSED_MAX = 4096;

    /** A port's owner: the process (thread group) id and its command name. */
    public record Owner(long pid, String name) {}

    private record Entry(long inode, Owner owner) {}

    private final Path proc;
    /** Read by the capture's thread, written by {@link #refresh()}. */
    private final Map<Long, Entry> byPort = new ConcurrentHashMap<>(256);
    private final Set<Long> missed = new HashSet<>();
    private volatile Thread poller;
    /** Processes whose fds were read, with the socket inodes they held then. */
    private final Set<Long> seenProcesses = new HashSet<>();
    /** Sockets every process was searched for, in vain (held by a process we cannot read, or already closed). */
    private final Set<Long> searched = new HashSet<>();
    private volatile long refreshes, scans;

    /** The owners on this host (its /proc). */
    public PortOwners() { this(Path.of("/proc")); }

    /** The owners as a /proc tree at {@code proc} shows them (a copy of one, in tests). */
    public PortOwners(Path proc) { this.proc = proc; }

    /** Whether this host lets us read its netlink sockets at all. */
    public boolean available() { return Files.isReadable(proc.resolve("net/netlink")); }

    /** Reads the socket list every {@link #REFRESH_MILLIS} ms on a daemon thread, until {@link #close()}. */
    public PortOwners start() {
        Thread t = new Thread(() -> {
            while (poller == Thread.currentThread()) {
                refresh();
                try {
                    Thread.sleep(REFRESH_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "nlscope-port-owners");
        t.setDaemon(true);
        poller = t;
        t.start();
        return this;
    }

    @Override public void close() {
        Thread t = poller;
        poller = null;
        if (t != null) t.interrupt();
    }

    /** Reads the socket list and finds the owners of the sockets not seen before. */
    public synchronized void refresh() {
        refreshes++;
        List<long[]> fresh = new ArrayList<>();   // {key, inode}
        try {
            List<String> lines = Files.readAllLines(proc.resolve("net/netlink"), StandardCharsets.ISO_8859_1);
            for (int i = 1; i < lines.size(); i++) {
                // sk Eth Pid Groups Rmem Wmem Dump Locks Drops Inode
                String[] w = lines.get(i).trim().split("\\s+");
                if (w.length < 10) continue;
                long port = Long.parseLong(w[2]);
                if (port == 0) continue;   // the kernel's own sockets
                long key = key(Integer.parseInt(w[1]), port), inode = Long.parseLong(w[9]);
                Entry e = byPort.get(key);
                if (e == null || e.inode != inode) fresh.add(new long[] {key, inode});
            }
        } catch (IOException | RuntimeException e) {
            return;   // no /proc/net/netlink (or a line of another form): frames name no process
        }
        if (fresh.isEmpty()) return;
        Map<Long, Long> wanted = new HashMap<>();   // inode -> key
        for (long[] f : fresh) {
            if (!searched.contains(f[1])) wanted.put(f[1], f[0]);
        }
        if (wanted.isEmpty()) return;
        Map<Long, Owner> found = new HashMap<>();
        scan(wanted, found, true);
        if (found.size() < wanted.size()) {
            scan(wanted, found, false);
            for (Long inode : wanted.keySet()) if (!found.containsKey(inode)) searched.add(inode);
            if (searched.size() > MAX) searched.clear();
        }
        if (byPort.size() + found.size() > MAX) byPort.clear();   // a bound, not a cache policy: owners are learnt again
        for (Map.Entry<Long, Owner> f : found.entrySet()) byPort.put(wanted.get(f.getKey()), new Entry(f.getKey(), f.getValue()));
    }

    /** Reads the fds of the processes not seen before ({@code newOnly}) or of every process, for the wanted inodes. */
    private void scan(Map<Long, Long> wanted, Map<Long, Owner> found, boolean newOnly) {
        scans++;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(proc, p -> isNumber(p.getFileName().toString()))) {
            for (Path dir : ds) {
                long pid = Long.parseLong(dir.getFileName().toString());
                if (!seenProcesses.add(pid) && newOnly) continue;
                readFds(pid, dir, wanted, found);
                if (found.size() == wanted.size()) return;
            }
        } catch (IOException | RuntimeException e) {
            // /proc unreadable: what was found stands
        }
        if (seenProcesses.size() > MAX) seenProcesses.clear();
    }

    private static void readFds(long pid, Path dir, Map<Long, Long> wanted, Map<Long, Owner> found) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(dir.resolve("fd"))) {
            for (Path fd : fds) {
                String target;
                try {
                    target = Files.readSymbolicLink(fd).toString();
                } catch (IOException e) {
                    continue;   // closed meanwhile
                }
                if (!target.startsWith("socket:[")) continue;
                long inode;
                try {
                    inode = Long.parseLong(target, 8, target.length() - 1, 10);
                } catch (NumberFormatException | IndexOutOfBoundsException e) {
                    continue;
                }
                if (wanted.containsKey(inode) && !found.containsKey(inode)) found.put(inode, new Owner(pid, comm(dir)));
            }
        } catch (IOException | RuntimeException e) {
            // the process exited, or its fds are not ours to read
        }
    }

    private static String comm(Path dir) {
        try {
            String c = new String(Files.readAllBytes(dir.resolve("comm")), StandardCharsets.UTF_8);
            return c.endsWith("\n") ? c.substring(0, c.length() - 1) : c;
        } catch (IOException e) {
            return "";
        }
    }

    private static boolean isNumber(String s) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) < '0' || s.charAt(i) > '9') return false;
        return true;
    }

    /** The owner of a port, as last learnt; null when unknown. */
    public Owner owner(int protocol, long port) {
        Entry e = byPort.get(key(protocol, port));
        return e == null ? null : e.owner;
    }

    /**
     * The frame with a comment naming the process its first message's nlmsg_pid belongs to, when it is known
     * (reading the socket list again if it is not): for a message to the kernel its sender, for one from the
     * kernel its receiver, or for a notification the port whose request caused it. Other frames as they are.
     * The comment is {@code pid=PID portid=P proto=N comm=NAME} (the command name last: it may hold spaces).
     */
    public Frame annotate(Frame f) {
        byte[] b = f.bytes();
        if (b.length < 16 + 16) return f;
        int protocol = ((b[14] & 0xff) << 8) | (b[15] & 0xff);                       // cooked header, big-endian
        long port = ByteBuffer.wrap(b, 16 + 12, 4).order(ByteOrder.nativeOrder()).getInt() & 0xffffffffL;   // nlmsg_pid, host order
        if (port == 0) return f;
        Owner o = owner(protocol, port);
        if (o == null) {
            // a port not known yet: read the list now, once per port (a flood to a port no process is known for
            // must not make a reading per frame; the thread of start() learns it later)
            if (missed.size() >= MISSED_MAX) missed.clear();
            if (!missed.add(key(protocol, port))) return f;
            refresh();
            o = owner(protocol, port);
            if (o == null) return f;
        }
        List<String> comments = new ArrayList<>(f.comments().size() + 1);
        comments.addAll(f.comments());
        comments.add(comment(o, protocol, port));
        return new Frame(f.index(), f.timestampNanos(), f.originalLength(), f.linkType(), f.interfaceId(), f.direction(), b, comments);
    }

    /** The comment {@link #annotate} adds. */
    public static String comment(Owner o, int protocol, long port) {
        return "pid=" + o.pid() + " portid=" + port + " proto=" + protocol + " comm=" + o.name();
    }

    /** How often the socket list was read and the processes' fds scanned, for the capture's summary. */
    public String describe() {
        return byPort.size() + " ports traced to processes (" + refreshes + " reads of /proc/net/netlink, " + scans + " scans of /proc)";
    }

    private static long key(int protocol, long port) {
        return ((long) protocol << 32) | (port & 0xffffffffL);
    }
}
