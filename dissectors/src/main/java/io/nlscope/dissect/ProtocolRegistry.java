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
        for (int p = 0; p < MAX_PROTOCOLS; p++) d[p] = new OnFirstUse(p);
        return new ProtocolRegistry(d);
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
        if (protocol >= 0 && protocol < MAX_PROTOCOLS) return dissectors[protocol];
        return tableDissector(protocol);
    }

    /** The kernel's name for a protocol number, e.g. NETLINK_ROUTE; "protocol 27" when it has none. */
    public static String kernelName(int protocol) {
        String n = PROTOCOLS.nameOrNull(protocol);
        return n == null ? "protocol " + protocol : n;
    }

    /**
     * A spec tables' dissector that reads its specs when first asked about a message, so a
     * capture of one protocol does not pay at start-up for the tables of all 32.
     */
    private static final class OnFirstUse implements ProtocolDissector {
        private final int protocol;
        private final String name;
        private volatile ProtocolDissector d;   // built once; a race builds it twice, harmlessly

        OnFirstUse(int protocol) {
            this.protocol = protocol;
            this.name = shortName(protocol);
        }

        private ProtocolDissector d() {
            if (d == null) d = tableDissector(protocol);
            return d;
        }

        @Override public int protocol() { return protocol; }
        @Override public String name() { return name; }
        @Override public java.util.Optional<String> typeName(int type) { return d().typeName(type); }
        @Override public MessageKind kind(int type) { return d().kind(type); }
        @Override public MessageKind kind(int type, PayloadContext ctx) { return d().kind(type, ctx); }
        @Override public java.util.Optional<String> multicastGroup(PayloadContext ctx) { return d().multicastGroup(ctx); }
        @Override public String dissect(PayloadContext ctx) { return d().dissect(ctx); }
        @Override public boolean framesOwnMessages() { return d().framesOwnMessages(); }
        @Override public boolean decodesControlType(int type) { return d().decodesControlType(type); }
    }

    private static String shortName(int p) {
        SpecTables.Entry e = PROTOCOLS.get(p).orElse(null);
        return e == null ? "proto" + p : e.name().substring("NETLINK_".length()).toLowerCase(Locale.ROOT);
    }

    private static ProtocolDissector tableDissector(int p) {
        SpecTables.Entry e = PROTOCOLS.get(p).orElse(null);
        String shortName = shortName(p);
        SpecTables.EnumTable types = e == null ? null : e.ext("types").map(SpecTables::enumTable).orElse(null);
        String fixedHeader = e == null ? null : e.ext("fixed-header").orElse(null);
        int fixedLength = e == null ? 0 : e.ext("fixed-length").map(Integer::parseInt).orElse(0);
        return new TableDissector(p, shortName, types, fixedHeader, fixedLength);
    }
}
