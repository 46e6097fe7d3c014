package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Walks a run of nlattr TLVs one attribute at a time with the {@link AttrCursor} (the layout of
 * {@code ksy/specs/nlattr.ksy}), so that an attribute overrunning its parent becomes a malformed
 * node at its offset while the attributes before it stay decoded.
 */
final class AttributeWalker {
    private AttributeWalker() {}

    /**
     * The deepest nesting decoded; a nest below it is one malformed node saying so. The specs' deepest real
     * layouts (a tc filter's actions' options' keys, a veth peer's link info inside a link message, CTRL_ATTR_POLICY's
     * numbered levels) stay under a dozen levels, and nla_len's 16 bits allow some 16,000; 32 keeps every real
     * tree whole while every recursive path (nests, nest-arrays, submsgs, struct-then-attributes and their arrays,
     * -nl-same-as, the SUMMARY check and the key scan) stays a few hundred stack frames deep whatever the bytes.
     * There is no cap on attributes per run: a run of n bytes holds at most n / 4 of them, so the tree grows with
     * the frame, which the capture reader bounds, and no faster (HostileInputTest decodes 16k of them).
     */
    static final int MAX_DEPTH = 32;

    /**
     * The run a nest stands in (its set and bounds), for the nest's attributes that read as one of that run's
     * ({@code -nl-same-as}); made only for a set that has such attributes.
     */
    private record Enclosing(AttributeSet set, int start, int end, int family) {
        // set/start/end: a nest's run for -nl-same-as (family -1); or, at a message's top level, family alone
        static Enclosing of(AttributeSet inner, AttributeSet set, int start, int end) {
            return inner != null && inner.readsEnclosing && set != null ? new Enclosing(set, start, end, -1) : null;
        }

        /** A message's own attributes: the family byte its fixed header starts with, for -nl-nest-by-family. */
        static Enclosing message(AttributeSet set, int family) {
            return set != null && set.picksByFamily ? new Enclosing(null, 0, 0, family) : null;
        }

        /** The enclosing attribute {@code spec} repeats (-nl-same-as), or null. */
        AttributeSet.Attr same(AttributeSet.Attr spec) { return spec.sameAs == null || set == null ? null : set.named(spec.sameAs); }
    }

    /** The set inside a nest: the one its -nl-nest-by-family names for the message's family, else its -nl-nest. */
    private static AttributeSet nested(AttributeSet.Attr spec, Enclosing enc) {
        return enc != null && enc.family() >= 0 && spec.byFamily != null ? spec.nestedFor(enc.family()) : spec.nested();
    }

    static List<Field> walk(ByteBuffer frame, int start, int end, boolean le, AttributeSet set) {
        return walk(frame, start, end, Origin.of(le), set, 0);
    }

    /** As {@link #walk(ByteBuffer, int, int, boolean, AttributeSet)}, for bytes of origin {@code o} (a cut message's, say). */
    static List<Field> walk(ByteBuffer frame, int start, int end, Origin o, AttributeSet set) {
        return walk(frame, start, end, o, set, 0);
    }

    /**
     * Adds the attributes of [start, end) to {@code out}; returns how many. {@code family}: the first byte of the
     * message's fixed header (the address family of every rtnetlink header), which -nl-nest-by-family reads.
     */
    static int walkInto(ByteBuffer frame, int start, int end, Origin o, AttributeSet set, FieldList.Builder out, int family) {
        int before = out.size();
        walk(frame, start, end, o, set, 0, out, Enclosing.message(set, family));
        return out.size() - before;
    }

    private static List<Field> walk(ByteBuffer frame, int start, int end, Origin o, AttributeSet set, int depth) {
        return walk(frame, start, end, o, set, depth, null);
    }

    private static List<Field> walk(ByteBuffer frame, int start, int end, Origin o, AttributeSet set, int depth, Enclosing enc) {
        FieldList.Builder out = new FieldList.Builder();
        walk(frame, start, end, o, set, depth, out, enc);
        return out.build();
    }

