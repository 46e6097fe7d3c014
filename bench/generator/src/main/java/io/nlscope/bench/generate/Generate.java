package io.nlscope.bench.generate;

import io.nlscope.capture.PcapWriter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The synthetic capture generator of the benchmarks (bench/benchmark.sh), not part of the user CLI:
 * {@code java -jar bench/generator/target/generate.jar -n MESSAGES -w FILE [--seed N]} writes a large
 * synthetic but realistic nlmon capture.
 *
 * <p>The traffic is modelled on what iproute2 ({@code ip}), {@code ss}, {@code genl} and daemons exchange with
 * the kernel, with the shapes of real captures: dump requests and multi-part dump replies closed by NLMSG_DONE,
 * change requests answered by ACKs or errors (some with extended-ACK attributes), multicast notifications,
 * generic netlink (nlctrl) and sock_diag. Every message is built once as a byte template; writing only copies
 * templates into one reusable frame buffer and patches flags, sequence numbers, port ids and a few values, so
 * memory stays constant whatever the size. The same arguments always give the same file, byte for byte.
 *
 * <p>Messages on standard error start with {@code nlscope generate: } as they did when this was a command
 * of the CLI; bench/benchmark.sh reads the summary line ("N messages in N frames, N bytes ...").
 */
public final class Generate {
    /** Exit codes: done; usage error or the file cannot be written. */
    public static final int OK = 0, USAGE = 2;
    /** The seed used when none is given. */
    static final long DEFAULT_SEED = 1;

    private static final String PREFIX = "nlscope generate: ";
    private static final String JAR = "java -jar bench/generator/target/generate.jar";

    private Generate() {}

    public static void main(String[] args) {
        System.exit(run(args, new PrintStream(new FileOutputStream(FileDescriptor.out), false), System.err));
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("n").longOpt("messages").hasArg().argName("N")
                .desc("write at least N netlink messages (required; the last exchange is completed)").build());
        o.addOption(Option.builder("w").longOpt("write").hasArg().argName("FILE")
                .desc("the pcap file to write (required; '-' is standard output)").build());
        o.addOption(Option.builder().longOpt("seed").hasArg().argName("N")
                .desc("seed of the pseudo-random mix (default " + DEFAULT_SEED + "); same seed, same bytes").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    /** Runs the generator; returns the exit code. The capture may go to {@code out} ('-w -'), messages to {@code err}. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Options opts = options();
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(opts, args);
        } catch (ParseException e) {
            err.println(PREFIX + e.getMessage() + "; run '" + JAR + " --help' for usage.");
            return USAGE;
        }
        if (cl.hasOption("h")) {
            PrintWriter pw = new PrintWriter(out);
            new HelpFormatter().printHelp(pw, 100, JAR + " -n MESSAGES -w FILE [--seed N]",
                    "Writes a synthetic but realistic capture of an nlmon interface (classic pcap, link type 253): "
                    + "rtnetlink dumps, changes with ACKs and errors, notifications, generic netlink and sock_diag. "
                    + "Meant for benchmarks (bench/benchmark.sh); a summary goes to standard error.\n\n",
                    opts, 2, 2, "\nExit codes: 0 done, 2 usage error or the file cannot be written.");
            pw.flush();
            return OK;
        }
        if (!cl.getArgList().isEmpty()) {
            err.println(PREFIX + "unexpected argument '" + cl.getArgList().get(0)
                    + "'; give the file with -w FILE and the size with -n MESSAGES.");
            return USAGE;
        }
        if (!cl.hasOption("n") || !cl.hasOption("w")) {
            err.println(PREFIX + "give the number of messages with -n MESSAGES and the output file with -w FILE.");
            return USAGE;
        }
        long messages;
        try {
            messages = Long.parseLong(cl.getOptionValue("n").replace("_", ""));
        } catch (NumberFormatException e) {
            messages = -1;
        }
        if (messages < 1) {
            err.println(PREFIX + "-n needs a positive whole number of messages, not '" + cl.getOptionValue("n") + "'.");
            return USAGE;
        }
        long seed = DEFAULT_SEED;
        if (cl.hasOption("seed")) {
            try {
                seed = Long.decode(cl.getOptionValue("seed"));
            } catch (NumberFormatException e) {
                err.println(PREFIX + "--seed needs a whole number, not '" + cl.getOptionValue("seed") + "'.");
                return USAGE;
            }
        }
        String file = cl.getOptionValue("w");
        boolean stdout = file.equals("-");
        OutputStream os;
        try {
            os = stdout ? new FilterOutputStream(out) {
                @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
                @Override public void close() throws IOException { flush(); }   // leave standard output open
            } : Files.newOutputStream(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println(PREFIX + "cannot create " + file + ": " + why(e) + ".");
            return USAGE;
        }
        long t0 = System.nanoTime();
        Summary s;
        try {
            s = generate(os, messages, seed);
        } catch (IOException e) {
            err.println(PREFIX + "cannot write " + file + ": " + why(e) + ".");
            return USAGE;
        }
        if (stdout && out.checkError()) {   // a PrintStream keeps its write errors (closed pipe) to itself
            err.println(PREFIX + "cannot write standard output.");
            return USAGE;
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(PREFIX + "%d messages in %d frames, %d bytes written to %s in %.2f s (seed %d)%n",
                s.messages(), s.frames(), s.bytes(), stdout ? "standard output" : file, secs, seed);
        return OK;
    }

    private static String why(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "its directory does not exist";
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
            return f.getReason().equals("Is a directory") ? "it is a directory" : f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** What was written: messages (nlmsghdr count), frames (pcap records) and file size in bytes. */
    record Summary(long messages, long frames, long bytes) {}

    /** Writes the capture to {@code os} (closing it) and returns what was written. */
    static Summary generate(OutputStream os, long messages, long seed) throws IOException {
        try (PcapWriter w = new PcapWriter(os, LINKTYPE_NETLINK, SNAPLEN)) {
            Generator g = new Generator(w, seed, messages);
            while (g.messages < messages) g.exchange();
            w.flush();
            return new Summary(g.messages, g.frames, g.bytes);
        }
    }

    // ---------------------------------------------------------------------------------------------------------
    // Netlink constants (linux/netlink.h, rtnetlink.h, if_link.h, if_addr.h, genetlink.h, sock_diag.h, inet_diag.h)

    private static final int LINKTYPE_NETLINK = 253, SNAPLEN = 262144;
    private static final int NETLINK_ROUTE = 0, NETLINK_SOCK_DIAG = 4, NETLINK_GENERIC = 16;
    private static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;
    private static final int F_REQUEST = 0x1, F_MULTI = 0x2, F_ACK = 0x4, F_DUMP_FILTERED = 0x20,
            F_DUMP = 0x300, F_EXCL = 0x200, F_CREATE = 0x400, F_CAPPED = 0x100, F_ACK_TLVS = 0x200;
    private static final int RTM_NEWLINK = 16, RTM_DELLINK = 17, RTM_GETLINK = 18, RTM_NEWADDR = 20, RTM_DELADDR = 21,
            RTM_GETADDR = 22, RTM_NEWROUTE = 24, RTM_DELROUTE = 25, RTM_GETROUTE = 26, RTM_NEWNETCONF = 80;
    private static final int GENL_ID_CTRL = 0x10, CTRL_CMD_NEWFAMILY = 1, CTRL_CMD_GETFAMILY = 3;
    private static final int SOCK_DIAG_BY_FAMILY = 20;
    private static final int AF_INET = 2, AF_INET6 = 10, AF_PACKET = 17;
    private static final int EEXIST = 17, ENODEV = 19, ENOENT = 2, ENETDOWN = 100;

    /** Dumps fill frames up to about this many bytes, as the kernel fills its dump skbs for iproute2. */
    private static final int DUMP_FRAME = 16 * 1024, GENL_DUMP_FRAME = 3800;
    /** A request sent by iproute2 in a struct with a 128-byte buffer: the unused rest goes out as zeros. */
    private static final int IPROUTE2_SLACK = 128;

    // ---------------------------------------------------------------------------------------------------------

    /** A message template: its bytes (4-byte aligned) and where per-message values are patched. */
    private static final class T {
        final byte[] b;
        final int echoSeq;  // offset of the echoed request's nlmsg_seq in an ACK/error, or -1
        final int dst;      // offset of a route's 4-byte destination (IPv4) or of bytes 4..7 (IPv6), or -1

        T(byte[] b, int echoSeq, int dst) { this.b = b; this.echoSeq = echoSeq; this.dst = dst; }

        T(byte[] b) { this(b, -1, -1); }

        /** A copy of this template with another nlmsg_type. */
        T withType(int type) {
            byte[] c = b.clone();
            c[4] = (byte) type;
            c[5] = (byte) (type >>> 8);
            return new T(c, echoSeq, dst);
        }
    }

    /** Builds one message, little-endian, attributes padded to 4 bytes as the kernel and libmnl do. */
    private static final class Msg {
        private byte[] b = new byte[2048];
        private int n;
        private int dstMark = -1;

        Msg(int type, int flags) {
            u32(0).u16(type).u16(flags).u32(0).u32(0);
        }

        private void room(int k) { if (n + k > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + k)); }

        Msg u8(int v) { room(1); b[n++] = (byte) v; return this; }
        Msg u16(int v) { room(2); b[n++] = (byte) v; b[n++] = (byte) (v >>> 8); return this; }
        Msg be16(int v) { room(2); b[n++] = (byte) (v >>> 8); b[n++] = (byte) v; return this; }
        Msg u32(long v) { return u16((int) v & 0xffff).u16((int) (v >>> 16) & 0xffff); }
        Msg u64(long v) { return u32(v & 0xffffffffL).u32(v >>> 32); }
        Msg bytes(byte[] v) { room(v.length); System.arraycopy(v, 0, b, n, v.length); n += v.length; return this; }
        Msg zeros(int k) { room(k); n += k; return this; }
        Msg align() { while ((n & 3) != 0) u8(0); return this; }

        Msg attr(int type, byte[] v) { u16(4 + v.length).u16(type).bytes(v); return align(); }
        Msg u8(int type, int v) { return attr(type, new byte[] {(byte) v}); }
        Msg u16(int type, int v) { return attr(type, new byte[] {(byte) v, (byte) (v >>> 8)}); }
        Msg u32(int type, long v) { u16(8).u16(type); return u32(v); }
        Msg u64(int type, long v) { u16(12).u16(type); return u64(v); }
        Msg str(int type, String s) {
            byte[] t = s.getBytes(StandardCharsets.US_ASCII);
            return attr(type, Arrays.copyOf(t, t.length + 1));
        }
        Msg u32s(int type, long... v) { int at = begin(type); for (long x : v) u32(x); return end(at); }
        Msg u64s(int type, long... v) { int at = begin(type); for (long x : v) u64(x); return end(at); }
        /** An address attribute whose value is patched per message (IPv4: all 4 bytes; IPv6: bytes 4..5). */
        Msg dst(int type, byte[] v) { dstMark = n + 4 + (v.length == 16 ? 4 : 0); return attr(type, v); }

        int begin(int type) { int at = n; u16(0).u16(type); return at; }
        Msg end(int at) { int len = n - at; b[at] = (byte) len; b[at + 1] = (byte) (len >>> 8); return align(); }

        int length() { return n; }

        T done() {
            align();
            b[0] = (byte) n; b[1] = (byte) (n >>> 8); b[2] = (byte) (n >>> 16); b[3] = (byte) (n >>> 24);
            return new T(Arrays.copyOf(b, n), -1, dstMark);
        }
    }

