package io.nlscope.dissect;

import java.util.Optional;

/**
 * NETLINK_NETFILTER (protocol 12). nlmsg_type is subsystem << 8 | message, and each subsystem
 * has its own message enum and attribute sets: the table {@code netfilter_message.nfnl_subsys}
 * names, per subsystem, its message enum ({@code -nl-types}), whose entries carry
 * {@code -nl-kind} and {@code -nl-attrs}. Every message starts with struct nfgenmsg. All of it
 * is resolved into arrays indexed by nlmsg_type once; decoding a message looks up nothing by name.
 */
@Decodes(12)
public final class NetfilterDissector implements ProtocolDissector {
    private static final String SPEC = "netfilter_message";
    private static final int TYPES = 1 << 16;

    private final MessageTypes types = new MessageTypes(TYPES);
    private final AttributeSet[] attrs = new AttributeSet[TYPES];
    private final StructDecoder nfgenmsg = StructDecoder.of(SPEC + ".nfgenmsg");
    private final int fixedLength = (nfgenmsg.size() + 3) & ~3;
    private final String[] summaries = new String[64];

    public NetfilterDissector() {
        for (SpecTables.Entry subsys : SpecTables.enumTable(SPEC + ".nfnl_subsys").entries().values()) {
            String table = subsys.ext("types").orElse(null);
            if (table == null) continue;
            String q = StructDecoder.qualify(SPEC, table);
            String spec = q.substring(0, q.indexOf('.'));
            for (SpecTables.Entry m : SpecTables.enumTable(q).entries().values()) {
                int type = (int) ((subsys.value() << 8) | (m.value() & 0xff));
                types.put(type, m);
                attrs[type] = m.ext("attrs").map(a -> AttributeSet.of(StructDecoder.qualify(spec, a))).orElse(null);
            }
        }
    }

    @Override public int protocol() { return 12; }
    @Override public String name() { return "netfilter"; }

    @Override public Optional<String> typeName(int type) { return types.name(type); }

    @Override public MessageKind kind(int type) { return types.kind(type); }

    @Override public Optional<String> multicastGroup(PayloadContext ctx) { return types.group(ctx); }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        if (ctx.length() < nfgenmsg.size()) {
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                    "nfgenmsg needs " + nfgenmsg.size() + " bytes, the payload has " + ctx.length()));
            return "malformed nfgenmsg";
        }
        ctx.add(new Field(nfgenmsg.name(), new Value.Nested(nfgenmsg.decode(ctx.frame(), ctx.start(), ctx.littleEndian())),
                ctx.start(), nfgenmsg.size()));
        int type = ctx.type();
        AttributeSet set = type >= 0 && type < TYPES ? attrs[type] : null;
        int n = ctx.length() <= fixedLength ? 0 : ctx.addAttributes(ctx.start() + fixedLength, set);
        return summary(n);
    }

    @Override public String keys(PayloadContext ctx) {
        if (ctx.length() < nfgenmsg.size()) return null;
        int type = ctx.type();
        return Keys.scan(ctx, nfgenmsg, ctx.start() + fixedLength,
                type >= 0 && type < TYPES ? attrs[type] : null);
    }

    @Override public String summarize(PayloadContext ctx) {
        if (ctx.length() < nfgenmsg.size()) return null;
        int type = ctx.type();
        AttributeSet set = type >= 0 && type < TYPES ? attrs[type] : null;
        int n = ctx.length() <= fixedLength ? 0 : ctx.countIfClean(ctx.start() + fixedLength, set);
        return n < 0 ? null : summary(n);
    }

    private String summary(int n) {
        if (n < summaries.length && summaries[n] != null) return summaries[n];
        String s = "nfgenmsg, " + n + (n == 1 ? " attribute" : " attributes");
        if (n < summaries.length) summaries[n] = s;
        return s;
    }
}
