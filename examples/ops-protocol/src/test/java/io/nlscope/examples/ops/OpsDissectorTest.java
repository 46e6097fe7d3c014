package io.nlscope.examples.ops;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.PcapWriter;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** The example plug-in, found by ServiceLoader through ProtocolRegistry.standard(). */
class OpsDissectorTest {
    @TempDir Path dir;

    /** nlmon frame on NETLINK_USERSOCK: nlmsghdr (type 16) and struct ops_msg, little-endian; {@code extra} zero bytes after the data. */
    private static byte[] frame(int extra) {
        byte[] data = "hello netlink!!".getBytes(StandardCharsets.US_ASCII);
        int payload = 8 + data.length + extra;
        ByteBuffer b = ByteBuffer.allocate(32 + payload);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) 4).putShort((short) 824).putShort((short) 0).put(new byte[8]).putShort((short) 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(16 + payload).putShort((short) 16).putShort((short) 1).putInt(7).putInt(4242);
        b.putInt(0x4f505331).put((byte) 2).put((byte) 0).putShort((short) data.length).put(data);
        return b.array();
    }

    private List<NetlinkMessage> dissect(byte[]... frames) throws Exception {
        Path p = dir.resolve("ops.pcap");
        try (OutputStream os = Files.newOutputStream(p); PcapWriter w = new PcapWriter(os, 253, 65535)) {
            for (byte[] f : frames) w.write(0, f, 0, f.length);
        }
        List<NetlinkMessage> out = new ArrayList<>();
        try (NetlinkCapture cap = new NetlinkCapture(CaptureReader.openNetlink(p), new NetlinkDissector(ProtocolRegistry.standard()))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) out.addAll(f.messages());
        }
        return out;
    }

    private static Value value(NetlinkMessage m, String name) {
        return m.field(name).orElseGet(() -> fail("no " + name + " in " + m.fields())).value();
    }

    @Test void serviceLoaderPutsTheOpsDissectorOnUsersock() {
        var d = ProtocolRegistry.standard().get(2);
        assertInstanceOf(OpsDissector.class, d);
        assertEquals("OPS_REPLY", d.typeName(17).orElseThrow(), "named in ops.ksy");
    }

    @Test void decodesOpsMessages() throws Exception {
        NetlinkMessage m = dissect(frame(0)).get(0);
        assertEquals("OPS_REQUEST", m.typeName());
        assertEquals(Value.Num.of(0x4f505331L), value(m, "magic"));
        assertEquals(new Value.Named(2, "ECHO"), value(m, "op"));
        assertEquals(Value.Num.of(15), value(m, "len_data"));
        assertEquals(new Value.Text("hello netlink!!"), value(m, "data"));
        Field data = m.field("data").orElseThrow();
        assertEquals(32 + 8, data.offset());
        assertEquals(15, data.length());
        assertTrue(m.field("trailing").isEmpty());
        assertFalse(m.malformed());
    }

    @Test void tooLongNlmsgLenShowsTrailingZeros() throws Exception {
        NetlinkMessage m = dissect(frame(24)).get(0);
        Field t = m.field("trailing").orElseGet(() -> fail(m.fields().toString()));
        assertEquals(24, t.length());
        assertEquals(new Value.Text("hello netlink!!"), value(m, "data"));
    }
}