    /** The kernel's answer to {@code req}: an ACK (capped) or an error echoing the request, with extended ACK. */
    private static T answer(T req, int errno, String extMsg, int extOffset) {
        boolean ack = errno == 0;
        int flags = ack ? F_CAPPED : (extMsg != null ? F_ACK_TLVS : 0);
        Msg m = new Msg(NLMSG_ERROR, flags).u32(-errno);
        if (ack) m.bytes(Arrays.copyOf(req.b, 16));    // capped: the request header only
        else m.bytes(req.b);                            // uncapped: header and payload
        if (extMsg != null) {
            m.str(1, extMsg);                           // NLMSGERR_ATTR_MSG
            if (extOffset > 0) m.u32(2, extOffset);     // NLMSGERR_ATTR_OFFS
        }
        T t = m.done();
        return new T(t.b, 16 + 4 + 8, -1);
    }

    private static T done(int flags) { return new Msg(NLMSG_DONE, flags).u32(0).done(); }

    // ---------------------------------------------------------------------------------------------------------
    // The machine the capture pretends to come from.

    private record Link(int index, String name, int arphrd, int ifflags, int mtu, int operstate, String kind,
                        String qdisc, int master, byte[] mac) {}

    private static final int IFF_UP = 0x1, IFF_BROADCAST = 0x2, IFF_LOOPBACK = 0x8, IFF_POINTOPOINT = 0x10,
            IFF_RUNNING = 0x40, IFF_NOARP = 0x80, IFF_MULTICAST = 0x1000, IFF_LOWER_UP = 0x10000;
    private static final int ETHER = IFF_UP | IFF_BROADCAST | IFF_RUNNING | IFF_MULTICAST | IFF_LOWER_UP;

