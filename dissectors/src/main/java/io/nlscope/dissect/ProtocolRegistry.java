package io.nlscope.dissect;

import java.util.Locale;
import java.util.ServiceLoader;

/**
 * The one registry of netlink protocols, keyed by protocol number as the kernel keys them.
 * Every number 0..31 has a dissector: the spec tables' one unless a richer one is registered.
 * Dissectors found by {@link ServiceLoader} (a jar with
 * {@code META-INF/services/io.nlscope.dissect.ProtocolDissector}) replace the built-in ones.
 */
public final class ProtocolRegistry {
    public static final int MAX_PROTOCOLS = 32;   // MAX_LINKS in netlink.h

    private static final SpecTables.EnumTable PROTOCOLS = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");

    private final ProtocolDissector[] dissectors;

    private ProtocolRegistry(ProtocolDissector[] dissectors) { this.dissectors = dissectors; }

    /** Built-in dissectors plus any found on the class path. */
    public static ProtocolRegistry standard() {
        ProtocolRegistry r = tablesOnly();
        for (ProtocolDissector d : ServiceLoader.load(ProtocolDissector.class)) r = r.with(d);
        return r;
    }

    /** Only the dissectors made from the spec tables. */
    public static ProtocolRegistry tablesOnly() {
        ProtocolDissector[] d = new ProtocolDissector[MAX_PROTOCOLS];
        return new ProtocolRegistry(d);   // each spec tables' dissector is made when first asked for
    }

    /** A copy of this registry in which {@code d} decodes its protocol. */
    public ProtocolRegistry with(ProtocolDissector d) {
        if (d.protocol() < 0 || d.protocol() >= MAX_PROTOCOLS)
            throw new IllegalArgumentException("netlink protocol numbers are 0.." + (MAX_PROTOCOLS - 1) + ", not " + d.protocol());
        ProtocolDissector[] copy = dissectors.clone();
        copy[d.protocol()] = d;
        return new ProtocolRegistry(copy);
    }

    public ProtocolDissector get(int protocol) {
        if (protocol < 0 || protocol >= MAX_PROTOCOLS) return tableDissector(protocol);
        ProtocolDissector d = dissectors[protocol];
        // made on first use, so a capture of one protocol does not read the specs of all 32 at start-up
        // (a race makes it twice, harmlessly: its fields are final)
        if (d == null) dissectors[protocol] = d = tableDissector(protocol);
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
