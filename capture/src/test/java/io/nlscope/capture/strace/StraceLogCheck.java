package io.nlscope.capture.strace;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.strace.StraceImporter.LineUse;
import io.nlscope.capture.strace.StraceImporter.Result;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The importer's promises, checked on any text: no exception; every line ends up in one {@link LineUse}, each
 * skipped one named in a warning; the bytes of the hex dump lines it used, in order, are the bytes of its
 * frames (nothing dropped, nothing made up); every frame within {@link StraceImporter#MAX_DATAGRAM_BYTES};
 * {@code convert} and feeding the lines one by one give the same frames and warnings.
 */
final class StraceLogCheck {
    private StraceLogCheck() {
    }

    /** The protocols strace names in the testdata logs (the CLI passes its full table). */
    static int protocol(String name) {
        return switch (name) {
            case "ROUTE" -> 0;
            case "USERSOCK" -> 2;
            case "SOCK_DIAG" -> 4;
            case "AUDIT" -> 9;
            case "GENERIC" -> 16;
            default -> -1;
        };
    }

    record Run(Result result, List<Frame> frames, List<String> warnings, List<LineUse> uses) {}

    private static final Pattern WARNING = Pattern.compile("^lines? (\\d+)(?:-(\\d+))?: .+", Pattern.DOTALL);

    static Run check(String text) throws IOException {
        // the line-by-line path, on lines split by BufferedReader (the importer's own splitting is not used)
        List<String> lines = new BufferedReader(new StringReader(text)).lines().toList();
        List<String> warnings = new ArrayList<>();
        List<LineUse> uses = new ArrayList<>();
        ByteArrayOutputStream pcap = new ByteArrayOutputStream();
        Result byLine;
        try (PcapngWriter w = new PcapngWriter(pcap)) {
            StraceImporter imp = new StraceImporter(StraceLogCheck::protocol, warnings::add);
            imp.start(w);
            for (String l : lines) uses.add(imp.line(l));
            byLine = imp.finish();
        }
        List<Frame> frames = read(pcap.toByteArray());

        assertEquals(lines.size(), byLine.lines());
        assertEquals(frames.size(), byLine.frames());
        assertEquals(warnings.size(), byLine.warnings());
        assertEquals(uses.stream().filter(u -> u == LineUse.SKIPPED).count(), byLine.skippedLines());
        boolean[] named = new boolean[lines.size() + 2];
        for (String w : warnings) {
            Matcher m = WARNING.matcher(w);
            assertTrue(m.matches(), "a warning names its line: " + w);
            long from = Long.parseLong(m.group(1)), to = m.group(2) == null ? from : Long.parseLong(m.group(2));
            assertTrue(1 <= from && from <= to && to <= lines.size(), w);
            for (long i = from; i <= to; i++) named[(int) i] = true;
        }
        for (int i = 0; i < uses.size(); i++) {
            if (uses.get(i) == LineUse.SKIPPED && !named[i + 1]) fail("line " + (i + 1) + " skipped without a warning: " + warnings);
        }

        ByteArrayOutputStream dumped = new ByteArrayOutputStream(), framed = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            if (uses.get(i) == LineUse.DATAGRAM) pairs(lines.get(i), dumped);
        }
        for (Frame f : frames) {
            byte[] b = bytes(f);
            assertTrue(b.length > 16 && b.length <= 16 + StraceImporter.MAX_DATAGRAM_BYTES, "frame of " + b.length + " bytes");
            assertTrue(f.originalLength() >= f.capturedLength());
            assertEquals(824, (b[2] & 0xFF) << 8 | (b[3] & 0xFF), "ARPHRD_NETLINK");
            framed.write(b, 16, b.length - 16);
        }
        assertArrayEquals(dumped.toByteArray(), framed.toByteArray(), "the used dump lines' bytes are the frames' bytes");

        // convert(): the importer splits the lines itself
        List<String> warnings2 = new ArrayList<>();
        ByteArrayOutputStream pcap2 = new ByteArrayOutputStream();
        Result converted;
        try (PcapngWriter w = new PcapngWriter(pcap2)) {
            converted = new StraceImporter(StraceLogCheck::protocol, warnings2::add).convert(new StringReader(text), w);
        }
        assertEquals(byLine, converted);
        assertEquals(warnings, warnings2);
        assertArrayEquals(pcap.toByteArray(), pcap2.toByteArray());
        return new Run(byLine, frames, warnings, uses);
    }

    /** The whole hex pairs at the start of a dump line's 16 slots (its offset not checked), read here by position. */
    static void pairs(String line, ByteArrayOutputStream out) {
        int first = line.indexOf("  ", 3) + 2;
        for (int k = 0; k < 16; k++) {
            int p = first + 3 * k + (k >= 8 ? 1 : 0);
            if (p + 1 >= line.length()) return;
            String pair = line.substring(p, p + 2);
            if (!pair.matches("[0-9a-fA-F]{2}") || (p + 2 < line.length() && line.charAt(p + 2) != ' ')) return;
            out.write(Integer.parseInt(pair, 16));
        }
    }

    static List<Frame> read(byte[] pcapng) throws IOException {
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(new ByteArrayInputStream(pcapng))) {
            for (Frame f; (f = r.next()) != null; ) frames.add(f);
        }
        return frames;
    }

    static byte[] bytes(Frame f) {
        ByteBuffer b = f.data();
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return a;
    }

    static byte[] payload(Frame f) {
        byte[] b = bytes(f);
        return Arrays.copyOfRange(b, 16, b.length);
    }
}
