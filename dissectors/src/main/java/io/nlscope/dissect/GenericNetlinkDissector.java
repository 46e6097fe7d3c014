package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;

/**
 * NETLINK_GENERIC (protocol 16): nlmsg_type is a family id, the payload a genlmsghdr (command,
 * version) and the family's attributes.
 *
 * <p><b>Names.</b> A message's type name is its family's name as the kernel announces it
 * ({@code nlctrl}, {@code ethtool}, {@code nl80211} ...): that is what one id means for the
 * whole capture, so the nlmsg_type value stays one per id. The command ({@code
 * CTRL_CMD_NEWFAMILY}, {@code ETHTOOL_MSG_LINKINFO_GET} ...) leads the summary and is the
 * {@code cmd} of the {@code genlmsghdr} node. An id no announcement and no user names is
 * reported as {@code unresolved family 0x24}, with its attributes as attr_N. A known family
 * that no spec describes (e.g. {@code ovs_datapath}) gets its name and attr_N attributes.
 *
 * <p><b>Family ids</b> come from a {@link GenlFamilies} of this dissector's own: the fixed ids
 * of genetlink.h, ids a user gives (they win), and CTRL_CMD_NEWFAMILY announcements met while
 * decoding (from then on). {@link NetlinkCapture#open(java.nio.file.Path, Map)} also pre-scans
 * a file, so that announcements after a family's first use count; on standard input only
 * earlier announcements count. Use one dissector (one registry) per capture.
 *
 * <p><b>Commands.</b> The request and reply tables of a family may differ (ethtool numbers
 * them apart): a message with NLM_F_REQUEST reads by the request table, others (replies and
 * notifications) by the reply table, or kernel notifications (seq 0) by the family's event
 * table where the spec gives one ({@code -nl-events}). The command's {@code -nl-kind} is available through
 * {@link #kind(int, int, boolean)} and names the flags of a message through
 * {@link #kind(int, PayloadContext)}, which reads the command from the payload.
 */
@Decodes(16)
public final class GenericNetlinkDissector implements ProtocolDissector {
    static final int GENL_HDRLEN = 4;
    private static final int NLM_F_REQUEST = 0x1;

    private final GenlFamilies families;

    /** A dissector with its own, empty id map (the ServiceLoader's way). */
    public GenericNetlinkDissector() { this(new GenlFamilies()); }

    /** A dissector that resolves ids with {@code families} (learning into it). */
    public GenericNetlinkDissector(GenlFamilies families) { this.families = families; }

    /** A dissector to which a user gave ids, e.g. {@code Map.of(0x24, "ethtool")}. */
    public GenericNetlinkDissector(Map<Integer, String> given) { this(new GenlFamilies().giveAll(given)); }

    public GenlFamilies families() { return families; }

    @Override public int protocol() { return 16; }
    @Override public String name() { return "generic"; }

    @Override public Optional<String> typeName(int type) { return Optional.of(families.family(type).name); }

    @Override public MessageKind kind(int type) { return MessageKind.OTHER; }

    /** The kind of the message's command (its first payload byte), OTHER when unknown. */
    @Override public MessageKind kind(int type, PayloadContext ctx) {
        if (ctx.length() < GENL_HDRLEN) return MessageKind.OTHER;
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        GenlFamilies.Command c = families.family(type).command(ctx.frame().get(ctx.start()) & 0xff, request, !request && ctx.seq() == 0);
        return c == null ? MessageKind.OTHER : c.kind;
    }

    /** The group the family's spec gives the command (-nl-group), by the name the family announces it under. */
    @Override public Optional<String> multicastGroup(PayloadContext ctx) {
        if (ctx.length() < GENL_HDRLEN) return Optional.empty();
        GenlFamilies.Command c = families.family(ctx.type()).command(ctx.frame().get(ctx.start()) & 0xff, false, ctx.seq() == 0);
        return c == null ? Optional.empty() : c.group.group(ctx);
    }

    /** The command's name ({@code cmd 7} when the family does not name it; {@code ?} without a genlmsghdr). */
    @Override public String operation(PayloadContext ctx) {
        if (ctx.length() < GENL_HDRLEN) return "?";
        int cmd = ctx.frame().get(ctx.start()) & 0xff;
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        GenlFamilies.Command c = families.family(ctx.type()).command(cmd, request, !request && ctx.seq() == 0);
        return c != null ? c.name : "cmd " + cmd;
    }

    /** The kind the family's spec gives a command, OTHER when it gives none. */
    public MessageKind kind(int type, int cmd, boolean request) {
        GenlFamilies.Command c = families.family(type).command(cmd, request);
        return c == null ? MessageKind.OTHER : c.kind;
    }

