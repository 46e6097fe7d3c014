package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PayloadContext#addTail}: the bytes a payload's decoding left over (nlmsg_len covering a
 * whole buffer, as the tutorials set it), and the text fallback of the tables' dissector that uses it.
 */
class PayloadTailTest {
    private static final int PROTO30 = 30;

    /** A context over a 16-byte nlmsghdr (not read) and then {@code payload}, at frame offset 16 + 16. */
    private record Ctx(PayloadContext ctx, FieldList.Builder fields) {}

    private static Ctx ctx(byte[] payload, boolean headed) {
        byte[] frame = cat(new byte[32], payload);
        FieldList.Builder fields = new FieldList.Builder(4);
        return new Ctx(new PayloadContext(ByteBuffer.wrap(frame).asReadOnlyBuffer(), 32, frame.length, true, PROTO30, 0, 0, 1,
                fields, headed), fields);
    }

    private static byte[] text(String s, int totalLength) {
        byte[] b = new byte[totalLength];
        byte[] t = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(t, 0, b, 0, t.length);
        return b;
    }

    @Test
    void allZeroTailBecomesTrailingWithTheNlmsgLenNote() {
        Ctx c = ctx(text("hello from user", 1024), true);
        assertEquals(" (payload 16 bytes, nlmsg_len claims 1040: 1008 bytes after it, all zero)", c.ctx().addTail(32 + 16));
        List<Field> f = c.fields().build();
        assertEquals(1, f.size());
        assertEquals("trailing", f.get(0).name());
        assertEquals(32 + 16, f.get(0).offset());
        assertEquals(1008, f.get(0).length());
        assertArrayEquals(new byte[1008], ((Value.Raw) f.get(0).value()).bytes());
    }

    @Test
    void nonZeroTailKeepsItsExactBytesAndIsNotCalledZero() {
        byte[] p = cat(cstr("abc"), new byte[]{0, 0, 7, 0, (byte) 0xff});
        Ctx c = ctx(p, true);
        assertEquals(" (payload 4 bytes, nlmsg_len claims 25: 5 bytes after it)", c.ctx().addTail(32 + 4));
        Field t = c.fields().build().get(0);
        assertEquals("trailing", t.name());
        assertArrayEquals(new byte[]{0, 0, 7, 0, (byte) 0xff}, ((Value.Raw) t.value()).bytes());
    }

    @Test
    void noTailAddsNothing() {
        Ctx c = ctx(cstr("hello"), true);
        assertEquals("", c.ctx().addTail(32 + 6));
        assertTrue(c.fields().build().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> c.ctx().addTail(32 + 7));
        assertThrows(IllegalArgumentException.class, () -> c.ctx().addTail(31));
    }

    @Test
    void oneByteAndADatagramWithoutHeader() {
        Ctx c = ctx(new byte[]{1, 2, 3}, false);
        assertEquals(" (payload 2 bytes, the datagram has 3: 1 byte after it)", c.ctx().addTail(32 + 2));
    }

    // the tables' dissector (a protocol without its own), through the whole core

    private final NetlinkDissector d = new NetlinkDissector(ProtocolRegistry.tablesOnly());   // this module's tests plug a dissector into 30

    private NetlinkMessage decode(int type, byte[] payload) {
        return d.dissect(frame(1, PROTO30, msg(type, 0, 1, 226, payload))).messages().get(0);
    }

    @Test
    void textThenManyZerosIsSplitIntoPayloadAndTrailing() {
        NetlinkMessage m = decode(0x10, text("hello from user", 1024));
        assertEquals("\"hello from user\" (payload 16 bytes, nlmsg_len claims 1040: 1008 bytes after it, all zero)", m.summary());
        Field p = m.field("payload").orElseThrow(), t = m.field("trailing").orElseThrow();
        assertEquals(16, p.length());
        assertTrue(p.value().display().endsWith("\"hello from user\""), p.value().display());
        assertEquals(32 + 16, t.offset());
        assertEquals(1008, t.length());
        assertFalse(m.malformed());
    }

    @Test
    void shortPaddingStaysInThePayload() {
        // text + NUL + 3 zero bytes (< 4): alignment, not a whole-buffer nlmsg_len
        NetlinkMessage m = decode(0x10, text("hello", 9));
        assertEquals("\"hello\"", m.summary());
        assertEquals(9, m.field("payload").orElseThrow().length());
        assertTrue(m.field("trailing").isEmpty());
        // NUL + 4 zero bytes: split
        NetlinkMessage m4 = decode(0x10, text("hello", 10));
        assertEquals("\"hello\" (payload 6 bytes, nlmsg_len claims 26: 4 bytes after it, all zero)", m4.summary());
        assertEquals(6, m4.field("payload").orElseThrow().length());
        assertEquals(4, m4.field("trailing").orElseThrow().length());
    }

    @Test
    void textWithNonZeroBytesAfterItStaysOnePayload() {
        byte[] p = cat(cstr("hello"), new byte[]{0, 0, 0, 0, 9, 0, 0, 0});
        NetlinkMessage m = decode(0x10, p);
        assertEquals("payload 14 bytes", m.summary());
        assertEquals(14, m.field("payload").orElseThrow().length());
        assertTrue(m.field("trailing").isEmpty());
    }

    @Test
    void type0IsDataOnAProtocolWithoutItsOwnDissector() {
        // the tutorials leave nlmsg_type 0
        NetlinkMessage m = decode(0, cstr("hello from kernel"));
        assertEquals("\"hello from kernel\"", m.summary());
        assertEquals("0x0000", m.typeName());
        assertEquals(18, m.field("payload").orElseThrow().length());
        // 5..15 are still reserved control types
        NetlinkMessage r = decode(7, cstr("hello"));
        assertEquals("reserved control type 7", r.summary());
        assertTrue(r.field("payload").isPresent());
    }
}
