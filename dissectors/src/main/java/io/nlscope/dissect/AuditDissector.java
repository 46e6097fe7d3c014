package io.nlscope.dissect;

import java.util.Optional;

/**
 * NETLINK_AUDIT (protocol 9). The type table {@code audit_message.audit_msg_type} says, per
 * type, the struct of a request or reply ({@code -nl-fixed-header}: audit_status,
 * audit_rule_data ...), what follows it ({@code -nl-tail}: rule-buf, the rule's buflen bytes of
 * string fields; text, a string) and whether the payload is a text record ({@code -nl-text}).
 * Types in the user message ranges ({@code audit_user_ranges}) that the header leaves unnamed
 * get a name of their own. All of it is resolved into arrays indexed by type once.
 */
@Decodes(9)
public final class AuditDissector implements ProtocolDissector {
    private static final String SPEC = "audit_message";
    private static final int TYPES = 3000;
    private static final int TAIL_NONE = 0, TAIL_RULE_BUF = 1, TAIL_TEXT = 2;

    private final MessageTypes types = new MessageTypes(TYPES);
    private final StructDecoder[] structs = new StructDecoder[TYPES];
    private final byte[] tails = new byte[TYPES];
    private final boolean[] text = new boolean[TYPES];

    public AuditDissector() {
        for (SpecTables.Entry r : SpecTables.enumTable(SPEC + ".audit_user_ranges").entries().values()) {
            int last = Integer.parseInt(r.ext("last").orElseThrow());
            for (int t = (int) r.value(); t <= last && t < TYPES; t++) {
                types.put(t, "AUDIT_USER_MSG_" + t, MessageKind.OTHER);
                text[t] = true;
            }
        }
        for (SpecTables.Entry e : SpecTables.enumTable(SPEC + ".audit_msg_type").entries().values()) {
            int t = (int) e.value();
            types.put(t, e);
            structs[t] = e.ext("fixed-header").map(h -> StructDecoder.of(StructDecoder.qualify(SPEC, h))).orElse(null);
            String tail = e.ext("after-header").orElse("");
            tails[t] = (byte) (tail.equals("rule-buf") ? TAIL_RULE_BUF : tail.equals("text") ? TAIL_TEXT : TAIL_NONE);
            text[t] = e.ext("text").map(Boolean::parseBoolean).orElse(text[t]);
        }
    }

    @Override public int protocol() { return 9; }
    @Override public String name() { return "audit"; }

    @Override public Optional<String> typeName(int type) { return types.name(type); }

    @Override public MessageKind kind(int type) { return types.kind(type); }

    @Override public Optional<String> multicastGroup(PayloadContext ctx) { return types.group(ctx); }

    /**
     * The kernel's audit records (kauditd: a text record type from 1100 on) put only their text's length in
     * nlmsg_len, not the 16-byte header's (auditd reads them so): where nlmsg_len plus 16 is exactly what the
     * datagram has left, the record spans that. A message whose nlmsg_len counts its header is read by it.
     */
    @Override public long messageLength(int type, long nlmsgLen, int left) {
        boolean record = type >= 1100 && type < TYPES && text[type];
        long withHeader = nlmsgLen + NetlinkDissector.NLMSG_HDRLEN;
        return record && withHeader <= left && ((withHeader + 3) & ~3L) >= left ? withHeader : nlmsgLen;
    }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        int type = ctx.type();
        boolean known = type >= 0 && type < TYPES;
        StructDecoder sd = known ? structs[type] : null;
        if (sd != null) return struct(ctx, sd, tails[type]);
        if (known && text[type]) {
            String t = text(ctx, ctx.start(), "text");
            // nlmsg_len (16 bytes before the payload) equal to the payload's length: a kernel record's (messageLength)
            boolean payloadOnly = Bytes.u32(ctx.frame(), ctx.start() - NetlinkDissector.NLMSG_HDRLEN, ctx.littleEndian()) == ctx.length();
            return payloadOnly ? t + " (nlmsg_len counts the text only, as the kernel's audit records do)" : t;
        }
        ctx.add(new Field("payload", ctx.raw(ctx.start(), ctx.end()), ctx.start(), ctx.length()));
        return "payload " + ctx.length() + " bytes";
    }

    private static String struct(PayloadContext ctx, StructDecoder sd, int tail) {
        if (ctx.length() < sd.size()) {
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                    sd.name() + " needs " + sd.size() + " bytes, the payload has " + ctx.length()));
            return "malformed " + sd.name();
        }
        var fields = sd.decode(ctx.frame(), ctx.start(), ctx.littleEndian());
        ctx.add(new Field(sd.name(), new Value.Nested(fields), ctx.start(), sd.size()));
        int at = ctx.start() + sd.size();
        if (tail == TAIL_RULE_BUF) {
            long buflen = ((Value.Num) fields.get(fields.size() - 1).value()).value();   // buflen is the struct's last field
            if (buflen > ctx.end() - at) {
                ctx.add(AttributeWalker.malformed(ctx.frame(), at, ctx.end(),
                        "buflen " + buflen + " runs past the payload (" + (ctx.end() - at) + " bytes left)"));
                return "malformed " + sd.name();
            }
            if (buflen > 0) ctx.add(new Field("buf", ctx.raw(at, at + (int) buflen), at, (int) buflen));
            at += (int) buflen;
        } else if (tail == TAIL_TEXT && at < ctx.end()) {
            text(ctx, at, "ctx");
            at = ctx.end();
        }
        if (at < ctx.end()) ctx.add(new Field("trailing", ctx.raw(at, ctx.end()), at, ctx.end() - at));
        return sd.name();
    }

    /**
     * A text record or string: the bytes up to the first NUL (or the end), as text; the field holds the NULs after
     * it too when nothing else follows (as a string attribute's field holds its NUL), else those bytes are trailing.
     */
    private static String text(PayloadContext ctx, int from, String name) {
        int stop = from;
        var b = ctx.frame();
        while (stop < ctx.end() && b.get(stop) != 0) stop++;
        String s = CapturedText.decode(ctx.frame(), from, stop);
        boolean zeros = zeros(ctx, stop, ctx.end());
        ctx.add(new Field(name, new Value.Text(s), from, (zeros ? ctx.end() : stop) - from));
        if (!zeros) ctx.add(new Field("trailing", ctx.raw(stop, ctx.end()), stop, ctx.end() - stop));
        return '"' + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + '"';
    }

    private static boolean zeros(PayloadContext ctx, int from, int to) {
        for (int i = from; i < to; i++) if (ctx.frame().get(i) != 0) return false;
        return true;
    }
}
