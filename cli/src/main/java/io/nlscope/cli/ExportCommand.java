package io.nlscope.cli;

import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.capture.CaptureWriter;
import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.capture.GenlFamilyQuery;
import io.nlscope.capture.Section;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.Escape;
import io.nlscope.output.Link;
import io.nlscope.output.MessageOutput;
import io.nlscope.output.MessageSink;
import io.nlscope.output.PairedSink;
import io.nlscope.output.Rendered;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code nlscope export IN -w OUT}: whole frames of a capture, all or those a filter selects, written again as
 * pcap or pcapng, bytes and times as they were; with {@code --annotate} each frame says in a comment what pairing
 * made of its messages. Generic netlink family ids stay resolvable: the section header keeps the family map, and
 * before a frame of a family the written file has not announced (its CTRL frames were left out) comes a frame of
 * CTRL_CMD_NEWFAMILY messages that does, so that Wireshark names the family too.
 */
final class ExportCommand {
    /** The comment of a frame export adds to announce families (a reader can leave such frames out by it). */
    static final String ANNOUNCEMENT = "nlscope export: announces the generic netlink families";

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("w").hasArg().argName("OUT").desc("the capture to write ('-' for standard output)").build());
        o.addOption(Option.builder().longOpt("filter").hasArg().argName("FILTER")
                .desc("only the frames with a message that matches FILTER (README: display filters); a filter of the "
                        + "transaction (outcome, errno, latency, process, ...) selects every frame of each matching "
                        + "transaction, its request's and its responses'").build());
        o.addOption(CommandLines.filterOption("the same as --filter"));
        o.addOption(Option.builder().longOpt("annotate")
                .desc("(pcapng) give each message a frame comment of its transaction: 'request #12 RTM_NEWROUTE ..., "
                        + "answered by frame 14 in 0.350 ms: ERROR EEXIST', 'response to frame 12' (frame numbers of IN)").build());
        o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("pcapng, pcap (microsecond times) or pcap-ns (nanosecond times); by default what OUT's name says "
                        + "(.pcapng, .pcap), else IN's own").build());
        o.addOption(CommandLines.countOption("write at most the first N frames selected"));
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("export", "nlscope export [OPTIONS] IN -w OUT",
                "Writes the frames of a pcap or pcapng capture of an nlmon interface to a new capture, all of them or "
                        + "those --filter selects, whole and exactly as they were (times, bytes, comments).",
                "Exit codes: 0 done, 1 IN is damaged (cut short; every frame before the damage is written), 2 usage error "
                        + "or unreadable input, 3 internal error, 8 writing OUT failed (what was written is kept).",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (!cl.hasOption("w")) {
            err.println("nlscope export: say where to write with -w OUT ('-' for standard output).");
            return Main.USAGE;
        }
        String target = cl.getOptionValue("w");
        if (cl.hasOption("filter") && cl.hasOption("Y")) {
            err.println("nlscope export: give the filter once, with --filter or -Y.");
            return Main.USAGE;
        }
        CaptureWriter.Format format = null;
        if (cl.hasOption("format")) {
            format = CaptureWriter.Format.of(cl.getOptionValue("format"));
            if (format == null) {
                err.println("nlscope export: --format needs pcapng, pcap or pcap-ns, not '" + Escape.text(cl.getOptionValue("format")) + "'.");
                return Main.USAGE;
            }
        }
        boolean annotate = cl.hasOption("annotate");
        if (annotate && format != null && format != CaptureWriter.Format.PCAPNG) {
            err.println("nlscope export: --annotate writes frame comments, which only pcapng has: leave out --format " + format.id + ".");
            return Main.USAGE;
        }
        if (annotate && format == null) format = CaptureWriter.Format.PCAPNG;   // comments need it, whatever IN is
        long limit = CommandLines.count("export", cl, "frames", err);
        if (limit < 0) return Main.USAGE;
        String filterText = cl.hasOption("filter") ? cl.getOptionValue("filter") : cl.getOptionValue("Y");
        boolean[] bad = {false};
        MessageFilter filter = filterText == null ? null
                : CommandLines.filter("export", cl.hasOption("filter") ? "--filter" : "-Y", filterText, !cl.hasOption("ksy"), err, bad);
        if (bad[0]) return Main.USAGE;
        CaptureInput input = CaptureInput.of("export", cl, err);
        if (input == null) return Main.USAGE;
        if (!target.equals("-")) {
            Path to = Path.of(target);
            if (!CommandLines.writableTarget("export", to, err)) return Main.USAGE;
            try {
                if (!input.file().equals("-") && Files.exists(to) && Files.isSameFile(to, Path.of(input.file()))) {
                    err.println("nlscope export: OUT is IN (" + Escape.text(target) + "): write to another file.");
                    return Main.USAGE;
                }
            } catch (IOException e) {
                // IN itself is checked when it is opened
            }
        }
        Export export = new Export(target, out, format, annotate, filter, filterText, input, limit);
        // the headers name the families and pair; an annotation shows the summary; a filter of the tree needs the tree
        // (and a filter of the tree is tested first at the headers: Export.frame decodes further only what it may select)
        int code = CaptureLoop.run(input, export.depth, OutputStream.nullOutputStream(), err, export);
        if (export.failure != null) {
            err.println("nlscope export: writing " + Escape.text(target.equals("-") ? "standard output" : target) + " failed: "
                    + CommandLines.reason(export.failure) + " (" + export.written + " frames were written).");
            return CaptureCommand.WRITE_FAILED;
        }
        if (code <= Main.DAMAGED && export.writer != null) export.report(err, input.quiet());
        return code;
    }

    /** The export as the capture loop drives it, and the sink pairing hands the selected frames' messages to. */
    private static final class Export implements CaptureLoop.Body, MessageSink {
        private static final byte HEAD = 1, TAIL = 2;

        /** A frame whose head went out, with the generic netlink families its messages use. */
        private record Shown(Frame raw, boolean littleEndian, Map<Integer, String> families) {}

        private final String target;
        private final PrintStream stdout;
        private CaptureWriter.Format format;
        private final boolean annotate;
        private final MessageFilter filter;
        private final String filterText;
        private final CaptureInput input;
        private final long limit;

        private CaptureWriter writer;
        private OutputStream os;
        private MessageOutput shown;
        private PairedSink paired;
        private GenlFamilies known;                       // the families of IN, as far as read
        private final GenlFamilies announced = new GenlFamilies();   // what a reader of OUT knows so far
        private Shown current;                          // the frame whose head went out, collecting comments
        private final List<String> comments = new ArrayList<>();
        private Frame raw;
        private long written, frames, announcements;
        private IOException failure;
        /** How deep frames are decoded: the headers name the families and pair; an annotation shows the summary. */
        final Depth depth;
        private NetlinkCapture cap;

        Export(String target, PrintStream stdout, CaptureWriter.Format format, boolean annotate, MessageFilter filter,
               String filterText, CaptureInput input, long limit) {
            this.target = target;
            this.stdout = stdout;
            this.format = format;
            this.annotate = annotate;
            this.filter = filter;
            this.filterText = filterText;
            this.input = input;
            this.limit = limit;
            this.depth = annotate ? Depth.SUMMARY : Depth.HEADERS;
        }

        @Override public void opened(NetlinkCapture cap) throws IOException {
            this.cap = cap;
            known = cap.genlFamilies().orElseGet(GenlFamilies::new);
            if (format == null) format = defaultFormat(target, CaptureWriter.Format.of(cap.reader()));
            Section source = cap.reader().section().orElse(new Section(null, null, null, null));
            Map<Integer, String> families = new TreeMap<>(source.genlFamilies());
            families.putAll(known.all());   // what the file announces (read ahead once if need be), the user's ids over them
            String note = "exported by nlscope " + Main.version() + " from " + (input.file().equals("-") ? "standard input" : Path.of(input.file()).getFileName())
                    + (filterText != null ? " with --filter '" + filterText + "' (frame numbers in comments are the original's)" : "");
            Section section = new Section(source.hardware(), source.os(), source.application() != null ? source.application() : "nlscope " + Main.version(),
                    source.comment() == null ? note : source.comment() + "; " + note, families);
            try {
                os = target.equals("-") ? stdout : new BufferedOutputStream(Files.newOutputStream(Path.of(target)), 1 << 16);
                writer = CaptureWriter.open(os, format, section, cap.reader());
            } catch (IOException e) {
                failure = e;   // OUT cannot be written: said as such (exit 8), not as a problem of IN
                return;
            }
            boolean byEvent = filter != null && filter.needsEvent();
            if (annotate || byEvent) {
                paired = new PairedSink(this, input.pairingConfig(), input.pairingMemory(), filter, true);
                shown = paired;
            } else {
                shown = MessageOutput.direct(this);
            }
        }

        /** OUT's name says: .pcapng, or .pcap (IN's kind of pcap if IN is one); else IN's format. */
        private static CaptureWriter.Format defaultFormat(String target, CaptureWriter.Format in) {
            String t = target.toLowerCase(java.util.Locale.ROOT);
            if (t.endsWith(".pcapng")) return CaptureWriter.Format.PCAPNG;
            if (t.endsWith(".pcap")) return in == CaptureWriter.Format.PCAPNG ? CaptureWriter.Format.PCAP : in;
            return in;
        }

        @Override public boolean frame(DissectedFrame f) { throw new IllegalStateException("export reads frames as they are"); }

        @Override public boolean frame(Frame raw, DissectedFrame f) throws IOException {
            if (failure != null || written >= limit && (paired == null || paired.settled())) return false;
            frames++;
            this.raw = raw;
            if (filter != null && f.messages().isEmpty()) return true;   // a filter selects messages, and their frames
            boolean byEvent = filter != null && filter.needsEvent();
            boolean any = filter == null || byEvent;
            if (!any && (filter.needsTree() || !filter.headersOnly()) && filter.mayMatch(f.messages()))
                f = cap.dissect(raw, Depth.FULL);   // the tree decides: decode it where it may
            if (!any) for (NetlinkMessage m : f.messages()) if (filter.test(m)) { any = true; break; }
            shown.frame(f);
            for (NetlinkMessage m : f.messages()) {
                if (any) shown.message(f, m);   // a frame goes whole: every message of a selected frame is handed on
                else shown.skip(f, m);
            }
            shown.frameEnd(f);
            return failure == null;
        }

        private boolean ending;

        /** The capture's end, and (as the sink) the end pairing hands on after its last message. */
        @Override public void end(List<String> warnings) throws IOException {
            if (ending) return;
            ending = true;
            if (shown != null) shown.end(warnings);
            if (writer == null) return;
            try {
                writer.flush();
                if (os != stdout) os.close();
            } catch (IOException e) {
                if (failure == null) failure = e;
            }
        }

        void report(PrintStream err, boolean quiet) {
            if (format != CaptureWriter.Format.PCAPNG && writer.lostComments() > 0)
                err.println("nlscope export: warning: " + writer.lostComments() + " frame comments (the processes and sockets the capture recorded) "
                        + "are not kept: pcap has no comments; --format pcapng keeps them.");
            if (writer.cutTimes() > 0)
                err.println("nlscope export: warning: " + writer.cutTimes() + " times lost their nanoseconds to microsecond pcap; "
                        + "--format pcap-ns or pcapng keeps them.");
            if (writer.clampedTimes() > 0)
                err.println("nlscope export: warning: " + writer.clampedTimes() + " times lie outside what " + format.id
                        + " can hold and were written as the nearest it can.");
            if (quiet) return;
            err.println("nlscope export: wrote " + written + " of " + frames + " frames to "
                    + Escape.text(target.equals("-") ? "standard output" : target) + " (" + format.id + ")"
                    + (announcements > 0 ? ", and " + announcements + (announcements == 1 ? " frame" : " frames")
                    + " announcing generic netlink families whose announcements were left out" : "") + ".");
            if (filterText != null && written == 0) err.println("nlscope export: no frame matched --filter '" + Escape.text(filterText) + "'.");
        }

        // ---- the sink: a frame's head and tail bracket its messages; the frame goes out with its tail ----

        /**
         * The frame itself, as bytes: what pairing holds until the frame is written or left out (so its budget counts
         * the frame), read back by {@link #write(byte[], int, int)}: index, time, lengths, interface, direction, byte
         * order, comments, the families its messages use, and the captured bytes.
         */
        @Override public byte[] frameHead(DissectedFrame f) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(64 + raw.capturedLength());
            java.io.DataOutputStream d = new java.io.DataOutputStream(bytes);
            try {
                d.writeByte(HEAD);
                d.writeLong(raw.index());
                d.writeLong(raw.timestampNanos());
                d.writeInt(raw.originalLength());
                d.writeInt(raw.linkType());
                d.writeInt(raw.interfaceId());
                d.writeByte(raw.direction().ordinal());
                d.writeBoolean(f.littleEndian());
                d.writeInt(raw.comments().size());
                for (String c : raw.comments()) d.writeUTF(c);
                List<NetlinkMessage> genl = new ArrayList<>();
                for (NetlinkMessage m : f.messages())
                    if (m.protocol() == 16 && m.type() > 16 && !m.typeName().startsWith("unresolved")) genl.add(m);
                d.writeInt(genl.size());
                for (NetlinkMessage m : genl) {
                    d.writeInt(m.type());
                    d.writeUTF(m.typeName());
                }
                byte[] data = raw.copyOfData();
                d.writeInt(data.length);
                d.write(data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);   // into memory: cannot happen
            }
            return bytes.toByteArray();
        }

        @Override public byte[] frameTail(DissectedFrame f) { return TAIL_MARK; }

        private static final byte[] TAIL_MARK = {TAIL};

        /** A frame's head read back: the frame and the families its messages use. */
        private static Shown frameOf(byte[] b, int offset, int length) throws IOException {
            java.io.DataInputStream d = new java.io.DataInputStream(new java.io.ByteArrayInputStream(b, offset, length));
            d.readByte();
            long index = d.readLong(), time = d.readLong();
            int original = d.readInt(), linkType = d.readInt(), iface = d.readInt();
            Direction dir = Direction.values()[d.readByte()];
            boolean le = d.readBoolean();
            List<String> comments = new ArrayList<>();
            for (int i = d.readInt(); i > 0; i--) comments.add(d.readUTF());
            Map<Integer, String> families = new TreeMap<>();
            for (int i = d.readInt(); i > 0; i--) families.put(d.readInt(), d.readUTF());
            byte[] data = new byte[d.readInt()];
            d.readFully(data);
            return new Shown(new Frame(index, time, original, linkType, iface, dir, data, comments), le, families);
        }

        @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
            if (!annotate) return new Rendered(NOTHING, 0, 0, 0, 0, io.nlscope.dissect.Direction.UNKNOWN);
            byte[] b = (m.typeName() + (m.summary().isEmpty() ? "" : " " + m.summary())).getBytes(StandardCharsets.UTF_8);
            return new Rendered(b, b.length, 0, 0, b.length, m.direction());
        }

        @Override public void write(Rendered r, Link link) {
            if (!annotate || link == null) return;
            String message = new String(r.bytes(), r.offset(), r.length(), StandardCharsets.UTF_8);
            String text = link.text();
            String comment = switch (link.role()) {
                case "request" -> "request #" + current.raw().index() + " " + message + ", " + text;
                case "response", "late", "orphan" -> text;
                default -> message + ": " + text;
            };
            comments.add(Escape.text(comment));
        }

        @Override public void write(byte[] raw, int offset, int length) throws IOException {
            if (length == 0) return;
            if (raw[offset] == HEAD) {
                current = frameOf(raw, offset, length);
                comments.clear();
            } else if (raw[offset] == TAIL && current != null) {
                if (written < limit) writeFrame(current);
                current = null;
            }
        }

        private void writeFrame(Shown w) throws IOException {
            if (failure != null) return;
            try {
                Map<Integer, String> missing = null;
                for (Map.Entry<Integer, String> e : w.families().entrySet()) {
                    if (e.getValue().equals(announced.name(e.getKey()).orElse(null))) continue;
                    if (missing == null) missing = new TreeMap<>();
                    missing.put(e.getKey(), e.getValue());
                }
                if (missing != null) {
                    byte[] data = GenlFamilyQuery.nlmonFrame(GenlFamilyQuery.announcement(missing, w.littleEndian()));
                    StringBuilder c = new StringBuilder(ANNOUNCEMENT);
                    missing.forEach((id, name) -> c.append(" 0x").append(Integer.toHexString(id)).append('=').append(name));
                    c.append(", which the frames left out announced");
                    Frame added = new Frame(0, w.raw().timestampNanos(), data.length, w.raw().linkType(), w.raw().interfaceId(),
                            Direction.INBOUND, data, List.of(Escape.text(c.toString())));
                    writer.write(added, List.of());
                    announced.learnAnnouncements(added);
                    announcements++;
                }
                writer.write(w.raw(), comments);
                announced.learnAnnouncements(w.raw());
                written++;
            } catch (IOException e) {
                failure = e;
            }
        }
    }
}
