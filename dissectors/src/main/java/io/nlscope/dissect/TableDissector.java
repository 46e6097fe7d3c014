package io.nlscope.dissect;

import java.util.List;
import java.util.Optional;

/**
 * The dissector every protocol has until it gets a richer one: message type names, kinds and
 * the fixed header length come from the protocol's tables in the specs; the payload is shown
 * as the fixed header and attributes when it parses cleanly as such, else as bytes (hex and,
 * where printable, text: custom protocols often send plain strings).
 */
final class TableDissector implements ProtocolDissector {
    private final int protocol;
    private final String name;
    private final SpecTables.EnumTable types;      // may be null
    private final String protocolFixedHeader;     // may be null
    private final int protocolFixedLength;

    TableDissector(int protocol, String name, SpecTables.EnumTable types, String fixedHeader, int fixedLength) {
        this.protocol = protocol;
        this.name = name;
        this.types = types;
        this.protocolFixedHeader = fixedHeader;
        this.protocolFixedLength = fixedLength;
    }

    @Override public int protocol() { return protocol; }
    @Override public String name() { return name; }

    @Override public Optional<String> typeName(int type) {
        return types == null ? Optional.empty() : Optional.ofNullable(types.nameOrNull(type));
    }

    @Override public MessageKind kind(int type) {
        if (types == null) return MessageKind.OTHER;
        return types.get(type).flatMap(e -> e.ext("kind")).map(MessageKind::fromSpec).orElse(MessageKind.OTHER);
    }

    @Override public String dissect(PayloadContext ctx) {
        SpecTables.Entry t = types == null ? null : types.get(ctx.type()).orElse(null);
        String fixedName = protocolFixedHeader;
        int fixed = protocolFixedLength;
        if (t != null && t.ext().containsKey("fixed-length")) {
            fixed = Integer.parseInt(t.ext().get("fixed-length"));
            fixedName = t.ext().getOrDefault("fixed-header", "fixed_header");
        }
        if (ctx.length() == 0) return "no payload";
        if (ctx.length() >= fixed) {
            List<Field> attrs = ctx.length() == fixed ? List.of() : ctx.attributesIfClean(ctx.start() + fixed);
            if (attrs != null) {
                if (fixed > 0) ctx.add(new Field(fixedName == null ? "fixed_header" : fixedName,
                        new Value.Raw(ctx.bytes(ctx.start(), ctx.start() + fixed)), ctx.start(), fixed));
                attrs.forEach(ctx::add);
                return (fixed > 0 ? fixedName + ", " : "") + attrs.size() + (attrs.size() == 1 ? " attribute" : " attributes");
            }
        }
        byte[] b = ctx.bytes(ctx.start(), ctx.end());
        ctx.add(new Field("payload", new Value.Raw(b), ctx.start(), b.length));
        String text = Formats.printableText(b);
        return text != null ? '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + '"'
                : "payload " + b.length + " bytes";
    }
}