    private static void walk(ByteBuffer frame, int start, int end, Origin o, AttributeSet set, int depth, FieldList.Builder out,
                             Enclosing enc) {
        AttrCursor c = new AttrCursor(frame, start, end, o.le(), o.cut());
        while (c.next()) {
            AttributeSet.Attr spec = set == null ? null : set.attr(c.type());
            AttributeSet.Attr same = spec == null || enc == null ? null : enc.same(spec);
            if (same != null) {   // read as the enclosing run's attribute, shown by its own name
                Field f = decode(frame, c, o, same, depth, target(frame, enc.start(), enc.end(), o.le(), enc.set(), same), same.nested(), null);
                out.add(new Field(spec.name, f.value(), f.offset(), f.length()));
                continue;
            }
            AttributeSet inner = spec != null && spec.kind == AttributeSet.Kind.NEST ? nested(spec, enc) : null;
            out.add(decode(frame, c, o, spec, depth, target(frame, start, end, o.le(), set, spec), inner, Enclosing.of(inner, set, start, end)));
        }
        if (!c.ended()) out.add(malformed(frame, c.at(), end, c.problem()));
    }

    /** What a submsg of the run [start, end) holds (null: bytes, or no submsg): a sibling anywhere in the run selects it (RTA_ENCAP_TYPE comes after RTA_ENCAP). */
    private static AttributeSet.Target target(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, AttributeSet.Attr spec) {
        return spec != null && spec.kind == AttributeSet.Kind.SUBMSG ? spec.submsgTarget(selectorText(frame, start, end, le, set, spec)) : null;
    }

    /**
     * How many top-level attributes [start, end) holds when walking them as attributes of {@code set}
     * gives no malformed node, else -1: what {@link Depth#SUMMARY} asks before it counts attributes
     * instead of decoding them. It follows the walker's rules (framing, value sizes, struct sizes,
     * nests, nest-arrays, submsgs by their selector, struct-attrs and their arrays, the depth limit)
     * without building anything; a message it passes decodes cleanly, one it fails is decoded whole
     * to say what is wrong. In the same walk it collects the key fields ({@link Keys}) into
     * {@code keys} (null: none wanted) where {@link Keys} looks for them: scalars of the run and of
     * its nests, not inside structs, arrays or submsgs.
     */
    static int clean(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, Keys.Found keys, int family) {
        return clean(frame, start, end, le, set, 0, keys, Enclosing.message(set, family));
    }

    private static int clean(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, int depth, Keys.Found keys) {
        return clean(frame, start, end, le, set, depth, keys, null);
    }

    private static int clean(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, int depth, Keys.Found keys, Enclosing enc) {
        if (depth >= MAX_DEPTH) return -1;
        AttrCursor c = new AttrCursor(frame, start, end, le);
        int n = 0;
        for (; c.next(); n++) {
            AttributeSet.Attr spec = set == null ? null : set.attr(c.type());
            AttributeSet.Attr same = spec == null || enc == null ? null : enc.same(spec);
            if (spec == null) {
                if (c.nested() && clean(frame, c.valueStart(), c.valueEnd(), le, null, depth + 1, keys) < 0) return -1;
            } else if (same != null) {
                if (!cleanValue(frame, enc.start(), enc.end(), c, le, enc.set(), same, depth, null, null)) return -1;
            } else if (!cleanValue(frame, start, end, c, le, set, spec, depth, keys, enc)) {
                return -1;
            }
        }
        return c.ended() ? n : -1;
    }