    private static List<Link> links() {
        List<Link> l = new ArrayList<>();
        l.add(new Link(1, "lo", 772, IFF_UP | IFF_LOOPBACK | IFF_RUNNING | IFF_LOWER_UP, 65536, 0, null, "noqueue", 0, new byte[6]));
        l.add(new Link(2, "eth0", 1, ETHER, 1500, 6, null, "fq_codel", 0, mac(0x52, 0x54, 0x00, 0x12, 0x34, 0x56)));
        l.add(new Link(3, "eth1", 1, ETHER, 9000, 6, null, "mq", 0, mac(0x52, 0x54, 0x00, 0x9a, 0xbc, 0xde)));
        l.add(new Link(4, "wlan0", 1, IFF_BROADCAST | IFF_MULTICAST, 1500, 2, null, "noqueue", 0, mac(0xdc, 0xa6, 0x32, 0x01, 0x02, 0x03)));
        l.add(new Link(5, "docker0", 1, ETHER, 1500, 6, "bridge", "noqueue", 0, mac(0x02, 0x42, 0xac, 0x11, 0x00, 0x01)));
        l.add(new Link(6, "br0", 1, ETHER, 1500, 6, "bridge", "noqueue", 0, mac(0x0a, 0x1b, 0x2c, 0x3d, 0x4e, 0x5f)));
        l.add(new Link(7, "veth1a2b3c", 1, ETHER, 1500, 6, "veth", "noqueue", 5, mac(0x9e, 0x01, 0x6b, 0x22, 0x7f, 0x10)));
        l.add(new Link(8, "veth4d5e6f", 1, ETHER, 1500, 6, "veth", "noqueue", 5, mac(0x9e, 0x02, 0x6b, 0x22, 0x7f, 0x11)));
        l.add(new Link(9, "dummy0", 1, ETHER & ~IFF_LOWER_UP | IFF_NOARP, 1500, 0, "dummy", "noqueue", 0, mac(0xaa, 0xbb, 0xcc, 0x00, 0x00, 0x09)));
        l.add(new Link(10, "wg0", 65534, IFF_UP | IFF_POINTOPOINT | IFF_NOARP | IFF_RUNNING | IFF_LOWER_UP, 1420, 0, "wireguard", "noqueue", 0, null));
        l.add(new Link(11, "vxlan100", 1, ETHER, 1450, 0, "vxlan", "noqueue", 6, mac(0x66, 0x11, 0x22, 0x33, 0x44, 0x55)));
        l.add(new Link(12, "tap0", 1, IFF_BROADCAST | IFF_MULTICAST | IFF_UP, 1500, 2, "tun", "fq_codel", 6, mac(0x5a, 0x10, 0x20, 0x30, 0x40, 0x50)));
        return l;
    }

    private static byte[] mac(int... b) {
        byte[] m = new byte[b.length];
        for (int i = 0; i < b.length; i++) m[i] = (byte) b[i];
        return m;
    }

    private static byte[] ip4(int a, int b, int c, int d) { return mac(a, b, c, d); }

    private static byte[] ip6(int... groups) {   // 8 groups, big-endian
        byte[] r = new byte[16];
        for (int i = 0; i < 8; i++) { r[2 * i] = (byte) (groups[i] >>> 8); r[2 * i + 1] = (byte) groups[i]; }
        return r;
    }

    /** RTM_NEWLINK with struct ifinfomsg and the ~30 attributes a 6.x kernel sends (if_link.h numbers). */
    private static T newLink(Link k, int change) {
        Msg m = new Msg(RTM_NEWLINK, 0);
        m.u8(0).u8(0).u16(k.arphrd()).u32(k.index()).u32(k.ifflags()).u32(change);     // ifinfomsg
        m.str(3, k.name());                       // IFLA_IFNAME
        m.u32(13, k.arphrd() == 772 ? 1000 : k.kind() == null ? 1000 : 0);   // IFLA_TXQLEN
        m.u8(16, k.operstate());                  // IFLA_OPERSTATE
        m.u8(17, 0);                              // IFLA_LINKMODE
        m.u32(4, k.mtu());                        // IFLA_MTU
        m.u32(50, k.arphrd() == 772 ? 0 : 68);    // IFLA_MIN_MTU
        m.u32(51, k.arphrd() == 772 ? 0 : 65535); // IFLA_MAX_MTU
        m.u32(27, 0);                             // IFLA_GROUP
        m.u32(30, 0);                             // IFLA_PROMISCUITY
        m.u32(61, 0);                             // IFLA_ALLMULTI
        m.u32(31, k.index() == 3 ? 8 : 1);        // IFLA_NUM_TX_QUEUES
        m.u32(40, 65535);                         // IFLA_GSO_MAX_SEGS
        m.u32(41, 65536);                         // IFLA_GSO_MAX_SIZE
        m.u32(58, 65536);                         // IFLA_GRO_MAX_SIZE
        m.u32(59, 524280);                        // IFLA_TSO_MAX_SIZE
        m.u32(60, 65535);                         // IFLA_TSO_MAX_SEGS
        m.u32(32, k.index() == 3 ? 8 : 1);        // IFLA_NUM_RX_QUEUES
        m.u8(33, k.operstate() == 2 ? 0 : 1);     // IFLA_CARRIER
        m.str(6, k.qdisc());                      // IFLA_QDISC
        m.u32(35, 2 * k.index());                 // IFLA_CARRIER_CHANGES
        m.u32(47, k.index());                     // IFLA_CARRIER_UP_COUNT
        m.u32(48, k.index());                     // IFLA_CARRIER_DOWN_COUNT
        m.u8(39, 0);                              // IFLA_PROTO_DOWN
        if (k.master() != 0) m.u32(10, k.master()); // IFLA_MASTER
        m.attr(14, new byte[32]);                 // IFLA_MAP (struct rtnl_link_ifmap)
        if (k.mac() != null) {
            m.attr(1, k.mac());                   // IFLA_ADDRESS
            m.attr(2, k.arphrd() == 772 ? new byte[6] : mac(0xff, 0xff, 0xff, 0xff, 0xff, 0xff)); // IFLA_BROADCAST
        }
        long base = 1_000_003L * k.index() * k.index();
        long[] s64 = new long[25];                // IFLA_STATS64: struct rtnl_link_stats64
        for (int i = 0; i < s64.length; i++) s64[i] = i < 4 ? base * (i + 1) * (i < 2 ? 1 : 900) : (i * 7L + k.index()) % 5;
        m.u64s(23, s64);
        long[] s32 = new long[24];                // IFLA_STATS: struct rtnl_link_stats
        for (int i = 0; i < s32.length; i++) s32[i] = s64[i] & 0xffffffffL;
        m.u32s(7, s32);
        int xdp = m.begin(43);                    // IFLA_XDP
        m.u8(2, 0);                               //   IFLA_XDP_ATTACHED
        m.end(xdp);
        if (k.kind() != null) {
            int li = m.begin(18);                 // IFLA_LINKINFO
            m.str(1, k.kind());                   //   IFLA_INFO_KIND
            m.end(li);
        }
        int af = m.begin(26);                     // IFLA_AF_SPEC
        int inet = m.begin(AF_INET);
        long[] conf4 = new long[33];              //   IFLA_INET_CONF (ipv4_devconf)
        for (int i = 0; i < conf4.length; i++) conf4[i] = (i % 5 == 3 || i == 0) ? 1 : i == 25 ? 10000 : i == 26 ? 1000 : 0;
        m.u32s(1, conf4);
        m.end(inet);
        int inet6 = m.begin(AF_INET6);
        m.u32(1, 0x80000000L);                    //   IFLA_INET6_FLAGS (IF_READY)
        m.u32s(5, 65535, 2_000 + k.index(), 30_000, 1_000);   // IFLA_INET6_CACHEINFO
        long[] conf6 = new long[59];              //   IFLA_INET6_CONF
        for (int i = 0; i < conf6.length; i++) conf6[i] = i == 1 ? 64 : i == 2 ? k.mtu() : i % 6 == 0 ? 1 : i % 7 == 0 ? 1000 : 0;
        m.u32s(2, conf6);
        long[] st6 = new long[37];                //   IFLA_INET6_STATS
        for (int i = 0; i < st6.length; i++) st6[i] = i == 0 ? 37 : (base >>> (i % 8)) % 10_000;
        m.u64s(3, st6);
        m.u64s(6, 7, 3 * k.index(), 0, 5, 0, 2 * k.index(), 0);   // IFLA_INET6_ICMP6STATS
        m.attr(7, new byte[16]);                  //   IFLA_INET6_TOKEN
        m.u8(8, 0);                               //   IFLA_INET6_ADDR_GEN_MODE
        m.end(inet6);
        m.end(af);
        return m.done();
    }

