package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.function.Executable;

class BadInputTest {
    @TempDir
    Path dir;

    private static CaptureFormatException fails(CaptureFormatException.Kind kind, Executable e) {
        CaptureFormatException x = assertThrows(CaptureFormatException.class, e);
        assertEquals(kind, x.kind());
        String m = x.getMessage();
        assertTrue(m.endsWith("."), m);
        assertTrue(m.indexOf(". ") < 0 && !m.contains("\n"), "one sentence: " + m);
        return x;
    }

    @Test
    void notACapture() throws Exception {
        Path p = Support.write(dir, "prog", new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1});
        CaptureFormatException e = fails(CaptureFormatException.Kind.NOT_A_CAPTURE, () -> CaptureReader.open(p));
        assertEquals(p + " is not a pcap or pcapng capture file (it starts with 7f 45 4c 46).", e.getMessage());
        assertEquals(p.toString(), e.source());
    }

    @Test
    void shortNonCaptureShowsWhatThereIs() throws Exception {
        Path p = Support.write(dir, "two", new byte[] {'h', 'i'});
        CaptureFormatException e = fails(CaptureFormatException.Kind.NOT_A_CAPTURE, () -> CaptureReader.open(p));
        assertEquals(p + " is not a pcap or pcapng capture file (it starts with 68 69).", e.getMessage());
    }

    @Test
    void gzipGetsAHint() throws Exception {
        Path p = Support.write(dir, "c.pcap.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0});
        CaptureFormatException e = fails(CaptureFormatException.Kind.NOT_A_CAPTURE, () -> CaptureReader.open(p));
        assertEquals(p + " is not a pcap or pcapng capture file (it starts with 1f 8b 08 00, which looks"
                + " gzip-compressed: decompress it first).", e.getMessage());
    }

    @Test
    void emptyFile() throws Exception {
        Path p = Support.write(dir, "empty.pcap", new byte[0]);
        CaptureFormatException e = fails(CaptureFormatException.Kind.EMPTY, () -> CaptureReader.open(p));
        assertEquals(p + " is empty, not a capture file.", e.getMessage());
    }

    @Test
    void streamsAreCalledStandardInput() {
        CaptureFormatException e = fails(CaptureFormatException.Kind.EMPTY,
                () -> CaptureReader.open(new ByteArrayInputStream(new byte[0])));
        assertEquals("standard input is empty, not a capture file.", e.getMessage());
        assertEquals("standard input", e.source());
    }

    @Test
    void missingFileIsLeftToTheJdk() {
        assertThrows(NoSuchFileException.class, () -> CaptureReader.open(dir.resolve("nope.pcap")));
    }

    @Test
    void pcapWithWrongLinkTypeFailsAtOpenEvenWithoutPackets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PcapWriter(out, 1, 65535).close();
        Path p = Support.write(dir, "eth.pcap", out.toByteArray());
        CaptureFormatException e = fails(CaptureFormatException.Kind.WRONG_LINK_TYPE,
                () -> CaptureReader.openNetlink(p));
        assertEquals(p + " has link type 1 (ETHERNET), not 253 (NETLINK): nlscope reads captures taken on an"
                + " nlmon interface.", e.getMessage());
        // Without the netlink requirement the same file is simply an empty capture.
        assertEquals(0, Support.readAll(p).size());

        out.reset();
        new PcapWriter(out, 147, 0).close();
        e = fails(CaptureFormatException.Kind.WRONG_LINK_TYPE,
                () -> CaptureReader.openNetlink(new ByteArrayInputStream(out.toByteArray())));
        assertTrue(e.getMessage().startsWith("standard input has link type 147, not 253 (NETLINK)"), e.getMessage());
    }

    @Test
    void pcapngWithEthernetInterfaceFailsAtThatInterface() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out)) {
            w.addInterface(253, 0, "nlmon0");
            w.write(0, 1, Direction.UNKNOWN, new byte[16], 0, 16);
            w.addInterface(113, 0, "any");
            w.write(1, 2, Direction.UNKNOWN, new byte[16], 0, 16);
        }
        Path p = Support.write(dir, "mixed.pcapng", out.toByteArray());
        try (CaptureReader r = CaptureReader.openNetlink(p)) {
            assertEquals(1, r.next().index());
            CaptureFormatException e = fails(CaptureFormatException.Kind.WRONG_LINK_TYPE, r::next);
            assertEquals(p + " has link type 113 (LINUX_SLL) on interface 1, not 253 (NETLINK): nlscope reads"
                    + " captures taken on an nlmon interface.", e.getMessage());
        }
        assertEquals(2, Support.readAll(p).size());
    }

    private byte[] netlinkPcapngWithThirdBlock(Bytes third) {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(4).u32(4).raw(new byte[4]));
        byte[] head = b.toByteArray();
        byte[] tail = third.toByteArray();
        byte[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private void corruptAfterOneFrame(byte[] content, String expectedDetail) throws Exception {
        Path p = Support.write(dir, "bad.pcapng", content);
        try (CaptureReader r = CaptureReader.open(p)) {
            assertEquals(1, r.next().index(), "frames before the damage are still delivered");
            CaptureFormatException e = fails(CaptureFormatException.Kind.CORRUPT, r::next);
            assertEquals(p + " is corrupt: " + expectedDetail + ".", e.getMessage());
        }
    }

    @Test
    void pcapngBlockLengthTooSmall() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(Bytes.le().u32(6).u32(8).u32(8)),
                "the block at byte offset 84 (after frame 1) has an invalid length of 8 bytes (it must be a"
                        + " multiple of 4 and at least 12)");
    }

    @Test
    void pcapngBlockLengthNotMultipleOfFour() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(Bytes.le().u32(6).u32(33).raw(new byte[40])),
                "the block at byte offset 84 (after frame 1) has an invalid length of 33 bytes (it must be a"
                        + " multiple of 4 and at least 12)");
    }

    @Test
    void pcapngTrailingLengthMismatch() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(Bytes.le().u32(4).u32(16).u32(0).u32(20)),
                "the block at byte offset 84 (after frame 1) starts with length 16 but ends with length 20");
    }

    @Test
    void pcapngPacketLargerThanItsBlock() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(
                        Bytes.le().block(6, x -> x.u32(0).u32(0).u32(1).u32(100).u32(100).raw(new byte[8]))),
                "the enhanced packet block at byte offset 84 (after frame 1) says it holds 100 captured bytes,"
                        + " which do not fit in its 40-byte block");
    }

    @Test
    void pcapngUnknownInterface() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(
                        Bytes.le().block(6, x -> x.u32(7).u32(0).u32(1).u32(0).u32(0))),
                "the enhanced packet block at byte offset 84 (after frame 1) refers to interface 7, but its"
                        + " section defines only 1");
    }

    @Test
    void pcapngAbsurdBlockLength() throws Exception {
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(Bytes.le().u32(6).u32(0x7FFFFFF0L).u32(0)),
                "the block at byte offset 84 (after frame 1) claims a length of 2147483632 bytes, more than the"
                        + " 393248 of the largest block libpcap reads (a 262144-byte frame with 128 KiB of options)");
    }

    @Test
    void pcapngBadByteOrderMagic() throws Exception {
        Bytes b = Bytes.le().u32(0x0A0D0D0A).u32(28).u32(0x11223344).u16(1).u16(0).u64(-1).u32(28);
        Path p = Support.write(dir, "bom.pcapng", b.toByteArray());
        CaptureFormatException e = fails(CaptureFormatException.Kind.CORRUPT, () -> CaptureReader.open(p));
        assertEquals(p + " is corrupt: the section header block at byte offset 0 (before the first frame) has an"
                + " unknown byte-order magic 0x44332211.", e.getMessage());
    }

    @Test
    void pcapngUnsupportedVersion() throws Exception {
        Bytes b = Bytes.be().block(0x0A0D0D0A, x -> x.u32(0x1A2B3C4D).u16(2).u16(0).u64(-1));
        Path p = Support.write(dir, "v2.pcapng", b.toByteArray());
        CaptureFormatException e = fails(CaptureFormatException.Kind.UNSUPPORTED, () -> CaptureReader.open(p));
        assertTrue(e.getMessage().contains("uses pcapng version 2.0"), e.getMessage());
    }

    @Test
    void pcapRecordWithAbsurdCapturedLength() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, 253, 0)) {
            w.write(1, new byte[8], 0, 8);
        }
        byte[] good = out.toByteArray();
        byte[] bad = Bytes.le().raw(good).u32(0).u32(0).u32((256L << 20) + 1).u32(60).raw(new byte[60]).toByteArray();
        Path p = Support.write(dir, "big.pcap", bad);
        try (CaptureReader r = CaptureReader.open(p)) {
            assertEquals(8, r.next().capturedLength());
            CaptureFormatException e = fails(CaptureFormatException.Kind.CORRUPT, r::next);
            assertEquals(p + " is corrupt: the record at byte offset 48 (after frame 1) claims 268435457 captured"
                    + " bytes, more than the 262144 that libpcap and Wireshark read in a frame.", e.getMessage());
        }
    }

    @Test
    void modifiedPcapIsNamed() throws Exception {
        Path p = Support.write(dir, "kuz.pcap", Bytes.le().u32(0xa1b2cd34L).raw(new byte[20]).toByteArray());
        CaptureFormatException e = fails(CaptureFormatException.Kind.UNSUPPORTED, () -> CaptureReader.open(p));
        assertTrue(e.getMessage().contains("Kuznetzov"), e.getMessage());
    }

    @Test
    void closedReaderReturnsNull() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, 253, 0)) {
            w.write(1, "abc".getBytes(StandardCharsets.US_ASCII), 0, 3);
        }
        CaptureReader r = CaptureReader.open(new ByteArrayInputStream(out.toByteArray()));
        r.close();
        assertNull(r.next());
    }
}