    /** The attribute at {@code c}; {@code [runStart, runEnd)}: the run it is part of (where a submsg's selector is). */
    private static boolean cleanValue(ByteBuffer frame, int runStart, int runEnd, AttrCursor c, boolean le, AttributeSet set,
                                      AttributeSet.Attr spec, int depth, Keys.Found keys, Enclosing enc) {
        int from = c.valueStart(), to = c.valueEnd(), n = to - from;
        switch (spec.kind) {
            case NEST: {
                AttributeSet inner = nested(spec, enc);
                return clean(frame, from, to, le, inner, depth + 1, keys, Enclosing.of(inner, set, runStart, runEnd)) >= 0;
            }
            case NEST_ARRAY: return nestArrayClean(frame, from, to, le, spec, depth, spec.arrayDepth);
            case SUBMSG: {
                AttributeSet.Target t = spec.submsgTarget(selectorText(frame, runStart, runEnd, le, set, spec));
                if (t == null) return true;   // bytes
                if (t.struct() != null && t.set() != null) return structThenAttrsClean(frame, from, to, le, t.struct(), t.set(), depth + 1);
                if (t.struct() != null) return n >= t.struct().size();
                return clean(frame, from, to, le, t.set(), depth + 1, null) >= 0;
            }
            case STRUCT: return n >= spec.struct().size() && (spec.tailStruct() == null || (n - spec.struct().size()) % spec.tailStruct().size() == 0);
            case STRUCT_ARRAY: return n % spec.struct().size() == 0;
            case STRUCT_ATTRS: return structThenAttrsClean(frame, from, to, le, spec.struct(), spec.nested(), depth + 1);
            case STRUCT_ATTRS_ARRAY: {
                if (depth + 1 >= MAX_DEPTH) return false;
                StructDecoder d = spec.struct();
                int lOff = spec.lengthOffset(), lSize = spec.lengthSize();
                for (int at = from; at < to; ) {
                    int left = to - at;
                    if (left < d.size()) return false;
                    long len = Bytes.uint(frame, at + lOff, lSize, le);
                    if (len < d.size() || len > left) return false;
                    if (!structThenAttrsClean(frame, at, at + (int) len, le, d, spec.nested(), depth + 2)) return false;
                    at += (int) ((len + 3) & ~3);
                }
                return true;
            }
            default:
                if (c.nested()) return clean(frame, from, to, le, null, depth + 1, keys) >= 0;   // a nest of unknown attributes
                if (!scalarFits(spec.kindText, n)) return false;
                int k = keys == null ? -1 : spec.keyIndex();
                if (k >= 0 && keys.wants(k))
                    keys.put(k, scalar(frame, from, to, !(c.netByteOrder() || spec.bigEndian) && le, spec.kindText, spec.valueEnum, spec.flags));
                return true;
        }
    }

    private static boolean nestArrayClean(ByteBuffer frame, int from, int to, boolean le, AttributeSet.Attr spec, int depth, int levels) {
        if (depth + 1 >= MAX_DEPTH) return false;
        AttributeSet inner = spec.entryType == null ? spec.nested() : null;
        AttrCursor a = new AttrCursor(frame, from, to, le);
        while (a.next()) {
            boolean ok = levels > 1 ? nestArrayClean(frame, a.valueStart(), a.valueEnd(), le, spec, depth + 1, levels - 1)
                    : spec.entryType != null ? scalarFits(spec.entryType, a.valueLength())
                    : clean(frame, a.valueStart(), a.valueEnd(), le, inner, depth + 2, null) >= 0;
            if (!ok) return false;
        }
        return a.ended();
    }

    private static boolean structThenAttrsClean(ByteBuffer frame, int from, int to, boolean le, StructDecoder d, AttributeSet set, int depth) {
        if (depth >= MAX_DEPTH) return false;
        if (to - from < d.size()) return false;
        int attrs = Math.min(to, from + ((d.size() + 3) & ~3));
        return attrs >= to || clean(frame, attrs, to, le, set, depth + 1, null) >= 0;
    }

    /** True when a value of {@code n} bytes reads as the -nl-type {@code kind} (what {@link #scalar} accepts). */
    private static boolean scalarFits(String kind, int n) {
        return switch (kind) {
            case "uint", "sint" -> n == 4 || n == 8;
            case "ipaddr" -> n == 0 || n == 4 || n == 16;
            default -> { int w = scalarWidth(kind); yield w < 0 || n == w; }
        };
    }

    /** The text of the submsg's selector in the run [start, end), or of its -nl-selector-fallback when the selector is absent. */
    private static String selectorText(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, AttributeSet.Attr submsg) {
        String t = selectorText(frame, start, end, le, set, submsg.selector);
        return t == null && submsg.selectorFallback != null ? selectorText(frame, start, end, le, set, submsg.selectorFallback) : t;
    }

