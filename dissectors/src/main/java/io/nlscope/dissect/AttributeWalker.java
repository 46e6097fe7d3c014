package io.nlscope.dissect;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.nlscope.ksy.Nlattr;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Walks a run of nlattr TLVs one attribute at a time (the Kaitai type {@code nlattr} reads
 * each), so that an attribute overrunning its parent becomes a malformed node at its offset
 * while the attributes before it stay decoded.
 */
final class AttributeWalker {
    private AttributeWalker() {}

    static final int MAX_DEPTH = 32;

    static List<Field> walk(ByteBuffer frame, int start, int end, boolean le, AttributeSet set) {
        FieldList.Builder out = new FieldList.Builder();
        walk(frame, start, end, le, set, 0, out);
        return out.build();
    }

    /** Adds the attributes of [start, end) to {@code out}; returns how many. */
    static int walkInto(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, FieldList.Builder out) {
        int before = out.size();
        walk(frame, start, end, le, set, 0, out);
        return out.size() - before;
    }

    private static List<Field> walk(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, int depth) {
        FieldList.Builder out = new FieldList.Builder();
        walk(frame, start, end, le, set, depth, out);
        return out.build();
    }

    private static void walk(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, int depth, FieldList.Builder out) {
        ByteBufferKaitaiStream io = new ByteBufferKaitaiStream(frame.slice(start, end - start));
        while (!io.isEof()) {
            int at = start + (int) io.pos();
            String problem = problemAt(frame, at, end, le);
            if (problem != null) {
                out.add(malformed(frame, at, end, problem));
                break;
            }
            Nlattr a = new Nlattr(io, le);
            out.add(decode(frame, a, at, le, set, depth));
            // the next attribute starts at NLA_ALIGN(nla_len); the last one may lack its padding
            io.seek(Math.min(io.size(), (at - start) + ((a.nlaLen() + 3) & ~3)));
        }
    }

    /**
     * True when [start, end) is nothing but well-formed attributes. Unknown payloads are shown
     * as attributes only when that is plausible.
     */
    static boolean isCleanRun(ByteBuffer frame, int start, int end, boolean le) {
        if (end - start < 4) return false;
        for (int at = start; at < end; ) {
            if (problemAt(frame, at, end, le) != null) return false;
            int len = u16(frame, at, le);
            if ((u16(frame, at + 2, le) & 0x3fff) == 0 && len == 4) return false; // zero fill, not attributes
            int next = at + ((len + 3) & ~3);
            if (next > end && at + len != end) return false;
            at = Math.min(next, end);
        }
        return true;
    }

    /** Why no attribute can be read at {@code at}, or null when one can. */
    private static String problemAt(ByteBuffer frame, int at, int end, boolean le) {
        int left = end - at;
        if (left < 4) return "attribute header cut short: " + left + " byte" + (left == 1 ? "" : "s") + " left before the end of its parent";
        int len = u16(frame, at, le);
        if (len < 4) return "nla_len " + len + " is smaller than the 4-byte attribute header";
        if (len > left) return "nla_len " + len + " runs past the end of its parent (" + left + " bytes left)";
        return null;
    }

    private static Field decode(ByteBuffer frame, Nlattr a, int at, boolean le, AttributeSet set, int depth) {
        int type = a.nlaType();
        int len = a.nlaLen();
        int vStart = at + 4, vEnd = at + len;
        SpecTables.Entry entry = set == null ? null : set.entry(type).orElse(null);
        String name = entry != null ? entry.name() : unnamed(type);
        boolean netOrder = a.isNetByteorder();
        String kind = entry != null ? entry.ext().getOrDefault("type", "binary") : (a.isNested() ? "nest" : "binary");
        Value v;
        if (entry == null && !a.isNested()) {
            return new Field(name, new Value.Raw(frame, vStart, vEnd - vStart), at, len);
        }
        if ("nest".equals(kind) || a.isNested()) {
            if (depth >= MAX_DEPTH) {
                v = new Value.Malformed("attributes nested deeper than " + MAX_DEPTH + " levels", frame, vStart, vEnd - vStart);
            } else {
                AttributeSet inner = entry == null || set == null ? null : set.nested(entry).orElse(null);
                v = new Value.Nested(walk(frame, vStart, vEnd, le, inner, depth + 1));
            }
        } else {
            v = scalar(frame, vStart, vEnd, netOrder ? false : le, kind, entry == null ? null : set.valueEnum(entry).orElse(null));
        }
        return new Field(name, v, at, len);
    }

