package io.nlscope.dissect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a message is about, in a few words: its key fields ({@code dummy0 type dummy},
 * {@code 198.51.100.0/24 via 192.0.2.254 oif 3}), as {@code nlscope read} lines and
 * {@code nlscope pairs} summaries show them. Which fields, in which order and how shown is data:
 * {@code keys.tsv} next to this class. A field counts where it first appears, depth first, in the
 * fixed header, then the attributes and their nests in order.
 *
 * <p>Read straight from the bytes by the dissectors that know their messages' layout
 * ({@link #scan}, no tree needed), or from a decoded tree for the others ({@link #of(List)}).
 */
public final class Keys {
    private Keys() {}

    /**
     * A key: the field it shows and its template cut into parts once: literal text, the field's own
     * value ({@code {}}), the own value as an interface ({@code {dev}}: the name the capture gave the
     * index, else the number) or another field's ({@code {name}}, "?" when absent).
     */
    private record Key(int field, String[] parts, int[] refs) {
        static Key of(int field, String template) {
            List<String> parts = new ArrayList<>();
            List<Integer> refs = new ArrayList<>();
            for (int i = 0; i < template.length(); ) {
                int open = template.indexOf('{', i);
                if (open < 0) open = template.length();
                if (open > i) { parts.add(template.substring(i, open)); refs.add(LITERAL); }
                if (open == template.length()) break;
                int close = template.indexOf('}', open);
                if (close < 0) throw new IllegalStateException("keys.tsv: '" + template + "' has a '{' without '}'");
                String name = template.substring(open + 1, close);
                parts.add(name);
                refs.add(name.isEmpty() ? OWN : name.equals("dev") ? DEV : WANTED.get(name));
                i = close + 1;
            }
            return new Key(field, parts.toArray(String[]::new), refs.stream().mapToInt(Integer::intValue).toArray());
        }
    }
    private static final int LITERAL = -1, OWN = -2, DEV = -3;

    /** Every field name a key or a template names, numbered: what a scan collects. */
    private static final Map<String, Integer> WANTED = new HashMap<>();
    private static final List<Key> KEYS = load();
    private static final int[] NONE = {};

    /** The index of a field name among those wanted, or -1. */
    static int wanted(String name) {
        Integer i = WANTED.get(name);
        return i == null ? -1 : i;
    }

    /** The key text of a decoded tree ("" when it has none of the fields); interface indexes stay numbers. */
    public static String of(List<Field> fields) {
        return of(fields, null);
    }

    /** The key text of a decoded tree, interface indexes named by {@code interfaces} where it knows them (null: none). */
    public static String of(List<Field> fields, InterfaceNames interfaces) {
        Value[] found = new Value[WANTED.size()];
        collect(fields, found);
        return text(found, interfaces);
    }

    /**
     * The key text of a payload read from the bytes: the fixed header {@code fixed} at
     * {@code start} (null when none), then the attributes [attrs, end) of {@code set}.
     */
    static String scan(PayloadContext ctx, StructDecoder fixed, int attrs, AttributeSet set) {
        ByteBuffer frame = ctx.frame();
        int start = ctx.start(), end = ctx.end();
        boolean le = ctx.littleEndian();
        Found walked = ctx.keysWalked(attrs, set);   // the summary's walk collected the attributes' keys already
        Value[] found = null;
        int[] members = fixed == null || end - start < fixed.size() ? NONE : fixed.keyMembers();
        if (members.length > 0) {   // only the members wanted, read from the struct parsed once
            found = new Value[WANTED.size()];
            List<Field> fs = fixed.decode(frame, start, le);
            for (int m : members) {
                Field f = fs.get(m);
                found[wanted(f.name())] = f.value();
            }
        }
        if (walked != null) {
            if (walked.found != null) {   // the fixed header's fields come first
                if (found == null) found = walked.found;
                else for (int i = 0; i < found.length; i++) if (found[i] == null) found[i] = walked.found[i];
            }
        } else if (attrs < end) {
            found = scanAttrs(frame, attrs, end, le, set, 0, found);
        }
        return found == null ? "" : text(found, ctx.interfaces());
    }

    /** The key fields one walk has found so far: the first value of each, by {@link #wanted} index. */
    static final class Found {
        private Value[] found;

        boolean wants(int i) { return found == null || found[i] == null; }

        void put(int i, Value v) {
            if (found == null) found = new Value[WANTED.size()];
            found[i] = v;
        }
    }

    private static Value[] scanAttrs(ByteBuffer frame, int from, int end, boolean le, AttributeSet set, int depth, Value[] found) {
        if (depth >= AttributeWalker.MAX_DEPTH) return found;
        for (AttrCursor c = new AttrCursor(frame, from, end, le); c.next(); ) {
            AttributeSet.Attr spec = set == null ? null : set.attr(c.type());
            if (spec == null) {
                if (c.nested()) found = scanAttrs(frame, c.valueStart(), c.valueEnd(), le, null, depth + 1, found);
            } else if (spec.kind == AttributeSet.Kind.NEST) {
                found = scanAttrs(frame, c.valueStart(), c.valueEnd(), le, spec.nested(), depth + 1, found);
            } else if (isScalar(spec.kind) && c.nested()) {   // as the walker does: a nest of unknown attributes
                found = scanAttrs(frame, c.valueStart(), c.valueEnd(), le, null, depth + 1, found);
            } else if (isScalar(spec.kind)) {
                int i = spec.keyIndex();
                if (i >= 0 && (found == null || found[i] == null)) {
                    if (found == null) found = new Value[WANTED.size()];
                    found[i] = AttributeWalker.scalar(frame, c.valueStart(), c.valueEnd(), !(c.netByteOrder() || spec.bigEndian) && le,
                            spec.kindText, spec.valueEnum, spec.flags);
                }
            }
        }
        return found;
    }

    private static boolean isScalar(AttributeSet.Kind k) {
        return switch (k) {
            case NEST, NEST_ARRAY, SUBMSG, STRUCT, STRUCT_ATTRS, STRUCT_ATTRS_ARRAY, STRUCT_ARRAY -> false;
            default -> true;
        };
    }

    /** First field of each wanted name, depth first; an echoed request inside an error is not the message's own. */
    private static void collect(List<Field> fields, Value[] found) {
        for (Field f : fields) {
            if (f.name().equals("nlmsghdr") || f.name().equals("request")) continue;
            int i = wanted(f.name());
            if (i >= 0 && found[i] == null) found[i] = f.value();
            if (f.value() instanceof Value.Nested n) collect(n.fields(), found);
        }
    }

    private static String text(Value[] found, InterfaceNames interfaces) {
        StringBuilder b = null;
        for (Key k : KEYS) {
            Value fv = found[k.field];
            if (fv == null) continue;
            String v = text(fv);
            if (v == null || v.isEmpty() || v.equals("0")) continue;
            if (b == null) b = new StringBuilder(32); else b.append(' ');
            for (int i = 0; i < k.parts.length; i++) {
                int ref = k.refs[i];
                if (ref == LITERAL) {
                    b.append(k.parts[i]);
                } else if (ref == OWN) {
                    b.append(v);
                } else if (ref == DEV) {
                    String dev = interfaces != null && fv instanceof Value.Num n ? interfaces.name(n.value()).orElse(null) : null;
                    b.append(dev != null ? dev : v);
                } else {
                    Value other = found[ref];
                    String ov = other == null ? null : text(other);
                    b.append(ov == null ? "?" : ov);
                }
            }
        }
        return b == null ? "" : b.toString();
    }

    private static String text(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Named n) return n.name();
        if (v instanceof Value.Num n) return n.display();
        if (v instanceof Value.Address a) return a.display();
        if (v instanceof Value.Flags f) return f.raw() == 0 ? null : String.join("|", f.names());
        return null;   // a nest, bytes or a malformed value says nothing here
    }

    private static List<Key> load() {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = Keys.class.getResourceAsStream("keys.tsv")) {
            if (in == null) throw new IllegalStateException("keys.tsv missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", 2);
                rows.add(new String[] {p[0], p.length > 1 ? p[1] : "{}"});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Key> keys = new ArrayList<>();
        for (String[] row : rows) {
            WANTED.putIfAbsent(row[0], WANTED.size());
            for (int i = row[1].indexOf('{'); i >= 0; i = row[1].indexOf('{', i + 1)) {
                String name = row[1].substring(i + 1, row[1].indexOf('}', i));
                if (!name.isEmpty() && !name.equals("dev")) WANTED.putIfAbsent(name, WANTED.size());
            }
            keys.add(Key.of(WANTED.get(row[0]), row[1]));
        }
        return List.copyOf(keys);
    }
}
