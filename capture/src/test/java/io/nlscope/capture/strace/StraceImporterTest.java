package io.nlscope.capture.strace;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strace log reader on hand-made lines in the format of strace 6.1 (cases the real runs rarely show). */
class StraceImporterTest {
    @TempDir Path tmp;

    record Out(List<Frame> frames, List<String> warnings) {}

    Out convert(String log) throws IOException {
        Path file = tmp.resolve("out.pcapng");
        List<String> warnings = new ArrayList<>();
        try (OutputStream os = Files.newOutputStream(file); PcapngWriter w = new PcapngWriter(os)) {
            new StraceImporter(n -> n.equals("GENERIC") ? 16 : n.equals("ROUTE") ? 0 : -1, warnings::add)
                    .convert(new BufferedReader(new StringReader(log)), w);
        }
        List<Frame> frames = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(file)) {
            for (Frame f; (f = r.next()) != null; ) frames.add(f);
        }
        return new Out(frames, warnings);
    }

    static byte[] bytes(Frame f) {
        ByteBuffer b = f.data();
        byte[] a = new byte[b.remaining()];
        b.get(a);
        return a;
    }

    @Test
    void iovecsAreConcatenatedAcrossUnfinishedAndResumedLines() throws IOException {
        String log = """
                10 1.5 socket(AF_NETLINK, SOCK_RAW, NETLINK_GENERIC) = 5<NETLINK:[77]>
                11 1.6 sendmsg(5<NETLINK:[GENERIC:4242]>, {msg_iov=[...], msg_iovlen=2}, 0 <unfinished ...>
                10 1.7 read(3</etc/x>, ""..., 4) = 4
                 | 00000  01 02 03 04                                       .... |
                11 1.8 <... sendmsg resumed>) = 6
                 * 4 bytes in buffer 0
                 | 00000  aa bb cc dd                                       .... |
                 * 2 bytes in buffer 1
                 | 00000  ee ff                                             .. |
                """;
        Out o = convert(log);
        assertEquals(List.of(), o.warnings());
        assertEquals(1, o.frames().size());
        Frame f = o.frames().get(0);
        assertEquals(Direction.OUTBOUND, f.direction());
        assertEquals(1_800_000_000L, f.timestampNanos());
        byte[] b = bytes(f);
        assertEquals(16 + 6, b.length);
        assertEquals(4, b[1]); // PACKET_OUTGOING
        assertEquals(824, (b[2] & 0xFF) << 8 | (b[3] & 0xFF));
        assertEquals(16, b[15]); // NETLINK_GENERIC, learnt from the -yy name on another thread
        assertArrayEquals(new byte[] {(byte) 0xaa, (byte) 0xbb, (byte) 0xcc, (byte) 0xdd, (byte) 0xee, (byte) 0xff},
                java.util.Arrays.copyOfRange(b, 16, 22));
    }

    @Test
    void peeksAreSkippedAndTruncatedReadsKeepTheirLength() throws IOException {
        String log = """
                7 2.000001 socket(0x10, 0x3, 0) = 3<NETLINK:[99]>
                7 2.000002 recvfrom(3<NETLINK:[99]>, ..., 0, MSG_PEEK|MSG_TRUNC, NULL, NULL) = 24
                7 2.000003 recvmsg(3<NETLINK:[ROUTE:7]>, {msg_iov=[...]}, 0x22) = 24
                7 2.000004 recvmsg(3<NETLINK:[ROUTE:7]>, {msg_iov=[...]}, 0x20) = 24
                 * 4 bytes in buffer 0
                 | 00000  18 00 00 00                                       .... |
                7 2.000005 close(3<NETLINK:[ROUTE:7]>) = 0
                7 2.000006 recvmsg(3<NETLINK:[ROUTE:7]>, {}, 0) = -1 EBADF (Bad file descriptor)
                """;
        Out o = convert(log);
        assertEquals(List.of(), o.warnings());
        assertEquals(1, o.frames().size());
        Frame f = o.frames().get(0);
        assertEquals(Direction.INBOUND, f.direction());
        assertEquals(16 + 4, f.capturedLength());
        assertEquals(16 + 24, f.originalLength());
        assertEquals(0, bytes(f)[1]); // PACKET_HOST
    }

    @Test
    void badLinesAreWarnings() throws IOException {
        Out o = convert("""
                garbage
                5 1.0 sendto(4<NETLINK:[ROUTE:5]>, ..., 20, 0, NULL, 0) = 20
                5 1.1 <... recvmsg resumed>) = 3
                5 1.2 sendto(4<NETLINK:[ROUTE:5]>, ..., 20
                """);
        assertEquals(4, o.warnings().size(), o.warnings().toString());
        assertTrue(o.warnings().get(0).startsWith("line 1: not an strace line"));
        assertTrue(o.warnings().get(1).contains("without a hex dump"), o.warnings().toString());
        assertEquals(0, o.frames().size());
    }

    @Test
    void argumentsSplitAtTopLevelCommas() {
        assertEquals(List.of("3<NETLINK:[ROUTE:1]>", "{a=1, b=[2, 3]}", "\"x,\\\"y\"", "0"),
                StraceImporter.splitArgs("3<NETLINK:[ROUTE:1]>, {a=1, b=[2, 3]}, \"x,\\\"y\", 0"));
    }
}