    /**
     * The text of the attribute named {@code selector} among those of [start, end) (the first one, before or after the
     * submsg): a string's text, or for a number the name its -nl-enum gives it (the kernel's constant, upper case:
     * RTA_ENCAP_TYPE 1 is LWTUNNEL_ENCAP_MPLS); null when there is none, or a number the enum does not name.
     */
    private static String selectorText(ByteBuffer frame, int start, int end, boolean le, AttributeSet set, String selector) {
        for (AttrCursor c = new AttrCursor(frame, start, end, le); c.next(); ) {
            AttributeSet.Attr a = set.attr(c.type());
            if (a == null || !a.name.equals(selector)) continue;
            if (a.kind == AttributeSet.Kind.STRING) {
                int e = c.valueEnd();
                while (e > c.valueStart() && frame.get(e - 1) == 0) e--;
                return CapturedText.decode(frame, c.valueStart(), e);
            }
            if (a.valueEnum != null && scalarFits(a.kindText, c.valueLength())
                    && scalar(frame, c.valueStart(), c.valueEnd(), !(c.netByteOrder() || a.bigEndian) && le, a.kindText, a.valueEnum) instanceof Value.Named nm)
                return nm.name();
            return null;
        }
        return null;
    }

    /** How many attributes [start, end) holds at its top level, counting up to the first one that does not fit. */
    static int countTopLevel(ByteBuffer frame, int start, int end, boolean le) {
        int n = 0;
        for (AttrCursor c = new AttrCursor(frame, start, end, le); c.next(); ) n++;
        return n;
    }

    /**
     * True when [start, end) is nothing but well-formed attributes. Unknown payloads are shown
     * as attributes only when that is plausible.
     */
    static boolean isCleanRun(ByteBuffer frame, int start, int end, boolean le) {
        if (end - start < 4) return false;
        AttrCursor c = new AttrCursor(frame, start, end, le);
        while (c.next()) {
            if (c.type() == 0 && c.length() == 4) return false; // zero fill, not attributes
            if (c.paddingCut()) return false;
        }
        return c.ended();
    }

    /**
     * The attribute at {@code a}; {@code target}: what it holds when it is a submsg (null: bytes); {@code enc}: the run
     * it stands in, when it is a nest whose attributes read as one of that run's.
     */
    private static Field decode(ByteBuffer frame, AttrCursor a, Origin o, AttributeSet.Attr spec, int depth, AttributeSet.Target target,
                                AttributeSet inner, Enclosing enc) {
        int at = a.at(), len = a.length();
        int vStart = a.valueStart(), vEnd = a.valueEnd();
        if (a.cutShort() && !holdsAttributes(spec, a))   // only a nest's captured part still holds whole attributes
            return new Field(spec == null ? unnamed(a.type()) : spec.name, new Value.Cut(a.claimed(), frame, at, len), at, len);
        if (spec == null) {
            String name = unnamed(a.type());
            if (!a.nested()) return new Field(name, new Value.Raw(frame, vStart, len - 4), at, len);
            return new Field(name, nest(frame, vStart, vEnd, o, null, depth), at, len);
        }
        Value v = switch (spec.kind) {
            case NEST -> nest(frame, vStart, vEnd, o, inner, depth, enc);
            case SUBMSG -> submsg(frame, vStart, vEnd, o, target, depth);
            case NEST_ARRAY -> nestArray(frame, vStart, vEnd, o, spec, depth);
            case STRUCT -> spec.layouts() != null ? byKernel(frame, vStart, vEnd, o, spec)
                    : struct(frame, vStart, vEnd, o, spec.struct(), spec);
            case STRUCT_ARRAY -> structArray(frame, vStart, vEnd, o.le(), spec.struct());
            case STRUCT_ATTRS -> structAttrs(frame, vStart, vEnd, o, spec.struct(), spec.nested(), depth);
            case STRUCT_ATTRS_ARRAY -> structAttrsArray(frame, vStart, vEnd, o, spec, depth);
            default -> a.nested() ? nest(frame, vStart, vEnd, o, null, depth)
                    : scalar(frame, vStart, vEnd, !(a.netByteOrder() || spec.bigEndian) && o.le(), spec.kindText, spec.valueEnum, spec.flags);
        };
        return new Field(spec.name, v, at, len);
    }

