package io.nlscope.cli;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.capture.GenlFamilyQuery;
import io.nlscope.capture.PortOwners;
import io.nlscope.capture.HostFacts;
import io.nlscope.capture.LiveCapture;
import io.nlscope.capture.PcapWriter;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.Escape;
import io.nlscope.output.LineSink;
import io.nlscope.output.MessageOutput;
import io.nlscope.output.PairedSink;
import io.nlscope.analysis.Pairing;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code nlscope capture -i nlmon0 -w FILE}: records netlink traffic live from an nlmon interface
 * through pcap4j, into a pcapng (or pcap) file that is complete and valid however the capture stops.
 */
final class CaptureCommand {
    /** Exit codes of a capture that could not start, each with its one sentence. */
    static final int NO_INTERFACE = 4, NO_NLMON = 5, NO_PERMISSION = 6, NO_LIBPCAP = 7, WRITE_FAILED = 8;

    /** The sentence for a kernel without nlmon, where it is found out before the capture or by --create. */
    private static String noNlmon() {
        return "nlscope capture: this kernel (" + HostFacts.kernelRelease() + ") has no nlmon (CONFIG_NLMON), so nothing can "
                + "capture netlink here; 'nlscope trace -w FILE -- PROGRAM' records a program's netlink traffic without it.";
    }

    /** The protocols nlmon sees on a stock kernel (../shared/nlvm/README.md: those whose sockets are taps). */
    static final Set<Integer> NLMON_PROTOCOLS = Set.of(0, 2, 4, 5, 6, 10, 12, 16);

