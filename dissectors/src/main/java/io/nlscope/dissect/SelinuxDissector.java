package io.nlscope.dissect;

import java.util.Optional;

/**
 * NETLINK_SELINUX (protocol 7): SELNL_MSG_SETENFORCE and SELNL_MSG_POLICYLOAD, each one small
 * struct without attributes. The type table {@code selinux_message.selnl_msg_type} names, per
 * type, the struct ({@code -nl-fixed-header}); it is resolved into arrays once.
 */
@Decodes(7)
public final class SelinuxDissector implements ProtocolDissector {
    private static final String SPEC = "selinux_message";
    private static final int TYPES = 64;

    private final MessageTypes types = new MessageTypes(TYPES);
    private final StructDecoder[] structs = new StructDecoder[TYPES];

    public SelinuxDissector() {
        for (SpecTables.Entry e : SpecTables.enumTable(SPEC + ".selnl_msg_type").entries().values()) {
            int t = (int) e.value();
            types.put(t, e);
            structs[t] = e.ext("fixed-header").map(h -> StructDecoder.of(StructDecoder.qualify(SPEC, h))).orElse(null);
        }
    }

    @Override public int protocol() { return 7; }
    @Override public String name() { return "selinux"; }

    @Override public Optional<String> typeName(int type) { return types.name(type); }

    @Override public MessageKind kind(int type) { return types.kind(type); }

    @Override public Optional<String> multicastGroup(PayloadContext ctx) { return types.group(ctx); }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        StructDecoder sd = ctx.type() < TYPES ? structs[ctx.type()] : null;
        if (sd == null) {
            ctx.add(new Field("payload", ctx.raw(ctx.start(), ctx.end()), ctx.start(), ctx.length()));
            return "payload";
        }
        if (ctx.length() < sd.size()) {
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                    sd.name() + " needs " + sd.size() + " bytes, the payload has " + ctx.length()));
            return "malformed " + sd.name();
        }
        ctx.add(new Field(sd.name(), new Value.Nested(sd.decode(ctx.frame(), ctx.start(), ctx.littleEndian())), ctx.start(), sd.size()));
        int padded = (sd.size() + 3) & ~3;
        if (ctx.length() > padded) {
            ctx.add(new Field("trailing", ctx.raw(ctx.start() + padded, ctx.end()), ctx.start() + padded, ctx.length() - padded));
        }
        return sd.name();
    }
}