    /** Whether the attribute's value is (or may be, for a submsg, or ends in) attributes: its captured part is decoded as far as it goes. */
    private static boolean holdsAttributes(AttributeSet.Attr spec, AttrCursor a) {
        if (spec == null) return a.nested();
        return switch (spec.kind) {
            case NEST, NEST_ARRAY, SUBMSG, STRUCT_ATTRS, STRUCT_ATTRS_ARRAY -> true;
            case STRUCT, STRUCT_ARRAY -> false;
            default -> a.nested();
        };
    }

    private static Value nest(ByteBuffer frame, int from, int to, Origin o, AttributeSet set, int depth) {
        return nest(frame, from, to, o, set, depth, null);
    }

    private static Value nest(ByteBuffer frame, int from, int to, Origin o, AttributeSet set, int depth, Enclosing enc) {
        if (depth >= MAX_DEPTH) return new Value.Malformed("attributes nested deeper than " + MAX_DEPTH + " levels", frame, from, to - from);
        return new Value.Nested(walk(frame, from, to, o, set, depth + 1, enc));
    }

    /**
     * A nest whose entries are numbered (their type is an index), each a nest of {@code set}, or a scalar
     * (-nl-entry-type); with -nl-array-depth N the entries are numbered N times before that (CTRL_ATTR_POLICY:
     * [policy index] [attribute type] NL_POLICY_TYPE_ATTR_*).
     */
    private static Value nestArray(ByteBuffer frame, int from, int to, Origin o, AttributeSet.Attr spec, int depth) {
        return nestArray(frame, from, to, o, spec, depth, spec.arrayDepth);
    }

    private static Value nestArray(ByteBuffer frame, int from, int to, Origin o, AttributeSet.Attr spec, int depth, int levels) {
        AttributeSet set = spec.entryType == null ? spec.nested() : null;
        if (depth >= MAX_DEPTH) return new Value.Malformed("attributes nested deeper than " + MAX_DEPTH + " levels", frame, from, to - from);
        FieldList.Builder out = new FieldList.Builder();
        AttrCursor a = new AttrCursor(frame, from, to, o.le(), o.cut());
        while (a.next()) {
            if (a.cutShort() && levels <= 1 && spec.entryType != null) {
                out.add(new Field(index(a.type()), new Value.Cut(a.claimed(), frame, a.at(), a.length()), a.at(), a.length()));
                continue;
            }
            Value v = levels > 1 ? nestArray(frame, a.valueStart(), a.valueEnd(), o, spec, depth + 1, levels - 1)
                    : spec.entryType != null
                    ? scalar(frame, a.valueStart(), a.valueEnd(), !a.netByteOrder() && o.le(), spec.entryType, spec.valueEnum, spec.flags)
                    : nest(frame, a.valueStart(), a.valueEnd(), o, set, depth + 1);
            out.add(new Field(index(a.type()), v, a.at(), a.length()));
        }
        if (!a.ended()) out.add(malformed(frame, a.at(), to, a.problem()));
        return new Value.Nested(out.build());
    }

    /** A submsg: the set or struct (maybe then attributes) its selector's text names; bytes when the text names none. */
    private static Value submsg(ByteBuffer frame, int from, int to, Origin o, AttributeSet.Target t, int depth) {
        if (t == null) return new Value.Raw(frame, from, to - from);
        if (t.struct() != null && t.set() != null) return structAttrs(frame, from, to, o, t.struct(), t.set(), depth);
        if (t.struct() != null) return struct(frame, from, to, o, t.struct());
        return nest(frame, from, to, o, t.set(), depth);
    }

    /**
     * A struct, then (from NLA_ALIGN of its size) attributes of {@code set}: VETH_INFO_PEER holds
     * the peer's ifinfomsg and IFLA_* attributes. The struct is a node named by its type, the
     * attributes follow it in the same list.
     */
    private static Value structAttrs(ByteBuffer frame, int from, int to, Origin o, StructDecoder d, AttributeSet set, int depth) {
        if (depth >= MAX_DEPTH) return new Value.Malformed("attributes nested deeper than " + MAX_DEPTH + " levels", frame, from, to - from);
        FieldList.Builder out = new FieldList.Builder();
        structThenAttrs(frame, from, to, o, d, set, depth, out);
        return new Value.Nested(out.build());
    }