    @Override public String dissect(PayloadContext ctx) {
        if (ctx.length() == 0) return "no payload";
        ByteBuffer b = ctx.frame();
        int start = ctx.start();
        if (ctx.length() < GENL_HDRLEN) {
            ctx.add(AttributeWalker.malformed(b, start, ctx.end(), "genlmsghdr needs 4 bytes, the payload has " + ctx.length()));
            return "malformed genlmsghdr";
        }
        GenlFamilies.Family fam = families.family(ctx.type());
        int cmd = b.get(start) & 0xff;
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        GenlFamilies.Command c = fam.command(cmd, request, !request && ctx.seq() == 0);
        FieldList.Builder hdr = new FieldList.Builder(3);
        hdr.add(new Field("cmd", c != null ? c.value : Value.Num.of(cmd), start, 1));
        hdr.add(new Field("version", Value.Num.of(b.get(start + 1) & 0xff), start + 1, 1));
        hdr.add(new Field("reserved", Value.Num.of(Bytes.u16(b, start + 2, ctx.littleEndian())), start + 2, 2));
        ctx.add(new Field("genlmsghdr", new Value.Nested(hdr.build()), start, GENL_HDRLEN));
        int from = attributesAt(ctx, fam);
        if (fam.fixedHeader != null && start + GENL_HDRLEN < ctx.end()) {   // the family's own header (ovs_header) before the attributes
            StructDecoder d = fam.fixedHeader;
            int at = start + GENL_HDRLEN;
            if (ctx.end() - at < d.size()) {
                ctx.add(AttributeWalker.malformed(b, at, ctx.end(), d.name() + " needs " + d.size() + " bytes, the payload has " + (ctx.end() - at)));
                return c != null ? c.name + ", malformed " + d.name() : "cmd " + cmd + ", malformed " + d.name();
            }
            ctx.add(new Field(d.name(), new Value.Nested(d.decode(b, at, ctx.littleEndian())), at, d.size()));
        }
        AttributeSet set = c != null ? c.attrs : fam.defaultAttrs;
        int n;
        if (from >= ctx.end()) n = 0;
        else n = fam.bigEndianAttrs ? ctx.addBigEndianAttributes(from, set) : ctx.addAttributes(from, set);
        learn(ctx);
        if (c != null) return c.summary(n);
        return "cmd " + cmd + ", " + n + (n == 1 ? " attribute" : " attributes");
    }

    /** A CTRL_CMD_NEWFAMILY from the kernel: its id and name, from then on. */
    @Override public void learn(PayloadContext ctx) {
        if (ctx.type() != GenlFamilies.GENL_ID_CTRL || ctx.length() < GENL_HDRLEN || (ctx.flags() & NLM_F_REQUEST) != 0) return;
        ByteBuffer b = ctx.frame();
        if ((b.get(ctx.start()) & 0xff) == GenlFamilies.CTRL_CMD_NEWFAMILY)
            families.learnFromNewFamily(b, ctx.start() + GENL_HDRLEN, ctx.end(), ctx.littleEndian(), false);
    }

    @Override public String keys(PayloadContext ctx) {
        if (ctx.length() < GENL_HDRLEN) return null;
        GenlFamilies.Family fam = families.family(ctx.type());
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        GenlFamilies.Command c = fam.command(ctx.frame().get(ctx.start()) & 0xff, request, !request && ctx.seq() == 0);
        if (fam.bigEndianAttrs) return null;   // no key attributes: TIPC's legacy TLVs
        return Keys.scan(ctx, null, attributesAt(ctx, fam),
                c != null ? c.attrs : fam.defaultAttrs);
    }

    @Override public String summarize(PayloadContext ctx) {
        if (ctx.length() < GENL_HDRLEN) return null;
        GenlFamilies.Family fam = families.family(ctx.type());
        int cmd = ctx.frame().get(ctx.start()) & 0xff;
        boolean request = (ctx.flags() & NLM_F_REQUEST) != 0;
        GenlFamilies.Command c = fam.command(cmd, request, !request && ctx.seq() == 0);
        int from = attributesAt(ctx, fam);
        if (from > ctx.end()) return null;   // a cut family header: decoded whole to say so
        int n = ctx.countIfClean(from, c != null ? c.attrs : fam.defaultAttrs, !fam.bigEndianAttrs && ctx.littleEndian());
        if (n < 0) return null;
        return c != null ? c.summary(n) : "cmd " + cmd + ", " + n + (n == 1 ? " attribute" : " attributes");
    }

    /** Where a message's attributes start: after genlmsghdr and the family's fixed header, if it has one. */
    private static int attributesAt(PayloadContext ctx, GenlFamilies.Family fam) {
        int at = ctx.start() + GENL_HDRLEN;
        return fam.fixedHeader == null ? at : at + ((fam.fixedHeader.size() + 3) & ~3);
    }
}
