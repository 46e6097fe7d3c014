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

    /**
     * Two traced processes at once (strace -f): strace splits the calls of one while the other runs into
     * "NAME(ARGS,  <unfinished ...>" and "<... NAME resumed>REST". The lines are as strace 6.1 printed them for
     * two processes on one unnamed netlink protocol (17: -yy shows only the inode, so the port id comes from
     * bind/getsockname): bind with nl_pid=4711, bind with nl_pid=0 then getsockname, a send and a receive each
     * way, and a MSG_PEEK|MSG_TRUNC probe (0x22), all interrupted.
     */
    @Test
    void portIdsAndFlagsSurviveUnfinishedAndResumedCalls() throws IOException {
        String log = """
                24164 1.000000 socket(0x10, 0x3|0x80000, 0x11 <unfinished ...>
                24165 1.000010 socket(0x10, 0x3|0x80000, 0x11) = 3<NETLINK:[282793]>
                24164 1.000020 <... socket resumed>) = 3<NETLINK:[282794]>
                24164 1.000030 bind(3<NETLINK:[282794]>, {sa_family=0x10, nl_pad=0x88d7, nl_pid=4711, nl_groups=00000000}, 12 <unfinished ...>
                24165 1.000040 bind(3<NETLINK:[282793]>, {sa_family=0x10, nl_pad=0x4ef5, nl_pid=0, nl_groups=00000000}, 12 <unfinished ...>
                24164 1.000050 <... bind resumed>) = 0
                24165 1.000060 <... bind resumed>) = 0
                24165 1.000065 getsockname(3<NETLINK:[282793]>,  <unfinished ...>
                24164 1.000070 getsockname(3<NETLINK:[282794]>,  <unfinished ...>
                24164 1.000090 <... getsockname resumed>{sa_family=0x10, nl_pid=4711, nl_groups=00000000}, [12]) = 0
                24165 1.000100 <... getsockname resumed>{sa_family=0x10, nl_pid=24165, nl_groups=00000000}, [12]) = 0
                24164 1.000110 recvmsg(3<NETLINK:[282794]>,  <unfinished ...>
                24165 1.000120 sendto(3<NETLINK:[282793]>, ..., 24, 0, {sa_family=0x10, nl_pid=4711, nl_groups=00000000}, 12 <unfinished ...>
                24164 1.000130 <... recvmsg resumed>{msg_name={sa_family=0x10, nl_pid=24165, nl_groups=00000000}, msg_namelen=12, msg_iov=[...], msg_iovlen=1, msg_controllen=0, msg_flags=0}, 0x22) = 24
                24165 1.000140 <... sendto resumed>) = 24
                 | 00000  18 00 00 00 10 00 01 00  01 00 00 00 65 5e 00 00  ............e^.. |
                 | 00010  70 69 6e 67 00 00 00 00                           ping....         |
                24164 1.000150 recvfrom(3<NETLINK:[282794]>,  <unfinished ...>
                24165 1.000160 recvfrom(3<NETLINK:[282793]>,  <unfinished ...>
                24164 1.000170 <... recvfrom resumed>..., 8192, 0, {sa_family=0x10, nl_pid=24165, nl_groups=00000000}, [12]) = 24
                 | 00000  18 00 00 00 10 00 01 00  01 00 00 00 65 5e 00 00  ............e^.. |
                 | 00010  70 69 6e 67 00 00 00 00                           ping....         |
                24164 1.000180 sendto(3<NETLINK:[282794]>, ..., 24, 0, {sa_family=0x10, nl_pid=24165, nl_groups=00000000}, 12 <unfinished ...>
                24165 1.000190 <... recvfrom resumed>..., 8192, 0, {sa_family=0x10, nl_pid=4711, nl_groups=00000000}, [12]) = 24
                 | 00000  18 00 00 00 11 00 00 00  01 00 00 00 67 12 00 00  ............g... |
                 | 00010  70 6f 6e 67 00 00 00 00                           pong....         |
                24164 1.000200 <... sendto resumed>) = 24
                 | 00000  18 00 00 00 11 00 00 00  01 00 00 00 67 12 00 00  ............g... |
                 | 00010  70 6f 6e 67 00 00 00 00                           pong....         |
                24165 1.000210 close(3<NETLINK:[282793]>) = 0
                24164 1.000220 close(3<NETLINK:[282794]>) = 0
                """;
        Out o = convert(log);
        assertEquals(List.of(), o.warnings());
        List<String> got = new ArrayList<>();
        for (Frame f : o.frames()) {
            byte[] b = bytes(f);
            got.add(f.direction() + " " + String.join(" ", f.comments()) + " type=" + b[16 + 4] + " " + f.timestampNanos());
        }
        assertEquals(List.of(
                "OUTBOUND pid=24165 fd=3 proto=17 portid=24165 type=16 1000140000",
                "INBOUND pid=24164 fd=3 proto=17 portid=4711 type=16 1000170000",
                "INBOUND pid=24165 fd=3 proto=17 portid=24165 type=17 1000190000",
                "OUTBOUND pid=24164 fd=3 proto=17 portid=4711 type=17 1000200000"), got,
                "every datagram with its socket's port id (none '?'); the MSG_PEEK probe (0x22) is no datagram");
    }

    @Test
    void unfinishedAndResumedPartsJoinIntoOneArgumentList() {
        assertEquals("getsockname(3<NETLINK:[282793]>, {sa_family=0x10, nl_pid=24165, nl_groups=00000000}, [12]) = 0",
                StraceImporter.joinResumed("getsockname(3<NETLINK:[282793]>,", "{sa_family=0x10, nl_pid=24165, nl_groups=00000000}, [12]) = 0"));
        assertEquals("sendto(3<NETLINK:[282793]>, ..., 24, 0, NULL, 0) = 24",
                StraceImporter.joinResumed("sendto(3<NETLINK:[282793]>, ..., 24, 0, NULL, 0", ") = 24"));
        assertEquals("socket(0x10, 0x3, 0x11) = 3", StraceImporter.joinResumed("socket(0x10, 0x3, 0x11", ") = 3"));
        assertEquals("close(3) = 0", StraceImporter.joinResumed("close(", "3) = 0"));
        assertEquals("recvmsg(3, {msg_name=NULL}, 0) = 4", StraceImporter.joinResumed("recvmsg(3", ", {msg_name=NULL}, 0) = 4"));
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