    private static void structThenAttrs(ByteBuffer frame, int from, int to, Origin o, StructDecoder d, AttributeSet set, int depth,
                                        FieldList.Builder out) {
        int n = to - from;
        if (n < d.size()) {
            out.add(new Field(d.name(), new Value.Malformed(d.name() + " needs " + d.size() + " bytes, has " + n, frame, from, n), from, n));
            return;
        }
        int attrs = Math.min(to, from + ((d.size() + 3) & ~3));
        out.add(new Field(d.name(), new Value.Nested(d.decode(frame, from, o.le())), from, attrs - from));
        if (attrs < to) walk(frame, attrs, to, o, set, depth + 1, out, null);
    }

    /**
     * A run of entries, each a struct whose length field (-nl-length-field) counts the struct and
     * the attributes after it, the next entry at the length aligned to 4 (RTA_MULTIPATH: struct
     * rtnexthop and its RTA_* attributes). Entries are numbered [0], [1] ...
     */
    private static Value structAttrsArray(ByteBuffer frame, int from, int to, Origin o, AttributeSet.Attr spec, int depth) {
        if (depth >= MAX_DEPTH) return new Value.Malformed("attributes nested deeper than " + MAX_DEPTH + " levels", frame, from, to - from);
        StructDecoder d = spec.struct();
        AttributeSet set = spec.nested();
        int lOff = spec.lengthOffset(), lSize = spec.lengthSize();
        FieldList.Builder out = new FieldList.Builder();
        int i = 0;
        for (int at = from; at < to; i++) {
            int left = to - at;
            if (left < d.size()) {
                out.add(malformed(frame, at, to, d.name() + " needs " + d.size() + " bytes, " + left + " left"));
                break;
            }
            long len = Bytes.uint(frame, at + lOff, lSize, o.le());
            if (len < d.size() || len > left) {
                out.add(malformed(frame, at, to, d.name() + " length " + len + (len < d.size() ? " is smaller than the struct ("
                        + d.size() + " bytes)" : " runs past the end of its parent (" + left + " bytes left)")));
                break;
            }
            FieldList.Builder entry = new FieldList.Builder();
            structThenAttrs(frame, at, at + (int) len, o, d, set, depth + 1, entry);
            out.add(new Field(index(i), new Value.Nested(entry.build()), at, (int) len));
            at += (int) ((len + 3) & ~3);
        }
        return new Value.Nested(out.build());
    }

    /**
     * A run of fixed-size structs back to back, numbered [0], [1] ... (NHA_GROUP: struct nexthop_grp; MPLS_IPTUNNEL_DST:
     * struct mpls_label); bytes left over that do not make a whole struct are a malformed node.
     */
    private static Value structArray(ByteBuffer frame, int from, int to, boolean le, StructDecoder d) {
        FieldList.Builder out = new FieldList.Builder();
        int size = d.size(), i = 0, at = from;
        for (; to - at >= size; at += size, i++) out.add(new Field(index(i), new Value.Nested(d.decode(frame, at, le)), at, size));
        if (at < to) out.add(malformed(frame, at, to, d.name() + " needs " + size + " bytes, " + (to - at) + " left"));
        return new Value.Nested(out.build());
    }

    /**
     * A value the kernel renumbered between releases: read by the layout its length and the sending kernel select,
     * or, where they select several (the kernel unknown, or between releases known to differ), once by each, as
     * fields named {@code [as 6.12 numbers it]} ...
     */
    private static Value byKernel(ByteBuffer frame, int from, int to, Origin o, AttributeSet.Attr spec) {
        List<KernelLayouts.Layout> ls = spec.layouts().choose(to - from, o.kernel());
        if (ls.size() == 1) return struct(frame, from, to, o, ls.get(0).decoder(), spec);
        FieldList.Builder out = new FieldList.Builder();
        for (KernelLayouts.Layout l : ls) out.add(new Field(l.label(), struct(frame, from, to, o, l.decoder(), spec), from, to - from));
        return new Value.Nested(out.build());
    }

