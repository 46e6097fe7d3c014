package io.nlscope.capture.strace;

import io.nlscope.capture.Direction;
import io.nlscope.capture.PcapngWriter;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A capture source without nlmon: turns the log of {@code strace} (run with {@link #STRACE_OPTIONS}) into a
 * LINKTYPE_NETLINK pcapng file, one frame per datagram a traced program sent or received on a netlink socket.
 *
 * <p>Each frame is the 16-byte big-endian cooked header (packet type 4 = PACKET_OUTGOING for what the program
 * sent, 0 = PACKET_HOST for what it received; ARPHRD_NETLINK 824; the socket's netlink protocol) followed by
 * the exact bytes of the datagram, taken from strace's hex dumps ({@code -e write=all -e read=all}). The EPB
 * flags record the direction (OUTBOUND sent, INBOUND received) and the EPB comment
 * {@code pid=PID fd=FD proto=N portid=P comm=NAME} (portid {@code ?} when the log never showed it; comm, the
 * process's command name, from strace's {@code -Y}, absent in a log made without it).
 *
 * <p>Receives with MSG_PEEK are not recorded (the data is read again later); a datagram cut by a short buffer
 * keeps its true length as the original length. Lines the importer does not understand become warnings.
 */
public final class StraceImporter {
    /** LINKTYPE_NETLINK. */
    public static final int LINKTYPE_NETLINK = 253;
    /** ARPHRD_NETLINK (linux/if_arp.h). */
    public static final int ARPHRD_NETLINK = 824;
    /** PACKET_HOST / PACKET_OUTGOING (linux/if_packet.h). */
    public static final int PACKET_HOST = 0, PACKET_OUTGOING = 4;
    private static final int AF_NETLINK = 16, MSG_PEEK = 2;

    /** The strace options (before {@code -o LOG PROGRAM ARGS...}) whose log this class reads. */
    public static final List<String> STRACE_OPTIONS = List.of(
            "-f", "-Y", "-ttt", "-yy", "-xx", "-s", "0", "-X", "raw",
            "-e", "trace=socket,bind,getsockname,sendto,sendmsg,recvfrom,recvmsg,write,read,close",
            "-e", "write=all", "-e", "read=all");

    /** The documented command line, for help texts. */
    public static String commandLine(String log, String program) {
        return "strace " + String.join(" ", STRACE_OPTIONS) + " -o " + log + " " + program;
    }

    /** What a conversion did. */
    public record Result(long lines, long frames, long warnings) {}

    private record SocketKey(int pid, int fd) {}

    private static final class Sock {
        int protocol = -1;
        long portId = -1;
    }

    private static final Pattern HEAD = Pattern.compile(
            "^(?:(?:\\[pid\\s+)?(\\d+)(?:<([^>\\n]*)>)?\\]?\\s+)?(\\d+)(?:\\.(\\d+))?\\s+(.*)$");
    private static final Pattern CALL = Pattern.compile("^([a-z_0-9]+)\\((.*)\\)\\s+=\\s+(-?\\d+|\\?)(.*)$");
    private static final Pattern UNFINISHED = Pattern.compile("^([a-z_0-9]+)\\((.*?)\\s*<unfinished \\.\\.\\.>$");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. ([a-z_0-9]+) resumed>\\s?(.*)$");
    private static final Pattern NETLINK_FD = Pattern.compile("^(\\d+)<NETLINK:\\[(?:([A-Z_0-9]+):)?(\\d+)\\]>$");
    private static final Pattern ANY_FD = Pattern.compile("^(\\d+)(?:<.*>)?$");
    private static final Pattern NL_PID = Pattern.compile("nl_pid=(-?\\d+)");

    private final ToIntFunction<String> protocolByName;
    private final Consumer<String> warnings;
    private final Map<SocketKey, Sock> sockets = new HashMap<>();
    private final Map<Long, Integer> protocolByInode = new HashMap<>();
    private final Map<Integer, String> unfinished = new HashMap<>();
    /** The command name of the line being read (strace -Y), or null. */
    private String comm;

    private PcapngWriter writer;
    private int iface;
    private long lineNo, frames, warningCount;
    // the send/receive whose hex dump is being read
    private Pending pending;
    private boolean inDump;

    private static final class Pending {
        int pid, fd, protocol;
        long portId, ts, ret;
        String comm;
        Direction dir;
        final ByteArrayOutputStream data = new ByteArrayOutputStream();
    }

    /**
     * @param protocolByName netlink protocol number for the name strace shows (e.g. "ROUTE" for NETLINK_ROUTE), -1 if unknown
     * @param warnings       receives one sentence per line that could not be used
     */
    public StraceImporter(ToIntFunction<String> protocolByName, Consumer<String> warnings) {
        this.protocolByName = Objects.requireNonNull(protocolByName);
        this.warnings = Objects.requireNonNull(warnings);
    }

    /** Declares the interface on {@code w} and writes a frame per netlink datagram of the log; does not close {@code w}. */
    public Result convert(BufferedReader in, PcapngWriter w) throws IOException {
        start(w);
        String line;
        while ((line = in.readLine()) != null) {
            line(line);
        }
        return finish();
    }

    /** Starts an incremental conversion: feed {@link #line(String)}s, then call {@link #finish()}. */
    public void start(PcapngWriter w) throws IOException {
        this.writer = Objects.requireNonNull(w);
        this.iface = w.addInterface(LINKTYPE_NETLINK, 0, "strace");
    }

    /** Writes what is still pending; returns the totals. */
    public Result finish() throws IOException {
        emit();
        for (Map.Entry<Integer, String> e : unfinished.entrySet()) {
            warn("pid " + e.getKey() + ": system call never finished: " + abbreviate(e.getValue()));
        }
        unfinished.clear();
        return new Result(lineNo, frames, warningCount);
    }

    /** One line of the log. */
    public void line(String line) throws IOException {
        lineNo++;
        if (line.startsWith(" | ")) {
            dumpLine(line);
            return;
        }
        if (line.startsWith(" * ") && line.contains(" bytes in buffer ")) {
            return; // iovec boundary inside a sendmsg/recvmsg dump: the buffers are concatenated
        }
        emit();
        if (line.isBlank()) return;
        Matcher h = HEAD.matcher(line);
        if (!h.matches()) {
            warn("not an strace line (run strace with " + String.join(" ", STRACE_OPTIONS) + "): " + abbreviate(line));
            return;
        }
        int pid = h.group(1) == null ? 0 : Integer.parseInt(h.group(1));
        comm = h.group(2) == null ? null : unescape(h.group(2));   // strace -Y: the command name the process had at this call
        long ts = timestamp(h.group(3), h.group(4));
        String rest = h.group(5);
        if (rest.startsWith("+++") || rest.startsWith("---")) {
            return; // exits and signals
        }
        Matcher u = UNFINISHED.matcher(rest);
        if (u.matches()) {
            unfinished.put(pid, u.group(1) + "(" + u.group(2));
            return;
        }
        Matcher r = RESUMED.matcher(rest);
        if (r.matches()) {
            String head = unfinished.remove(pid);
            if (head == null || !head.startsWith(r.group(1) + "(")) {
                warn("resumed " + r.group(1) + " of pid " + pid + " was never started");
                return;
            }
            rest = joinResumed(head, r.group(2));
        }
        Matcher c = CALL.matcher(rest);
        if (!c.matches()) {
            warn("cannot read system call: " + abbreviate(rest));
            return;
        }
        if (c.group(3).equals("?")) return;
        long ret = Long.parseLong(c.group(3));
        call(pid, ts, c.group(1), splitArgs(c.group(2)), ret, c.group(4).trim());
    }

    private void call(int pid, long ts, String name, List<String> args, long ret, String retText) throws IOException {
        if (args.isEmpty()) return;
        switch (name) {
            case "socket" -> {
                if (ret < 0 || args.size() < 3) return;
                if (!isNetlinkFamily(args.get(0))) return;
                int proto = protocol(args.get(2));
                Sock s = new Sock();
                s.protocol = proto;
                sockets.put(new SocketKey(pid, (int) ret), s);
                Matcher m = NETLINK_FD.matcher(retText);
                if (m.matches() && m.group(2) == null) protocolByInode.put(Long.parseLong(m.group(3)), proto);
            }
            case "bind", "getsockname" -> {
                if (ret < 0 || args.size() < 2) return;
                Sock s = socket(pid, args.get(0), false);
                if (s == null) return;
                Matcher m = NL_PID.matcher(args.get(1));
                if (m.find()) {
                    long p = Long.parseLong(m.group(1)) & 0xFFFFFFFFL;
                    if (p != 0) s.portId = p;
                }
            }
            case "close" -> {
                Matcher m = ANY_FD.matcher(args.get(0));
                if (m.matches()) sockets.remove(new SocketKey(pid, Integer.parseInt(m.group(1))));
            }
            case "sendto", "sendmsg", "write" -> transfer(pid, ts, args, ret, Direction.OUTBOUND, flagsArg(name, args));
            case "recvfrom", "recvmsg", "read" -> transfer(pid, ts, args, ret, Direction.INBOUND, flagsArg(name, args));
            default -> { }
        }
    }

    private static String flagsArg(String name, List<String> args) {
        int i = switch (name) {
            case "sendto", "recvfrom" -> 3;
            case "sendmsg", "recvmsg" -> 2;
            default -> -1;
        };
        return i >= 0 && i < args.size() ? args.get(i) : "0";
    }

    private void transfer(int pid, long ts, List<String> args, long ret, Direction dir, String flags) throws IOException {
        if (ret < 0) return;
        Sock s = socket(pid, args.get(0), true);
        if (s == null) return;
        if (isPeek(flags)) return; // iproute2 probes the size with MSG_PEEK|MSG_TRUNC; the real read follows
        Pending p = new Pending();
        p.pid = pid;
        p.comm = comm;
        p.fd = fdNumber(args.get(0));
        p.protocol = s.protocol;
        p.portId = s.portId;
        p.ts = ts;
        p.ret = ret;
        p.dir = dir;
        pending = p;
    }

    private void dumpLine(String line) {
        if (pending == null) return; // the dump of a file, pipe or other socket
        int sp = line.indexOf(' ', 3);
        if (sp < 0) {
            warn("cannot read hex dump line: " + abbreviate(line));
            return;
        }
        int start = sp + 2;
        int end = Math.min(line.length(), start + 48);
        for (int i = start; i + 1 < end; i += 3) {
            char a = line.charAt(i);
            if (a == ' ') {
                i -= 2; // the extra space between the two groups of eight
                continue;
            }
            int hi = Character.digit(a, 16), lo = Character.digit(line.charAt(i + 1), 16);
            if (hi < 0 || lo < 0) {
                warn("cannot read hex dump line: " + abbreviate(line));
                return;
            }
            pending.data.write(hi << 4 | lo);
        }
    }

    private void emit() throws IOException {
        Pending p = pending;
        pending = null;
        if (p == null) return;
        byte[] data = p.data.toByteArray();
        if (data.length == 0 && p.ret > 0) {
            warn("pid " + p.pid + " fd " + p.fd + ": " + p.ret + " bytes without a hex dump (run strace with -e write=all -e read=all)");
            return;
        }
        if (data.length == 0) return;
        long orig = Math.max(data.length, p.ret);
        byte[] frame = new byte[16 + data.length];
        putShort(frame, 0, p.dir == Direction.OUTBOUND ? PACKET_OUTGOING : PACKET_HOST);
        putShort(frame, 2, ARPHRD_NETLINK);
        putShort(frame, 14, p.protocol < 0 ? 0xFFFF : p.protocol);
        System.arraycopy(data, 0, frame, 16, data.length);
        String comment = "pid=" + p.pid + " fd=" + p.fd + " proto=" + (p.protocol < 0 ? "?" : Integer.toString(p.protocol))
                + " portid=" + (p.portId < 0 ? "?" : Long.toString(p.portId)) + (p.comm != null ? " comm=" + p.comm : "");
        writer.write(iface, p.ts, p.dir, frame, 0, frame.length, (int) Math.min(Integer.MAX_VALUE, orig + 16), comment);
        frames++;
    }

    /** A name as strace prints it (with -xx every byte as \\xHH; also \\\\ and octal escapes), as UTF-8 text. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        ByteArrayOutputStream b = new ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.charAt(i + 1) == 'x' && Character.digit(s.charAt(i + 2), 16) >= 0 && Character.digit(s.charAt(i + 3), 16) >= 0) {
                b.write(Character.digit(s.charAt(i + 2), 16) * 16 + Character.digit(s.charAt(i + 3), 16));
                i += 3;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
                b.write('\\');
                i++;
            } else {
                byte[] u = String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
            }
        }
        return b.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The netlink socket an fd argument names, learning protocol and port id from its -yy annotation. */
    private Sock socket(int pid, String fdArg, boolean create) {
        Matcher m = NETLINK_FD.matcher(fdArg);
        int fd = fdNumber(fdArg);
        if (fd < 0) return null;
        SocketKey key = new SocketKey(pid, fd);
        Sock s = sockets.get(key);
        if (!m.matches()) {
            // annotated as something else (file, pipe, other socket): not netlink, whatever we remembered
            if (fdArg.indexOf('<') >= 0) {
                if (s != null) sockets.remove(key);
                return null;
            }
            return s;
        }
        if (s == null) {
            s = new Sock();
            sockets.put(key, s);
        }
        if (m.group(2) == null) {
            Integer p = protocolByInode.get(Long.parseLong(m.group(3)));
            if (p != null && s.protocol < 0) s.protocol = p;
        } else {
            int p = protocolByName.applyAsInt(m.group(2));
            if (p >= 0) s.protocol = p;
            long port = Long.parseLong(m.group(3));
            if (port != 0) s.portId = port;
        }
        return s;
    }

    private static int fdNumber(String arg) {
        int i = 0;
        while (i < arg.length() && Character.isDigit(arg.charAt(i))) i++;
        if (i == 0 || i > 9) return -1;
        return Integer.parseInt(arg.substring(0, i));
    }

    private static boolean isNetlinkFamily(String arg) {
        String a = arg.trim();
        if (a.equals("AF_NETLINK") || a.equals("PF_NETLINK")) return true;
        try {
            return Long.decode(a) == AF_NETLINK;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private int protocol(String arg) {
        String a = arg.trim();
        try {
            return Long.decode(a).intValue();
        } catch (NumberFormatException e) {
            String n = a.startsWith("NETLINK_") ? a.substring("NETLINK_".length()) : a;
            int p = protocolByName.applyAsInt(n);
            if (p < 0) warn("unknown netlink protocol " + a);
            return p;
        }
    }

    private static boolean isPeek(String flags) {
        String f = flags.trim();
        if (f.contains("MSG_PEEK")) return true;
        long v = 0;
        for (String part : f.split("\\|")) {
            try {
                v |= Long.decode(part.trim());
            } catch (NumberFormatException e) {
                // a named flag other than MSG_PEEK
            }
        }
        return (v & MSG_PEEK) != 0;
    }

    private static long timestamp(String secs, String frac) {
        long ns = 0;
        if (frac != null) {
            String f = (frac + "000000000").substring(0, 9);
            ns = Long.parseLong(f);
        }
        return Long.parseLong(secs) * 1_000_000_000L + ns;
    }

    /**
     * The call an {@code <unfinished ...>} line and its {@code <... NAME resumed>} line make together:
     * {@code head} is "NAME(ARGS" as the first line had it, often with the comma strace printed before it
     * stopped ({@code getsockname(3<NETLINK:[282793]>,  <unfinished ...>}); {@code tail} what follows
     * "resumed>" ({@code {sa_family=0x10, nl_pid=24165, ...}, [12]) = 0} or {@code ) = 24}). Exactly one
     * ", " separates the arguments of the two parts, so each lands in its own argument.
     */
    static String joinResumed(String head, String tail) {
        String h = head.stripTrailing();
        if (h.endsWith(",")) h = h.substring(0, h.length() - 1).stripTrailing();
        String t = tail.stripLeading();
        if (t.startsWith(",")) t = t.substring(1).stripLeading();
        if (h.endsWith("(") || t.startsWith(")") || t.isEmpty()) return h + t;
        return h + ", " + t;
    }

    /** Splits a system call's argument list at its top-level commas. */
    static List<String> splitArgs(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') i++;
                else if (c == '"') quoted = false;
                continue;
            }
            switch (c) {
                case '"' -> quoted = true;
                case '{', '[', '(', '<' -> depth++;
                case '}', ']', ')', '>' -> depth--;
                case ',' -> {
                    if (depth == 0) {
                        out.add(s.substring(start, i).trim());
                        start = i + 1;
                    }
                }
                default -> { }
            }
        }
        String last = s.substring(start).trim();
        if (!last.isEmpty() || !out.isEmpty()) out.add(last);
        return out;
    }

    private static void putShort(byte[] b, int off, int v) {
        b[off] = (byte) (v >>> 8);
        b[off + 1] = (byte) v;
    }

    private void warn(String message) {
        warningCount++;
        warnings.accept("line " + lineNo + ": " + message);
    }

    private static String abbreviate(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }

    /** Upper-case protocol name as strace shows it (NETLINK_ prefix dropped). */
    public static String straceName(String kernelName) {
        String n = kernelName.toUpperCase(Locale.ROOT);
        return n.startsWith("NETLINK_") ? n.substring(8) : n;
    }
}
