package io.nlscope.dissect;

import io.nlscope.ksy.tree.SpecTree;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The naming and typing tables of the .ksy specs (module nlscope-ksy ships them compiled into
 * {@link SpecTree}s at build time), read once per spec, when first needed. The specs are the single statement of every number's name: Kaitai compiles their
 * structs into parsers, and this class reads their enums, including the {@code -nl-*}
 * extension keys that Kaitai ignores (attribute value types, message kinds, fixed headers).
 */
public final class SpecTables {

    /** One enum value: its number, its kernel name (upper case), and its -nl-* keys. */
    public record Entry(long value, String name, Map<String, String> ext) {
        public Entry { ext = Map.copyOf(ext); }
        public Optional<String> ext(String key) { return Optional.ofNullable(ext.get(key)); }
    }

    /** An enum of a spec, e.g. {@code netlink_message.nlmsgerr_attr}. */
    public record EnumTable(String qualifiedName, Map<Long, Entry> entries, String[] dense,
                            java.util.concurrent.atomic.AtomicReference<String[]> bits,
                            Value.Flags[] flagValues) {
        private static final int DENSE = 4096;

        public EnumTable(String qualifiedName, Map<Long, Entry> entries) {
            this(qualifiedName, Collections.unmodifiableMap(new LinkedHashMap<>(entries)), denseNames(entries),
                    new java.util.concurrent.atomic.AtomicReference<>(), new Value.Flags[256]);
        }

        public Optional<Entry> get(long value) { return Optional.ofNullable(entries.get(value)); }

        /** The kernel name of a value, or null when the table has none. Hot path: no boxing for small values. */
        public String nameOrNull(long value) {
            if (value >= 0 && value < dense.length) return dense[(int) value];
            Entry e = entries.get(value);
            return e == null ? null : e.name;
        }

        /** Names of single-bit values, by bit number (for flag words); built on first use. */
        String[] bitNames() {
            String[] b = bits.get();
            if (b == null) {
                b = new String[64];
                for (int i = 0; i < 64; i++) { Entry e = entries.get(1L << i); if (e != null) b[i] = e.name; }
                bits.set(b);
            }
            return b;
        }

        private static String[] denseNames(Map<Long, Entry> entries) {
            long max = -1;
            for (long v : entries.keySet()) if (v >= 0 && v < DENSE) max = Math.max(max, v);
            String[] d = new String[(int) max + 1];
            for (Entry e : entries.values()) if (e.value >= 0 && e.value < d.length) d[(int) e.value] = e.name;
            return d;
        }
    }

    private static final Map<String, EnumTable> CACHE = new ConcurrentHashMap<>();
    private static final Map<String, SpecTree> SPECS = new ConcurrentHashMap<>();

    private SpecTables() {}

    /** The enum {@code spec.enum}, e.g. {@code "netlink_message.nlm_f_common"}. */
    public static EnumTable enumTable(String qualifiedName) {
        return CACHE.computeIfAbsent(qualifiedName, SpecTables::load);
    }

    /** A spec as data, e.g. {@code spec("rtnetlink_link")}. */
    public static SpecTree spec(String spec) {
        return SPECS.computeIfAbsent(spec, SpecTree::load);
    }

    private static EnumTable load(String qualifiedName) {
        int dot = qualifiedName.indexOf('.');
        if (dot < 0) throw new IllegalArgumentException("enum name must be spec.enum: " + qualifiedName);
        String spec = qualifiedName.substring(0, dot), name = qualifiedName.substring(dot + 1);
        SpecTree root = spec(spec);
        SpecTree values = root.path("enums").path(name);
        if (!values.isObject()) throw new IllegalArgumentException("spec " + spec + ".ksy has no enum " + name);
        Map<Long, Entry> entries = new LinkedHashMap<>();
        for (Map.Entry<String, SpecTree> e : values.fields().entrySet()) {
            long value = Long.decode(e.getKey().trim());
            SpecTree v = e.getValue();
            Map<String, String> ext = new LinkedHashMap<>();
            String id;
            if (v.isObject()) {
                id = v.path("id").asText();
                for (Map.Entry<String, SpecTree> kv : v.fields().entrySet()) {
                    if (!kv.getKey().startsWith("-nl-")) continue;
                    if (kv.getValue().isObject()) {   // a map, e.g. -nl-submsg: {vlan: set, ...}: kept as key.sub entries
                        for (Map.Entry<String, SpecTree> me : kv.getValue().fields().entrySet()) {
                            ext.put(kv.getKey().substring(4) + "." + me.getKey(), me.getValue().asText());
                        }
                    } else {
                        ext.put(kv.getKey().substring(4), kv.getValue().asText());
                    }
                }
            } else {
                id = v.asText();
            }
            // the kernel's constant in upper case, or the text -nl-display gives (a value iproute2 shows in words)
            String shown = ext.containsKey("display") ? ext.get("display") : id.toUpperCase(Locale.ROOT);
            entries.put(value, new Entry(value, shown, ext));
        }
        return new EnumTable(qualifiedName, entries);
    }
}
