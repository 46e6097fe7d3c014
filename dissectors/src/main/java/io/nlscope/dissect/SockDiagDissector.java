package io.nlscope.dissect;

import java.util.Optional;

/**
 * NETLINK_SOCK_DIAG (protocol 4). The message type alone does not say what a payload holds:
 * its first byte (the address family) and the direction (NLM_F_REQUEST) do. The family table
 * {@code sock_diag_message.sock_diag_family} names, per family, the request struct and its
 * attribute set, the reply struct and its attribute set; this class only picks from it.
 */
@Decodes(4)
public final class SockDiagDissector implements ProtocolDissector {
    private static final int NLM_F_REQUEST = 0x1;
    private static final String SPEC = "sock_diag_message";

    /** What the family table says of one address family, resolved once. */
    private static final class Family {
        StructDecoder request, legacyRequest, reply;
        AttributeSet requestAttrs, replyAttrs, tcpAttrs;
        int protocolAttr = -1, congAttr = -1;
        final String[][] summaries = new String[3][32];
    }

    private final SpecTables.EnumTable types = SpecTables.enumTable("sock_diag_message.sock_diag_type");
    private final MessageKind[] kinds = new MessageKind[256];
    private final boolean[] known = new boolean[256], legacy = new boolean[256];
    private final Family[] families = new Family[256];

    public SockDiagDissector() {
        for (int t = 0; t < kinds.length; t++) {
            known[t] = types.nameOrNull(t) != null;
            legacy[t] = types.get(t).flatMap(e -> e.ext("legacy")).map(Boolean::parseBoolean).orElse(false);
            kinds[t] = types.get(t).flatMap(e -> e.ext("kind")).map(MessageKind::fromSpec).orElse(MessageKind.OTHER);
        }
        for (SpecTables.Entry e : SpecTables.enumTable("sock_diag_message.sock_diag_family").entries().values()) {
            Family f = new Family();
            f.request = e.ext("request").map(n -> StructDecoder.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            f.legacyRequest = e.ext("legacy-request").map(n -> StructDecoder.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            f.reply = e.ext("reply").map(n -> StructDecoder.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            f.requestAttrs = e.ext("request-attrs").map(n -> AttributeSet.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            f.replyAttrs = e.ext("attrs").map(n -> AttributeSet.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            f.tcpAttrs = e.ext("tcp-attrs").map(n -> AttributeSet.of(StructDecoder.qualify(SPEC, n))).orElse(null);
            if (f.tcpAttrs != null) {
                String qualified = StructDecoder.qualify(SPEC, e.ext("attrs").orElseThrow());
                SpecTables.EnumTable set = SpecTables.enumTable(qualified);
                String protocolName = e.ext("protocol-attr").orElse("").toUpperCase(java.util.Locale.ROOT);
                for (SpecTables.Entry a : set.entries().values()) {
                    if (a.name().equals(protocolName)) f.protocolAttr = (int) a.value();
                    if (a.name().endsWith("_CONG")) f.congAttr = (int) a.value();
                }
            }
            families[(int) e.value()] = f;
        }
    }

    @Override public int protocol() { return 4; }
    @Override public String name() { return "sock_diag"; }

    @Override public Optional<String> typeName(int type) { return Optional.ofNullable(types.nameOrNull(type)); }

    @Override public MessageKind kind(int type) { return type >= 0 && type < kinds.length ? kinds[type] : MessageKind.OTHER; }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        int family = ctx.frame().get(ctx.start()) & 0xff;
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        Family f = families[family];
        int type = ctx.type() & 0xff;
        boolean old = ctx.type() < 256 && legacy[type];
        StructDecoder sd = f == null || ctx.type() >= 256 || !known[type] ? null
                : request ? (old ? f.legacyRequest : f.request) : f.reply;
        if (sd == null) {
            ctx.add(new Field("payload", ctx.raw(ctx.start(), ctx.end()), ctx.start(), ctx.length()));
            return "family " + family + ", payload " + ctx.length() + " bytes";
        }
        if (ctx.length() < sd.size()) {
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                    sd.name() + " needs " + sd.size() + " bytes, the payload has " + ctx.length()));
            return "malformed " + sd.name();
        }
        ctx.add(new Field(sd.name(), new Value.Nested(sd.decode(ctx.frame(), ctx.start(), ctx.littleEndian())), ctx.start(), sd.size()));
        int from = ctx.start() + ((sd.size() + 3) & ~3);
        int n = 0;
        if (from < ctx.end()) {
            AttributeSet set = request ? (old ? null : f.requestAttrs) : f.replyAttrs;
            if (!request && f.tcpAttrs != null && isTcp(ctx, from, f)) set = f.tcpAttrs;
            n = ctx.addAttributes(from, set);
        }
        return summary(f, request ? (old ? 2 : 1) : 0, sd, n);
    }

    /** True when the reply's attributes say the socket is TCP (see sock_diag_message.ksy). */
    private static boolean isTcp(PayloadContext ctx, int from, Family f) {
        boolean cong = false;
        AttrCursor c = new AttrCursor(ctx.frame(), from, ctx.end(), ctx.littleEndian());
        while (c.next()) {
            if (c.type() == f.protocolAttr && c.valueLength() >= 1) return Bytes.u8(ctx.frame(), c.valueStart()) == 6;   // IPPROTO_TCP
            if (c.type() == f.congAttr) cong = true;
        }
        return cong;
    }

    private static String summary(Family f, int dir, StructDecoder sd, int n) {
        String[] cache = f.summaries[dir];
        if (n < cache.length && cache[n] != null) return cache[n];
        String s = sd.name() + ", " + n + (n == 1 ? " attribute" : " attributes");
        if (n < cache.length) cache[n] = s;
        return s;
    }
}
