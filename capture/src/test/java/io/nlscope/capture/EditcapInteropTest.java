package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;

/** Cross-checks against Wireshark's own reader/writer; skipped where editcap (wireshark-common) is absent. */
class EditcapInteropTest {
    private static final Path EDITCAP = Paths.get("/usr/bin/editcap");

    @TempDir
    Path dir;

    @BeforeAll
    static void needEditcap() {
        Assumptions.assumeTrue(Files.isExecutable(EDITCAP), "editcap not installed");
    }

    private Path source() throws Exception {
        Path p = dir.resolve("src.pcap");
        try (PcapWriter w = new PcapWriter(Files.newOutputStream(p), 253, 0)) {
            for (int i = 0; i < 50; i++) {
                int len = 16 + (i * 29) % 400;
                w.write(1_700_000_000_000_000_000L + i * 1_234_567_891L, Bytes.seq(len, i), 0, len, len + (i % 3));
            }
        }
        return p;
    }

    private void editcap(String format, Path in, Path out) throws Exception {
        Process pr = new ProcessBuilder(EDITCAP.toString(), "-F", format, in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String output = new String(pr.getInputStream().readAllBytes());
        assertTrue(pr.waitFor(60, TimeUnit.SECONDS), "editcap timed out");
        assertEquals(0, pr.exitValue(), output);
    }

    @Test
    void pcapngFromEditcapMatches() throws Exception {
        Path src = source();
        Path ng = dir.resolve("out.pcapng");
        editcap("pcapng", src, ng);
        List<Frame> expected = Support.readAll(src);
        CaptureReader r = CaptureReader.openNetlink(ng);
        assertEquals("pcapng", r.format());
        List<Frame> got = Support.drain(r);
        assertTrue(r.warnings().isEmpty());
        assertEquals(expected, got);
    }

    @Test
    void microsecondPcapFromEditcapMatchesToTheMicrosecond() throws Exception {
        Path src = source();
        Path us = dir.resolve("out.pcap");
        editcap("pcap", src, us);
        List<Frame> expected = Support.readAll(src);
        List<Frame> got = Support.readAll(us);
        assertEquals(expected.size(), got.size());
        for (int i = 0; i < got.size(); i++) {
            Frame e = expected.get(i);
            Frame g = got.get(i);
            assertEquals(e.index(), g.index());
            assertEquals(e.timestampNanos() / 1000 * 1000, g.timestampNanos());
            assertEquals(e.originalLength(), g.originalLength());
            assertEquals(253, g.linkType());
            assertArrayEquals(e.copyOfData(), g.copyOfData());
        }
        // and the file really is the microsecond flavour
        int magic = java.nio.ByteBuffer.wrap(Files.readAllBytes(us)).getInt(0);
        assertTrue(magic == 0xa1b2c3d4 || Integer.reverseBytes(magic) == 0xa1b2c3d4, Integer.toHexString(magic));
    }

    @Test
    void editcapAcceptsOurPcapng() throws Exception {
        Path ours = dir.resolve("ours.pcapng");
        try (PcapngWriter w = new PcapngWriter(Files.newOutputStream(ours))) {
            w.addInterface(253, 0, "nlmon0");
            w.addInterface(253, 64, "nlmon1");
            Direction[] dirs = Direction.values();
            for (int i = 0; i < 30; i++) {
                int len = 16 + (i * 53) % 300;
                w.write(i % 2, 1_700_000_000_000_000_000L + i * 987_654_321L, dirs[i % 3], Bytes.seq(len, i), 0, len,
                        i % 4 == 0 ? "frame " + i : null);
            }
        }
        // editcap re-encodes every block it understands, so a block we got wrong would fail or change here.
        Path theirs = dir.resolve("theirs.pcapng");
        editcap("pcapng", ours, theirs);
        List<Frame> expected = Support.readAll(ours);
        assertEquals(30, expected.size());
        assertEquals(Direction.OUTBOUND, expected.get(2).direction());
        assertEquals(64, expected.get(1).capturedLength());
        assertEquals(expected, Support.readAll(theirs));
    }

    /** The section header's shb_hardware, shb_os, shb_userappl and comment, as Wireshark's capinfos reads them. */
    @Test
    void sectionHeaderOptionsAreWhatCapinfosReads() throws Exception {
        Path p = dir.resolve("shb.pcapng");
        try (PcapngWriter w = new PcapngWriter(Files.newOutputStream(p),
                new Section("x86_64", "Linux 6.1.0-28-amd64", "nlscope 0.1.0", "host nlvm"))) {
            int id = w.addInterface(253, 262144, "nlmon0");
            w.write(id, 1_700_000_000_123_456_789L, Direction.UNKNOWN, Bytes.seq(36, 1), 0, 36);
        }
        Process pr = new ProcessBuilder("/usr/bin/capinfos", p.toString()).redirectErrorStream(true).start();
        String out = new String(pr.getInputStream().readAllBytes());
        assertTrue(pr.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, pr.exitValue(), out);
        assertTrue(out.matches("(?s).*Capture hardware:\\s+x86_64\n.*"), out);
        assertTrue(out.matches("(?s).*Capture oper-sys:\\s+Linux 6\\.1\\.0-28-amd64\n.*"), out);
        assertTrue(out.matches("(?s).*Capture application:\\s+nlscope 0\\.1\\.0\n.*"), out);
        assertTrue(out.contains("host nlvm"), out);
        assertTrue(out.matches("(?s).*Number of packets:\\s+1\n.*"), out);
        // and our own reader reads the section's options and the packet after the longer section header
        try (CaptureReader r = CaptureReader.open(p)) {
            assertEquals(new Section("x86_64", "Linux 6.1.0-28-amd64", "nlscope 0.1.0", "host nlvm"), r.section().orElseThrow());
            assertEquals("Linux 6.1.0-28-amd64 on x86_64, written by nlscope 0.1.0 (host nlvm)", r.section().orElseThrow().describe());
            Frame f = r.next();
            assertEquals(1_700_000_000_123_456_789L, f.timestampNanos());
            assertArrayEquals(Bytes.seq(36, 1), f.copyOfData());
        }
    }
}
