package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
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

    /** Found by CaptureFuzzTest#pcapReader (crash-ac36f833...): what is left of a pcap cut inside its magic number. */
    @Test
    void captureCutInsideItsMagicIsNotACapture() throws Exception {
        Path p = Support.write(dir, "cut-magic.pcap", new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2});
        CaptureFormatException e = fails(CaptureFormatException.Kind.NOT_A_CAPTURE, () -> CaptureReader.open(p));
        assertEquals(p + " is not a pcap or pcapng capture file (it starts with d4 c3 b2).", e.getMessage());
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

    // ---- caps (issue 16): each hit is reported with the file and the offset, and costs no more memory than the cap ----

    private static Bytes pcapHeader(long snaplen) {
        return Bytes.le().u32(0xa1b2c3d4L).u16(2).u16(4).u32(0).u32(0).u32(snaplen).u32(253);
    }

    /** Heap bytes this thread allocates while {@code e} runs (HotSpot counts them exactly, per thread). */
    private static long allocatedBy(Executable e) throws Throwable {
        com.sun.management.ThreadMXBean t = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = t.getCurrentThreadAllocatedBytes();
        e.execute();
        return t.getCurrentThreadAllocatedBytes() - before;
    }

    @Test
    void pcapHeaderClaiming2GbSnaplenIsOnlyAHint() throws Exception {
        Path p = Support.write(dir, "snap2g.pcap", pcapHeader(0x80000000L).u32(1).u32(2).u32(4).u32(4).raw(new byte[] {1, 2, 3, 4})
                .toByteArray());
        CaptureReader r = CaptureReader.openNetlink(p);
        assertEquals(Integer.MAX_VALUE, r.snaplen(0));
        List<Frame> f = Support.drain(r);
        assertEquals(1, f.size());
        assertEquals(1_000_002_000L, f.get(0).timestampNanos());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    @Test
    void pcapRecordsClaiming1GbAnd4GbAreRefusedBeforeAllocating() throws Throwable {
        for (long claim : new long[] {AbstractReader.MAX_FRAME + 1L, 200L << 20, 1L << 30, 0xFFFFFFFFL}) {
            Path p = Support.write(dir, "claim.pcap", pcapHeader(262144).u32(0).u32(0).u32(claim).u32(claim).raw(new byte[64])
                    .toByteArray());
            CaptureFormatException[] e = {null};
            long allocated = allocatedBy(() -> {
                try (CaptureReader r = CaptureReader.open(p)) {
                    e[0] = fails(CaptureFormatException.Kind.CORRUPT, r::next);
                }
            });
            assertEquals(p + " is corrupt: the record at byte offset 24 (before the first frame) claims " + claim
                    + " captured bytes, more than the 262144 that libpcap and Wireshark read in a frame.", e[0].getMessage());
            assertTrue(allocated < 4 << 20, claim + ": " + allocated + " bytes allocated");
        }
    }

    @Test
    void pcapRecordOfTheLargestFrameIsRead() throws Exception {
        byte[] data = Bytes.seq(AbstractReader.MAX_FRAME, 3);
        Path p = Support.write(dir, "max.pcap", pcapHeader(262144).u32(0).u32(0).u32(data.length).u32(data.length + 10).raw(data)
                .toByteArray());
        List<Frame> f = Support.readAll(p);
        assertEquals(1, f.size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(data, f.get(0).copyOfData());
        assertEquals(data.length + 10, f.get(0).originalLength());
    }

    @Test
    void pcapngPacketBlockOf4GbIsRefusedBeforeAllocating() throws Throwable {
        byte[] content = netlinkPcapngWithThirdBlock(Bytes.le().u32(6).u32(0xFFFFFFFCL).raw(new byte[40]));
        long allocated = allocatedBy(() -> corruptAfterOneFrame(content,
                "the block at byte offset 84 (after frame 1) claims a length of 4294967292 bytes, more than the"
                        + " 393248 of the largest block libpcap reads (a 262144-byte frame with 128 KiB of options)"));
        assertTrue(allocated < 4 << 20, allocated + " bytes allocated");
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(Bytes.le().u32(6).u32(0xFFFFFFFFL).raw(new byte[40])),
                "the block at byte offset 84 (after frame 1) has an invalid length of 4294967295 bytes (it must be a"
                        + " multiple of 4 and at least 12)");
    }

    @Test
    void pcapngEnhancedPacketBlockClaimingMoreThanAFrame() throws Exception {
        int caplen = AbstractReader.MAX_FRAME + 4;
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(
                        Bytes.le().block(6, x -> x.u32(0).u32(0).u32(1).u32(caplen).u32(caplen).raw(new byte[caplen]))),
                "the enhanced packet block at byte offset 84 (after frame 1) claims 262148 captured bytes, more than the"
                        + " 262144 that libpcap and Wireshark read in a frame");
    }

    /** A name resolution block claiming 4 GB in a short file: streamed past, so only the cut is reported. */
    @Test
    void pcapngOtherBlockOf4GbIsStreamedPastToTheCut() throws Throwable {
        Path p = Support.write(dir, "nrb4g.pcapng",
                netlinkPcapngWithThirdBlock(Bytes.le().u32(4).u32(0xFFFFFFFCL).raw(new byte[100])));
        CaptureReader r = CaptureReader.open(p);
        long allocated = allocatedBy(() -> assertEquals(1, Support.drain(r).size()));
        assertEquals(List.of(p + " is cut short: the block at byte offset 84 (after frame 1) is incomplete (got 108 of"
                + " 4294967292 bytes); 1 frame was read."), r.warnings());
        assertTrue(allocated < 4 << 20, allocated + " bytes allocated");
    }

    /** Blocks nothing is read from may be of any size (Wireshark's decryption secrets, custom blocks): read past whole. */
    @Test
    void pcapngLargeOtherBlockIsSkippedInConstantMemory() throws Throwable {
        Bytes third = Bytes.le().block(0x00000BAD, x -> x.u32(32473).raw(new byte[3 << 20]))
                .block(6, x -> x.u32(0).u32(0).u32(2).u32(3).u32(3).raw(new byte[] {7, 8, 9}));
        Path p = Support.write(dir, "custom.pcapng", netlinkPcapngWithThirdBlock(third));
        List<Frame>[] f = new List[1];
        long allocated = allocatedBy(() -> f[0] = Support.readAll(p));
        assertEquals(2, f[0].size());
        org.junit.jupiter.api.Assertions.assertArrayEquals(new byte[] {7, 8, 9}, f[0].get(1).copyOfData());
        assertTrue(allocated < 2 << 20, allocated + " bytes allocated for a 3 MiB block");
        // its trailer is still checked
        Bytes bad = Bytes.le().u32(0x00000BAD).u32(20).u32(32473).u32(0).u32(24);
        corruptAfterOneFrame(netlinkPcapngWithThirdBlock(bad),
                "the block at byte offset 84 (after frame 1) starts with length 20 but ends with length 24");
    }

    @Test
    void pcapngOptionPastItsBlockIsAWarningAndTheBlockIsKept() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        // if_name, then an if_tsresol claiming 40 bytes in a 28-byte block: the name is kept, the resolution is not
        b.block(1, x -> x.u16(253).u16(0).u32(0).option(2, "nlmon0".getBytes(StandardCharsets.UTF_8)).u16(9).u16(40).u32(9));
        // an epb_flags (outbound), then a comment claiming 300 bytes
        b.block(6, x -> x.u32(0).u32(0).u32(5).u32(2).u32(2).raw(new byte[] {1, 2}).pad4()
                .option(2, o -> o.u32(2)).u16(1).u16(300).u32(0));
        Path p = Support.write(dir, "opts.pcapng", b.toByteArray());
        CaptureReader r = CaptureReader.open(p);
        List<Frame> f = Support.drain(r);
        assertEquals(1, f.size());
        assertEquals(5_000L, f.get(0).timestampNanos(), "microseconds: the damaged if_tsresol is not read");
        assertEquals(Direction.OUTBOUND, f.get(0).direction());
        assertEquals(List.of(), f.get(0).comments());
        assertEquals("nlmon0", r.interfaceName(0).orElseThrow());
        assertEquals(List.of(
                p + " is damaged: the interface description block at byte offset 28 (before the first frame) has an option"
                        + " (code 9, at byte offset 56) of 40 bytes, which runs past the end of the block; the options from"
                        + " there on are ignored.",
                p + " is damaged: the enhanced packet block at byte offset 68 (before the first frame) has an option"
                        + " (code 1, at byte offset 108) of 300 bytes, which runs past the end of the block; the options from"
                        + " there on are ignored."), r.warnings());
    }

    @Test
    void warningsAreCappedWithASentenceSayingSo() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        for (int i = 0; i < 150; i++) {
            b.block(6, x -> x.u32(0).u32(0).u32(1).u32(0).u32(0).u16(1).u16(300).u32(0));
        }
        Path p = Support.write(dir, "many.pcapng", b.toByteArray());
        CaptureReader r = CaptureReader.open(p);
        assertEquals(150, Support.drain(r).size(), "every frame is still read");
        assertEquals(AbstractReader.MAX_WARNINGS + 1, r.warnings().size());
        assertEquals(p + " has more problems than the 100 listed before this one; they are not listed.",
                r.warnings().get(AbstractReader.MAX_WARNINGS));
    }

    @Test
    void ifTsresolBeyondAnyClockIsAWarning() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0).option(9, new byte[] {(byte) 0xff}).option(14, o -> o.u64(7)).endOfOptions());
        b.block(6, x -> x.u32(0).u32(0xFFFFFFFFL).u32(0xFFFFFFFFL).u32(0).u32(0));
        Path p = Support.write(dir, "tsresol.pcapng", b.toByteArray());
        CaptureReader r = CaptureReader.open(p);
        List<Frame> f = Support.drain(r);
        assertEquals(7_000_000_000L, f.get(0).timestampNanos(), "2^64 - 1 ticks of 2^-127 s: if_tsoffset alone");
        assertEquals(List.of(p + " is damaged: the interface description block at byte offset 28 (before the first frame) has"
                + " if_tsresol 0xff (ticks of 2^-127 s), finer than any clock: every time of its frames falls within a second"
                + " of its if_tsoffset."), r.warnings());
    }

    @Test
    void interfacesPerSectionAreCapped() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        for (int i = 0; i <= PcapngReader.MAX_INTERFACES; i++) {
            b.block(1, x -> x.u16(253).u16(0).u32(0));
        }
        Path p = Support.write(dir, "ifaces.pcapng", b.toByteArray());
        try (CaptureReader r = CaptureReader.open(p)) {
            CaptureFormatException e = fails(CaptureFormatException.Kind.CORRUPT, r::next);
            assertEquals(p + " is corrupt: the interface description block at byte offset " + (28 + 20 * 4096)
                    + " (before the first frame) declares interface 4096, more than the 4096 nlscope keeps for one section.",
                    e.getMessage());
        }
    }

    @Test
    void longInterfaceNameIsCutWithAWarning() throws Exception {
        byte[] name = "n".repeat(1000).getBytes(StandardCharsets.US_ASCII);
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0).option(2, name).endOfOptions());
        Path p = Support.write(dir, "name.pcapng", b.toByteArray());
        CaptureReader r = CaptureReader.open(p);
        assertNull(r.next());
        assertEquals("n".repeat(256), r.interfaceName(0).orElseThrow());
        assertEquals(List.of(p + " is damaged: the interface description block at byte offset 28 (before the first frame)"
                + " names its interface with 1000 bytes; the first 256 are kept."), r.warnings());
    }
}