    private static Value struct(ByteBuffer frame, int from, int to, Origin o, StructDecoder d) {
        return struct(frame, from, to, o, d, null);
    }

    /**
     * A struct value; bytes after the struct go to a field named by the attribute's -nl-tail ({@code tail}: the
     * attribute, null for none), or extra_bytes when it names none, read as its -nl-tail-type or -nl-tail-struct says.
     */
    private static Value struct(ByteBuffer frame, int from, int to, Origin o, StructDecoder d, AttributeSet.Attr tail) {
        String tailName = tail == null ? null : tail.tailName, tailType = tail == null ? null : tail.tailType;
        StructDecoder entries = tail == null ? null : tail.tailStruct();
        if (to - from < d.size()) {
            // an older kernel's shorter value of a struct that grows: its first members, and any part of one after them
            if (d.grows() && d.membersWithin(to - from) > 0) {
                List<Field> members = d.decodePrefix(frame, from, to - from, o.le());
                Field last = members.get(members.size() - 1);
                int end = last.offset() + last.length();
                if (end < to) members = new StructFields.WithTail(members, new Field("extra_bytes", new Value.Raw(frame, end, to - end), end, to - end));
                return new Value.Nested(members);
            }
            return new Value.Malformed(d.name() + " needs " + d.size() + " bytes, has " + (to - from), frame, from, to - from);
        }
        List<Field> members = d.decode(frame, from, o.le());
        if (to - from > d.size()) {
            // a newer kernel's longer struct (tcp_info, devconf ...): keep the bytes this spec does not describe
            int at = from + d.size();
            Value rest = entries != null ? structArray(frame, at, to, o.le(), entries)
                    : tailType == null ? null : tailType.equals("ipv6-list") ? ipv6List(frame, at, to) : scalar(frame, at, to, o.le(), tailType, null);
            if (rest == null || (entries == null && rest instanceof Value.Malformed)) rest = new Value.Raw(frame, at, to - at);   // a length the type does not fit: the bytes
            members = new StructFields.WithTail(members, new Field(tailName != null ? tailName : "extra_bytes", rest, at, to - at));
        }
        return new Value.Nested(members);
    }

    /**
     * IPv6 addresses back to back, numbered [0], [1] ... (the segments after an SRH's ipv6_sr_hdr); null when the
     * length is no multiple of 16 (the caller keeps the bytes).
     */
    private static Value ipv6List(ByteBuffer frame, int from, int to) {
        if ((to - from) % 16 != 0) return null;
        FieldList.Builder out = new FieldList.Builder();
        addScalars(out, frame, from, to, false, "ipv6", null, null, Long.MAX_VALUE);
        return new Value.Nested(out.build());
    }

    /** The size of a fixed-width -nl-type (u8 ... s64, ipv4, ipv6), -1 for the others (their length varies). */
    static int scalarWidth(String kind) {
        return switch (kind) {
            case "u8", "s8" -> 1;
            case "u16", "s16" -> 2;
            case "u32", "s32", "ipv4" -> 4;
            case "u64", "s64" -> 8;
            case "ipv6" -> 16;
            default -> -1;
        };
    }

    /**
     * Adds values of a fixed-width -nl-type back to back from {@code from}, numbered [0], [1] ..., at most {@code max}
     * of them and as many as [from, to) holds whole; returns where the next would start.
     */
    static int addScalars(FieldList.Builder out, ByteBuffer frame, int from, int to, boolean le, String kind,
                          SpecTables.EnumTable valueEnum, SpecTables.EnumTable flags, long max) {
        int width = scalarWidth(kind), at = from;
        if (width <= 0) return from;   // a type of no fixed width makes no array: the caller keeps the bytes
        for (int i = 0; i < max && to - at >= width; i++, at += width)
            out.add(new Field(index(i), scalar(frame, at, at + width, le, kind, valueEnum, flags), at, width));
        return at;
    }

