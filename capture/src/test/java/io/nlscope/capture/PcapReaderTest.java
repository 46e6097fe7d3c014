package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.ReadOnlyBufferException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcapReaderTest {
    @TempDir
    Path dir;

    private static byte[] pcap(ByteOrder order, boolean nanos, long network) {
        Bytes b = new Bytes(order);
        b.u32(nanos ? 0xa1b23c4dL : 0xa1b2c3d4L).u16(2).u16(4).u32(0).u32(0).u32(65535).u32(network);
        // seconds with the top bit set check that ts_sec is treated as unsigned
        b.u32(1_700_000_000L).u32(nanos ? 123_456_789 : 123_456).u32(4).u32(4).raw(new byte[] {1, 2, 3, 4});
        b.u32(0xF0000000L).u32(nanos ? 999_999_999 : 999_999).u32(3).u32(1500).raw(new byte[] {9, 8, 7});
        b.u32(0).u32(0).u32(0).u32(0);
        return b.toByteArray();
    }

    @ParameterizedTest(name = "{0} nanos={1}")
    @CsvSource({"LITTLE_ENDIAN,false", "LITTLE_ENDIAN,true", "BIG_ENDIAN,false", "BIG_ENDIAN,true"})
    void decodesEveryVariant(String orderName, boolean nanos) throws Exception {
        ByteOrder order = orderName.equals("BIG_ENDIAN") ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        Path p = Support.write(dir, "v.pcap", pcap(order, nanos, 253));
        CaptureReader r = CaptureReader.openNetlink(p);
        assertEquals(nanos ? "pcap-ns" : "pcap", r.format());
        List<Frame> frames = Support.drain(r);
        assertEquals(3, frames.size());

        Frame f1 = frames.get(0);
        assertEquals(1, f1.index());
        assertEquals(1_700_000_000_000_000_000L + (nanos ? 123_456_789L : 123_456_000L), f1.timestampNanos());
        assertEquals(4, f1.capturedLength());
        assertEquals(4, f1.originalLength());
        assertEquals(253, f1.linkType());
        assertEquals(0, f1.interfaceId());
        assertEquals(Direction.UNKNOWN, f1.direction());
        assertArrayEquals(new byte[] {1, 2, 3, 4}, f1.copyOfData());

        Frame f2 = frames.get(1);
        assertEquals(2, f2.index());
        assertEquals(0xF0000000L * 1_000_000_000L + (nanos ? 999_999_999L : 999_999_000L), f2.timestampNanos());
        assertEquals(3, f2.capturedLength());
        assertEquals(1500, f2.originalLength());
        assertArrayEquals(new byte[] {9, 8, 7}, f2.copyOfData());

        Frame f3 = frames.get(2);
        assertEquals(3, f3.index());
        assertEquals(0, f3.timestampNanos());
        assertEquals(0, f3.capturedLength());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void linkTypeIgnoresFcsBitsInNetworkField() throws Exception {
        // 0x04000000 is libpcap's "FCS length present" flag, 0x10000000 an FCS length of 1 word.
        Path p = Support.write(dir, "fcs.pcap", pcap(ByteOrder.LITTLE_ENDIAN, false, 0x140000FDL));
        List<Frame> frames = Support.drain(CaptureReader.openNetlink(p));
        assertEquals(253, frames.get(0).linkType());
    }

    @Test
    void dataViewIsReadOnlyBigEndianAndCopyIsIndependent() throws Exception {
        Path p = Support.write(dir, "d.pcap", pcap(ByteOrder.LITTLE_ENDIAN, true, 253));
        Frame f = Support.readAll(p).get(0);
        ByteBuffer view = f.data();
        assertTrue(view.isReadOnly());
        assertEquals(ByteOrder.BIG_ENDIAN, view.order());
        assertEquals(0, view.position());
        assertEquals(4, view.limit());
        assertEquals(0x01020304, view.getInt(0));
        assertThrows(ReadOnlyBufferException.class, () -> view.put(0, (byte) 5));
        byte[] copy = f.copyOfData();
        copy[0] = 42;
        assertEquals(1, f.data().get(0));
        view.position(3);
        assertEquals(0, f.data().position(), "each call returns a fresh view");
    }

    @Test
    void streamAndPathGiveTheSameFrames() throws Exception {
        byte[] content = pcap(ByteOrder.BIG_ENDIAN, false, 253);
        Path p = Support.write(dir, "s.pcap", content);
        List<Frame> fromPath = Support.readAll(p);
        List<Frame> fromStream = Support.drain(CaptureReader.open(new ByteArrayInputStream(content)));
        List<Frame> fromNetlinkStream = Support.drain(CaptureReader.openNetlink(new ByteArrayInputStream(content)));
        assertEquals(fromPath, fromStream);
        assertEquals(fromPath, fromNetlinkStream);
        assertEquals(3, fromStream.size());
    }

    @Test
    void smallWindowMatchesDefaultWindow() throws Exception {
        Bytes b = Bytes.le();
        b.u32(0xa1b23c4dL).u16(2).u16(4).u32(0).u32(0).u32(0).u32(253);
        for (int i = 0; i < 200; i++) {
            int len = (i * 37) % 300; // spans sizes below and above the 64-byte window
            b.u32(i).u32(i * 1000).u32(len).u32(len + i).raw(Bytes.seq(len, i));
        }
        byte[] content = b.toByteArray();
        List<Frame> expected = Support.readAll(Support.write(dir, "w.pcap", content));
        assertEquals(200, expected.size());
        for (int cap : new int[] {32, 64, 100}) {
            assertEquals(expected, Support.drain(Support.openSmall(content, "w.pcap", cap)), "capacity " + cap);
        }
        assertEquals(199 * 1_000_000_000L + 199_000, expected.get(199).timestampNanos());
        assertArrayEquals(Bytes.seq((199 * 37) % 300, 199), expected.get(199).copyOfData());
    }
}
