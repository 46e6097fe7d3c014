package io.nlscope.dissect;

import java.nio.ByteBuffer;

/**
 * The one attribute cursor: walks a run of nlattr TLVs [from, end) of a frame, one attribute per
 * {@link #next()}, as {@code ksy/specs/nlattr.ksy} lays them out (u16 nla_len counting the 4-byte
 * header and the value, u16 type word whose top bits are NLA_F_NESTED and NLA_F_NET_BYTEORDER; the
 * next attribute at NLA_ALIGN(nla_len), or at the end of the run when the last one lacks its
 * padding). Every dissector's attribute loop is this cursor; it reads the header words straight
 * from the frame and allocates nothing per attribute.
 *
 * <pre>{@code
 * for (AttrCursor c = new AttrCursor(frame, from, end, le); c.next(); ) use(c.type(), c.valueStart(), c.valueEnd());
 * }</pre>
 * When {@link #next()} returns false the run ended ({@link #ended()}), or the attribute at
 * {@link #at()} does not fit ({@link #problem()} says why). In a message the capture's snapshot length cut
 * short, a run that ends where the capture stops yields its last attribute cut to the bytes captured
 * ({@link #cutShort()}) instead of stopping there.
 */
final class AttrCursor {
    static final int NLA_F_NESTED = 0x8000, NLA_F_NET_BYTEORDER = 0x4000, NLA_TYPE_MASK = 0x3fff;

    private final ByteBuffer frame;
    private final boolean le;
    private final int end;
    private final boolean endIsCut;
    private int at, next, len, word, claimed;

    AttrCursor(ByteBuffer frame, int from, int end, boolean le) {
        this(frame, from, end, le, -1);
    }

    /** @param cut where the capture cut the message (-1: it did not): a run ending there may end in a cut attribute */
    AttrCursor(ByteBuffer frame, int from, int end, boolean le, int cut) {
        this.frame = frame;
        this.le = le;
        this.end = end;
        this.endIsCut = end == cut;
        this.next = from;
        this.at = from;
    }

    /** Moves to the next attribute: true when there is one and it fits in the run. */
    boolean next() {
        int a = at = next;
        len = 0;
        if (end - a < 4) return false;
        int l = Bytes.u16(frame, a, le);
        if (l < 4 || (l > end - a && !endIsCut)) return false;
        claimed = l;
        len = Math.min(l, end - a);
        word = Bytes.u16(frame, a + 2, le);
        next = Math.min(end, a + ((l + 3) & ~3));
        return true;
    }

    /** True when the current attribute runs past where the capture stopped: its value is the bytes captured. */
    boolean cutShort() { return claimed != len; }

    /** nla_len as the sender wrote it (more than {@link #length()} when {@link #cutShort()}). */
    int claimed() { return claimed; }

    /** Where the current attribute starts (after a false {@link #next()}: where the run stopped). */
    int at() { return at; }
    /** nla_len: header and value, without padding. */
    int length() { return len; }
    int type() { return word & NLA_TYPE_MASK; }
    /** The whole type word, flags included. */
    int typeWord() { return word; }
    boolean nested() { return (word & NLA_F_NESTED) != 0; }
    boolean netByteOrder() { return (word & NLA_F_NET_BYTEORDER) != 0; }
    int valueStart() { return at + 4; }
    int valueEnd() { return at + len; }
    int valueLength() { return len - 4; }
    /** Where the next attribute starts: NLA_ALIGN(nla_len) on, or the end of the run. */
    int nextAt() { return next; }
    /** True when the current attribute's padding runs past the end of the run (it ends the run without it). */
    boolean paddingCut() { return at + ((len + 3) & ~3) > end && at + len != end; }

    /** After a false {@link #next()}: true when the run ended at its end, false when an attribute did not fit. */
    boolean ended() { return at >= end; }

    /** After a false {@link #next()}: why no attribute can be read at {@link #at()}, or null when the run ended. */
    String problem() {
        int left = end - at;
        if (left <= 0) return null;
        if (left < 4) return "attribute header cut short: " + left + " byte" + (left == 1 ? "" : "s") + " left before the end of its parent";
        int l = Bytes.u16(frame, at, le);
        if (l < 4) return "nla_len " + l + " is smaller than the 4-byte attribute header";
        return "nla_len " + l + " runs past the end of its parent (" + left + " bytes left)";
    }
}