    /** RTM_NEWADDR with struct ifaddrmsg, IPv4 or IPv6 (if_addr.h numbers). */
    private static T newAddr(int family, int prefix, int ifaFlags, int scope, int index, byte[] addr, String label) {
        Msg m = new Msg(RTM_NEWADDR, 0);
        m.u8(family).u8(prefix).u8(ifaFlags).u8(scope).u32(index);    // ifaddrmsg
        if (family == AF_INET) {
            m.attr(1, addr).attr(2, addr);                              // IFA_ADDRESS, IFA_LOCAL
            if (prefix < 31) {
                byte[] bc = addr.clone();
                int host = 32 - prefix;
                for (int i = 3; i >= 0 && host > 0; i--, host -= 8) bc[i] |= (byte) (host >= 8 ? 0xff : (1 << host) - 1);
                m.attr(4, bc);                                          // IFA_BROADCAST
            }
            m.str(3, label);                                            // IFA_LABEL
            m.u32(8, ifaFlags);                                         // IFA_FLAGS
            m.u32s(6, 0xffffffffL, 0xffffffffL, 1200 + index, 1200 + index);  // IFA_CACHEINFO
        } else {
            m.attr(1, addr);                                            // IFA_ADDRESS
            m.u32s(6, 0xffffffffL, 0xffffffffL, 1300 + index, 1300 + index);  // IFA_CACHEINFO
            m.u32(8, ifaFlags);                                         // IFA_FLAGS
            m.u8(11, scope == 253 ? 3 : 0);                             // IFA_PROTO (kernel_ll for link-local)
        }
        return m.done();
    }

    /** RTM_NEWROUTE with struct rtmsg; {@code dst} is patched per message when {@code vary}. */
    private static T newRoute(int family, int dstLen, int table, int proto, int scope, int rtype,
                              byte[] dst, byte[] gw, byte[] prefsrc, int oif, int priority, boolean vary) {
        Msg m = new Msg(RTM_NEWROUTE, 0);
        m.u8(family).u8(dstLen).u8(0).u8(0).u8(Math.min(table, 255)).u8(proto).u8(scope).u8(rtype).u32(0);  // rtmsg
        m.u32(15, table);                         // RTA_TABLE
        if (dst != null && vary) m.dst(1, dst);   // RTA_DST
        else if (dst != null) m.attr(1, dst);
        if (priority >= 0) m.u32(6, priority);    // RTA_PRIORITY
        if (prefsrc != null) m.attr(7, prefsrc);  // RTA_PREFSRC
        if (gw != null) m.attr(5, gw);            // RTA_GATEWAY
        m.u32(4, oif);                            // RTA_OIF
        if (family == AF_INET6) {
            m.u32s(12, 0, 0, 0, 0, 0, 0, 0, 0);   // RTA_CACHEINFO
            m.u8(20, 0);                          // RTA_PREF
        }
        return m.done();
    }

    /** CTRL_CMD_NEWFAMILY: a generic netlink family as nlctrl describes it (genetlink.h numbers). */
    private static T genlFamily(String name, int id, int version, int maxattr, int ops, String... groups) {
        Msg m = new Msg(GENL_ID_CTRL, 0);
        m.u8(CTRL_CMD_NEWFAMILY).u8(2).u16(0);    // genlmsghdr: cmd, version 2 (nlctrl's), reserved
        m.str(2, name);                           // CTRL_ATTR_FAMILY_NAME
        m.u16(1, id);                             // CTRL_ATTR_FAMILY_ID
        m.u32(3, version);                        // CTRL_ATTR_VERSION
        m.u32(4, 0);                              // CTRL_ATTR_HDRSIZE
        m.u32(5, maxattr);                        // CTRL_ATTR_MAXATTR
        if (ops > 0) {
            int o = m.begin(6);                   // CTRL_ATTR_OPS
            for (int i = 1; i <= ops; i++) {
                int op = m.begin(i);
                m.u32(1, i);                      //   CTRL_ATTR_OP_ID
                m.u32(2, i % 2 == 1 ? 0x0e : 0x0c);   //   CTRL_ATTR_OP_FLAGS (GENL_CMD_CAP_DO|DUMP|HASPOL)
                m.end(op);
            }
            m.end(o);
        }
        if (groups.length > 0) {
            int g = m.begin(7);                   // CTRL_ATTR_MCAST_GROUPS
            for (int i = 0; i < groups.length; i++) {
                int gr = m.begin(i + 1);
                m.u32(2, id + i);                 //   CTRL_ATTR_MCAST_GRP_ID
                m.str(1, groups[i]);              //   CTRL_ATTR_MCAST_GRP_NAME
                m.end(gr);
            }
            m.end(g);
        }
        return m.done();
    }

    /** SOCK_DIAG_BY_FAMILY reply: struct inet_diag_msg (72 bytes) and the attributes ss gets by default. */
    private static T inetDiag(int family, int state, int sport, int dport, byte[] src, byte[] dst, long inode, int uid) {
        Msg m = new Msg(SOCK_DIAG_BY_FAMILY, 0);
        m.u8(family).u8(state).u8(state == 1 ? 2 : 0).u8(0);   // family, state, timer, retrans
        m.be16(sport).be16(dport);                                // inet_diag_sockid: ports (network order)
        m.bytes(Arrays.copyOf(src, 16)).bytes(Arrays.copyOf(dst, 16));
        m.u32(0).u32(inode & 0xffffffffL).u32(0x1ff00 | (inode & 0xff));   // interface, cookie
        m.u32(state == 1 ? 200 : 0).u32(0).u32(state == 10 ? 128 : 0).u32(uid).u32(inode);  // expires, rqueue, wqueue, uid, inode
        m.u8(8, 0);                               // INET_DIAG_SHUTDOWN
        m.u32(15, 0);                             // INET_DIAG_MARK
        m.u64(21, 0x1f00 + uid);                  // INET_DIAG_CGROUP_ID
        m.u16(22, 0x50);                          // INET_DIAG_SOCKOPT
        return m.done();
    }

    // ---------------------------------------------------------------------------------------------------------

    /** SplitMix64: tiny, fast, and fixed forever, so a seed gives the same file on every JVM. */
    private static final class Rng {
        private long s;

        Rng(long seed) { s = seed; }

