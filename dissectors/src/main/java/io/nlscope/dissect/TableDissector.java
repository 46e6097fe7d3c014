package io.nlscope.dissect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    /** What the tables say of one message type, looked up once per type rather than per message. */
    private record TypeInfo(Optional<String> name, MessageKind kind, String fixedHeader, int fixedLength,
                            String attrs, String shortHeader, TypeInfo dump, TypeInfo request, GroupRule group, String[] summaries,
                            StructDecoder[] structOnce) {
        TypeInfo(Optional<String> name, MessageKind kind, String fixedHeader, int fixedLength, String attrs, String shortHeader,
                 TypeInfo dump, TypeInfo request, GroupRule group) {
            this(name, kind, fixedHeader, fixedLength, attrs, shortHeader, dump, request, group, new String[64], new StructDecoder[1]);
        }

        /**
         * What a message with these flags holds: a dump request's (-nl-dump-header), another request's
         * (-nl-request-attrs: RTM_NEWMDB asks with MDBA_SET_ENTRY where the kernel answers with MDBA_MDB), or this.
         */
        TypeInfo forFlags(int flags) {
            if (dump != null && (flags & DUMP_REQUEST) == DUMP_REQUEST) return dump;
            if (request != null && (flags & NLM_F_REQUEST) != 0) return request;
            return this;
        }

        /** The struct decoder of the fixed header when the spec names a struct type (spec.type). */
        StructDecoder struct() {
            if (fixedHeader == null || !fixedHeader.contains(".")) return null;
            StructDecoder d = structOnce[0];
            if (d == null) structOnce[0] = d = StructDecoder.of(fixedHeader);
            return d;
        }

        String fixedName() {
            if (fixedHeader == null) return "fixed_header";
            int dot = fixedHeader.indexOf('.');
            return dot < 0 ? fixedHeader : fixedHeader.substring(dot + 1);
        }

        /** "rtmsg, 5 attributes", made once per count. */
        String summary(int n) {
            if (n >= summaries.length) return text(n);
            String s = summaries[n];
            if (s == null) summaries[n] = s = text(n);
            return s;
        }

        private String text(int n) {
            return (fixedLength > 0 ? fixedName() + ", " : "") + n + (n == 1 ? " attribute" : " attributes");
        }
    }

    private static final int NLM_F_REQUEST = 0x1;
    private static final int DUMP_REQUEST = 0x301;   // NLM_F_REQUEST | NLM_F_DUMP
    /** Zero bytes after a string's NUL from which on they are shown apart, as bytes nlmsg_len covers beyond the string. */
    static final int MIN_ZERO_TAIL = 4;

    private final Map<Integer, TypeInfo> types = new HashMap<>();
    private final TypeInfo unknown;
    private TypeInfo[] byType;

    TableDissector(int protocol, String name, SpecTables.EnumTable typeTable, String fixedHeader, int fixedLength) {
        this.protocol = protocol;
        this.name = name;
        this.unknown = new TypeInfo(Optional.empty(), MessageKind.OTHER, fixedHeader, fixedLength, null, null, null, null, GroupRule.NONE);
        if (typeTable != null) {
            String spec = typeTable.qualifiedName().substring(0, typeTable.qualifiedName().indexOf('.'));
            for (SpecTables.Entry e : typeTable.entries().values()) {
                Optional<String> nm = Optional.of(e.name());
                MessageKind kind = e.ext("kind").map(MessageKind::fromSpec).orElse(MessageKind.OTHER);
                String attrs = e.ext("attrs").map(a -> StructDecoder.qualify(spec, a)).orElse(null);
                // -nl-dump-header: what a dump request (NLM_F_DUMP) holds instead: "none" or a struct
                TypeInfo dump = e.ext("dump-header").map(h -> h.equals("none")
                        ? new TypeInfo(nm, kind, null, 0, attrs, null, null, null, GroupRule.NONE)
                        : new TypeInfo(nm, kind, StructDecoder.qualify(spec, h), (StructDecoder.of(StructDecoder.qualify(spec, h)).size() + 3) & ~3,
                                attrs, null, null, null, GroupRule.NONE)).orElse(null);
                String header = e.ext("fixed-header").orElse(fixedHeader);
                int length = e.ext("fixed-length").map(Integer::parseInt).orElse(fixedLength);
                String shortHeader = e.ext("short-header").map(a -> StructDecoder.qualify(spec, a)).orElse(null);
                TypeInfo request = e.ext("request-attrs").map(a -> new TypeInfo(nm, kind, header, length, StructDecoder.qualify(spec, a),
                        shortHeader, null, null, GroupRule.NONE)).orElse(null);
                types.put((int) e.value(), new TypeInfo(nm, kind, header, length, attrs, shortHeader, dump, request, GroupRule.of(e, true)));
            }
        }
    }

    private TypeInfo info(int type) {
        TypeInfo[] t = byType;
        if (t == null) {   // the table as an array indexed by type, made at the first lookup
            int max = 0;
            for (int k : types.keySet()) max = Math.max(max, k);
            t = new TypeInfo[max + 1];
            for (Map.Entry<Integer, TypeInfo> e : types.entrySet()) if (e.getKey() >= 0) t[e.getKey()] = e.getValue();
            byType = t;
        }
        TypeInfo i = type >= 0 && type < t.length ? t[type] : null;
        return i != null ? i : unknown;
    }

    @Override public int protocol() { return protocol; }
    @Override public String name() { return name; }

    @Override public Optional<String> typeName(int type) { return info(type).name(); }

    @Override public MessageKind kind(int type) { return info(type).kind(); }

    @Override public Optional<String> multicastGroup(PayloadContext ctx) {
        return info(ctx.type()).group().group(ctx);
    }

    @Override public String dissect(PayloadContext ctx) {
        TypeInfo t = info(ctx.type()).forFlags(ctx.flags());
        int fixed = t.fixedLength();
        if (ctx.length() == 0) return "no payload";
        if (t.attrs() != null) {
            // a type the tables describe: its fixed header (or the short rtgenmsg of a dump request), then its attributes
            StructDecoder sd = t.struct();
            int header;
            if (ctx.length() >= fixed) {
                if (sd != null) ctx.add(new Field(sd.name(), new Value.Nested(sd.decode(ctx.frame(), ctx.start(), ctx.littleEndian())), ctx.start(), fixed));
                else if (fixed > 0) ctx.add(new Field(t.fixedName(), ctx.raw(ctx.start(), ctx.start() + fixed), ctx.start(), fixed));
                header = fixed;
            } else if (t.shortHeader() != null && !ctx.cut() && ctx.length() >= StructDecoder.of(t.shortHeader()).size()) {
                StructDecoder shortHdr = StructDecoder.of(t.shortHeader());
                ctx.add(new Field(shortHdr.name(), new Value.Nested(shortHdr.decode(ctx.frame(), ctx.start(), ctx.littleEndian())),
                        ctx.start(), Math.min(ctx.length(), (shortHdr.size() + 3) & ~3)));
                header = Math.min(ctx.length(), (shortHdr.size() + 3) & ~3);
                if (header < ctx.length() && !ctx.isCleanAttributeRun(ctx.start() + header)) {
                    ctx.add(new Field("padding", ctx.raw(ctx.start() + header, ctx.end()), ctx.start() + header, ctx.length() - header));
                    return shortHdr.name();
                }
            } else {
                ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                        t.fixedName() + " needs " + fixed + " bytes, the payload has " + ctx.length()));
                return "malformed " + t.fixedName();
            }
            int n = header >= ctx.length() ? 0 : ctx.addAttributes(ctx.start() + header, AttributeSet.of(t.attrs()));
            return t.summary(n);
        }
        if (ctx.length() >= fixed && (ctx.length() == fixed || ctx.isCleanAttributeRun(ctx.start() + fixed))) {
            if (fixed > 0) ctx.add(new Field(t.fixedName(), ctx.raw(ctx.start(), ctx.start() + fixed), ctx.start(), fixed));
            int n = ctx.length() == fixed ? 0 : ctx.addAttributes(ctx.start() + fixed, null);
            return t.summary(n);
        }
        byte[] b = ctx.bytes(ctx.start(), ctx.end());
        String text = Formats.printableText(b);
        int used = b.length;
        if (text != null) {
            // text, its NUL, then MIN_ZERO_TAIL or more zero bytes: nlmsg_len covers more than the string
            // (the tutorials' NLMSG_SPACE(MAX_PAYLOAD)); shorter NUL/alignment padding stays in the payload
            int textEnd = b.length;
            while (b[textEnd - 1] == 0) textEnd--;
            if (b.length - (textEnd + 1) >= MIN_ZERO_TAIL) used = textEnd + 1;
        }
        ctx.add(new Field("payload", ctx.raw(ctx.start(), ctx.start() + used), ctx.start(), used));
        String tail = ctx.addTail(ctx.start() + used);
        return text != null ? '"' + (text.length() > 60 ? text.substring(0, 60) + "..." : text) + '"' + tail
                : "payload " + b.length + " bytes";
    }

    @Override public String keys(PayloadContext ctx) {
        TypeInfo t = info(ctx.type()).forFlags(ctx.flags());
        if (t.attrs() == null || ctx.length() < t.fixedLength()) return null;
        return Keys.scan(ctx, t.struct(), ctx.start() + t.fixedLength(),
                AttributeSet.of(t.attrs()));
    }

    /** The summary of a type the tables describe, when its fixed header fits and its attributes decode cleanly. */
    @Override public String summarize(PayloadContext ctx) {
        TypeInfo t = info(ctx.type()).forFlags(ctx.flags());
        if (t.attrs() == null || ctx.length() == 0 || ctx.length() < t.fixedLength()) return null;   // the other shapes: decoded whole
        int n = ctx.length() <= t.fixedLength() ? 0 : ctx.countIfClean(ctx.start() + t.fixedLength(), AttributeSet.of(t.attrs()));
        return n < 0 ? null : t.summary(n);
    }

    /**
     * Type 0 is what the tutorials' programs send as data (nlmsg_type left 0): decoded like any
     * data message here, rather than as the reserved control type it is.
     */
    @Override public boolean decodesControlType(int type) { return type == 0; }
}