    /** Reads a value of a -nl-type; a size that does not fit the type gives a malformed value. */
    static Value scalar(ByteBuffer frame, int from, int to, boolean le, String kind, SpecTables.EnumTable valueEnum) {
        int n = to - from;
        ByteBuffer b = frame.duplicate().order(le ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long x;
        boolean signed = kind.startsWith("s") && !kind.equals("string");
        switch (kind) {
            case "u8", "s8" -> { if (n != 1) return wrongSize(frame, from, to, kind, 1); x = signed ? b.get(from) : b.get(from) & 0xff; }
            case "u16", "s16" -> { if (n != 2) return wrongSize(frame, from, to, kind, 2); x = signed ? b.getShort(from) : b.getShort(from) & 0xffff; }
            case "u32", "s32" -> { if (n != 4) return wrongSize(frame, from, to, kind, 4); x = signed ? b.getInt(from) : b.getInt(from) & 0xffffffffL; }
            case "u64", "s64" -> { if (n != 8) return wrongSize(frame, from, to, kind, 8); x = b.getLong(from); }
            case "string" -> {
                int e = to;
                while (e > from && frame.get(e - 1) == 0) e--;
                return new Value.Text(new String(bytes(frame, from, e), StandardCharsets.UTF_8));
            }
            case "flag" -> { return new Value.Named(1, "true"); }
            case "ipv4" -> { return n == 4 ? new Value.Address(Value.Address.Kind.IPV4, bytes(frame, from, to)) : wrongSize(frame, from, to, kind, 4); }
            case "ipv6" -> { return n == 16 ? new Value.Address(Value.Address.Kind.IPV6, bytes(frame, from, to)) : wrongSize(frame, from, to, kind, 16); }
            case "lladdr" -> { return new Value.Address(Value.Address.Kind.LINK, bytes(frame, from, to)); }
            default -> { return new Value.Raw(frame, from, to - from); }
        }
        if (valueEnum != null) {
            String nm = valueEnum.nameOrNull(x);
            if (nm != null) return new Value.Named(x, nm);
        }
        return new Value.Num(x, !signed);
    }

    private static Value wrongSize(ByteBuffer frame, int from, int to, String kind, int want) {
        return new Value.Malformed(kind + " value needs " + want + " bytes, has " + (to - from), frame, from, to - from);
    }

    static Field malformed(ByteBuffer frame, int at, int end, String reason) {
        return new Field("malformed", new Value.Malformed(reason, frame, at, end - at), at, end - at);
    }

    private static final String[] UNNAMED = new String[0x4000];

    /** "attr_N" for an attribute type no table names; made once per type, not per attribute. */
    static String unnamed(int type) {
        String n = UNNAMED[type];
        if (n == null) UNNAMED[type] = n = "attr_" + type;
        return n;
    }

    /** A view of [from, to) of the frame (the frame's buffer is read-only and never reused). */
    static ByteBuffer view(ByteBuffer frame, int from, int to) {
        return frame.slice(from, to - from);
    }

    static byte[] bytes(ByteBuffer frame, int from, int to) {
        byte[] b = new byte[to - from];
        frame.get(from, b);
        return b;
    }

    static int u16(ByteBuffer frame, int at, boolean le) {
        int a = frame.get(at) & 0xff, b = frame.get(at + 1) & 0xff;
        return le ? a | (b << 8) : (a << 8) | b;
    }
}
