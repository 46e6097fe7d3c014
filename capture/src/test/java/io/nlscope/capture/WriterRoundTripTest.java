package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WriterRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void pcapWriterProducesNanosecondLittleEndianPcap() throws Exception {
        Path p = dir.resolve("w.pcap");
        byte[] big = Bytes.seq(3 << 20, 5); // larger than both the writer's and the reader's 1 MiB buffers, and than a frame
        try (PcapWriter w = new PcapWriter(Files.newOutputStream(p), 253, 0)) {
            w.write(1_700_000_000_987_654_321L, Bytes.seq(60, 1), 0, 60);
            w.write(2L, Bytes.seq(100, 2), 10, 20, 400);
            w.write(3L, big, 0, big.length);
            w.write(4L, new byte[0], 0, 0);
        }
        byte[] raw = Files.readAllBytes(p);
        ByteBuffer h = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xa1b23c4d, h.getInt(0));
        assertEquals(2, h.getShort(4));
        assertEquals(4, h.getShort(6));
        assertEquals(253, h.getInt(20));

        List<Frame> f = Support.drain(CaptureReader.openNetlink(p));
        assertEquals(4, f.size());
        assertEquals(1_700_000_000_987_654_321L, f.get(0).timestampNanos());
        assertArrayEquals(Bytes.seq(60, 1), f.get(0).copyOfData());
        assertEquals(2L, f.get(1).timestampNanos());
        assertEquals(20, f.get(1).capturedLength());
        assertEquals(400, f.get(1).originalLength());
        assertArrayEquals(java.util.Arrays.copyOfRange(Bytes.seq(100, 2), 10, 30), f.get(1).copyOfData());
        // cut to the largest frame libpcap reads, as tcpdump -s 0 would, its length on the wire kept
        assertArrayEquals(java.util.Arrays.copyOf(big, AbstractReader.MAX_FRAME), f.get(2).copyOfData());
        assertEquals(big.length, f.get(2).originalLength());
        assertEquals(3L, f.get(2).timestampNanos());
        assertEquals(0, f.get(3).capturedLength());
        assertEquals(List.of(1L, 2L, 3L, 4L), f.stream().map(Frame::index).toList());
    }

    @Test
    void pcapWriterAppliesSnaplen() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(out, 253, 16)) {
            w.write(9, Bytes.seq(40, 0), 0, 40);
        }
        Frame f = Support.drain(Support.openSmall(out.toByteArray(), "snap", 64)).get(0);
        assertEquals(16, f.capturedLength());
        assertEquals(40, f.originalLength());
        assertArrayEquals(java.util.Arrays.copyOf(Bytes.seq(40, 0), 16), f.copyOfData());
    }

    @Test
    void pcapngWriterRoundTrips() throws Exception {
        Path p = dir.resolve("w.pcapng");
        byte[] big = Bytes.seq(AbstractReader.MAX_FRAME - 1, 9);   // larger than the small window below
        try (PcapngWriter w = new PcapngWriter(Files.newOutputStream(p))) {
            assertEquals(0, w.addInterface(253, 0, "nlmon0"));
            assertEquals(1, w.addInterface(253, 8, null));
            w.write(0, 1_700_000_000_000_000_001L, Direction.INBOUND, Bytes.seq(17, 1), 0, 17);
            w.write(1, 5L, Direction.OUTBOUND, Bytes.seq(30, 2), 0, 30, "snapped to 8");
            w.write(0, 6L, Direction.UNKNOWN, big, 0, big.length);
            w.write(0, 7L, Direction.OUTBOUND, Bytes.seq(3, 3), 0, 3, 99, null);
            w.write(1, 8L, Direction.UNKNOWN, Bytes.seq(3, 4), 0, 3, "comment only");
            assertThrows(IllegalArgumentException.class,
                    () -> w.write(2, 0L, Direction.UNKNOWN, new byte[1], 0, 1));
        }
        List<Frame> f = Support.drain(CaptureReader.openNetlink(p));
        assertEquals(5, f.size());
        assertEquals(1_700_000_000_000_000_001L, f.get(0).timestampNanos());
        assertEquals(Direction.INBOUND, f.get(0).direction());
        assertArrayEquals(Bytes.seq(17, 1), f.get(0).copyOfData());

        assertEquals(1, f.get(1).interfaceId());
        assertEquals(Direction.OUTBOUND, f.get(1).direction());
        assertEquals(8, f.get(1).capturedLength());
        assertEquals(30, f.get(1).originalLength());

        assertArrayEquals(big, f.get(2).copyOfData());
        assertEquals(Direction.UNKNOWN, f.get(2).direction());
        assertEquals(6L, f.get(2).timestampNanos());

        assertEquals(99, f.get(3).originalLength());
        assertEquals(Direction.OUTBOUND, f.get(3).direction());
        assertEquals(Direction.UNKNOWN, f.get(4).direction());
        assertArrayEquals(Bytes.seq(3, 4), f.get(4).copyOfData());

        // the same through the oversized-record path of a small window
        assertEquals(f, Support.drain(Support.openSmall(Files.readAllBytes(p), "w", 64)));
    }

    @Test
    void pcapngWriterEmitsLittleEndianBlocksWithNanosecondResolution() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out)) {
            w.addInterface(253, 0, "nlmon0");
        }
        ByteBuffer b = ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x0A0D0D0A, b.getInt(0));
        assertEquals(0x1A2B3C4D, b.getInt(8));
        int shbLen = b.getInt(4);
        assertEquals(1, b.getInt(shbLen));
        int idbLen = b.getInt(shbLen + 4);
        assertEquals(out.size(), shbLen + idbLen);
        String idb = new String(out.toByteArray(), shbLen, idbLen, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(idb.contains("nlmon0"));
        // if_tsresol option: code 9, length 1, value 9
        assertTrue(idb.contains("\u0009\u0000\u0001\u0000\u0009"));
    }

    // ---- CaptureWriter: frames as read, whatever the source says (issue 16) ----

    private static List<Frame> export(byte[] source, CaptureWriter.Format format, long[] counters) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CaptureReader r = Support.openSmall(source, "source", ByteSource.DEFAULT_CAPACITY);
             CaptureWriter w = CaptureWriter.open(out, format, new Section(null, null, "test", null), r)) {
            for (Frame f; (f = r.next()) != null; ) w.write(f, List.of());
            counters[0] = w.clampedTimes();
            counters[1] = w.lostComments();
        }
        return Support.drain(Support.openSmall(out.toByteArray(), "exported", ByteSource.DEFAULT_CAPACITY));
    }

    /** Interface 0 is netlink in the first section and Ethernet in the second: the export starts a second section too. */
    @Test
    void captureWriterKeepsInterfaceIdsAndLinkTypesAcrossSections() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(1).u32(1).raw(new byte[] {1}).pad4());
        b.sectionHeader();
        b.block(1, x -> x.u16(1).u16(0).u32(0));
        b.block(6, x -> x.u32(0).u32(0).u32(2).u32(1).u32(1).raw(new byte[] {2}).pad4());
        List<Frame> in = Support.drain(Support.openSmall(b.toByteArray(), "two", 64));
        List<Frame> out = export(b.toByteArray(), CaptureWriter.Format.PCAPNG, new long[2]);
        assertEquals(in, out);
        assertEquals(List.of(253, 1), out.stream().map(Frame::linkType).toList());
    }

    /** An interface whose snaplen is smaller than its frames (a damaged or hand-made file): the frames go out whole. */
    @Test
    void captureWriterWritesFramesWholePastTheirSnaplen() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(4));
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(10).u32(10).raw(Bytes.seq(10, 1)).pad4());
        List<Frame> out = export(b.toByteArray(), CaptureWriter.Format.PCAPNG, new long[2]);
        assertArrayEquals(Bytes.seq(10, 1), out.get(0).copyOfData());
    }

    @Test
    void captureWriterClampsTimesAFormatCannotHoldAndCountsThem() throws Exception {
        // an if_tsoffset of -5 s puts frame 1 before 1970; frame 2 is in 2200, after pcap's last second (2106)
        long in2200 = 7_258_118_400L;
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0).option(9, new byte[] {0}).option(14, o -> o.u64(-5)).endOfOptions());
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(0).u32(0));
        b.block(6, x -> x.u32(0).u32((in2200 + 5) >>> 32).u32(in2200 + 5).u32(0).u32(0));
        long[] n = new long[2];
        List<Frame> pcap = export(b.toByteArray(), CaptureWriter.Format.PCAP, n);
        assertEquals(List.of(0L, PcapWriter.LATEST - PcapWriter.LATEST % 1000), pcap.stream().map(Frame::timestampNanos).toList());
        assertEquals(2, n[0]);
        List<Frame> ng = export(b.toByteArray(), CaptureWriter.Format.PCAPNG, n);
        assertEquals(List.of(0L, in2200 * 1_000_000_000L), ng.stream().map(Frame::timestampNanos).toList());
        assertEquals(1, n[0]);
    }

    /** A comment of more than 65535 bytes (only a decoded invalid UTF-8 one can be) is cut at a character and counted. */
    @Test
    void captureWriterCutsACommentTooLongForAnOption() throws Exception {
        // 30000 bytes that are not UTF-8: each decodes to U+FFFD, whose UTF-8 is 3 bytes
        byte[] invalid = new byte[30_000];
        java.util.Arrays.fill(invalid, (byte) 0xff);
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(1).u32(1).raw(new byte[1]).pad4()
                .option(1, invalid).option(1, "short".getBytes(java.nio.charset.StandardCharsets.UTF_8)).endOfOptions());
        long[] n = new long[2];
        List<Frame> out = export(b.toByteArray(), CaptureWriter.Format.PCAPNG, n);
        assertEquals(List.of("\ufffd".repeat(65_535 / 3), "short"), out.get(0).comments());
        assertEquals(1, n[1]);
    }
}
