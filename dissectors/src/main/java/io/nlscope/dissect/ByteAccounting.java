package io.nlscope.dissect;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a decoded frame does not account for its bytes: the check that nothing the capture holds
 * was dropped on the way to the tree. The rules:
 * <ol>
 * <li>Every byte of {@code [0, capturedLength)} lies in the cooked header, in a top-level field of
 *     a message, or in a trailer field. A message decoded without a tree ({@link Depth#HEADERS},
 *     {@link Depth#SUMMARY}: its fields are empty) accounts for the bytes from its offset up to
 *     the next message, the trailer or the frame's end; so does the cooked header where it has no
 *     fields.</li>
 * <li>Between top-level fields, and between the children of a field, the only bytes left out are
 *     alignment padding: a gap of at most 3 bytes that ends at a 4-aligned offset of the frame
 *     (NLMSG_ALIGN, NLA_ALIGN and the padding after a struct such as genlmsghdr's family header; the
 *     cooked header is 16 bytes, so frame offsets and message offsets align alike). Children need
 *     not cover their parent: a nest's 4-byte nlattr header is its own, not a child's. At the frame's end
 *     the padding may be cut short: fewer than 4 bytes after the last message, wherever they end.</li>
 * <li>Every child lies inside its parent, every field inside the frame, and siblings do not overlap
 *     (fields in order of offset).</li>
 * <li>The bytes a raw or malformed value holds are those of its field.</li>
 * </ol>
 * Two kinds of node are references, not bytes of their own, and are skipped: the
 * {@code NLMSGERR_ATTR_OFFS_PATH} / {@code _MISS_NEST_PATH} texts of an extended ACK, which sit at the
 * attribute of the echoed request they name; and the readings {@code [as 6.12 numbers it]} of a value
 * the kernel renumbered, which are the same bytes read once by each layout (checked against each
 * other as one).
 */
public final class ByteAccounting {
    private ByteAccounting() {}

    /** The most bytes of alignment padding left out between two fields: NLA_ALIGNTO / NLMSG_ALIGNTO minus one. */
    public static final int MAX_PADDING = 3;

    /** One place the tree does not account for: {@code length} bytes at {@code offset} of the frame, under {@code where}. */
    public record Gap(long frame, int offset, int length, String where, String problem) {
        @Override public String toString() {
            return "frame " + frame + " [" + offset + ", " + (offset + length) + ") " + where + ": " + problem;
        }
    }

    /** Every place of {@code f} that breaks a rule above; empty when the tree accounts for every byte. */
    public static List<Gap> check(DissectedFrame f) {
        List<Gap> out = new ArrayList<>();
        int cap = f.capturedLength();
        List<Span> top = new ArrayList<>();
        if (!f.cookedHeader().isEmpty()) for (Field c : f.cookedHeader()) top.add(Span.of(c, "cooked header"));
        else if (cap >= NetlinkDissector.COOKED) top.add(new Span(0, NetlinkDissector.COOKED, "cooked header", null, true));
        List<NetlinkMessage> ms = f.messages();
        for (int i = 0; i < ms.size(); i++) {
            NetlinkMessage m = ms.get(i);
            String where = "message " + m.index() + " (" + m.typeName() + ")";
            if (m.fields().isEmpty()) {
                int next = i + 1 < ms.size() ? ms.get(i + 1).offset() : !f.trailer().isEmpty() ? f.trailer().get(0).offset() : cap;
                top.add(new Span(m.offset(), Math.max(0, next - m.offset()), where, null, true));
                continue;
            }
            if (m.fields().get(0).offset() != m.offset())
                out.add(new Gap(f.index(), m.offset(), 0, where, "its first field starts at " + m.fields().get(0).offset() + ", not at the message"));
            for (Field x : m.fields()) top.add(Span.of(x, where));
        }
        for (Field t : f.trailer()) top.add(Span.of(t, "trailer"));
        sequence(f.index(), top, 0, cap, "frame", true, out);
        for (Span s : top) if (s.field != null) inside(f.index(), s.field, s.where, out);
        return out;
    }

    /** A field's place, or a region accounted for without one (opaque: its bytes are not looked into). */
    private record Span(int offset, int length, String where, Field field, boolean opaque) {
        static Span of(Field f, String where) { return new Span(f.offset(), f.length(), where, f, false); }
        int end() { return offset + length; }
    }

    /**
     * Checks that the spans lie in [from, to), in order, without overlaps, and (when {@code cover}) leave out
     * nothing but alignment padding.
     */
    private static void sequence(long frame, List<Span> spans, int from, int to, String parent, boolean cover, List<Gap> out) {
        int at = from;
        for (Span s : spans) {
            String where = s.field == null ? s.where : s.where + " > " + s.field.name();
            if (s.offset < from || s.end() > to || s.length < 0) {
                out.add(new Gap(frame, s.offset, s.length, where, "lies outside " + parent + " [" + from + ", " + to + ")"));
                continue;
            }
            if (s.offset < at) {
                out.add(new Gap(frame, s.offset, Math.min(at, s.end()) - s.offset, where, "overlaps the field before it"));
            } else if (cover && s.offset > at && !padding(at, s.offset)) {
                out.add(new Gap(frame, at, s.offset - at, where, (s.offset - at) + " bytes before it belong to no field"));
            }
            at = Math.max(at, s.end());
        }
        // (only the frame is covered) its end may cut the last message's padding short: to need not be aligned
        if (cover && to - at > MAX_PADDING)
            out.add(new Gap(frame, at, to - at, parent, (to - at) + " bytes at its end belong to no field"));
    }

    private static boolean padding(int from, int to) {
        return to - from <= MAX_PADDING && (to & 3) == 0;
    }

    /** The rules below a field: its value's bytes are its own, its children lie in it, in order. */
    private static void inside(long frame, Field f, String where, List<Gap> out) {
        String here = where + " > " + f.name();
        Value v = f.value();
        int vo = -1, vl = 0;
        if (v instanceof Value.Raw r) { vo = r.offset(); vl = r.length(); }
        else if (v instanceof Value.Malformed m) { vo = m.offset(); vl = m.length(); }
        if (vo >= 0 && (vo < f.offset() || vo + vl > f.offset() + f.length()))
            out.add(new Gap(frame, vo, vl, here, "its bytes lie outside its field [" + f.offset() + ", " + (f.offset() + f.length()) + ")"));
        List<Field> children = f.children();
        if (children.isEmpty()) return;
        List<Span> spans = new ArrayList<>(children.size());
        boolean readings = true;
        for (Field c : children) {
            if (isReference(c)) continue;
            readings &= c.name().startsWith("[as ");
            spans.add(Span.of(c, here));
        }
        if (readings && !spans.isEmpty()) {   // one value read by each kernel's layout: each reading on its own
            for (Span s : spans) sequence(frame, List.of(s), f.offset(), f.offset() + f.length(), here, false, out);
        } else {
            sequence(frame, spans, f.offset(), f.offset() + f.length(), here, false, out);
        }
        for (Span s : spans) inside(frame, s.field, here, out);
    }

    /** A node that names other bytes rather than holding its own (see the class comment). */
    private static boolean isReference(Field f) {
        return f.name().startsWith("NLMSGERR_ATTR_") && f.name().endsWith("_PATH");
    }
}