        long next() {
            long z = (s += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        /** 0 <= x < bound */
        int below(int bound) { return (int) ((next() >>> 33) % bound); }

        /** lo <= x <= hi */
        int between(int lo, int hi) { return lo + below(hi - lo + 1); }

        boolean percent(int p) { return below(100) < p; }
    }

    private static final String[] GENL_NAMES = {"nlctrl", "VFS_DQUOT", "acpi_event", "thermal", "ethtool", "devlink",
            "tcp_metrics", "TASKSTATS", "NET_DM", "nl80211", "wireguard", "mptcp_pm", "handshake", "netdev"};
    /** The families looked up by name (indexes into GENL_NAMES). */
    private static final int[] RESOLVED = {0, 4, 5, 9, 10, 7};

    /** Writes exchanges one after the other into one reusable frame buffer. */
    private static final class Generator {
        private final PcapWriter w;
        private final Rng rng;
        private final long target;
        private final byte[] frame = new byte[DUMP_FRAME + 16 + 64 * 1024];
        private int flen;
        private int proto;
        long messages, frames, bytes = 24;
        private long ts = 1_700_000_000L * 1_000_000_000L;   // 2023-11-14T22:13:20Z
        private long seq = 1_700_000_000L;                   // iproute2 starts at time(NULL)
        private long port = 1000;

        // templates
        private final T[] linkDump, linkNotify, linkDel;
        private final T[] addrs, addrDel;
        private final T[] routes4, routes4Del, routes6, routesLocal;
        private final T[] genlFamilies;
        private final T[] diag;
        private final T getLinkDump, getAddrDump, getRouteDump, genlDump, diagDump, doneMulti, doneRoute;
        private final T probe, probeErr;
        private final T getLinkByName;
        private final T newRouteReq, newRouteAck, newRouteExists, newRouteDown;
        private final T newAddrReq, newAddrAck, newAddrExists, newAddr6Req, newAddr6Ack;
        private final T newLinkReq, newLinkAck, newLinkExists, setLinkReq, setLinkAck, setMtuReq, setMtuAck;
        private final T delLinkReq, delLinkAck, delLinkNoDev;
        private final T[] genlResolve, genlResolveAck;
        private final T genlUnknown, genlUnknownErr;
        private final T[] netconf;

        Generator(PcapWriter w, long seed, long target) {
            this.target = target;
            this.w = w;
            this.rng = new Rng(seed);
            List<Link> ls = links();
            linkDump = new T[ls.size()];
            linkNotify = new T[ls.size()];
            linkDel = new T[ls.size()];
            for (int i = 0; i < ls.size(); i++) {
                linkDump[i] = newLink(ls.get(i), 0);
                linkNotify[i] = newLink(ls.get(i), 0xffffffff);
                linkDel[i] = linkNotify[i].withType(RTM_DELLINK);
            }
            addrs = new T[] {
                    newAddr(AF_INET, 8, 0x80, 254, 1, ip4(127, 0, 0, 1), "lo"),
                    newAddr(AF_INET6, 128, 0x80, 254, 1, ip6(0, 0, 0, 0, 0, 0, 0, 1), null),
                    newAddr(AF_INET, 24, 0x00, 0, 2, ip4(192, 168, 1, 23), "eth0"),
                    newAddr(AF_INET6, 64, 0x100, 0, 2, ip6(0x2001, 0xdb8, 0x1, 0, 0x5054, 0xff, 0xfe12, 0x3456), null),
                    newAddr(AF_INET6, 64, 0x80, 253, 2, ip6(0xfe80, 0, 0, 0, 0x5054, 0xff, 0xfe12, 0x3456), null),
                    newAddr(AF_INET, 16, 0x80, 0, 3, ip4(10, 20, 0, 5), "eth1"),
                    newAddr(AF_INET6, 64, 0x80, 253, 3, ip6(0xfe80, 0, 0, 0, 0x5054, 0xff, 0xfe9a, 0xbcde), null),
                    newAddr(AF_INET, 16, 0x80, 0, 5, ip4(172, 17, 0, 1), "docker0"),
                    newAddr(AF_INET, 24, 0x80, 0, 6, ip4(192, 0, 2, 1), "br0"),
                    newAddr(AF_INET6, 64, 0x80, 253, 6, ip6(0xfe80, 0, 0, 0, 0x81b, 0x2cff, 0xfe3d, 0x4e5f), null),
                    newAddr(AF_INET, 24, 0x80, 0, 9, ip4(198, 51, 100, 1), "dummy0"),
                    newAddr(AF_INET, 24, 0x80, 0, 10, ip4(10, 99, 0, 1), "wg0"),
                    newAddr(AF_INET6, 64, 0x80, 0, 9, ip6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), null),
            };
            addrDel = new T[addrs.length];
            for (int i = 0; i < addrs.length; i++) addrDel[i] = addrs[i].withType(RTM_DELADDR);
            routes4 = new T[] {
                    newRoute(AF_INET, 0, 254, 16, 0, 1, null, ip4(192, 168, 1, 1), ip4(192, 168, 1, 23), 2, 100, false),  // default (DHCP)
                    newRoute(AF_INET, 24, 254, 2, 253, 1, ip4(192, 168, 1, 0), null, ip4(192, 168, 1, 23), 2, 100, true), // connected
                    newRoute(AF_INET, 24, 254, 4, 0, 1, ip4(10, 30, 0, 0), ip4(10, 20, 0, 1), null, 3, -1, true),       // static
                    newRoute(AF_INET, 24, 254, 186, 0, 1, ip4(10, 40, 0, 0), ip4(10, 20, 0, 254), null, 3, 20, true),   // bgp
                    newRoute(AF_INET, 32, 254, 3, 0, 1, ip4(10, 50, 0, 7), ip4(192, 0, 2, 254), null, 9, -1, true),     // ip route add
            };
            routes4Del = new T[routes4.length];
            for (int i = 0; i < routes4.length; i++) routes4Del[i] = routes4[i].withType(RTM_DELROUTE);
            routesLocal = new T[] {
                    newRoute(AF_INET, 32, 255, 2, 254, 2, ip4(127, 0, 0, 1), null, ip4(127, 0, 0, 1), 1, -1, false),
                    newRoute(AF_INET, 32, 255, 2, 253, 3, ip4(192, 168, 1, 255), null, ip4(192, 168, 1, 23), 2, -1, false),
                    newRoute(AF_INET, 32, 255, 2, 254, 2, ip4(198, 51, 100, 1), null, ip4(198, 51, 100, 1), 9, -1, false),
            };
            routes6 = new T[] {
                    newRoute(AF_INET6, 64, 254, 2, 0, 1, ip6(0xfe80, 0, 0, 0, 0, 0, 0, 0), null, null, 2, 256, false),
                    newRoute(AF_INET6, 48, 254, 3, 0, 1, ip6(0x2001, 0xdb8, 0x100, 0, 0, 0, 0, 0),
                            ip6(0xfe80, 0, 0, 0, 0, 0, 0, 1), null, 2, 1024, true),
            };
            genlFamilies = new T[] {
                    genlFamily("nlctrl", 0x10, 2, 10, 2, "notify"),
                    genlFamily("VFS_DQUOT", 0x11, 1, 6, 0, "events"),
                    genlFamily("acpi_event", 0x12, 1, 1, 0, "acpi_mc_group"),
                    genlFamily("thermal", 0x13, 1, 19, 5, "sampling", "event"),
                    genlFamily("ethtool", 0x14, 1, 10, 42, "monitor"),
                    genlFamily("devlink", 0x15, 1, 183, 70, "config"),
                    genlFamily("tcp_metrics", 0x16, 1, 14, 2),
                    genlFamily("TASKSTATS", 0x17, 1, 4, 2),
                    genlFamily("NET_DM", 0x18, 2, 29, 9, "events"),
                    genlFamily("nl80211", 0x19, 1, 330, 110, "config", "scan", "regulatory", "mlme", "vendor", "nan", "testmode"),
                    genlFamily("wireguard", 0x1a, 1, 8, 2),
                    genlFamily("mptcp_pm", 0x1b, 1, 7, 11, "mptcp_pm_events"),
                    genlFamily("handshake", 0x1c, 1, 3, 2, "none", "tlshd"),
                    genlFamily("netdev", 0x1d, 1, 16, 8, "mgmt", "page-pool"),
            };
            diag = new T[] {
                    inetDiag(AF_INET, 10, 22, 0, new byte[4], new byte[4], 18_211, 0),
                    inetDiag(AF_INET, 10, 8080, 0, ip4(127, 0, 0, 1), new byte[4], 20_011, 1000),
                    inetDiag(AF_INET, 1, 22, 51_234, ip4(192, 168, 1, 23), ip4(192, 168, 1, 50), 31_007, 0),
                    inetDiag(AF_INET, 1, 41_002, 443, ip4(192, 168, 1, 23), ip4(93, 184, 216, 34), 32_550, 1000),
                    inetDiag(AF_INET, 6, 41_010, 443, ip4(192, 168, 1, 23), ip4(140, 82, 121, 4), 0, 1000),
                    inetDiag(AF_INET, 1, 8080, 40_100, ip4(127, 0, 0, 1), ip4(127, 0, 0, 1), 33_001, 1000),
                    inetDiag(AF_INET, 1, 40_100, 8080, ip4(127, 0, 0, 1), ip4(127, 0, 0, 1), 33_002, 1000),
            };

            // requests as iproute2, ss and genl send them (pid 0; seq patched)
            getLinkDump = new Msg(RTM_GETLINK, F_REQUEST | F_DUMP).u8(AF_PACKET).u8(0).u16(0).u32(0).u32(0).u32(0)
                    .u32(29, 1).done();                                            // IFLA_EXT_MASK = RTEXT_FILTER_VF
            getAddrDump = new Msg(RTM_GETADDR, F_REQUEST | F_DUMP).u8(0).u8(0).u8(0).u8(0).u32(0).done();
            getRouteDump = new Msg(RTM_GETROUTE, F_REQUEST | F_DUMP).u8(AF_INET).u8(0).u8(0).u8(0).u8(0).u8(0).u8(0)
                    .u8(0).u32(0).done();
            genlDump = new Msg(GENL_ID_CTRL, F_REQUEST | F_DUMP).u8(CTRL_CMD_GETFAMILY).u8(0).u16(0).done();
            diagDump = new Msg(SOCK_DIAG_BY_FAMILY, F_REQUEST | F_DUMP).u8(AF_INET).u8(6).u8(0).u8(0).u32(0xfff)
                    .zeros(48).done();                                             // inet_diag_req_v2, TCP, all states
            doneMulti = done(F_MULTI);
            doneRoute = done(F_MULTI | F_DUMP_FILTERED);

            // iproute2's capability probe at start-up: an empty RTM_NEWLINK, answered by ENODEV
            probe = new Msg(RTM_NEWLINK, F_REQUEST | F_ACK).zeros(16).done();
            probeErr = answer(probe, ENODEV, null, 0);
            getLinkByName = new Msg(RTM_GETLINK, F_REQUEST).zeros(16).u32(29, 9).str(3, "dummy0").done();

            newRouteReq = new Msg(RTM_NEWROUTE, F_REQUEST | F_ACK | F_EXCL | F_CREATE)
                    .u8(AF_INET).u8(24).u8(0).u8(0).u8(254).u8(3).u8(0).u8(1).u32(0)
                    .attr(1, ip4(198, 51, 100, 0)).attr(5, ip4(192, 0, 2, 254)).u32(4, 9).done();
            newRouteAck = answer(newRouteReq, 0, null, 0);
            newRouteExists = answer(newRouteReq, EEXIST, null, 0);
            newRouteDown = answer(newRouteReq, ENETDOWN, "Nexthop device is not up", 16 + 12 + 8 + 8);  // at RTA_OIF
            newAddrReq = new Msg(RTM_NEWADDR, F_REQUEST | F_ACK | F_EXCL | F_CREATE)
                    .u8(AF_INET).u8(24).u8(0).u8(0).u32(9).attr(2, ip4(198, 51, 100, 1)).attr(1, ip4(198, 51, 100, 1)).done();
            newAddrAck = answer(newAddrReq, 0, null, 0);
            newAddrExists = answer(newAddrReq, EEXIST, "ipv4: Address already assigned", 0);
            newAddr6Req = new Msg(RTM_NEWADDR, F_REQUEST | F_ACK | F_EXCL | F_CREATE)
                    .u8(AF_INET6).u8(64).u8(2).u8(0).u32(9)
                    .attr(2, ip6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)).attr(1, ip6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1)).done();
            newAddr6Ack = answer(newAddr6Req, 0, null, 0);
            Msg nl = new Msg(RTM_NEWLINK, F_REQUEST | F_ACK | F_EXCL | F_CREATE).zeros(16).str(3, "dummy0");
            int li = nl.begin(18);
            nl.str(1, "dummy").end(li);
            newLinkReq = nl.done();
            newLinkAck = answer(newLinkReq, 0, null, 0);
            newLinkExists = answer(newLinkReq, EEXIST, null, 0);
            setLinkReq = new Msg(RTM_NEWLINK, F_REQUEST | F_ACK).u8(0).u8(0).u16(0).u32(9).u32(IFF_UP).u32(IFF_UP).done();
            setLinkAck = answer(setLinkReq, 0, null, 0);
            setMtuReq = new Msg(RTM_NEWLINK, F_REQUEST | F_ACK).u8(0).u8(0).u16(0).u32(9).u32(0).u32(0).u32(4, 1400).done();
            setMtuAck = answer(setMtuReq, 0, null, 0);
            delLinkReq = new Msg(RTM_DELLINK, F_REQUEST | F_ACK).u8(0).u8(0).u16(0).u32(0).u32(0).u32(0)
                    .str(3, "dummy0").done();
            delLinkAck = answer(delLinkReq, 0, null, 0);
            delLinkNoDev = answer(delLinkReq, ENODEV, null, 0);

