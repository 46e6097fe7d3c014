package io.nlscope.dissect;

import java.util.Optional;

/**
 * NETLINK_CONNECTOR (protocol 11). Every message is nlmsghdr of type NLMSG_DONE, then struct
 * cn_msg and its len bytes of data ({@code connector_message.cn_msg}). For the process events
 * connector (CN_IDX_PROC/CN_VAL_PROC) the data is a PROC_CN_MCAST_* op (4 bytes, from a
 * listener) or a struct proc_event: its header, then the event_data member that {@code what}
 * selects ({@code -nl-struct} of {@code connector_message.proc_event_what}), resolved once.
 */
@Decodes(11)
public final class ConnectorDissector implements ProtocolDissector {
    private static final String SPEC = "connector_message";
    private static final int NLMSG_DONE = 3;
    private static final int CN_IDX_PROC = 1, CN_VAL_PROC = 1;

    private final StructDecoder cnMsg = StructDecoder.of(SPEC + ".cn_msg");
    private final StructDecoder mcast = StructDecoder.of(SPEC + ".proc_cn_mcast");
    private final StructDecoder eventHeader = StructDecoder.of(SPEC + ".proc_event_header");
    private final long[] whats;
    private final StructDecoder[] events;
    private final String[] eventSummaries;

    public ConnectorDissector() {
        var entries = SpecTables.enumTable(SPEC + ".proc_event_what").entries().values();
        whats = new long[entries.size()];
        events = new StructDecoder[entries.size()];
        eventSummaries = new String[entries.size()];
        int i = 0;
        for (SpecTables.Entry e : entries) {
            whats[i] = e.value();
            events[i] = e.ext("struct").map(s -> StructDecoder.of(StructDecoder.qualify(SPEC, s))).orElse(null);
            eventSummaries[i] = "proc_event " + e.name();
            i++;
        }
    }

    @Override public int protocol() { return 11; }
    @Override public String name() { return "connector"; }
    @Override public Optional<String> typeName(int type) { return Optional.empty(); }
    @Override public MessageKind kind(int type) { return MessageKind.OTHER; }
    @Override public boolean decodesControlType(int type) { return type == NLMSG_DONE; }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        if (ctx.length() < cnMsg.size()) {
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(),
                    "cn_msg needs " + cnMsg.size() + " bytes, the payload has " + ctx.length()));
            return "malformed cn_msg";
        }
        var b = ctx.frame();
        boolean le = ctx.littleEndian();
        var cn = cnMsg.decode(b, ctx.start(), le);
        ctx.add(new Field(cnMsg.name(), new Value.Nested(cn), ctx.start(), cnMsg.size()));
        long idx = Bytes.u32(b, ctx.start(), le), val = Bytes.u32(b, ctx.start() + 4, le);
        int len = Bytes.u16(b, ctx.start() + 16, le);
        int from = ctx.start() + cnMsg.size();
        if (len > ctx.end() - from) {
            ctx.add(AttributeWalker.malformed(b, from, ctx.end(), "cn_msg len " + len + " runs past the payload ("
                    + (ctx.end() - from) + " bytes left)"));
            return "malformed cn_msg";
        }
        int to = from + len;
        String summary = "cn_msg";
        if (idx == CN_IDX_PROC && val == CN_VAL_PROC && len == mcast.size()) {
            ctx.add(new Field(mcast.name(), new Value.Nested(mcast.decode(b, from, le)), from, len));
            summary = mcast.name();
        } else if (idx == CN_IDX_PROC && val == CN_VAL_PROC && len >= eventHeader.size()) {
            summary = procEvent(ctx, from, to);
        } else if (len > 0) {
            ctx.add(new Field("data", ctx.raw(from, to), from, len));
        }
        if (to < ctx.end()) ctx.add(new Field("trailing", ctx.raw(to, ctx.end()), to, ctx.end() - to));
        return summary;
    }

    private String procEvent(PayloadContext ctx, int from, int to) {
        var b = ctx.frame();
        ctx.add(new Field(eventHeader.name(), new Value.Nested(eventHeader.decode(b, from, ctx.littleEndian())), from, eventHeader.size()));
        long what = Bytes.u32(b, from, ctx.littleEndian());
        int at = from + eventHeader.size();
        int i = 0;
        while (i < whats.length && whats[i] != what) i++;
        StructDecoder ev = i < whats.length ? events[i] : null;
        if (ev == null) {
            if (at < to) ctx.add(new Field("event_data", ctx.raw(at, to), at, to - at));
            return "proc_event " + what;
        }
        if (to - at < ev.size()) {
            ctx.add(AttributeWalker.malformed(b, at, to, ev.name() + " needs " + ev.size() + " bytes, the event has " + (to - at)));
            return "malformed " + ev.name();
        }
        // event_data is a union: the rest of it (up to the largest member) follows the member as is
        ctx.add(new Field(ev.name(), new Value.Nested(ev.decode(b, at, ctx.littleEndian())), at, to - at));
        return eventSummaries[i];
    }
}
