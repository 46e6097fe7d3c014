package io.nlscope.cli;

import io.nlscope.capture.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

/** {@code nlscope read --ksy}: a user's own netlink protocol decoded from a spec compiled at run time. */
class ReadKsyTest {
    @TempDir Path dir;

    record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** nlmon frame on {@code protocol}: nlmsghdr (type 17) and struct ops_msg, little-endian; {@code extra} zero bytes after the data. */
    private static byte[] frame(int protocol, int extra) {
        byte[] data = "hello netlink!!".getBytes(StandardCharsets.US_ASCII);
        int payload = 8 + data.length + extra;
        ByteBuffer b = ByteBuffer.allocate(32 + payload);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) 4).putShort((short) 824).putShort((short) 0).put(new byte[8]).putShort((short) protocol);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(16 + payload).putShort((short) 17).putShort((short) 0).putInt(3).putInt(0);
        b.putInt(0x4f505331).put((byte) 3).put((byte) 0).putShort((short) data.length).put(data);
        return b.array();
    }

    private Path capture(byte[]... frames) throws Exception {
        Path p = dir.resolve("ops.pcap");
        try (OutputStream os = Files.newOutputStream(p); PcapWriter w = new PcapWriter(os, 253, 65535)) {
            for (byte[] f : frames) w.write(0, f, 0, f.length);
        }
        return p;
    }

    private Path spec() throws Exception {
        Path p = dir.resolve("ops.ksy");
        try (var in = getClass().getResourceAsStream("/ops.ksy")) { Files.write(p, in.readAllBytes()); }
        return p;
    }

    @Test void decodesTheUsersProtocolWithTheSpecsNames() throws Exception {
        Result r = run("read", "-V", "-q", "--ksy", spec().toString(), capture(frame(30, 0)).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OPS_REPLY"), r.out());
        assertTrue(r.out().contains("magic: 1330664241"), r.out());   // 0x4f505331
        assertTrue(r.out().contains("RESET (3)"), r.out());
        assertTrue(r.out().contains("len: 15"), r.out());
        assertTrue(r.out().contains("\"hello netlink!!\""), r.out());
        assertFalse(r.out().contains("trailing"), r.out());
    }

    @Test void protocolOptionAndTheTutorialsTooLongNlmsgLen() throws Exception {
        // NETLINK_USERSOCK (2), nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD)-style: 40 zero bytes after the data
        Result r = run("read", "-V", "-q", "--ksy", spec().toString(), "--protocol", "2", capture(frame(2, 40)).toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("OPS_REPLY"), r.out());
        assertTrue(r.out().contains("trailing"), r.out());
        assertFalse(r.out().contains("MALFORMED"), r.out());
    }

    @Test void aBrokenSpecExitsTwoWithTheCompilersMessage() throws Exception {
        Path bad = dir.resolve("bad.ksy");
        Files.writeString(bad, "meta:\n  id: bad\n  endian: le\n  -nl-protocol: 30\nseq:\n  - id: x\n    type: u3\n");
        Result r = run("read", "--ksy", bad.toString(), capture(frame(30, 0)).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("u3"), r.err());
    }

    @Test void noProtocolAnywhereIsAUsageError() throws Exception {
        Path p = dir.resolve("noproto.ksy");
        Files.writeString(p, "meta:\n  id: noproto\n  endian: le\nseq:\n  - id: x\n    type: u4\n");
        Result r = run("read", "--ksy", p.toString(), capture(frame(30, 0)).toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--protocol"), r.err());
    }
}
