package io.nlscope.dissect;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import io.nlscope.capture.Frame;
import io.nlscope.ksy.Nlattr;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The attribute cursor against the layout oracle, the class the Kaitai compiler generates from
 * ksy/specs/nlattr.ksy, and on the edge cases real captures lack.
 */
class AttrCursorTest {

    /** What one walk over a run saw: each attribute as "at:len:typeWord", then where and how it stopped. */
    private static List<String> byCursor(ByteBuffer b, int from, int end, boolean le) {
        List<String> out = new ArrayList<>();
        AttrCursor c = new AttrCursor(b, from, end, le);
        while (c.next()) out.add(c.at() + ":" + c.length() + ":" + c.typeWord() + ":" + c.nested() + ":" + c.netByteOrder());
        out.add((c.ended() ? "end@" : "stop@") + c.at());
        return out;
    }

    /** The same walk with the Kaitai-generated nlattr reader, moving on at NLA_ALIGN(nla_len) or to the end. */
    private static List<String> byKaitai(ByteBuffer b, int from, int end, boolean le) {
        List<String> out = new ArrayList<>();
        ByteBufferKaitaiStream io = new ByteBufferKaitaiStream(b.slice(from, end - from));
        while (true) {
            int at = from + (int) io.pos();
            if (io.isEof()) { out.add("end@" + at); break; }
            if (end - at < 4) { out.add("stop@" + at); break; }
            Nlattr a;
            try {
                a = new Nlattr(io, le);
            } catch (KaitaiStream.ValidationFailedError e) {
                out.add("stop@" + at);
                break;
            }
            if (a.nlaLen() > end - at) { out.add("stop@" + at); break; }
            out.add(at + ":" + a.nlaLen() + ":" + a.nlaTypeWord() + ":" + a.isNested() + ":" + a.isNetByteorder());
            io.seek(Math.min(io.size(), (at - from) + ((a.nlaLen() + 3) & ~3)));
        }
        return out;
    }

    /**
     * Every message body of every real capture, walked as attributes from every 4-aligned offset
     * (which includes every real attribute run, nested ones too, and many runs of other bytes):
     * the cursor and the Kaitai reader see the same attributes and stop at the same place.
     */
    @Test
    void agreesWithTheKaitaiNlattrOnEveryCapture() throws Exception {
        long attrs = 0, nested = 0, runs = 0, stops = 0;
        for (Path p : TestData.allCaptures()) {
            for (Frame f : TestData.frames(p)) {
                ByteBuffer b = f.data();
                int end = b.limit();
                int pos = NetlinkDissector.COOKED;
                if (end - pos < 16) continue;
                boolean le = Bytes.u32(b, pos, true) <= end - pos;
                while (end - pos >= 16) {
                    long len = Bytes.u32(b, pos, le);
                    if (len < 16 || len > end - pos) break;
                    int msgEnd = (int) (pos + len);
                    for (int from = pos + 16; from < msgEnd; from += 4) {
                        List<String> want = byKaitai(b, from, msgEnd, le), got = byCursor(b, from, msgEnd, le);
                        assertEquals(want, got, p.getFileName() + " frame at " + f.index() + " run " + from + ".." + msgEnd);
                        runs++;
                        attrs += got.size() - 1;
                        if (got.get(got.size() - 1).startsWith("stop")) stops++;
                        for (String s : got) if (s.contains(":true:")) nested++;
                    }
                    pos += (int) ((len + 3) & ~3L);
                }
            }
        }
        // the walk must have met real attributes, nests and damaged runs, or it checked nothing
        assertTrue(attrs > 100_000, "attributes compared: " + attrs);
        assertTrue(nested > 1_000, "nested attributes compared: " + nested);
        assertTrue(stops > 1_000, "runs that stopped early: " + stops + " of " + runs);
    }

    private static ByteBuffer of(int... bytes) {
        ByteBuffer b = ByteBuffer.allocate(bytes.length).order(ByteOrder.BIG_ENDIAN);
        for (int x : bytes) b.put((byte) x);
        return b.flip();
    }

    @Test
    void zeroLengthStopsTheRunWithAReason() {
        ByteBuffer b = of(0, 0, 1, 0, 9, 9, 9, 9);
        AttrCursor c = new AttrCursor(b, 0, 8, true);
        assertFalse(c.next());
        assertFalse(c.ended());
        assertEquals(0, c.at());
        assertEquals("nla_len 0 is smaller than the 4-byte attribute header", c.problem());
    }

    @Test
    void lengthThreeStopsTheRunWithAReason() {
        ByteBuffer b = of(8, 0, 1, 0, 7, 0, 0, 0, 3, 0, 2, 0);
        AttrCursor c = new AttrCursor(b, 0, 12, true);
        assertTrue(c.next());
        assertEquals(1, c.type());
        assertEquals(4, c.valueLength());
        assertFalse(c.next());
        assertEquals(8, c.at());
        assertEquals("nla_len 3 is smaller than the 4-byte attribute header", c.problem());
    }

    @Test
    void overrunAndCutHeaderAreReportedWhereTheyStart() {
        ByteBuffer b = of(5, 0, 1, 0, 42, 0, 0, 0, 12, 0, 2, 0, 1, 2);
        AttrCursor c = new AttrCursor(b, 0, 14, true);
        assertTrue(c.next());
        assertEquals(1, c.valueLength());
        assertEquals(8, c.nextAt());
        assertFalse(c.next());
        assertEquals(8, c.at());
        assertEquals("nla_len 12 runs past the end of its parent (6 bytes left)", c.problem());

        AttrCursor cut = new AttrCursor(b, 12, 14, true);
        assertFalse(cut.next());
        assertEquals("attribute header cut short: 2 bytes left before the end of its parent", cut.problem());
    }

    @Test
    void anUnpaddedLastAttributeEndsTheRun() {
        // a 5-byte attribute as the last of its parent, without its 3 bytes of padding
        ByteBuffer b = of(5, 0, 0x03, 0x80, 7);
        AttrCursor c = new AttrCursor(b, 0, 5, true);
        assertTrue(c.next());
        assertTrue(c.nested());
        assertFalse(c.netByteOrder());
        assertEquals(3, c.type());
        assertEquals(5, c.nextAt());
        assertTrue(c.paddingCut() == false, "nla_len reaches the end exactly: nothing is cut");
        assertFalse(c.next());
        assertTrue(c.ended());
        assertNull(c.problem());
    }

    @Test
    void paddingThatRunsPastTheParentIsSeen() {
        // nla_len 5 in a run of 6 bytes: the padding would need 8
        ByteBuffer b = of(5, 0, 1, 0x40, 7, 0);
        AttrCursor c = new AttrCursor(b, 0, 6, true);
        assertTrue(c.next());
        assertTrue(c.netByteOrder());
        assertTrue(c.paddingCut());
        assertFalse(c.next());
        assertTrue(c.ended());
    }

    @Test
    void bigEndianWordsAreReadInTheirOrder() {
        ByteBuffer b = of(0, 8, 0x80, 2, 0, 0, 0, 1);
        AttrCursor c = new AttrCursor(b, 0, 8, false);
        assertTrue(c.next());
        assertEquals(8, c.length());
        assertEquals(2, c.type());
        assertTrue(c.nested());
        assertEquals(1, Bytes.u32(b, c.valueStart(), false));
    }
}