    /** Reads a value of a -nl-type; a size that does not fit the type gives a malformed value. */
    static Value scalar(ByteBuffer frame, int from, int to, boolean le, String kind, SpecTables.EnumTable valueEnum) {
        return scalar(frame, from, to, le, kind, valueEnum, null);
    }

    static Value scalar(ByteBuffer frame, int from, int to, boolean le, String kind, SpecTables.EnumTable valueEnum,
                        SpecTables.EnumTable flags) {
        int n = to - from;
        long x;
        boolean signed = kind.startsWith("s") && !kind.equals("string");
        switch (kind) {
            case "u8", "s8" -> { if (n != 1) return wrongSize(frame, from, to, kind, 1); x = signed ? (byte) Bytes.u8(frame, from) : Bytes.u8(frame, from); }
            case "u16", "s16" -> { if (n != 2) return wrongSize(frame, from, to, kind, 2); x = signed ? (short) Bytes.u16(frame, from, le) : Bytes.u16(frame, from, le); }
            case "u32", "s32" -> { if (n != 4) return wrongSize(frame, from, to, kind, 4); x = signed ? (int) Bytes.u32(frame, from, le) : Bytes.u32(frame, from, le); }
            case "u64", "s64" -> { if (n != 8) return wrongSize(frame, from, to, kind, 8); x = Bytes.u64(frame, from, le); }
            case "uint", "sint" -> {   // YNL's uint/sint: 32 or 64 bits, by length
                signed = kind.equals("sint");
                if (n == 4) x = signed ? (int) Bytes.u32(frame, from, le) : Bytes.u32(frame, from, le);
                else if (n == 8) x = Bytes.u64(frame, from, le);
                else return new Value.Malformed(kind + " value needs 4 or 8 bytes, has " + n, frame, from, n);
            }
            case "string" -> {
                int e = to;
                while (e > from && frame.get(e - 1) == 0) e--;
                return new Value.Text(CapturedText.decode(frame, from, e));
            }
            case "flag" -> { return new Value.Named(1, "true"); }
            case "ipv4" -> { return n == 4 ? new Value.Address(Value.Address.Kind.IPV4, Bytes.copy(frame, from, to)) : wrongSize(frame, from, to, kind, 4); }
            case "ipv6" -> { return n == 16 ? new Value.Address(Value.Address.Kind.IPV6, Bytes.copy(frame, from, to)) : wrongSize(frame, from, to, kind, 16); }
            case "ipaddr" -> {
                // no bytes: no address (iproute2's "ip rule add from all" sends an empty FRA_SRC; src_len 0 says the same)
                if (n == 0) return new Value.Raw(frame, from, 0);
                if (n == 4) return new Value.Address(Value.Address.Kind.IPV4, Bytes.copy(frame, from, to));
                if (n == 16) return new Value.Address(Value.Address.Kind.IPV6, Bytes.copy(frame, from, to));
                return new Value.Malformed("an IP address has 4 or 16 bytes, not " + n, frame, from, n);
            }
            case "lladdr" -> { return new Value.Address(Value.Address.Kind.LINK, Bytes.copy(frame, from, to)); }
            default -> { return new Value.Raw(frame, from, to - from); }
        }
        if (flags != null) return NlFlags.bits(x, flags);
        if (valueEnum != null) {
            String nm = valueEnum.nameOrNull(x);
            if (nm != null) return new Value.Named(x, nm);
        }
        return signed ? Value.Num.signed(x) : Value.Num.of(x);
    }

    private static Value wrongSize(ByteBuffer frame, int from, int to, String kind, int want) {
        return new Value.Malformed(kind + " value needs " + want + " bytes, has " + (to - from), frame, from, to - from);
    }

    static Field malformed(ByteBuffer frame, int at, int end, String reason) {
        return new Field("malformed", new Value.Malformed(reason, frame, at, end - at), at, end - at);
    }

    private static final String[] UNNAMED = new String[0x4000];
    private static final String[] INDEXES = new String[0x4000];

    /** "[N]", the name of entry N of a nest-array; made once per number. */
    static String index(int n) {
        String s = INDEXES[n];
        if (s == null) INDEXES[n] = s = "[" + n + "]";
        return s;
    }

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

}
