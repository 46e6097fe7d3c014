package io.nlscope.dissect;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An attribute set: what each attribute type of a nest or message is called and how its value
 * reads, as a spec's enum states it. Keys of an entry (see ksy/README.md):
 * <ul>
 * <li>{@code -nl-type}: u8 u16 u32 u64 s8 s16 s32 s64, string, binary, flag, ipv4, ipv6,
 *     ipaddr (4 or 16 bytes; none: empty bytes), lladdr, nest, nest-array, submsg, struct, uint / sint (32 or 64 bits
 *     by length), struct-attrs (a struct then attributes), struct-attrs-array (a run of such, each
 *     as long as its struct's length field says), struct-array (fixed-size structs back to back)</li>
 * <li>{@code -nl-nest}: the set inside a nest, or inside each entry of a nest-array</li>
 * <li>{@code -nl-entry-type}: for a nest-array whose numbered entries are single values (u32,
 *     lladdr ...) rather than nests; {@code -nl-enum} then names each value</li>
 * <li>{@code -nl-enum} / {@code -nl-flags}: an enum naming the value, or its bits</li>
 * <li>{@code -nl-byte-order: big}: the value is big-endian whatever the host (ports, ...)</li>
 * <li>{@code -nl-struct}: the struct type (spec.type) the value holds; {@code -nl-tail} names the
 *     variable-length bytes after it (xfrm_algo's alg_key), {@code -nl-tail-type} how they read
 *     when their length fits (rtvia's address: ipaddr; ipv6-list: IPv6 addresses numbered [0], [1] ...), else as bytes;
 *     {@code -nl-tail-struct} that they are structs of a type back to back, numbered (tc_u32_sel's tc_u32_key)</li>
 * <li>{@code -nl-struct-by-kernel: {release: type}}: in place of -nl-struct for a value the kernel
 *     renumbered (IFLA_INET6_STATS): the layout each listed release sends ({@link KernelLayouts})</li>
 * <li>{@code -nl-selector} and {@code -nl-submsg: {text: target}}: what this value holds depends on
 *     the text of a sibling attribute before or after it (IFLA_INFO_DATA by IFLA_INFO_KIND), or the
 *     -nl-enum name of a numeric one (RTA_ENCAP by RTA_ENCAP_TYPE: LWTUNNEL_ENCAP_MPLS); a target is an
 *     attribute set (enum) or a struct (type), which its {@code -nl-then} may say attributes follow; a text not
 *     listed gives bytes</li>
 * <li>{@code -nl-length-field}: for struct-attrs-array, the struct field holding an entry's length</li>
 * <li>{@code -nl-same-as: ATTR}: the value repeats the bytes of attribute ATTR of the set enclosing this one, and reads
 *     as that attribute does there (TCA_STATS_APP in TCA_STATS2 as the message's TCA_XSTATS, by its TCA_KIND)</li>
 * </ul>
 * Each entry is resolved once; the walker looks attributes up by number.
 */
public final class AttributeSet {

    public enum Kind { U8, U16, U32, U64, S8, S16, S32, S64, STRING, BINARY, FLAG, IPV4, IPV6, IPADDR, LLADDR,
        NEST, NEST_ARRAY, SUBMSG, STRUCT, UINT, SINT, STRUCT_ATTRS, STRUCT_ATTRS_ARRAY, STRUCT_ARRAY }

    /**
     * What a submsg holds for one selector text: an attribute set, a struct, or both: a struct whose type names
     * {@code -nl-then: ENUM} is followed by attributes of that set (netem's tc_netem_qopt then TCA_NETEM_*).
     */
    record Target(AttributeSet set, StructDecoder struct) {}

    /** One attribute type of the set, resolved. */
    public static final class Attr {
        final int type;
        final String name;
        final Kind kind;
        final String kindText;
        final String spec;
        final String nestName, structName, selector, selectorFallback, lengthField, entryType, tailName, tailType;
        /** -nl-same-as: the attribute of the enclosing set whose value this one repeats and reads as, or null. */
        final String sameAs;
        /** -nl-nest-by-family: the set inside by the message's address family number, or null (IFLA_AF_SPEC of AF_BRIDGE). */
        final Map<Integer, String> byFamily;
        /** -nl-tail-struct: the struct of each entry after the struct (tc_u32_sel's keys), or null. */
        final String tailStructName;
        final SpecTables.EnumTable valueEnum, flags;
        final boolean bigEndian;
        /** nest-array: how many times the entries are numbered before the nests of -nl-nest (-nl-array-depth, 1 by default). */
        final int arrayDepth;
        final Map<String, String> submsg, byKernel;
        private volatile KernelLayouts layouts;
        private volatile AttributeSet nested;
        private volatile StructDecoder struct, tailStruct;
        private volatile Map<String, Target> targets;
        private volatile int lengthOffset = -1, lengthSize;

        Attr(String spec, SpecTables.Entry e) {
            this.spec = spec;
            this.type = (int) e.value();
            this.name = e.name();
            this.kindText = e.ext().getOrDefault("type", "binary");
            this.kind = Kind.valueOf(kindText.toUpperCase(Locale.ROOT).replace('-', '_'));
            this.nestName = e.ext().get("nest");
            this.structName = e.ext().get("struct");
            this.selector = e.ext().get("selector");
            this.selectorFallback = e.ext().get("selector-fallback");
            this.sameAs = e.ext().get("same-as");
            this.tailStructName = e.ext().get("tail-struct");
            Map<Integer, String> bf = new HashMap<>();
            e.ext().forEach((k, v) -> {
                if (k.startsWith("nest-by-family.")) {
                    String af = k.substring(15);
                    SpecTables.enumTable("linux_common.address_family").entries().forEach((number, entry) -> {
                        if (entry.name().equalsIgnoreCase(af)) bf.put(number.intValue(), v);
                    });
                }
            });
            this.byFamily = bf.isEmpty() ? null : Map.copyOf(bf);
            this.entryType = e.ext().get("entry-type");
            this.tailName = e.ext().get("tail");
            this.tailType = e.ext().get("tail-type");
            this.lengthField = e.ext().get("length-field");
            this.valueEnum = e.ext("enum").map(n -> SpecTables.enumTable(StructDecoder.qualify(spec, n))).orElse(null);
            this.flags = e.ext("flags").map(n -> SpecTables.enumTable(StructDecoder.qualify(spec, n))).orElse(null);
            this.bigEndian = "big".equals(e.ext().get("byte-order"));
            this.arrayDepth = Integer.parseInt(e.ext().getOrDefault("array-depth", "1"));
            Map<String, String> sm = new HashMap<>();
            e.ext().forEach((k, v) -> { if (k.startsWith("submsg.")) sm.put(k.substring(7), v); });
            this.submsg = Map.copyOf(sm);
            Map<String, String> bk = new HashMap<>();
            e.ext().forEach((k, v) -> { if (k.startsWith("struct-by-kernel.")) bk.put(k.substring(17), v); });
            this.byKernel = Map.copyOf(bk);
        }

        private int keyIndex = -2;

        /** This attribute's place among the fields {@link Keys} looks for, -1 when it is none of them. */
        int keyIndex() {
            int k = keyIndex;
            if (k == -2) keyIndex = k = Keys.wanted(name);
            return k;
        }

        public String name() { return name; }
        public Kind kind() { return kind; }

        private final Map<Integer, AttributeSet> byFamilySets = new ConcurrentHashMap<>();

        /** The set inside this nest in a message of that address family (-nl-nest-by-family), else -nl-nest's. */
        AttributeSet nestedFor(int family) {
            String n = byFamily.get(family);
            return n == null ? nested() : byFamilySets.computeIfAbsent(family, f -> of(StructDecoder.qualify(spec, n)));
        }

        /** The set inside this nest (or inside each entry of a nest-array), or null. */
        AttributeSet nested() {
            AttributeSet n = nested;
            if (n == null && nestName != null) nested = n = of(StructDecoder.qualify(spec, nestName));
            return n;
        }

        /** What this submsg holds given the selector's text, or null (bytes) for a text not listed. */
        Target submsgTarget(String selectorText) {
            if (selectorText == null) return null;
            Map<String, Target> t = targets;
            if (t == null) targets = t = resolveTargets();
            return t.get(selectorText);
        }

        /** Each -nl-submsg target resolved once: an enum of the spec is a set, a type a struct. */
        private Map<String, Target> resolveTargets() {
            Map<String, Target> m = new HashMap<>();
            submsg.forEach((text, target) -> {
                String q = StructDecoder.qualify(spec, target);
                String s = q.substring(0, q.indexOf('.')), n = q.substring(q.indexOf('.') + 1);
                if (SpecTables.spec(s).path("enums").has(n)) m.put(text, new Target(of(q), null));
                else if (SpecTables.spec(s).path("types").has(n)) {
                    String then = SpecTables.spec(s).path("types").path(n).path("-nl-then").asText("");
                    m.put(text, new Target(then.isEmpty() ? null : of(StructDecoder.qualify(s, then)), StructDecoder.of(q)));
                }
                else throw new IllegalArgumentException(name + ": -nl-submsg target " + q + " is neither an enum nor a type");
            });
            return Map.copyOf(m);
        }

        /** Offset of the length field (-nl-length-field) in the struct; {@link #lengthSize()} its size. */
        int lengthOffset() {
            int o = lengthOffset;
            if (o < 0) {
                StructDecoder d = struct();
                if (d == null || lengthField == null) throw new IllegalStateException(name + " needs -nl-struct and -nl-length-field");
                lengthSize = d.memberSize(lengthField);
                lengthOffset = o = d.memberOffset(lengthField);
            }
            return o;
        }

        int lengthSize() { lengthOffset(); return lengthSize; }

        /** The struct of the value: -nl-struct's, or the smallest of -nl-struct-by-kernel's layouts. */
        StructDecoder struct() {
            StructDecoder s = struct;
            if (s == null && structName != null) struct = s = StructDecoder.of(StructDecoder.qualify(spec, structName));
            if (s == null && layouts() != null) struct = s = layouts().smallest();
            return s;
        }

        /** The struct of each entry after the struct (-nl-tail-struct), or null. */
        StructDecoder tailStruct() {
            StructDecoder s = tailStruct;
            if (s == null && tailStructName != null) tailStruct = s = StructDecoder.of(StructDecoder.qualify(spec, tailStructName));
            return s;
        }

        /** The layouts of a value renumbered between kernels (-nl-struct-by-kernel), or null. */
        KernelLayouts layouts() {
            KernelLayouts l = layouts;
            if (l == null && !byKernel.isEmpty()) layouts = l = KernelLayouts.of(spec, byKernel);
            return l;
        }
    }

    private static final Map<String, AttributeSet> CACHE = new ConcurrentHashMap<>();

    private final String qualifiedName;
    private final Attr[] byType;
    private final Map<String, Attr> byName = new HashMap<>();
    /** True when an attribute of the set reads as one of the enclosing set (-nl-same-as). */
    final boolean readsEnclosing;
    /** True when a nest of the set picks its inner set by the message's address family (-nl-nest-by-family). */
    final boolean picksByFamily;

    private AttributeSet(String qualifiedName, Attr[] byType) {
        this.qualifiedName = qualifiedName;
        this.byType = byType;
        boolean r = false, f = false;
        for (Attr a : byType) {
            if (a != null) byName.put(a.name, a);
            r |= a != null && a.sameAs != null;
            f |= a != null && a.byFamily != null;
        }
        this.readsEnclosing = r;
        this.picksByFamily = f;
    }

    /** The set stated by the enum {@code spec.enum}. */
    public static AttributeSet of(String qualifiedEnum) {
        AttributeSet s = CACHE.get(qualifiedEnum);
        if (s == null) s = CACHE.computeIfAbsent(qualifiedEnum, AttributeSet::load);
        return s;
    }

    private static AttributeSet load(String q) {
        SpecTables.EnumTable t = SpecTables.enumTable(q);
        String spec = q.substring(0, q.indexOf('.'));
        int max = 0;
        for (long v : t.entries().keySet()) max = (int) Math.max(max, v);
        Attr[] a = new Attr[max + 1];
        for (SpecTables.Entry e : t.entries().values()) {
            if (e.value() >= 0 && e.value() <= 0x3fff) a[(int) e.value()] = new Attr(spec, e);
        }
        return new AttributeSet(q, a);
    }

    public String name() { return qualifiedName; }

    /** The attribute of this name (the kernel's, upper case), or null when the set has none. */
    Attr named(String name) { return byName.get(name); }

    /** The attribute of this type, or null when the set has none. */
    public Attr attr(int type) { return type >= 0 && type < byType.length ? byType[type] : null; }
}
