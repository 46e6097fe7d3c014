package io.nlscope.ksy.tree;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A .ksy spec as data, in the compact form the build makes of it ({@link SpecCompiler}): maps,
 * lists and scalars (as their text), without the specs' {@code doc} prose. Reading it at start-up
 * takes a fraction of what parsing the YAML took, and loads no YAML or JSON library.
 * Immutable. A path that leads nowhere gives {@link #MISSING}, never null.
 */
public final class SpecTree implements Iterable<SpecTree> {
    private static final byte MAP = 1, LIST = 2, TEXT = 3;
    /** Resource folder of the compiled specs, one {@code <spec>.tree} each. */
    public static final String RESOURCES = "/io/nlscope/ksy/tree/";

    public static final SpecTree MISSING = new SpecTree(0, null, null, null);

    private final int kind;
    private final Map<String, SpecTree> fields;
    private final List<SpecTree> items;
    private final String text;

    private SpecTree(int kind, Map<String, SpecTree> fields, List<SpecTree> items, String text) {
        this.kind = kind;
        this.fields = fields;
        this.items = items;
        this.text = text;
    }

    public static SpecTree map(Map<String, SpecTree> fields) {
        return new SpecTree(MAP, Collections.unmodifiableMap(new LinkedHashMap<>(fields)), null, null);
    }

    public static SpecTree list(List<SpecTree> items) { return new SpecTree(LIST, null, List.copyOf(items), null); }

    public static SpecTree text(String text) { return new SpecTree(TEXT, null, null, text); }

    /** The compiled spec {@code name} (e.g. {@code rtnetlink_link}) from the class path. */
    public static SpecTree load(String name) {
        try (InputStream in = SpecTree.class.getResourceAsStream(RESOURCES + name + ".tree")) {
            if (in == null) throw new IllegalArgumentException("no spec " + name + " on the class path (" + RESOURCES + name + ".tree)");
            return read(new DataInputStream(new java.io.BufferedInputStream(in, 1 << 15)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled spec " + name, e);
        }
    }

    public boolean isObject() { return kind == MAP; }
    public boolean isArray() { return kind == LIST; }
    public boolean isMissing() { return kind == 0; }

    /** The value under {@code key} of a map, else {@link #MISSING}. */
    public SpecTree path(String key) {
        if (kind != MAP) return MISSING;
        SpecTree t = fields.get(key);
        return t == null ? MISSING : t;
    }

    public boolean has(String key) { return kind == MAP && fields.containsKey(key); }

    /** A map's entries in the spec's order (empty for anything else). */
    public Map<String, SpecTree> fields() { return kind == MAP ? fields : Map.of(); }

    /** A list's items (nothing for anything else). */
    @Override public Iterator<SpecTree> iterator() { return kind == LIST ? items.iterator() : Collections.emptyIterator(); }

    /** A scalar's text as the spec gives it (numbers in decimal); "" for anything else. */
    public String asText() { return kind == TEXT ? text : ""; }

    /** A scalar's text, or {@code otherwise} when this is no scalar. */
    public String asText(String otherwise) { return kind == TEXT ? text : otherwise; }

    /** True for a scalar that is a whole number fitting an int. */
    public boolean canConvertToInt() {
        if (kind != TEXT) return false;
        try { Integer.parseInt(text); return true; } catch (NumberFormatException e) { return false; }
    }

    public int asInt() { return canConvertToInt() ? Integer.parseInt(text) : 0; }

    // ---- the compact form ----

    public void write(DataOutputStream out) throws IOException {
        out.writeByte(kind);
        switch (kind) {
            case MAP -> {
                out.writeInt(fields.size());
                for (Map.Entry<String, SpecTree> e : fields.entrySet()) {
                    out.writeUTF(e.getKey());
                    e.getValue().write(out);
                }
            }
            case LIST -> {
                out.writeInt(items.size());
                for (SpecTree t : items) t.write(out);
            }
            case TEXT -> out.writeUTF(text);
            default -> throw new IllegalStateException("a missing node is not written");
        }
    }

    public static SpecTree read(DataInputStream in) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case MAP -> {
                int n = in.readInt();
                Map<String, SpecTree> m = new LinkedHashMap<>(n * 2);
                for (int i = 0; i < n; i++) m.put(in.readUTF(), read(in));
                return new SpecTree(MAP, Collections.unmodifiableMap(m), null, null);
            }
            case LIST -> {
                int n = in.readInt();
                List<SpecTree> l = new ArrayList<>(n);
                for (int i = 0; i < n; i++) l.add(read(in));
                return new SpecTree(LIST, null, Collections.unmodifiableList(l), null);
            }
            case TEXT -> { return new SpecTree(TEXT, null, null, in.readUTF()); }
            default -> throw new IOException("not a compiled spec: node kind " + kind);
        }
    }

    @Override public String toString() {
        return switch (kind) {
            case MAP -> fields.toString();
            case LIST -> items.toString();
            case TEXT -> text;
            default -> "MISSING";
        };
    }
}