            genlResolve = new T[RESOLVED.length];
            genlResolveAck = new T[RESOLVED.length];
            for (int i = 0; i < RESOLVED.length; i++) {
                genlResolve[i] = new Msg(GENL_ID_CTRL, F_REQUEST | F_ACK).u8(CTRL_CMD_GETFAMILY).u8(0).u16(0)
                        .str(2, GENL_NAMES[RESOLVED[i]]).done();
                genlResolveAck[i] = answer(genlResolve[i], 0, null, 0);
            }
            genlUnknown = new Msg(GENL_ID_CTRL, F_REQUEST | F_ACK).u8(CTRL_CMD_GETFAMILY).u8(0).u16(0)
                    .str(2, "ovs_datapath").done();
            genlUnknownErr = answer(genlUnknown, ENOENT, null, 0);

            netconf = new T[2];
            for (int i = 0; i < 2; i++) {
                Msg m = new Msg(RTM_NEWNETCONF, 0).u8(i == 0 ? AF_INET : AF_INET6).zeros(3);   // netconfmsg
                m.u32(1, 9).u32(2, 0).u32(3, 0).u32(4, 0).u32(8, 1).u32(5, 0).u32(6, 0);      // NETCONFA_*
                netconf[i] = m.done();
            }
        }

        // ----- frame assembly

