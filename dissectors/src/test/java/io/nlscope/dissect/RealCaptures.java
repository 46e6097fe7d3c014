package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.strace.StraceImporter;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every real capture under testdata/ (captures/, kernels/KERNEL/, diff/, kmod/captures/ ...: all pcap and pcapng
 * files, whichever tool wrote them) and every strace log there, imported as {@code nlscope import-strace} does:
 * the inputs the robustness tests run their properties over.
 */
final class RealCaptures {
    private RealCaptures() {}

    /** Every pcap and pcapng file under testdata/, sorted; not the hostile corpus (testdata/hostile), which is made broken. */
    static List<Path> files() throws IOException {
        Path hostile = TestData.root().resolve("testdata/hostile");
        try (Stream<Path> s = Files.walk(TestData.root().resolve("testdata"))) {
            List<Path> l = s.filter(p -> (p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")) && !p.startsWith(hostile))
                    .sorted().toList();
            if (l.size() < 100) throw new IllegalStateException("only " + l.size() + " captures under testdata/");
            return l;
        }
    }

    /** Every strace log under testdata/ (NAME.strace.log). */
    static List<Path> straceLogs() throws IOException {
        try (Stream<Path> s = Files.walk(TestData.root().resolve("testdata"))) {
            return s.filter(p -> p.toString().endsWith(".strace.log")).sorted().toList();
        }
    }

    /** A strace log imported to pcapng in memory (protocols by their kernel names, as strace shows them). */
    static byte[] imported(Path log) throws IOException {
        SpecTables.EnumTable protocols = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (BufferedReader in = Files.newBufferedReader(log); PcapngWriter w = new PcapngWriter(bytes)) {
            new StraceImporter(n -> {
                String want = (n.startsWith("NETLINK_") ? n : "NETLINK_" + n).toUpperCase(Locale.ROOT);
                for (SpecTables.Entry e : protocols.entries().values()) if (e.name().equals(want)) return (int) e.value();
                return -1;
            }, w2 -> {}).convert(in, w);
        }
        return bytes.toByteArray();
    }

    /** The frames of a capture file, or of an imported strace log. */
    static List<Frame> frames(Path p) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = p.toString().endsWith(".strace.log")
                ? CaptureReader.open(new ByteArrayInputStream(imported(p))) : CaptureReader.open(p)) {
            for (Frame f; (f = r.next()) != null; ) out.add(f);
        }
        return out;
    }

    /** Every input: the capture files, then the strace logs. */
    static List<Path> all() throws IOException {
        List<Path> l = new ArrayList<>(files());
        l.addAll(straceLogs());
        return l;
    }

    /** A capture decoded at {@code depth}, frame by frame, as {@code nlscope read} opens it. */
    static List<DissectedFrame> dissect(Path p, Depth depth) throws IOException {
        List<DissectedFrame> out = new ArrayList<>();
        try (NetlinkCapture c = p.toString().endsWith(".strace.log")
                ? NetlinkCapture.open(new ByteArrayInputStream(imported(p))) : NetlinkCapture.open(p)) {
            c.withDepth(depth);
            for (DissectedFrame f; (f = c.next()) != null; ) out.add(f);
        }
        return out;
    }
}