    private static final int SNAPLEN = 262_144, BUFFER = 32 << 20;   // the kernel buffer: as large as the harness gives tcpdump (-B 32768)

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("i").longOpt("interface").hasArg().argName("IFACE").desc("the nlmon interface (default nlmon0)").build());
        o.addOption(Option.builder("w").longOpt("write").hasArg().argName("FILE")
                .desc("the capture file: pcapng (FILE.pcapng, or '-' for standard output) or pcap with nanosecond times (FILE.pcap)").build());
        o.addOption(Option.builder("c").longOpt("count").hasArg().argName("N").desc("stop after N packets").build());
        o.addOption(Option.builder().longOpt("duration").hasArg().argName("SECONDS").desc("stop after this many seconds").build());
        o.addOption(Option.builder().longOpt("print").desc("also show a read line per message as it arrives (a request once it is answered, with its answer)").build());
        o.addOption(Option.builder().longOpt("force").desc("overwrite FILE if it exists").build());
        o.addOption(Option.builder().longOpt("create")
                .desc("create the interface (ip link add IFACE type nlmon) for this capture and remove it afterwards").build());
        o.addOption(Option.builder().longOpt("protocol").hasArg().argName("N")
                .desc("the netlink protocol you want to see: says whether nlmon can see it at all").build());
        o.addOption(Option.builder().longOpt("rotate-size").hasArg().argName("BYTES")
                .desc("start a new numbered file (NAME-00001.pcapng, NAME-00002.pcapng ...) after about this many bytes, e.g. 100M").build());
        o.addOption(Option.builder().longOpt("rotate-seconds").hasArg().argName("SECONDS")
                .desc("start a new numbered file after this many seconds").build());
        o.addOption(Option.builder().longOpt("no-genl-families")
                .desc("do not start the file with the kernel's generic netlink families (by default the answer to a "
                        + "CTRL_CMD_GETFAMILY dump, marked as added by nlscope, so that readers can name family ids)").build());
        o.addOption(Option.builder().longOpt("no-processes")
                .desc("do not record which process each frame's port id belongs to (by default a pcapng frame whose "
                        + "nlmsg_pid names a port gets the comment 'pid=PID portid=P proto=N comm=NAME', from /proc/net/netlink "
                        + "and /proc/PID/fd)").build());
        o.addOption(CommandLines.filterOption("write (and --print) only the frames with a message that matches FILTER "
                + "(README: display filters; a field of the transaction is for read and export, after the capture)"));
        o.addOption(Option.builder("q").longOpt("quiet").desc("no summary at the end").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("capture", "nlscope capture [-i nlmon0] -w FILE [OPTIONS]",
                "Records the netlink traffic an nlmon interface sees, through libpcap, until -c, --duration, "
                        + "SIGINT or SIGTERM. The file is written under a temporary name and renamed when complete, so "
                        + "it is valid however the capture stops; the summary gives packets received and dropped.",
                "Exit codes: 0 done, 2 usage error (or FILE exists without --force), 3 internal error, 4 the interface "
                        + "does not exist, 5 the kernel has no nlmon, 6 no permission to capture (CAP_NET_RAW), "
                        + "7 libpcap is not installed, 8 writing failed during the capture (e.g. a full disk; what was "
                        + "written before is kept).",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        boolean[] badFilter = {false};
        io.nlscope.analysis.filter.MessageFilter filter = CommandLines.filter("capture", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        if (filter != null && filter.needsEvent()) {
            err.println("nlscope capture: -Y tests each frame as it arrives, before any answer: record everything and "
                    + "filter on the transaction with read -Y or export --filter.");
            return Main.USAGE;
        }
        String iface = cl.getOptionValue("i", "nlmon0");
        if (cl.hasOption("protocol")) {
            int proto;
            try {
                proto = Integer.parseInt(cl.getOptionValue("protocol"));
            } catch (NumberFormatException e) {
                err.println("nlscope capture: --protocol needs a netlink protocol number, not '" + Escape.text(cl.getOptionValue("protocol")) + "'.");
                return Main.USAGE;
            }
            if (!NLMON_PROTOCOLS.contains(proto)) {
                err.println("nlscope capture: nlmon never sees netlink protocol " + proto + " on a stock kernel (only "
                        + "0, 2, 4, 5, 6, 10, 12 and 16); record it with 'nlscope trace -w FILE -- PROGRAM' instead.");
                return Main.USAGE;
            }
        }
        if (!cl.hasOption("w")) {
            err.println("nlscope capture: say where to write the capture with -w FILE (FILE.pcapng, FILE.pcap or - for standard output).");
            return Main.USAGE;
        }
        String target = cl.getOptionValue("w");
        boolean toStdout = target.equals("-");
        long count = Long.MAX_VALUE;
        double duration = Double.POSITIVE_INFINITY;
        try {
            if (cl.hasOption("c")) count = Long.parseLong(cl.getOptionValue("c"));
            if (count <= 0) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            err.println("nlscope capture: -c needs a positive whole number of packets, not '" + Escape.text(cl.getOptionValue("c")) + "'.");
            return Main.USAGE;
        }
        try {
            if (cl.hasOption("duration")) duration = Double.parseDouble(cl.getOptionValue("duration"));
            if (!(duration > 0)) throw new NumberFormatException();
        } catch (NumberFormatException e) {
            err.println("nlscope capture: --duration needs a positive number of seconds, not '" + Escape.text(cl.getOptionValue("duration")) + "'.");
            return Main.USAGE;
        }
        if (toStdout && cl.hasOption("print")) {
            err.println("nlscope capture: --print and -w - both want standard output; write the capture to a file.");
            return Main.USAGE;
        }
        Rotation rotation = Rotation.NONE;
        if (cl.hasOption("rotate-size") || cl.hasOption("rotate-seconds")) {
            if (toStdout) {
                err.println("nlscope capture: standard output cannot be rotated into files; write to FILE.pcapng.");
                return Main.USAGE;
            }
            long size = 0, nanos = 0;
            if (cl.hasOption("rotate-size")) {
                size = CaptureInput.parseBytes(cl.getOptionValue("rotate-size"));
                if (size <= 0) {
                    err.println("nlscope capture: --rotate-size needs a size in bytes such as 1000000, 512K or 100M, not '"
                            + Escape.text(cl.getOptionValue("rotate-size")) + "'.");
                    return Main.USAGE;
                }
            }
            if (cl.hasOption("rotate-seconds")) {
                try {
                    double sec = Double.parseDouble(cl.getOptionValue("rotate-seconds"));
                    if (!(sec > 0)) throw new NumberFormatException();
                    nanos = (long) (sec * 1e9);
                } catch (NumberFormatException e) {
                    err.println("nlscope capture: --rotate-seconds needs a positive number of seconds, not '"
                            + Escape.text(cl.getOptionValue("rotate-seconds")) + "'.");
                    return Main.USAGE;
                }
            }
            rotation = new Rotation(size, nanos);
        }
        Path file = toStdout ? null : Path.of(target).toAbsolutePath();
        boolean pcap = !toStdout && target.endsWith(".pcap");
        if (file != null) {
            if (rotation.on() && Files.exists(Output.numbered(file, 1)) && !cl.hasOption("force")) {
                err.println("nlscope capture: " + Escape.text(Output.numbered(file, 1).toString()) + " exists; use --force to overwrite it.");
                return Main.USAGE;
            }
            if (!rotation.on() && Files.exists(file) && !cl.hasOption("force")) {
                err.println("nlscope capture: " + Escape.text(target) + " exists; use --force to overwrite it.");
                return Main.USAGE;
            }
            if (!CommandLines.writableTarget("capture", file, err)) return Main.USAGE;
        }

        // what the capture needs from the host, each said in one sentence before anything starts
        if (!LiveCapture.libpcapPresent()) {
            err.println("nlscope capture: libpcap is not installed (Debian: apt-get install libpcap0.8).");
            return NO_LIBPCAP;
        }
        boolean create = cl.hasOption("create");
        if (!HostFacts.interfaceExists(iface)) {
            if (HostFacts.kernelHasNlmon().equals(java.util.Optional.of(false))) {
                err.println(noNlmon());
                return NO_NLMON;
            }
            if (!create) {
                err.println("nlscope capture: interface " + Escape.text(iface) + " does not exist; create it with 'ip link add "
                        + Escape.text(iface) + " type nlmon && ip link set " + Escape.text(iface) + " up' (as root), or add --create.");
                return NO_INTERFACE;
            }
            if (!HostFacts.hasCapability(HostFacts.CAP_NET_ADMIN)) {
                err.println("nlscope capture: --create needs CAP_NET_ADMIN to make " + Escape.text(iface) + "; run as root.");
                return NO_PERMISSION;
            }
        } else {
            create = false;
            if (!HostFacts.isNlmon(iface)) {
                err.println("nlscope capture: " + Escape.text(iface) + " is not an nlmon interface; capture on one made with 'ip link add nlmon0 type nlmon'.");
                return Main.USAGE;
            }
        }
        if (!HostFacts.hasCapability(HostFacts.CAP_NET_RAW)) {
            err.println("nlscope capture: capturing needs CAP_NET_RAW; run as root (or give java that capability).");
            return NO_PERMISSION;
        }
        int[] why = {NO_INTERFACE};
        try (Interface made = create ? Interface.create(iface, err, why) : null) {
            if (create && made == null) return why[0];
            return capture(iface, file, pcap, count, duration, rotation, cl.hasOption("print"), cl.hasOption("q"),
                    !cl.hasOption("no-genl-families"), !cl.hasOption("no-processes"), filter, out, err);
        }
    }

    /** The nlmon interface --create made, removed when the capture ends. */
    private record Interface(String name) implements Closeable {
        /** The interface made, or null after saying why (the exit code in {@code why[0]}). */
        static Interface create(String name, PrintStream err, int[] why) {
            String said = ip("link", "add", name, "type", "nlmon");
            if (said == null) said = ip("link", "set", name, "up");
            if (said == null) return new Interface(name);
            ip("link", "del", name);
            if (said.contains("Unknown device type")) {
                err.println(noNlmon());
                why[0] = NO_NLMON;
            } else {
                err.println("nlscope capture: cannot create " + Escape.text(name) + ": " + Escape.text(said));
                why[0] = said.contains("not permitted") ? NO_PERMISSION : NO_INTERFACE;
            }
            return null;
        }

        @Override public void close() { ip("link", "del", name); }

        /** Runs ip(8); null when it succeeded, else what it said. */
        private static String ip(String... args) {
            String[] cmd = new String[args.length + 1];
            cmd[0] = "ip";
            System.arraycopy(args, 0, cmd, 1, args.length);
            try {
                Process pr = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String said = new String(pr.getInputStream().readAllBytes()).trim();
                return pr.waitFor() == 0 ? null : "'ip " + String.join(" ", args) + "' said: " + said;
            } catch (IOException e) {
                return "ip (iproute2) cannot be run";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }
    }

    /** Family id to name, as the kernel's CTRL_CMD_NEWFAMILY answers say (decoded as read decodes them); empty without. */
    static Map<Integer, String> familiesOf(GenlFamilyQuery.Exchange known) {
        Map<Integer, String> m = new java.util.TreeMap<>();
        if (known == null) return m;
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies()).withDepth(Depth.FULL);
        long i = 0;
        for (byte[] a : known.answers()) {
            byte[] fr = GenlFamilyQuery.nlmonFrame(a);
            for (io.nlscope.dissect.NetlinkMessage msg : d.dissect(new Frame(++i, 0, fr.length, 253, 0, Direction.UNKNOWN, fr)).messages()) {
                var id = msg.field("CTRL_ATTR_FAMILY_ID");
                var name = msg.field("CTRL_ATTR_FAMILY_NAME");
                if (id.isPresent() && id.get().value() instanceof io.nlscope.dissect.Value.Num n
                        && name.isPresent() && name.get().value() instanceof io.nlscope.dissect.Value.Text t) m.put((int) n.value(), t.text());
            }
        }
        return m;
    }

    /** The comment on the frames nlscope adds at the start of a pcapng capture. */
    static final String FAMILIES_COMMENT = "added by nlscope, not captured: the kernel's generic netlink families when "
            + "the capture started (CTRL_CMD_GETFAMILY dump), so that readers can name the family ids";

    private interface Sink extends Closeable {
        void write(Frame f) throws IOException;

        /** A frame nlscope adds (pcapng: with its comment; pcap cannot mark it, so it writes none). */
        boolean add(long timestampNanos, byte[] frame, String comment) throws IOException;

        void flush() throws IOException;
    }

    private static int capture(String iface, Path file, boolean pcap, long count, double duration, Rotation rotate, boolean print,
                               boolean quiet, boolean families, boolean processes, io.nlscope.analysis.filter.MessageFilter filter,
                               PrintStream out, PrintStream err) {
        // asked before the capture opens, so that the question is not in the capture itself
        GenlFamilyQuery.Exchange known = null;
        long knownAt = 0;
        if ((families || processes) && pcap && !quiet)
            err.println("nlscope capture: a pcap file has no frame comments, so this one will name neither generic netlink "
                    + "families nor the processes that sent the messages; write FILE.pcapng for that.");
        // which process owns each port id: the sockets there are now, before the capture opens
        PortOwners owners = processes && !pcap ? new PortOwners() : null;
        if (owners != null && !owners.available()) {
            if (!quiet) err.println("nlscope capture: /proc/net/netlink cannot be read, so the file will not name processes.");
            owners = null;
        }
        if (owners != null) {
            owners.refresh();
            owners.start();
        }
        if (families && !pcap) {
            try {
                known = GenlFamilyQuery.query();
                knownAt = System.currentTimeMillis() * 1_000_000L;
            } catch (IOException e) {
                err.println("nlscope capture: the file will not name generic netlink families (" + Escape.text(e.getMessage()) + ").");
            }
        }
        LiveCapture live;
        try {
            live = LiveCapture.open(iface, SNAPLEN, BUFFER);
        } catch (LiveCapture.OpenException e) {
            err.println("nlscope capture: " + Escape.text(e.getMessage()) + ".");
            return switch (e.problem()) {
                case NO_INTERFACE -> NO_INTERFACE;
                case NO_PERMISSION -> NO_PERMISSION;
                case NO_LIBPCAP -> NO_LIBPCAP;
                default -> Main.USAGE;
            };
        }
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {   // SIGINT, SIGTERM: stop reading, let the loop close the file, then exit
            stop.set(true);
            try {
                finished.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "nlscope-capture-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        long written = 0;
        boolean hookRan = false;
        Output o = new Output(file, pcap, iface, rotate, known, knownAt);
        try (LiveCapture l = live) {
            o.open();
            l.numberFrom(o.added + 1);   // --print numbers frames as the (first) file does
            GenlFamilies printedFamilies = new GenlFamilies();   // --print: the families the file starts with name the ids
            o.families.forEach(printedFamilies::learn);
            NetlinkDissector dissector = print || filter != null ? NetlinkCapture.dissector(printedFamilies)
                    .withDepth(filter != null && filter.needsTree() ? Depth.FULL : Depth.SUMMARY) : null;
            long[] received = {0};
            OutputStream printed = print ? new BufferedOutputStream(out, 1 << 16) : null;
            // --print: a read line per message, a request's once it is answered (pairing, as read shows it)
            MessageOutput shown = print ? new PairedSink(new LineSink(printed), Pairing.Config.defaults(), 16L << 20) : null;
            long end = Double.isInfinite(duration) ? Long.MAX_VALUE : System.nanoTime() + (long) (duration * 1e9);
            long lastFlush = System.nanoTime();
            while (!stop.get() && written < count && System.nanoTime() < end) {
                Frame f = l.next(50);
                long now = System.nanoTime();
                if (owners != null && f != null) f = owners.annotate(f);
                if (f != null && take(f, dissector, filter, shown, printed, received)) {
                    o.write(f);
                    written++;
                }
                if (now - lastFlush > 500_000_000L || f == null) {   // what was received is on disk within half a second
                    o.flush();
                    lastFlush = now;
                }
                o.rotateIfDue(now);
            }
            // stopped by a signal or the clock: what the kernel had already queued for us goes in too
            for (Frame f; written < count && (f = l.next(0)) != null; ) {
                if (owners != null) f = owners.annotate(f);
                if (!take(f, dissector, filter, shown, printed, received)) continue;
                o.write(f);
                written++;
            }
            if (shown != null) {   // what still waits for an answer is shown now
                shown.end(java.util.List.of());
                printed.flush();
            }
            o.finish();
            hookRan = stop.get();
            LiveCapture.Stats s = l.stats();
            if (!quiet) err.println("nlscope capture: " + written + (written == 1 ? " packet" : " packets")
                    + (filter != null ? " of " + received[0] + " matching -Y" : "") + " written to "
                    + o.describe() + (o.added > 0 ? " after " + o.added + " frames of the kernel's generic netlink families" : "")
                    + "; received " + s.received()
                    + ", dropped by the kernel " + s.droppedByKernel() + ", by the interface " + s.droppedByInterface()
                    + (owners != null ? "; " + owners.describe() : "") + ".");
            return Main.OK;
        } catch (IOException | RuntimeException e) {
            // a full disk, a folder gone: keep what was written, under its name where it can still be given
            String kept = o.salvage();
            err.println("nlscope capture: writing stopped after " + written + (written == 1 ? " packet" : " packets") + " ("
                    + (e instanceof IOException io ? CommandLines.reason(io) : Escape.text(String.valueOf(e.getMessage()))) + ")"
                    + (kept != null ? "; " + Escape.text(kept) + " holds what was written before." : "."));
            return WRITE_FAILED;
        } finally {
            if (owners != null) owners.close();
            finished.countDown();
            if (!hookRan) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is shutting down already
                }
            }
        }
    }

    /** When a long recording moves on to its next file: after about this many bytes, or this long (0: never). */
    record Rotation(long bytes, long nanos) {
        static final Rotation NONE = new Rotation(0, 0);

        boolean on() { return bytes > 0 || nanos > 0; }
    }

    /**
     * The file or files a capture writes: one, or with rotation NAME-00001.EXT, NAME-00002.EXT ... (tcpdump's -C and
     * -G), each written under a temporary name beside it and renamed when complete, each starting with its own
     * section header (and the generic netlink families), so that every file stands alone.
     */
    private static final class Output implements Closeable {
        private final Path file;
        private final boolean pcap;
        private final String iface;
        private final Rotation rotation;
        private final GenlFamilyQuery.Exchange known;
        /** The families the answers name, for the section header's comment (Section.FAMILIES). */
        private final Map<Integer, String> families;
        private final long knownAt;
        private final java.util.List<Path> done = new java.util.ArrayList<>();
        int added;
        private int number;
        private Path part, current;
        private Sink sink;
        private long bytes, openedAt;

        Output(Path file, boolean pcap, String iface, Rotation rotation, GenlFamilyQuery.Exchange known, long knownAt) {
            this.families = familiesOf(known);
            this.file = file;
            this.pcap = pcap;
            this.iface = iface;
            this.rotation = rotation;
            this.known = known;
            this.knownAt = knownAt;
        }

        void open() throws IOException {
            number++;
            current = file == null ? null : rotation.on() ? numbered(file, number) : file;
            OutputStream raw;
            if (current == null) {
                raw = new java.io.FileOutputStream(java.io.FileDescriptor.out);
            } else {
                part = current.resolveSibling("." + current.getFileName() + ".part-" + ProcessHandle.current().pid());
                raw = Files.newOutputStream(part);
            }
            OutputStream counted = new java.io.FilterOutputStream(new BufferedOutputStream(raw, 1 << 16)) {
                @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); bytes += len; }
                @Override public void write(int b) throws IOException { out.write(b); bytes++; }
            };
            bytes = 0;
            sink = pcap ? pcapSink(counted) : pcapngSink(counted, iface, families);
            int n = 0;
            if (known != null) {
                if (sink.add(knownAt, GenlFamilyQuery.nlmonFrame(known.request()), FAMILIES_COMMENT)) n++;
                for (byte[] a : known.answers()) if (sink.add(knownAt, GenlFamilyQuery.nlmonFrame(a), FAMILIES_COMMENT)) n++;
            }
            if (number == 1) added = n;
            openedAt = System.nanoTime();
        }

        void write(Frame f) throws IOException { sink.write(f); }

        void flush() throws IOException { sink.flush(); }

        void rotateIfDue(long now) throws IOException {
            if (current == null || !rotation.on()) return;
            if ((rotation.bytes() > 0 && bytes >= rotation.bytes()) || (rotation.nanos() > 0 && now - openedAt >= rotation.nanos())) {
                finish();
                open();
            }
        }

        /** Closes the current file and gives it its name. */
        void finish() throws IOException {
            if (sink == null) return;
            sink.close();
            sink = null;
            if (part != null) {
                move(part, current);
                part = null;
                done.add(current);
            }
        }

        String describe() {
            if (file == null) return "standard output";
            if (done.size() == 1) return Escape.text(done.get(0).toString());
            return done.size() + " files, " + Escape.text(done.get(0).toString()) + " to " + Escape.text(done.get(done.size() - 1).getFileName().toString());
        }

        /** NAME.EXT as the N-th file of a rotation: NAME-0000N.EXT. */
        static Path numbered(Path file, int n) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String base = dot > 0 ? name.substring(0, dot) : name, ext = dot > 0 ? name.substring(dot) : "";
            return file.resolveSibling(String.format("%s-%05d%s", base, n, ext));
        }

        /**
         * After a failure: closes the unfinished file as well as it can and gives it its name, so that no packet
         * written before the failure is lost; returns where the packets are (null when nothing was written).
         */
        String salvage() {
            if (sink != null) {
                try {
                    sink.close();
                } catch (IOException e) {
                    // what reached the file stays there
                }
                sink = null;
            }
            if (part == null) return done.isEmpty() ? null : done.get(done.size() - 1).toString();
            try {
                cutToWholeRecords(part, pcap);   // the write that failed may have left half a block
                if (Files.size(part) == 0) {
                    Files.deleteIfExists(part);
                    return null;
                }
                move(part, current);
                return current.toString();
            } catch (IOException e) {
                return Files.exists(part) ? part.toString() : null;   // still there, under the temporary name
            }
        }

        @Override public void close() { salvage(); }

        /** Cuts a capture file after its last whole block (pcapng) or record (pcap), so that what stays is a valid file. */
        static void cutToWholeRecords(Path f, boolean pcap) throws IOException {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(f, java.nio.file.StandardOpenOption.READ,
                    java.nio.file.StandardOpenOption.WRITE)) {
                long size = ch.size(), pos = pcap ? 24 : 0, whole = pcap && size >= 24 ? 24 : 0;
                java.nio.ByteBuffer h = java.nio.ByteBuffer.allocate(16).order(java.nio.ByteOrder.LITTLE_ENDIAN);   // both writers write little-endian
                while (true) {
                    h.clear().limit(pcap ? 16 : 8);
                    if (ch.read(h, pos) < h.limit()) break;
                    long len = pcap ? 16 + (h.getInt(8) & 0xffffffffL) : h.getInt(4) & 0xffffffffL;
                    if (len < (pcap ? 16 : 12) || pos + len > size) break;
                    pos += len;
                    whole = pos;
                }
                if (whole < size) ch.truncate(whole);
            }
        }
    }

    /**
     * Whether a frame goes into the file: with -Y, when one of its messages matches; --print shows the matching
     * messages (pairing sees them all, so a shown request still gets its answer).
     */
    private static boolean take(Frame f, NetlinkDissector dissector, io.nlscope.analysis.filter.MessageFilter filter,
                                MessageOutput shown, OutputStream printed, long[] received) throws IOException {
        received[0]++;
        if (dissector == null) return true;
        DissectedFrame d = dissector.dissect(f);
        boolean any = filter == null;
        if (filter != null) for (NetlinkMessage m : d.messages()) if (filter.test(m)) { any = true; break; }
        if (shown != null && (any || !d.messages().isEmpty())) {
            shown.frame(d);
            for (NetlinkMessage m : d.messages()) {
                if (filter == null || filter.test(m)) shown.message(d, m);
                else shown.skip(d, m);
            }
            shown.frameEnd(d);
            printed.flush();
        }
        return any;
    }

    private static void move(Path part, Path file) throws IOException {
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Sink pcapSink(OutputStream os) throws IOException {
        PcapWriter w = new PcapWriter(os, 253, SNAPLEN);
        return new Sink() {
            @Override public void write(Frame f) throws IOException { w.write(f); }
            @Override public boolean add(long t, byte[] frame, String comment) { return false; }
            @Override public void flush() throws IOException { w.flush(); }
            @Override public void close() throws IOException { w.close(); }
        };
    }

    /**
     * The section header of a capture recorded on this machine: its architecture, kernel (shb_os {@code Linux
     * 6.18.44}, what values the kernel renumbered are read by), nlscope's version, the host name and the families.
     */
    static io.nlscope.capture.Section thisMachine(Map<Integer, String> families) {
        String host = HostFacts.hostName();
        return new io.nlscope.capture.Section(System.getProperty("os.arch"), "Linux " + HostFacts.kernelRelease(),
                "nlscope " + Main.version(), host.isEmpty() ? null : "host " + host, families);
    }

    private static Sink pcapngSink(OutputStream os, String iface, Map<Integer, String> families) throws IOException {
        PcapngWriter w = new PcapngWriter(os, thisMachine(families));
        int id = w.addInterface(253, SNAPLEN, iface);
        return new Sink() {
            @Override public void write(Frame f) throws IOException { w.write(id, f); }
            @Override public boolean add(long t, byte[] frame, String comment) throws IOException {
                w.write(id, t, Direction.UNKNOWN, frame, 0, frame.length, frame.length, comment);
                return true;
            }
            @Override public void flush() throws IOException { w.flush(); }
            @Override public void close() throws IOException { w.close(); }
        };
    }
}
