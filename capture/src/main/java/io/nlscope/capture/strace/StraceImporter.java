package io.nlscope.capture.strace;

import io.nlscope.capture.Direction;
import io.nlscope.capture.PcapngWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * keeps its true length as the original length.
 *
 * <p>Any text is accepted: no exception but the {@link IOException}s of the reader and writer given to it leaves
 * this class. Every line ends up in exactly one {@link LineUse}; a line that cannot be used is a
 * {@link LineUse#SKIPPED} line, named by its number in a warning ("line N: ..." or, for a run of hex dump
 * lines skipped for one reason, "lines A-B: ..."). A datagram whose hex dump breaks off (an unreadable or
 * missing dump line, or more than {@link #MAX_DATAGRAM_BYTES}) keeps the bytes before the break as its captured
 * bytes and the call's return value as its original length, like a frame cut by a snaplen. Memory stays
 * bounded whatever the log holds: {@link #MAX_LINE_CHARS}, {@link #MAX_DATAGRAM_BYTES}, {@link #MAX_UNFINISHED},
 * {@link #MAX_SOCKETS} and {@link #MAX_COMM_CHARS} are the caps, each reported in a warning when reached.
 */
public final class StraceImporter {
    /** LINKTYPE_NETLINK. */
    public static final int LINKTYPE_NETLINK = 253;
    /** ARPHRD_NETLINK (linux/if_arp.h). */
    public static final int ARPHRD_NETLINK = 824;
    /** PACKET_HOST / PACKET_OUTGOING (linux/if_packet.h). */
    public static final int PACKET_HOST = 0, PACKET_OUTGOING = 4;
    private static final int AF_NETLINK = 16, MSG_PEEK = 2;

    /**
     * The longest line read whole: 64 Ki characters. With {@code -xx} every byte of a path is four characters, so
     * a read() of a file with a PATH_MAX (4096-byte) path is about 16 Ki; a longer line is not one of the calls
     * this importer reads and is skipped (its characters past the cap are not kept).
     */
    public static final int MAX_LINE_CHARS = 1 << 16;
    /**
     * The most bytes kept of one datagram's hex dump: what a frame of 262,144 bytes (libpcap's largest, which the
     * readers and writers hold to) leaves after its 16-byte nlmon header. The kernel's largest dump skb (64 KiB) is
     * far below; the rest of a longer dump is skipped and the frame keeps the call's return value as its original
     * length.
     */
    public static final int MAX_DATAGRAM_BYTES = 262_144 - 16;
    /**
     * The most calls held between their {@code <unfinished ...>} and {@code <... resumed>} lines: one per
     * traced thread blocked in a traced call at the same moment; 256 such threads with lines of
     * {@link #MAX_LINE_CHARS} are 32 MiB. The call that would be one more is skipped.
     */
    public static final int MAX_UNFINISHED = 256;
    /**
     * The most netlink sockets (pid, fd) and socket inodes remembered: 65,536 (a process's default fd limit is
     * 1024). Past it a datagram is still written, but the port id learnt from bind/getsockname of a socket not
     * remembered is not in its comment.
     */
    public static final int MAX_SOCKETS = 1 << 16;
    /**
     * The longest command name kept for a frame's comment: 64 characters (the kernel's TASK_COMM_LEN is 16
     * bytes); a longer one is cut there.
     */
    public static final int MAX_COMM_CHARS = 64;

    /** The strace options (before {@code -o LOG PROGRAM ARGS...}) whose log this class reads. */
    public static final List<String> STRACE_OPTIONS = List.of(
            "-f", "-Y", "-ttt", "-yy", "-xx", "-s", "0", "-X", "raw",
            "-e", "trace=socket,bind,getsockname,sendto,sendmsg,recvfrom,recvmsg,write,read,close",
            "-e", "write=all", "-e", "read=all");

    /** The documented command line, for help texts. */
    public static String commandLine(String log, String program) {
        return "strace " + String.join(" ", STRACE_OPTIONS) + " -o " + log + " " + program;
    }

    /** What became of one line of the log. */
    public enum LineUse {
        /** A hex dump line whose bytes are in a frame (all, or those before where it breaks off, said in a warning). */
        DATAGRAM,
        /** A system call (or half of one, {@code <unfinished ...>}) read: netlink or not. */
        CALL,
        /** Nothing to keep: a blank line, an exit or signal, an iovec heading, the dump of a file, pipe or other socket, or of a MSG_PEEK. */
        OTHER,
        /** Not used, and named in a warning. */
        SKIPPED
    }

    /** What a conversion did: {@code lines} read, of which {@code skippedLines} skipped; {@code warnings} given. */
    public record Result(long lines, long frames, long warnings, long skippedLines) {}

    private record SocketKey(int pid, int fd) {}

    private static final class Sock {
        int protocol = -1;
        long portId = -1;
    }

    private record Unfinished(long line, String head) {}

    private static final Pattern HEAD = Pattern.compile(
            "^(?:(?:\\[pid\\s+)?(\\d+)(?:<([^>\\n]*)>)?\\]?\\s+)?(\\d+)(?:\\.(\\d+))?\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern CALL = Pattern.compile("^([a-z_0-9]+)\\((.*)\\)\\s+=\\s+(-?\\d+|\\?)(.*)$", Pattern.DOTALL);
    private static final Pattern CALL_NAME = Pattern.compile("^[a-z_0-9]+\\(");
    private static final String UNFINISHED_MARK = "<unfinished ...>";
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. ([a-z_0-9]+) resumed>\\s?(.*)$", Pattern.DOTALL);
    private static final Pattern NETLINK_FD = Pattern.compile("^(\\d+)<NETLINK:\\[(?:([A-Z_0-9]+):)?(\\d+)\\]>$");
    private static final Pattern NL_PID = Pattern.compile("nl_pid=(-?\\d+)");

    private final ToIntFunction<String> protocolByName;
    private final Consumer<String> warnings;
    private final Map<SocketKey, Sock> sockets = new HashMap<>();
    private final Map<Long, Integer> protocolByInode = new HashMap<>();
    private final Map<Integer, Unfinished> unfinished = new LinkedHashMap<>();
    private boolean socketsFullReported, inodesFullReported;
    /** The command name of the line being read (strace -Y), or null. */
    private String comm;

    private PcapngWriter writer;
    private int iface;
    private long lineNo, frames, warningCount, skippedLines;

    /** Whose hex dump the next " | " lines are. */
    private enum Dump { NONE, OTHER, NETLINK }
    private Dump dump = Dump.NONE;
    /** The netlink send/receive whose hex dump is being read (dump == NETLINK). */
    private Pending pending;
    /** A run of skipped dump lines for one reason, reported in one warning when it ends. */
    private long runFrom = -1, runTo;
    private String runReason;
    private final byte[] lineBytes = new byte[16];

    private static final class Pending {
        int pid, fd, protocol;
        long line, portId, ts, ret;
        String comm;
        Direction dir;
        /** data.size() where the current iovec buffer's dump began (strace numbers each buffer from 0). */
        int bufferStart;
        /** The dump broke off: the rest of it is skipped; the frame keeps what came before. */
        boolean cut;
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

    /**
     * Declares the interface on {@code w} and writes a frame per netlink datagram of the log; does not close
     * {@code w}. Lines end at "\n", "\r\n" or "\r"; a line longer than {@link #MAX_LINE_CHARS} is skipped
     * without being held whole.
     */
    public Result convert(Reader in, PcapngWriter w) throws IOException {
        start(w);
        char[] buf = new char[8192];
        StringBuilder line = new StringBuilder();
        long length = 0;
        boolean open = false, afterCr = false;
        for (int n; (n = in.read(buf)) >= 0; ) {
            for (int i = 0; i < n; i++) {
                char c = buf[i];
                if (afterCr && c == '\n') {
                    afterCr = false;
                    continue;
                }
                afterCr = c == '\r';
                if (c == '\n' || c == '\r') {
                    endLine(line, length);
                    line.setLength(0);
                    length = 0;
                    open = false;
                    continue;
                }
                open = true;
                if (length++ < MAX_LINE_CHARS) line.append(c);
            }
        }
        if (open) endLine(line, length);
        return finish();
    }

    private void endLine(StringBuilder line, long length) throws IOException {
        take(line.toString(), length);
    }

    /** Starts an incremental conversion: feed {@link #line(String)}s, then call {@link #finish()}. */
    public void start(PcapngWriter w) throws IOException {
        this.writer = Objects.requireNonNull(w);
        this.iface = w.addInterface(LINKTYPE_NETLINK, 0, "strace");
    }

    /** Writes what is still pending; returns the totals. */
    public Result finish() throws IOException {
        endDump();
        endRun();
        for (Map.Entry<Integer, Unfinished> e : unfinished.entrySet()) {
            warnAt(e.getValue().line(), "pid " + e.getKey() + ": system call never finished: " + abbreviate(e.getValue().head()));
        }
        unfinished.clear();
        return new Result(lineNo, frames, warningCount, skippedLines);
    }

    /**
     * One line of the log (without its line end); says what became of it. A line longer than
     * {@link #MAX_LINE_CHARS} is skipped, as {@link #convert} skips it.
     */
    public LineUse line(String line) throws IOException {
        return take(line, line.length());
    }

    /** A line of {@code length} characters, of which {@code text} holds the first (all, up to the cap). */
    private LineUse take(String text, long length) throws IOException {
        lineNo++;
        LineUse use = length > MAX_LINE_CHARS ? longLine(text, length) : use(text);
        if (use != LineUse.SKIPPED) endRun();
        return use;
    }

    /** A line of {@code length} characters, longer than {@link #MAX_LINE_CHARS}; {@code start} its first characters. */
    private LineUse longLine(String start, long length) throws IOException {
        String reason = length + " characters, longer than the " + MAX_LINE_CHARS + " a line of strace can have";
        if (start.startsWith(" | ")) {
            if (dump == Dump.NETLINK) pending.cut = true;
            return skipDump(reason);
        }
        endDump();
        return skip(reason + ": " + abbreviate(start));
    }

    private LineUse use(String line) throws IOException {
        if (line.startsWith(" | ")) return dumpLine(line);
        if (line.startsWith(" * ") && line.contains(" bytes in buffer ")) {
            // iovec boundary inside a sendmsg/recvmsg dump: the buffers are concatenated
            if (dump == Dump.NONE) return skipDump("iovec heading of no system call before it");
            if (dump == Dump.NETLINK) pending.bufferStart = pending.data.size();
            return LineUse.OTHER;
        }
        endDump();
        if (line.isBlank()) return LineUse.OTHER;
        Matcher h = HEAD.matcher(line);
        if (!h.matches()) {
            return skip("not an strace line (run strace with " + String.join(" ", STRACE_OPTIONS) + "): " + abbreviate(line));
        }
        int pid = 0;
        if (h.group(1) != null) {
            long p = number(h.group(1), Integer.MAX_VALUE);
            if (p < 0) return skip("process id out of range: " + abbreviate(line));
            pid = (int) p;
        }
        comm = h.group(2) == null ? null : unescape(h.group(2));   // strace -Y: the command name the process had at this call
        if (comm != null && comm.length() > MAX_COMM_CHARS) {
            warn("command name longer than " + MAX_COMM_CHARS + " characters, cut: " + abbreviate(comm));
            comm = comm.substring(0, MAX_COMM_CHARS);
        }
        long secs = number(h.group(3), Long.MAX_VALUE), ns = fraction(h.group(4));
        if (secs < 0 || secs > (Long.MAX_VALUE - ns) / 1_000_000_000L) {
            return skip("timestamp out of range (after 2262): " + abbreviate(line));
        }
        long ts = secs * 1_000_000_000L + ns;
        String rest = h.group(5);
        if (rest.startsWith("+++") || rest.startsWith("---")) {
            return LineUse.OTHER; // exits and signals
        }
        if (rest.endsWith(UNFINISHED_MARK) && CALL_NAME.matcher(rest).find()) {
            String head = rest.substring(0, rest.length() - UNFINISHED_MARK.length()).stripTrailing();
            Unfinished before = unfinished.remove(pid);
            if (before != null) {
                warnAt(before.line(), "pid " + pid + ": system call never finished (another one began on line " + lineNo + "): "
                        + abbreviate(before.head()));
            }
            if (unfinished.size() >= MAX_UNFINISHED) {
                return skip("more than " + MAX_UNFINISHED + " unfinished system calls at once; this one is not kept: " + abbreviate(rest));
            }
            unfinished.put(pid, new Unfinished(lineNo, head));
            return LineUse.CALL;
        }
        Matcher r = RESUMED.matcher(rest);
        if (r.matches()) {
            Unfinished head = unfinished.get(pid);
            if (head == null || !head.head().startsWith(r.group(1) + "(")) {
                return skip("resumed " + r.group(1) + " of pid " + pid + " was never started");
            }
            unfinished.remove(pid);
            rest = joinResumed(head.head(), r.group(2));
        }
        Matcher c = CALL.matcher(rest);
        if (!c.matches()) {
            return skip("cannot read system call: " + abbreviate(rest));
        }
        dump = Dump.OTHER;
        if (c.group(3).equals("?")) return LineUse.CALL;
        String retText = c.group(3);
        long ret = number(retText.startsWith("-") ? retText.substring(1) : retText, Long.MAX_VALUE);
        if (ret < 0) {
            dump = Dump.NONE;
            return skip("return value out of range: " + abbreviate(rest));
        }
        if (retText.startsWith("-")) ret = -ret;
        call(pid, ts, c.group(1), splitArgs(c.group(2)), ret, c.group(4).trim());
        if (pending != null) dump = Dump.NETLINK;
        return LineUse.CALL;
    }

    private void call(int pid, long ts, String name, List<String> args, long ret, String retText) {
        if (args.isEmpty()) return;
        switch (name) {
            case "socket" -> {
                if (ret < 0 || ret > Integer.MAX_VALUE || args.size() < 3) return;
                if (!isNetlinkFamily(args.get(0))) return;
                int proto = protocol(args.get(2));
                Sock s = new Sock();
                s.protocol = proto;
                remember(new SocketKey(pid, (int) ret), s);
                Matcher m = NETLINK_FD.matcher(retText);
                if (m.matches() && m.group(2) == null) {
                    long inode = number(m.group(3), Long.MAX_VALUE);
                    if (inode >= 0) rememberInode(inode, proto);
                }
            }
            case "bind", "getsockname" -> {
                if (ret < 0 || args.size() < 2) return;
                Sock s = socket(pid, args.get(0));
                if (s == null) return;
                Matcher m = NL_PID.matcher(args.get(1));
                if (m.find()) {
                    String v = m.group(1);
                    long p = number(v.startsWith("-") ? v.substring(1) : v, 0xFFFFFFFFL);
                    if (p < 0) {
                        warn("nl_pid out of range: " + abbreviate(v));
                        return;
                    }
                    if (v.startsWith("-")) p = -p & 0xFFFFFFFFL;   // strace shows the u32 as a signed int
                    if (p != 0) s.portId = p;
                }
            }
            case "close" -> {
                int fd = fdNumber(args.get(0));
                if (fd >= 0) sockets.remove(new SocketKey(pid, fd));
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

    private void transfer(int pid, long ts, List<String> args, long ret, Direction dir, String flags) {
        if (ret < 0) return;
        Sock s = socket(pid, args.get(0));
        if (s == null) return;
        if (isPeek(flags)) return; // iproute2 probes the size with MSG_PEEK|MSG_TRUNC; the real read follows
        Pending p = new Pending();
        p.line = lineNo;
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

    private LineUse dumpLine(String line) {
        switch (dump) {
            case NONE:
                return skipDump("hex dump line of no system call before it");
            case OTHER:
                return LineUse.OTHER; // the dump of a file, pipe or other socket
            default:
                break;
        }
        Pending p = pending;
        if (p.cut) return skipDump("rest of the hex dump of line " + p.line + "'s datagram, cut before");
        int offset = p.data.size() - p.bufferStart;
        int n = hexDumpLine(line, offset, lineBytes);
        int keep = n >= 0 ? n : -1 - n;
        if (p.data.size() + keep > MAX_DATAGRAM_BYTES) {
            p.cut = true;
            return skipDump("datagram of line " + p.line + " longer than " + MAX_DATAGRAM_BYTES + " bytes: the rest of its dump is not kept");
        }
        p.data.write(lineBytes, 0, keep);
        if (n >= 0) return LineUse.DATAGRAM;
        p.cut = true;
        String reason = "not the hex dump line of offset " + Integer.toHexString(offset) + " that line " + p.line
                + "'s datagram needs: it keeps the " + p.data.size() + " bytes before ";
        if (keep == 0) return skipDump(reason + "this line: " + abbreviate(line));
        warn(reason + "where this line breaks off: " + abbreviate(line));
        return LineUse.DATAGRAM;
    }

    /**
     * The bytes of a line of strace's hex dump ({@code " | 00010  70 69 6e 67 00 00 00 00  ...  ping.... |"}:
     * the offset in hex, two spaces, up to 16 hex pairs with one more space after the eighth, then their
     * characters) into {@code out}: their number when the line is whole; {@code -1 - n} when it breaks off
     * after {@code n} pairs (a pair cut to one digit, a character not hex, a gap between pairs); -1 when its
     * offset is not {@code offset} (a line missing) or it is no dump line.
     */
    static int hexDumpLine(String line, long offset, byte[] out) {
        int i = 3, digits = 0;
        long at = 0;
        while (i < line.length() && digits < 12 && hex(line.charAt(i)) >= 0) {
            at = at * 16 + hex(line.charAt(i++));
            digits++;
        }
        if (digits == 0 || at != offset || !line.startsWith("  ", i)) return -1;
        int first = i + 2, n = 0;
        boolean ended = false;
        for (int k = 0; k < 16; k++) {
            int pos = first + 3 * k + (k >= 8 ? 1 : 0);
            char a = charAt(line, pos), b = charAt(line, pos + 1);
            if (a == ' ' && b == ' ') {
                ended = true;
                continue;
            }
            int hi = hex(a), lo = hex(b);
            if (ended || hi < 0 || lo < 0 || charAt(line, pos + 2) != ' ') return -1 - n;
            out[n++] = (byte) (hi << 4 | lo);
        }
        return n == 0 ? -1 : n;
    }

    /** The value of an ASCII hex digit, or -1. */
    private static int hex(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    /** Writes the pending datagram, if any; the next dump lines belong to no call. */
    private void endDump() throws IOException {
        dump = Dump.NONE;
        Pending p = pending;
        pending = null;
        if (p == null) return;
        byte[] data = p.data.toByteArray();
        if (data.length == 0 && p.ret > 0) {
            warnAt(p.line, "pid " + p.pid + " fd " + p.fd + ": " + p.ret + " bytes without a hex dump (run strace with -e write=all -e read=all)");
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
                byte[] u = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                b.write(u, 0, u.length);
            }
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    /** The netlink socket an fd argument names, learning protocol and port id from its -yy annotation; null if not netlink. */
    private Sock socket(int pid, String fdArg) {
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
            remember(key, s);
        }
        long id = number(m.group(3), Long.MAX_VALUE);
        if (m.group(2) == null) {
            Integer p = id < 0 ? null : protocolByInode.get(id);
            if (p != null && s.protocol < 0) s.protocol = p;
        } else {
            int p = protocolByName.applyAsInt(m.group(2));
            if (p >= 0 && p <= 0xFFFF) s.protocol = p;
            if (id > 0 && id <= 0xFFFFFFFFL) s.portId = id;
        }
        return s;
    }

    private void remember(SocketKey key, Sock s) {
        if (!putWithinCap(sockets, key, s) && !socketsFullReported) {
            socketsFullReported = true;
            warn("more than " + MAX_SOCKETS + " netlink sockets open at once: the port ids of further ones are not remembered");
        }
    }

    private void rememberInode(long inode, int protocol) {
        if (!putWithinCap(protocolByInode, inode, protocol) && !inodesFullReported) {
            inodesFullReported = true;
            warn("more than " + MAX_SOCKETS + " netlink sockets made: the protocols of further ones are not remembered");
        }
    }

    /** Puts the entry unless the map holds {@link #MAX_SOCKETS} others already; false when it did not. */
    private static <K, V> boolean putWithinCap(java.util.Map<K, V> m, K k, V v) {
        if (m.size() >= MAX_SOCKETS && !m.containsKey(k)) return false;
        m.put(k, v);
        return true;
    }

    private static int fdNumber(String arg) {
        int i = 0;
        while (i < arg.length() && Character.isDigit(arg.charAt(i))) i++;
        if (i == 0 || i > 9) return -1;
        return Integer.parseInt(arg.substring(0, i));
    }

    /** The decimal number {@code digits} (ASCII digits only), or -1 when it is none or above {@code max}. */
    static long number(String digits, long max) {
        if (digits.isEmpty() || digits.length() > 19) return -1;
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return -1;
            if (v > (max - (c - '0')) / 10) return -1;
            v = v * 10 + (c - '0');
        }
        return v;
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
            long p = Long.decode(a);
            if (p >= 0 && p <= 0xFFFF) return (int) p;
            warn("netlink protocol out of range: " + abbreviate(a));
            return -1;
        } catch (NumberFormatException e) {
            String n = a.startsWith("NETLINK_") ? a.substring("NETLINK_".length()) : a;
            int p = protocolByName.applyAsInt(n);
            if (p < 0 || p > 0xFFFF) {
                warn("unknown netlink protocol " + abbreviate(a));
                return -1;
            }
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

    /** The nanoseconds of a timestamp's fraction (its first nine digits). */
    private static long fraction(String frac) {
        if (frac == null) return 0;
        return Long.parseLong((frac.length() >= 9 ? frac.substring(0, 9) : frac + "000000000".substring(frac.length())));
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

    /** Splits a system call's argument list at its top-level commas (nesting is counted, not recursed into). */
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

    /** Skips the current line, saying why. */
    private LineUse skip(String reason) {
        endRun();
        skippedLines++;
        warn(reason);
        return LineUse.SKIPPED;
    }

    /** Skips the current hex dump line; a run of them for one reason makes one warning. */
    private LineUse skipDump(String reason) {
        skippedLines++;
        if (runFrom >= 0 && runTo == lineNo - 1 && runReason.equals(reason)) {
            runTo = lineNo;
        } else {
            endRun();
            runFrom = runTo = lineNo;
            runReason = reason;
        }
        return LineUse.SKIPPED;
    }

    private void endRun() {
        if (runFrom < 0) return;
        long from = runFrom;
        runFrom = -1;
        warningCount++;
        warnings.accept((from == runTo ? "line " + from : "lines " + from + "-" + runTo) + ": " + runReason);
    }

    private void warn(String message) {
        warnAt(lineNo, message);
    }

    private void warnAt(long line, String message) {
        endRun();
        warningCount++;
        warnings.accept("line " + line + ": " + message);
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
