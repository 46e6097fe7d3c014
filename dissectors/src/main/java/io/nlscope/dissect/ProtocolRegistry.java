package io.nlscope.dissect;

import java.util.Locale;
import java.util.ServiceLoader;
import java.util.function.Supplier;

/**
 * The one registry of netlink protocols, keyed by protocol number as the kernel keys them.
 * Every number 0..31 has a dissector: the spec tables' one unless a richer one is registered.
 * Dissectors found by {@link ServiceLoader} (a jar with
 * {@code META-INF/services/io.nlscope.dissect.ProtocolDissector}) replace the built-in ones.
 * A service whose class says its protocol ({@link Decodes}) is made when that protocol's first
 * message asks for it, as the tables' dissectors are.
 */
public final class ProtocolRegistry {
    public static final int MAX_PROTOCOLS = 32;   // MAX_LINKS in netlink.h

    private static final SpecTables.EnumTable PROTOCOLS = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");

    private final ProtocolDissector[] dissectors;
    /** Services not made yet, by the protocol their class {@link Decodes}. */
    private final Supplier<? extends ProtocolDissector>[] later;

    private ProtocolRegistry(ProtocolDissector[] dissectors, Supplier<? extends ProtocolDissector>[] later) {
        this.dissectors = dissectors;
        this.later = later;
    }

    /** Built-in dissectors plus any found on the class path. */
    public static ProtocolRegistry standard() {
        ProtocolRegistry r = tablesOnly();
        for (ServiceLoader.Provider<ProtocolDissector> p : ServiceLoader.load(ProtocolDissector.class).stream().toList()) {
            Decodes d = p.type().getAnnotation(Decodes.class);
            if (d == null) { r = r.with(p.get()); continue; }
            checkNumber(d.value());
            ProtocolRegistry next = r.copy();
            next.dissectors[d.value()] = null;
            next.later[d.value()] = p;
            r = next;
        }
        return r;
    }

    /** Only the dissectors made from the spec tables. */
    @SuppressWarnings("unchecked")
    public static ProtocolRegistry tablesOnly() {
        // each spec tables' dissector is made when first asked for
        return new ProtocolRegistry(new ProtocolDissector[MAX_PROTOCOLS], new Supplier[MAX_PROTOCOLS]);
    }

    /** A copy of this registry in which {@code d} decodes its protocol. */
    public ProtocolRegistry with(ProtocolDissector d) {
        checkNumber(d.protocol());
        ProtocolRegistry copy = copy();
        copy.dissectors[d.protocol()] = d;
        copy.later[d.protocol()] = null;
        return copy;
    }

    private ProtocolRegistry copy() { return new ProtocolRegistry(dissectors.clone(), later.clone()); }

    private static void checkNumber(int p) {
        if (p < 0 || p >= MAX_PROTOCOLS)
            throw new IllegalArgumentException("netlink protocol numbers are 0.." + (MAX_PROTOCOLS - 1) + ", not " + p);
    }

    public ProtocolDissector get(int protocol) {
        if (protocol < 0 || protocol >= MAX_PROTOCOLS) return tableDissector(protocol);
        ProtocolDissector d = dissectors[protocol];
        // made on first use, so a capture of one protocol does not read the specs of all 32 at start-up
        // (a race makes it twice, harmlessly: its fields are final)
        if (d == null) {
            Supplier<? extends ProtocolDissector> s = later[protocol];
            d = s != null ? s.get() : tableDissector(protocol);
            if (d.protocol() != protocol)
                throw new IllegalStateException(d.getClass().getName() + " says @Decodes(" + protocol + ") but decodes " + d.protocol());
            dissectors[protocol] = d;
        }
        return d;
    }

    /** The kernel's name for a protocol number, e.g. NETLINK_ROUTE; "protocol 27" when it has none. */
    public static String kernelName(int protocol) {
        String n = PROTOCOLS.nameOrNull(protocol);
        return n == null ? "protocol " + protocol : n;
    }

    private static ProtocolDissector tableDissector(int p) {
        SpecTables.Entry e = PROTOCOLS.get(p).orElse(null);
        String shortName = e == null ? "proto" + p : e.name().substring("NETLINK_".length()).toLowerCase(Locale.ROOT);
        SpecTables.EnumTable types = e == null ? null : e.ext("types").map(SpecTables::enumTable).orElse(null);
        String fixedHeader = e == null ? null : e.ext("fixed-header").orElse(null);
        int fixedLength = e == null ? 0 : e.ext("fixed-length").map(Integer::parseInt).orElse(0);
        return new TableDissector(p, shortName, types, fixedHeader, fixedLength);
    }
}