        private void begin(int protocol) {
            proto = protocol;
            Arrays.fill(frame, 0, 16, (byte) 0);
            frame[1] = 4;                      // PACKET_OUTGOING, as nlmon writes for every frame
            frame[2] = 0x03; frame[3] = 0x38;  // ARPHRD_NETLINK (824)
            frame[14] = (byte) (protocol >>> 8);
            frame[15] = (byte) protocol;
            flen = 16;
        }

        private boolean fits(T t, int limit) { return flen == 16 || flen + t.b.length <= limit + 16; }

        /** Copies a template into the frame; flags < 0 keeps the template's. Returns its offset. */
        private int put(T t, int flags, long seqNo, long pid) {
            int off = flen;
            System.arraycopy(t.b, 0, frame, off, t.b.length);
            flen += t.b.length;
            if (flags >= 0) le16(off + 6, flags);
            le32(off + 8, seqNo);
            le32(off + 12, pid);
            if (t.echoSeq >= 0) le32(off + t.echoSeq, seqNo);
            messages++;
            return off;
        }

        private void zeros(int n) {
            Arrays.fill(frame, flen, flen + n, (byte) 0);
            flen += n;
        }

        private void emit() throws IOException {
            w.write(ts, frame, 0, flen);
            frames++;
            bytes += 16 + flen;
            ts += 1_000L * rng.between(1, 6) + rng.below(1000);
        }

        /** One frame holding one message. */
        /**
         * The kernel's answer to a dump: the first {@code n} parts as NLM_F_MULTI messages, as
         * many per frame as fit in {@code frameLimit} bytes, then NLMSG_DONE in a frame of its own.
         */
        private void multipart(int protocol, T[] parts, int n, int frameLimit, long seqNo, long pid) throws IOException {
            begin(protocol);
            for (int i = 0; i < n; i++) {
                if (!fits(parts[i], frameLimit)) { emit(); begin(protocol); }
                put(parts[i], F_MULTI, seqNo, pid);
            }
            emit();
            single(protocol, doneMulti, -1, seqNo, pid);
        }

        private void single(int protocol, T t, int flags, long seqNo, long pid) throws IOException {
            begin(protocol);
            put(t, flags, seqNo, pid);
            emit();
        }

        private void le16(int at, int v) { frame[at] = (byte) v; frame[at + 1] = (byte) (v >>> 8); }

        private void le32(int at, long v) {
            frame[at] = (byte) v; frame[at + 1] = (byte) (v >>> 8); frame[at + 2] = (byte) (v >>> 16); frame[at + 3] = (byte) (v >>> 24);
        }

        /** Gives a route another destination: an IPv4 address, or bytes 4..5 of an IPv6 prefix. */
        private void dst(int off, T t, long v) {
            if (t.dst < 0) return;
            if (t.b[16] == AF_INET6) { frame[off + t.dst] = (byte) (v >>> 8); frame[off + t.dst + 1] = (byte) v; }
            else be32(off + t.dst, v);
        }

        private void be32(int at, long v) {
            frame[at] = (byte) (v >>> 24); frame[at + 1] = (byte) (v >>> 16); frame[at + 2] = (byte) (v >>> 8); frame[at + 3] = (byte) v;
        }

        // ----- exchanges

        /**
         * Shortens the variable part of the last exchange (a dump's parts, a burst of events) so that the
         * capture ends close to the requested size; {@code after} messages still follow (NLMSG_DONE).
         */
        private int fit(int n, int after) {
            return (int) Math.max(1, Math.min(n, target - messages - after));
        }

        /** One client exchange (a command, a burst of events), chosen at random with fixed weights. */
        void exchange() throws IOException {
            ts += 1_000L * rng.between(5, 60);
            int r = rng.below(100);
            if (r < 32) change();
            else if (r < 52) notifications();
            else if (r < 60) linkDump();
            else if (r < 68) addrDump();
            else if (r < 76) routeDump();
            else if (r < 94) genl();
            else sockDiag();
        }

        /** A new client socket: a new port id (a new `ip` process), sometimes one of a daemon's. */
        private long newClient() {
            if (rng.percent(15)) return 0x80000000L + rng.below(0x7fffffff);   // kernel-assigned (autobind) port id
            return port++;
        }

        private void probe(long pid) throws IOException {
            if (!rng.percent(60)) return;
            single(NETLINK_ROUTE, probe, -1, 0, 0);
            single(NETLINK_ROUTE, probeErr, -1, 0, pid);
        }

        private void change() throws IOException {
            long pid = newClient();
            probe(pid);
            long s = seq++;
            int what = rng.below(100);
            boolean fail = rng.percent(15);
            if (what < 40) {                                   // ip route add ... via ... dev dummy0
                single(NETLINK_ROUTE, newRouteReq, -1, s, 0);
                if (!fail) {
                    T rt = routes4[4];
                    begin(NETLINK_ROUTE);
                    int off = put(rt, F_EXCL | F_CREATE, 0, 0);   // the notification comes first
                    dst(off, rt, 0x0a320000L | rng.below(0x10000));
                    emit();
                    single(NETLINK_ROUTE, newRouteAck, -1, s, pid);
                } else {
                    single(NETLINK_ROUTE, rng.percent(70) ? newRouteExists : newRouteDown, -1, s, pid);
                }
            } else if (what < 65) {                            // ip addr add
                boolean v6 = rng.percent(30);
                single(NETLINK_ROUTE, v6 ? newAddr6Req : newAddrReq, -1, s, 0);
                if (!fail || v6) {
                    single(NETLINK_ROUTE, addrs[v6 ? 12 : 10], 0, 0, 0);
                    single(NETLINK_ROUTE, routesLocal[rng.below(routesLocal.length)], F_EXCL | F_CREATE, 0, 0);
                    single(NETLINK_ROUTE, v6 ? newAddr6Ack : newAddrAck, -1, s, pid);
                } else {
                    single(NETLINK_ROUTE, newAddrExists, -1, s, pid);
                }
            } else if (what < 80) {                            // ip link add dummy0 type dummy
                single(NETLINK_ROUTE, newLinkReq, -1, s, 0);
                if (!fail) {
                    single(NETLINK_ROUTE, netconf[0], 0, 0, 0);
                    single(NETLINK_ROUTE, netconf[1], 0, 0, 0);
                    single(NETLINK_ROUTE, linkNotify[8], 0, 0, 0);
                    single(NETLINK_ROUTE, newLinkAck, -1, s, pid);
                } else {
                    single(NETLINK_ROUTE, newLinkExists, -1, s, pid);
                }
            } else if (what < 90) {                            // ip link set dummy0 up / mtu 1400
                single(NETLINK_ROUTE, getLinkByName, -1, s, 0);
                single(NETLINK_ROUTE, linkDump[8], 0, s, pid);
                long s2 = seq++;
                boolean up = rng.percent(50);
                single(NETLINK_ROUTE, up ? setLinkReq : setMtuReq, -1, s2, 0);
                single(NETLINK_ROUTE, linkNotify[8], 0, 0, 0);
                single(NETLINK_ROUTE, up ? setLinkAck : setMtuAck, -1, s2, pid);
            } else {                                           // ip link del dummy0
                single(NETLINK_ROUTE, delLinkReq, -1, s, 0);
                if (!fail) {
                    single(NETLINK_ROUTE, linkDel[8], 0, 0, 0);
                    single(NETLINK_ROUTE, delLinkAck, -1, s, pid);
                } else {
                    single(NETLINK_ROUTE, delLinkNoDev, -1, s, pid);
                }
            }
        }

