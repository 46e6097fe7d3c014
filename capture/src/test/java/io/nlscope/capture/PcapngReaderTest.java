package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PcapngReaderTest {
    private static final long SEC = 1_000_000_000L;

    @TempDir
    Path dir;

    /** Section 1 (little-endian) with three differently clocked interfaces and every packet block type. */
    private static void firstSection(Bytes b) {
        b.sectionHeader();
        // IDB 0: default microsecond resolution, snaplen 8 (limits the SPB below)
        b.block(1, x -> x.u16(253).u16(0).u32(8));
        // IDB 1: nanoseconds, +100 s offset, a name ahead of the options we care about
        b.block(1, x -> x.u16(253).u16(0).u32(0)
                .option(2, "nlmon0".getBytes(StandardCharsets.UTF_8))
                .option(9, new byte[] {9})
                .option(14, o -> o.u64(100))
                .endOfOptions());
        // IDB 2: 2^-10 s ticks
        b.block(1, x -> x.u16(253).u16(0).u32(0).option(9, new byte[] {(byte) 0x8A}).endOfOptions());
        // Name Resolution Block
        b.block(4, x -> x.u16(1).u16(8).raw(new byte[] {127, 0, 0, 1}).raw("lo\0\0".getBytes(StandardCharsets.US_ASCII))
                .u32(0));
        // EPB on interface 0: 5 data bytes need padding; inbound
        b.block(6, x -> x.u32(0).u32(1_700_000_000_123_456L >>> 32).u32(1_700_000_000_123_456L)
                .u32(5).u32(5).raw(Bytes.seq(5, 1)).pad4()
                .option(2, o -> o.u32(1)).endOfOptions());
        // Interface Statistics Block
        b.block(5, x -> x.u32(0).u32(0).u32(10).endOfOptions());
        // EPB on interface 1: a comment before the flags; outbound
        b.block(6, x -> x.u32(1).u32(0).u32(1_000_000_007L)
                .u32(4).u32(60).raw(Bytes.seq(4, 2))
                .option(1, "hello".getBytes(StandardCharsets.UTF_8))
                .option(2, o -> o.u32(2)).endOfOptions());
        // custom block, then a block type nobody has defined
        b.block(0x00000BAD, x -> x.u32(32473).raw(new byte[] {1, 2, 3}));
        b.block(0x00012345, x -> x.u32(7));
        // EPB on interface 2: 1700000000.5 s in 2^-10 ticks, no options
        long ticks = (1_700_000_000L << 10) + 512;
        b.block(6, x -> x.u32(2).u32(ticks >>> 32).u32(ticks).u32(2).u32(2).raw(new byte[] {7, 7}));
        // EPB on interface 2: one tick is 976562.5 ns, which must round down; flag value 3 is undefined
        b.block(6, x -> x.u32(2).u32(0).u32(1).u32(0).u32(0).option(2, o -> o.u32(3)).endOfOptions());
        // SPB: 12 bytes on the wire and in the block, but interface 0's snaplen is 8
        b.block(3, x -> x.u32(12).raw(Bytes.seq(12, 3)));
        // obsolete Packet Block on interface 1 with pack_flags inbound
        b.block(2, x -> x.u16(1).u16(0).u32(0).u32(5).u32(3).u32(10).raw(new byte[] {4, 5, 6}).pad4()
                .option(2, o -> o.u32(1)).endOfOptions());
    }

    private static byte[] twoSections() {
        Bytes le = Bytes.le();
        firstSection(le);
        Bytes be = Bytes.be();
        be.sectionHeader();
        // a fresh interface table: id 0 is now Ethernet with microsecond ticks
        be.block(1, x -> x.u16(1).u16(0).u32(0));
        be.block(6, x -> x.u32(0).u32(0).u32(2).u32(1).u32(1).raw(new byte[] {(byte) 0xEE}).pad4());
        byte[] a = le.toByteArray();
        byte[] c = be.toByteArray();
        byte[] all = new byte[a.length + c.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(c, 0, all, a.length, c.length);
        return all;
    }

    @Test
    void decodesSectionsInterfacesAndPacketBlocks() throws Exception {
        Path p = Support.write(dir, "multi.pcapng", twoSections());
        CaptureReader r = CaptureReader.open(p);
        assertEquals("pcapng", r.format());
        List<Frame> f = Support.drain(r);
        assertEquals(7, f.size());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        for (int i = 0; i < f.size(); i++) {
            assertEquals(i + 1, f.get(i).index());
        }

        assertEquals(1_700_000_000_123_456_000L, f.get(0).timestampNanos());
        assertEquals(0, f.get(0).interfaceId());
        assertEquals(Direction.INBOUND, f.get(0).direction());
        assertArrayEquals(Bytes.seq(5, 1), f.get(0).copyOfData());
        assertEquals(253, f.get(0).linkType());

        assertEquals(100 * SEC + 1_000_000_007L, f.get(1).timestampNanos());
        assertEquals(1, f.get(1).interfaceId());
        assertEquals(Direction.OUTBOUND, f.get(1).direction());
        assertEquals(4, f.get(1).capturedLength());
        assertEquals(60, f.get(1).originalLength());

        assertEquals(1_700_000_000L * SEC + 500_000_000L, f.get(2).timestampNanos());
        assertEquals(2, f.get(2).interfaceId());
        assertEquals(Direction.UNKNOWN, f.get(2).direction());

        assertEquals(976_562L, f.get(3).timestampNanos());
        assertEquals(Direction.UNKNOWN, f.get(3).direction());
        assertEquals(0, f.get(3).capturedLength());

        Frame spb = f.get(4);
        assertEquals(0, spb.timestampNanos());
        assertEquals(0, spb.interfaceId());
        assertEquals(8, spb.capturedLength());
        assertEquals(12, spb.originalLength());
        assertArrayEquals(java.util.Arrays.copyOf(Bytes.seq(12, 3), 8), spb.copyOfData());

        Frame pb = f.get(5);
        assertEquals(100 * SEC + 5, pb.timestampNanos());
        assertEquals(1, pb.interfaceId());
        assertEquals(3, pb.capturedLength());
        assertEquals(10, pb.originalLength());
        assertEquals(Direction.INBOUND, pb.direction());
        assertArrayEquals(new byte[] {4, 5, 6}, pb.copyOfData());

        Frame second = f.get(6);
        assertEquals(1, second.linkType());
        assertEquals(0, second.interfaceId());
        assertEquals(2_000L, second.timestampNanos());
        assertArrayEquals(new byte[] {(byte) 0xEE}, second.copyOfData());
    }

    @Test
    void smallWindowAndStreamMatchPath() throws Exception {
        byte[] content = twoSections();
        List<Frame> expected = Support.readAll(Support.write(dir, "m.pcapng", content));
        assertEquals(expected, Support.drain(CaptureReader.open(new ByteArrayInputStream(content))));
        for (int cap : new int[] {32, 48, 100}) {
            assertEquals(expected, Support.drain(Support.openSmall(content, "m", cap)), "capacity " + cap);
        }
    }

    @Test
    void newSectionResetsInterfaceTable() throws Exception {
        Bytes b = Bytes.le();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(1).u32(0).u32(1).u32(0).u32(0));
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(1).u32(0).u32(1).u32(0).u32(0));
        CaptureReader r = CaptureReader.open(Support.write(dir, "reset.pcapng", b.toByteArray()));
        assertEquals(1, r.next().interfaceId());
        CaptureFormatException e = assertThrows(CaptureFormatException.class, r::next);
        assertEquals(CaptureFormatException.Kind.CORRUPT, e.kind());
        assertTrue(e.getMessage().contains("refers to interface 1, but its section defines only 1"), e.getMessage());
        r.close();
    }

    @Test
    void netlinkCheckAcceptsNetlinkSections() throws Exception {
        Bytes b = Bytes.be();
        b.sectionHeader();
        b.block(1, x -> x.u16(253).u16(0).u32(0));
        b.block(6, x -> x.u32(0).u32(0).u32(1).u32(0).u32(0));
        List<Frame> f = Support.drain(CaptureReader.openNetlink(Support.write(dir, "nl.pcapng", b.toByteArray())));
        assertEquals(1, f.size());
        assertEquals(1000, f.get(0).timestampNanos());
    }

    @Test
    void convertsTimestampsExactly() {
        long max = -1L; // 2^64 - 1 ticks, unsigned
        assertEquals(1_000_000L, Timestamps.forResolution(3, 0).toNanos(1));
        assertEquals(5 * SEC, Timestamps.forResolution(0, 0).toNanos(5));
        assertEquals(5L, Timestamps.forResolution(9, 0).toNanos(5));
        assertEquals(1L, Timestamps.forResolution(12, 0).toNanos(1999));
        assertEquals(Long.divideUnsigned(max, 1000), Timestamps.forResolution(12, 0).toNanos(max));
        assertEquals(1L, Timestamps.forResolution(28, 0).toNanos(max)); // 10^19 ticks per ns
        assertEquals(0L, Timestamps.forResolution(29, 0).toNanos(max));
        assertEquals(7 * SEC + 500_000_000L, Timestamps.forResolution(0x81, 7).toNanos(1));
        assertEquals(SEC, Timestamps.forResolution(0x80 | 30, 0).toNanos(1L << 30));
        assertEquals(0L, Timestamps.forResolution(0x80 | 30, 0).toNanos(1));
        // 2^63 ticks of 2^-40 s: the product needs 128 bits; 2^23 s exactly
        assertEquals((1L << 23) * SEC, Timestamps.forResolution(0x80 | 40, 0).toNanos(1L << 63));
        // 2^-64 s ticks: (2^64 - 1) * 10^9 / 2^64 rounds down to 999999999
        assertEquals(999_999_999L, Timestamps.forResolution(0x80 | 64, 0).toNanos(max));
        assertEquals(0L, Timestamps.forResolution(0x80 | 127, 0).toNanos(max));
        assertEquals(-SEC, Timestamps.forResolution(9, -2).toNanos(SEC));
    }

    /** A damaged tick count or if_tsoffset beyond 2262 gives the last time there is, not one wrapped round to 1677. */
    @Test
    void timesBeyond2262SaturateInsteadOfWrapping() {
        assertEquals(Long.MAX_VALUE, Timestamps.forResolution(0, 0).toNanos(1L << 40));       // 2^40 s
        assertEquals(Long.MAX_VALUE, Timestamps.forResolution(6, 0).toNanos(-1L));            // 2^64 - 1 us
        assertEquals(Long.MAX_VALUE, Timestamps.forResolution(0x80 | 10, 0).toNanos(-1L));    // 2^54 s
        assertEquals(Long.MAX_VALUE, Timestamps.forResolution(9, 1L << 40).toNanos(5));      // if_tsoffset 2^40 s
        assertEquals(Long.MAX_VALUE, Timestamps.forResolution(9, 9_000_000_000L).toNanos(Long.MAX_VALUE - 1));
        assertEquals(Long.MIN_VALUE + 5, Timestamps.forResolution(9, -(1L << 40)).toNanos(5));   // the offset saturates
        assertEquals(Long.MAX_VALUE / 1000 * 1000, Timestamps.forResolution(6, 0).toNanos(Long.MAX_VALUE / 1000));
    }
}