        /** Multicast events as `ip monitor` or a daemon receives them: seq 0, pid 0. */
        private void notifications() throws IOException {
            int n = fit(rng.between(1, 8), 0);
            for (int i = 0; i < n; i++) {
                int k = rng.below(100);
                if (k < 30) {
                    single(NETLINK_ROUTE, linkNotify[rng.below(linkNotify.length)], 0, 0, 0);
                } else if (k < 45) {
                    single(NETLINK_ROUTE, (rng.percent(70) ? addrs : addrDel)[rng.below(addrs.length)], 0, 0, 0);
                } else if (k < 90) {
                    boolean v6 = rng.percent(30), del = rng.percent(35);
                    int j = rng.below(v6 ? routes6.length : routes4.length);
                    T rt = v6 ? routes6[j] : del ? routes4Del[j] : routes4[j];
                    begin(NETLINK_ROUTE);
                    int off = put(rt, v6 || del ? 0 : F_EXCL | F_CREATE, 0, 0);
                    dst(off, rt, v6 ? 0x100 + rng.below(0x100) : 0x0a000000L | ((long) rng.below(0x10000) << 8));
                    emit();
                } else {
                    single(NETLINK_ROUTE, netconf[rng.below(2)], 0, 0, 0);
                }
            }
        }

        /** `ip link show`: request, NEWLINK parts packed into frames, NLMSG_DONE on its own. */
        private void linkDump() throws IOException {
            long pid = newClient();
            probe(pid);
            long s = seq++;
            single(NETLINK_ROUTE, getLinkDump, -1, s, 0);
            int n = fit(rng.between(3, linkDump.length), 1);
            multipart(NETLINK_ROUTE, linkDump, n, DUMP_FRAME, s, pid);
        }

        /** `ip addr show`: the request goes out in iproute2's buffer, zeros and all. */
        private void addrDump() throws IOException {
            long pid = newClient();
            probe(pid);
            long s = seq++;
            begin(NETLINK_ROUTE);
            put(getAddrDump, -1, s, 0);
            zeros(IPROUTE2_SLACK);
            emit();
            int n = fit(rng.between(4, addrs.length), 1);
            multipart(NETLINK_ROUTE, addrs, n, DUMP_FRAME, s, pid);
        }

        /** `ip route show table all` on a router: up to hundreds of routes, ~270 per 16 KB frame. */
        private void routeDump() throws IOException {
            long pid = newClient();
            probe(pid);
            long s = seq++;
            begin(NETLINK_ROUTE);
            put(getRouteDump, -1, s, 0);
            zeros(IPROUTE2_SLACK);
            emit();
            int n = fit(rng.percent(20) ? rng.between(200, 900) : rng.between(10, 120), 1);
            begin(NETLINK_ROUTE);
            for (int i = 0; i < n; i++) {
                T rt;
                if (i < routes4.length) rt = routes4[i];          // default, connected, ... then the bulk
                else {
                    int k = rng.below(100);
                    rt = k < 80 ? routes4[2 + rng.below(3)] : k < 90 ? routesLocal[rng.below(routesLocal.length)]
                            : routes6[rng.below(routes6.length)];
                }
                if (!fits(rt, DUMP_FRAME)) { emit(); begin(NETLINK_ROUTE); }
                int off = put(rt, F_MULTI | F_DUMP_FILTERED, s, pid);
                if (i >= routes4.length) dst(off, rt, rt.b[16] == AF_INET6 ? 0x100 + (i & 0xff) : 0x0a000000L | ((long) i << 8));
            }
            emit();
            single(NETLINK_ROUTE, doneRoute, -1, s, pid);
        }

        /** `genl ctrl list` (an nlctrl dump) or a family-id lookup as every genl user does at start-up. */
        private void genl() throws IOException {
            long pid = newClient();
            long s = seq++;
            int k = rng.below(100);
            if (k < 35) {
                single(NETLINK_GENERIC, genlDump, -1, s, 0);
                multipart(NETLINK_GENERIC, genlFamilies, genlFamilies.length, GENL_DUMP_FRAME, s, pid);
            } else if (k < 92) {
                int i = rng.below(genlResolve.length);
                single(NETLINK_GENERIC, genlResolve[i], -1, s, 0);
                single(NETLINK_GENERIC, genlFamilies[RESOLVED[i]], 0, s, pid);
                single(NETLINK_GENERIC, genlResolveAck[i], -1, s, pid);
            } else {
                single(NETLINK_GENERIC, genlUnknown, -1, s, 0);
                single(NETLINK_GENERIC, genlUnknownErr, -1, s, pid);
            }
        }

        /** `ss -tan`: an inet_diag dump of TCP sockets. */
        private void sockDiag() throws IOException {
            long pid = newClient();
            long s = seq++;
            single(NETLINK_SOCK_DIAG, diagDump, -1, s, 0);
            int n = fit(rng.between(3, 40), 1);
            begin(NETLINK_SOCK_DIAG);
            for (int i = 0; i < n; i++) {
                T d = diag[i < diag.length ? i : 2 + rng.below(diag.length - 2)];
                if (!fits(d, DUMP_FRAME)) { emit(); begin(NETLINK_SOCK_DIAG); }
                int off = put(d, F_MULTI, s, pid);
                if (i >= diag.length) {           // distinct sockets: another local port and inode
                    frame[off + 16 + 4] = (byte) (0x80 + (i >>> 8));
                    frame[off + 16 + 5] = (byte) i;
                    le32(off + 16 + 68, 40_000 + i);
                }
            }
            emit();
            single(NETLINK_SOCK_DIAG, doneMulti, -1, s, pid);
        }
    }
}
