package io.nlscope.dissect;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.nlscope.capture.Frame;
import io.nlscope.ksy.NetlinkMessage.NlmsgDone;
import io.nlscope.ksy.NetlinkMessage.Nlmsgerr;
import io.nlscope.ksy.NetlinkMessage.Nlmsghdr;
import io.nlscope.ksy.NlmonCookedHeader;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns nlmon frames (LINKTYPE_NETLINK) into decoded messages: cooked header, then each
 * netlink message walked with the Kaitai type {@code netlink_message}, control messages
 * (ERROR/ACK with extended ACK, DONE) decoded here, the rest handed to the protocol's
 * dissector from the registry. Never throws for bad bytes: they become malformed nodes.
 *
 * <p>The byte order of the messages is the capturing host's. It is decided once per capture,
 * from the first frame in which exactly one of the two readings of nlmsg_len is plausible.
 * Not thread-safe: use one instance per capture.
 */
public final class NetlinkDissector {
    static final int COOKED = 16;
    static final int NLMSG_HDRLEN = 16;
    private static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;
    private static final int NLM_F_REQUEST = 0x1, NLM_F_CAPPED = 0x100, NLM_F_ACK_TLVS = 0x200;
    private static final int ARPHRD_NETLINK = 824;

    private static final SpecTables.EnumTable CONTROL = SpecTables.enumTable("netlink_message.nlmsg_control");
    private static final SpecTables.EnumTable PACKET_TYPES = SpecTables.enumTable("nlmon_cooked_header.packet_type");
    private static final AttributeSet EXT_ACK = AttributeSet.of("netlink_message.nlmsgerr_attr");

    private final ProtocolRegistry registry;
    private Boolean littleEndian;   // null until decided
    private Depth depth = Depth.FULL;
    private final InterfaceNames interfaces = new InterfaceNames();

    public NetlinkDissector(ProtocolRegistry registry) { this.registry = registry; }

    public NetlinkDissector() { this(ProtocolRegistry.standard()); }

    /** Forces the byte order of the messages instead of detecting it. */
    public NetlinkDissector withByteOrder(boolean le) { this.littleEndian = le; return this; }

    /** Decodes only as deep as {@code d} says ({@link Depth#FULL} by default). */
    public NetlinkDissector withDepth(Depth d) { this.depth = d; return this; }

    private io.nlscope.capture.KernelRelease kernel;
    private Origin originLe = Origin.of(true), originBe = Origin.of(false);   // the kernel's, for each byte order

    /**
     * The release of the kernel that sent the messages (null: unknown, the default): a value the kernel
     * renumbered between releases (IFLA_INET6_STATS) is read by it; unknown, such a value is shown by each
     * layout its length fits.
     */
    public NetlinkDissector withKernel(io.nlscope.capture.KernelRelease k) {
        this.kernel = k;
        originLe = Origin.of(true, k);
        originBe = Origin.of(false, k);
        return this;
    }

    private Origin origin(boolean le) { return le ? originLe : originBe; }

    /** The sending kernel's release, when known. */
    public Optional<io.nlscope.capture.KernelRelease> kernel() { return Optional.ofNullable(kernel); }

    public Depth depth() { return depth; }

    /** The interface names the messages dissected so far have told (rtnetlink RTM_NEWLINK), by index. */
    public InterfaceNames interfaces() { return interfaces; }

    private boolean headersOnly() { return depth == Depth.HEADERS; }

    /** The byte order in use, once decided. */
    public Optional<Boolean> littleEndian() { return Optional.ofNullable(littleEndian); }

    public DissectedFrame dissect(Frame frame) {
        ByteBuffer buf = frame.data();
        int end = buf.limit();
        boolean truncatedBySnaplen = frame.capturedLength() < frame.originalLength();
        if (end < COOKED) {
            NetlinkMessage m = bad(frame, -1, "?", 0, 0, end, "frame of " + end
                    + " bytes is shorter than the 16-byte nlmon cooked header", buf, true);
            return new DissectedFrame(frame.index(), frame.timestampNanos(), end, frame.originalLength(), -1, "?",
                    le(), List.of(), List.of(m), List.of(), frame.comments());
        }
        int protocol = Bytes.u16(buf, 14, false);   // big-endian, as in nlmon_cooked_header.ksy
        // the cooked header's fields are for the tree only
        List<Field> cooked = depth == Depth.FULL ? cooked(buf) : List.of();
        ProtocolDissector pd = registry.get(protocol);
        if (pd.framesOwnMessages()) return ownFramed(frame, buf, pd, protocol, cooked, end);
        boolean le = decideByteOrder(buf, COOKED, end);

        List<NetlinkMessage> msgs = new ArrayList<>(2);
        List<Field> trailer = List.of();
        // one stream for the frame, positioned at each message in turn (positions are frame offsets)
        ByteBufferKaitaiStream io = new ByteBufferKaitaiStream(buf.duplicate());
        int pos = COOKED, index = 0;
        while (pos < end) {
            int left = end - pos;
            if (allZero(buf, pos, end)) {
                trailer = List.of(new Field("padding", new Value.Raw(buf, pos, end - pos), pos, left));
                break;
            }
            if (left < NLMSG_HDRLEN) {
                NetlinkMessage m = bad(frame, protocol, pd.name(), index, pos, end, left + " bytes after the last message are too few for a"
                        + " 16-byte netlink header", buf, false);
                msgs.add(truncatedBySnaplen ? asCut(m, buf, end, pos + NLMSG_HDRLEN, "the header's first " + left + " of 16 bytes", true) : m);
                break;
            }
            long len = Bytes.u32(buf, pos, le);
            if (len < NLMSG_HDRLEN) {
                msgs.add(bad(frame, protocol, pd.name(), index, pos, end, "nlmsg_len " + len
                        + " is smaller than the 16-byte header; the rest of the frame cannot be split into messages", buf, true));
                break;
            }
            if (len > left && !truncatedBySnaplen) {
                msgs.add(bad(frame, protocol, pd.name(), index, pos, end, "nlmsg_len " + len + " runs past the end of the frame ("
                        + left + " bytes left)", buf, true));
                break;
            }
            if (len > left) {   // the capture's snapshot length cut it: what was captured whole is decoded
                msgs.add(cut(frame, buf, io, pd, protocol, index, pos, end, len, le));
                break;
            }
            long span = pd.messageLength(Bytes.u16(buf, pos + 4, le), len, left);   // audit's kernel records: nlmsg_len + 16
            int stop = (int) Math.min(end, pos + ((span + 3) & ~3L));
            msgs.add(message(frame, buf, io, pd, protocol, index, pos, (int) (pos + span), stop, le, -1));
            pos = stop;
            index++;
        }
        return new DissectedFrame(frame.index(), frame.timestampNanos(), end, frame.originalLength(), protocol,
                pd.name(), le, cooked, msgs.size() == 1 ? List.of(msgs.get(0)) : msgs, trailer, frame.comments());
    }

    private boolean le() { return littleEndian == null || littleEndian; }

    /** A datagram of a protocol without nlmsghdr framing: one message, the whole payload. */
    private DissectedFrame ownFramed(Frame frame, ByteBuffer buf, ProtocolDissector pd, int protocol, List<Field> cooked, int end) {
        boolean le = le();
        String typeName = pd.typeName(0).orElse("0x0000");
        FieldList.Builder fields = new FieldList.Builder(8);
        boolean cut = frame.capturedLength() < frame.originalLength();
        PayloadContext ctx = new PayloadContext(buf, COOKED, end, le, protocol, 0, 0, -1, fields, false).headersOnly(headersOnly())
                .sentBy(cut ? origin(le).cutAt(end) : origin(le));
        String summary = dissectPayload(pd, ctx, typeName);
        List<Field> tree = fields.build();
        NetlinkMessage m = new NetlinkMessage(frame.index(), frame.timestampNanos(), protocol, pd.name(), 0, COOKED, Math.max(end, frame.originalLength()) - COOKED,
                0, 0, 0, 0, typeName, MessageKind.OTHER, direction(frame, 0), inferred(frame), tree, summary, problemOf(tree),
                direction(frame, 0) == Direction.FROM_KERNEL ? group(pd, ctx) : Optional.empty(), Control.NONE, typeName, "");
        if (cut)   // a datagram cut by the snapshot length: its tree ends in a cut node
            m = asCut(m, buf, end, frame.originalLength(), end + " of " + frame.originalLength() + " bytes");
        return new DissectedFrame(frame.index(), frame.timestampNanos(), end, frame.originalLength(), protocol,
                pd.name(), le, cooked, List.of(m), List.of(), frame.comments());
    }

    private boolean decideByteOrder(ByteBuffer buf, int pos, int end) {
        if (littleEndian != null) return littleEndian;
        if (end - pos >= NLMSG_HDRLEN) {
            long l = Bytes.u32(buf, pos, true), b = Bytes.u32(buf, pos, false);
            boolean lok = l >= NLMSG_HDRLEN && l <= end - pos, bok = b >= NLMSG_HDRLEN && b <= end - pos;
            if (lok != bok) { littleEndian = lok; return lok; }
        }
        return true;   // undecided: read this frame little-endian, the common case
    }

    /**
     * A message the capture's snapshot length cut at {@code end} (its nlmsg_len {@code len} claims more): its header and
     * every item captured whole are decoded as usual; the item the cut falls in is a {@link Value.Cut} of its captured
     * bytes, and so is what a decoder found too short only because of the cut; where the cut falls between two items, a
     * cut node of no bytes ends the tree. The header's values stay the message's, for pairing.
     */
    private NetlinkMessage cut(Frame frame, ByteBuffer buf, ByteBufferKaitaiStream io, ProtocolDissector pd, int protocol,
                               int index, int pos, int end, long len, boolean le) {
        return asCut(message(frame, buf, io, pd, protocol, index, pos, end, end, le, end), buf, end, pos + len, (end - pos) + " of " + len + " bytes");
    }

    /** {@code m}, whose bytes the capture cut at {@code end} ({@code msgEnd}: where it would end), with its tree and summary saying so. */
    private static NetlinkMessage asCut(NetlinkMessage m, ByteBuffer buf, int end, long msgEnd, String captured) {
        return asCut(m, buf, end, msgEnd, captured, false);
    }

    /** @param noHeader the cut fell in the message's header: a message of type CUT */
    private static NetlinkMessage asCut(NetlinkMessage m, ByteBuffer buf, int end, long msgEnd, String captured, boolean noHeader) {
        List<Field> tree = cutTree(m.fields(), end, msgEnd);
        if (!endsCut(tree)) {   // the cut fell between two items, or in the padding after the last: the padding captured, cut
            int last = m.offset();
            for (Field f : tree) last = Math.max(last, f.offset() + f.length());
            int from = Math.min(last, end);
            List<Field> t = new ArrayList<>(tree);
            t.add(new Field("cut", new Value.Cut(msgEnd - from, buf, from, end - from), from, end - from));
            tree = t;
        }
        String note = "cut by the capture's snapshot length: " + captured + " captured";
        Optional<String> problem = problemOf(tree);
        // a decoder's summary of what it found too short (malformed before, nothing is now) is said by the note
        String said = m.malformed() && problem.isEmpty() ? "" : m.summary();
        String summary = said.isEmpty() || noHeader ? note : said + " [" + note + "]";
        String typeName = noHeader ? "CUT" : m.typeName();
        return new NetlinkMessage(m.frame(), m.timestampNanos(), m.protocol(), m.protocolName(), m.index(), m.offset(), m.length(),
                m.type(), m.flags(), m.seq(), m.pid(), typeName, m.kind(), m.direction(), m.directionInferred(), tree, summary,
                problem, m.group(), m.control(), noHeader ? typeName : m.operation(), m.keys());
    }

    /**
     * The tree with each malformed node that ends where the capture stopped made a cut node of the same bytes: a decoder
     * that found a struct or value too short found the cut. {@code msgEnd}: where the message would end.
     */
    private static List<Field> cutTree(List<Field> fields, int end, long msgEnd) {
        List<Field> out = null;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i), g = f;
            if (f.value() instanceof Value.Malformed mf && f.offset() + f.length() == end)
                g = new Field(f.name().equals("malformed") ? "cut" : f.name(), new Value.Cut(msgEnd - f.offset(), mf.source(), mf.offset(), mf.length()),
                        f.offset(), f.length());
            else if (f.value() instanceof Value.Nested n && f.offset() + f.length() >= end) {
                List<Field> k = cutTree(n.fields(), end, msgEnd);
                if (k != n.fields()) g = new Field(f.name(), new Value.Nested(k), f.offset(), Math.min(f.length(), end - f.offset()));
            }
            if (g != f && out == null) out = new ArrayList<>(fields.subList(0, i));
            if (out != null) out.add(g);
        }
        return out == null ? fields : out;
    }

    /** Whether the tree's last node (followed down through nests) is a cut node. */
    private static boolean endsCut(List<Field> fields) {
        if (fields.isEmpty()) return false;
        Field last = fields.get(fields.size() - 1);
        return last.value() instanceof Value.Cut || endsCut(last.children());
    }

    /** @param cut where the capture cut the message, -1 when it holds all of it */
    private NetlinkMessage message(Frame frame, ByteBuffer buf, ByteBufferKaitaiStream io, ProtocolDissector pd, int protocol,
                                   int index, int pos, int bodyEnd, int stop, boolean le, int cut) {
        io.nlscope.ksy.NetlinkMessage km = null;
        Nlmsghdr h;
        int rawType = Bytes.u16(buf, pos + 4, le);
        // once per message, whichever path decodes it: an RTM_NEWLINK names its interface for the messages after it
        if (protocol == 0) interfaces.learn(buf, rawType, pos + NLMSG_HDRLEN, (int) Math.min(bodyEnd, pos + Bytes.u32(buf, pos, le)), le);
        boolean own = rawType < 16 && pd.decodesControlType(rawType);
        if (depth != Depth.FULL && rawType >= 16 && !wholeAtHeaders(protocol, rawType)) {
            NetlinkMessage m = header(frame, buf, pd, protocol, index, pos, bodyEnd, le);
            if (m != null) return m;
        }
        try {
            io.seek(pos);
            // a protocol's message (or its own control type): only the header is the core's; the payload is read in place
            if (own || rawType >= 16 || (cut >= 0 && rawType == NLMSG_ERROR)) h = new Nlmsghdr(io, null, null, le);
            else h = (km = new io.nlscope.ksy.NetlinkMessage(io, le)).header();
        } catch (RuntimeException e) {
            // The framing was checked above, so this is a control message whose body is bad.
            return badBody(frame, buf, pd, protocol, index, pos, stop, le, e);
        }
        int type = h.nlmsgType(), flags = h.nlmsgFlags();
        String typeName = typeName(pd, type);
        FieldList.Builder fields = new FieldList.Builder(8);
        int bodyStart = pos + NLMSG_HDRLEN;
        // a protocol message's kind may depend on its payload (a generic netlink command)
        PayloadContext ctx = type >= 16 || own ? new PayloadContext(buf, bodyStart, bodyEnd, le, protocol, type, flags, h.nlmsgSeq(), fields)
                .headersOnly(headersOnly()).sentBy(cut < 0 ? origin(le) : origin(le).cutAt(cut)) : null;
        if (ctx != null) ctx.interfaces(interfaces);
        MessageKind kind = ctx != null ? payloadKind(pd, type, ctx) : kindOf(pd, type);
        fields.add(headerField("nlmsghdr", h, pos, protocol, kind, typeName));
        String summary;
        Control control = Control.NONE;
        String operation = typeName;
        if (km != null && km.payload() instanceof Nlmsgerr err) {
            ControlBody c = errorBody(buf, pd, err.error(), err.requestHeader(), err.requestPayload() != null,
                    err.extAck() != null ? bodyEnd - err._raw_extAck().length : -1, bodyStart, bodyEnd, le, fields, -1);
            summary = c.summary();
            control = c.control();
        } else if (cut >= 0 && type == NLMSG_ERROR) {
            ControlBody c = cutErrorBody(buf, pd, flags, bodyStart, bodyEnd, le, fields);
            summary = c.summary();
            control = c.control();
        } else if (km != null && km.payload() instanceof NlmsgDone done) {
            ControlBody c = doneBody(buf, done, bodyStart, bodyEnd, le, fields);
            summary = c.summary();
            control = c.control();
        } else if (type < 16 && !own) {
            summary = CONTROL.nameOrNull(type) != null ? "" : "reserved control type " + type;
            if (bodyEnd > bodyStart) fields.add(new Field("payload", new Value.Raw(buf, bodyStart, bodyEnd - bodyStart), bodyStart, bodyEnd - bodyStart));
        } else {
            operation = operation(pd, ctx, typeName);
            summary = dissectPayload(pd, ctx, typeName);
        }
        List<Field> tree = fields.build();
        Optional<String> problem = problemOf(tree);
        Direction dir = direction(frame, flags);
        return new NetlinkMessage(frame.index(), frame.timestampNanos(), protocol, pd.name(), index, pos, h.nlmsgLen(),
                type, flags, h.nlmsgSeq(), h.nlmsgPid(), typeName, kind, dir, inferred(frame),
                tree, summary, problem, dir == Direction.FROM_KERNEL && ctx != null ? group(pd, ctx) : Optional.empty(),
                control, operation, keys(pd, ctx, tree));
    }

    /**
     * At {@link Depth#HEADERS}, a protocol message (type 16 or above) as its header, kind, operation and group,
     * read straight from the bytes: no tree, no summary. At {@link Depth#SUMMARY} also its summary, when the
     * protocol can say it without a tree; null when it cannot (the caller decodes the message whole).
     */
    private NetlinkMessage header(Frame frame, ByteBuffer buf, ProtocolDissector pd, int protocol, int index, int pos, int bodyEnd, boolean le) {
        long len = Bytes.u32(buf, pos, le), seq = Bytes.u32(buf, pos + 8, le), pid = Bytes.u32(buf, pos + 12, le);
        int type = Bytes.u16(buf, pos + 4, le), flags = Bytes.u16(buf, pos + 6, le);
        String typeName = typeName(pd, type);
        PayloadContext ctx = new PayloadContext(buf, pos + NLMSG_HDRLEN, bodyEnd, le, protocol, type, flags, seq, null).headersOnly(true);
        ctx.interfaces(interfaces);
        try {
            pd.learn(ctx);
        } catch (RuntimeException e) {
            // what cannot be learnt stays unknown; decoding goes on
        }
        String summary = "";
        if (depth == Depth.SUMMARY) {
            try {
                summary = pd.summarize(ctx);
            } catch (RuntimeException e) {
                summary = null;
            }
            if (summary == null) return null;   // not certain without the tree: decoded whole
        }
        MessageKind kind = payloadKind(pd, type, ctx);
        Direction dir = direction(frame, flags);
        return new NetlinkMessage(frame.index(), frame.timestampNanos(), protocol, pd.name(), index, pos, len,
                type, flags, seq, pid, typeName, kind, dir, inferred(frame), List.of(), summary, Optional.empty(),
                dir == Direction.FROM_KERNEL ? group(pd, ctx) : Optional.empty(), Control.NONE, operation(pd, ctx, typeName),
                depth == Depth.SUMMARY ? keys(pd, ctx, List.of()) : "");
    }

    /**
     * Messages decoded whole even at {@link Depth#HEADERS}: those of custom units (2, 17, 23 and above), whose copies pairing tells apart by their decoded content.
     */
    private static boolean wholeAtHeaders(int protocol, int type) {
        return protocol == 2 || protocol == 17 || protocol >= 23;
    }

    /** What a protocol message is about: from its bytes where the protocol reads them, else from its tree; "" for others. */
    private static String keys(ProtocolDissector pd, PayloadContext ctx, List<Field> tree) {
        if (ctx == null) return "";
        String k;
        try {
            k = pd.keys(ctx);
        } catch (RuntimeException e) {
            k = null;
        }
        return k != null ? k : Keys.of(tree, ctx.interfaces());
    }

    /** The protocol's name of what the message does, else the type's name; a dissector that throws gives the type's name. */
    private static String operation(ProtocolDissector pd, PayloadContext ctx, String typeName) {
        try {
            String op = pd.operation(ctx);
            return op != null ? op : typeName;
        } catch (RuntimeException e) {
            return typeName;
        }
    }

    /** What a control message's body says: its summary and its typed data. */
    private record ControlBody(String summary, Control control) {}

    /**
     * An NLMSG_ERROR the capture's snapshot length cut at {@code end}: the error code and the echoed request's header
     * when captured, the request's payload and the extended ACK as far as they were; the rest is the cut node
     * {@link #asCut} makes.
     */
    private ControlBody cutErrorBody(ByteBuffer buf, ProtocolDissector pd, int flags, int start, int end, boolean le, FieldList.Builder out) {
        if (end - start < 4) {
            if (end > start) out.add(new Field("error", new Value.Cut(4, buf, start, end - start), start, end - start));
            return new ControlBody("error", new Control(0, false, -1, -1, -1, -1, ""));   // ACK or error: not known
        }
        int error = (int) Bytes.u32(buf, start, le);
        if (end - start < 4 + NLMSG_HDRLEN) {
            out.add(errorField(error, start));
            int r = start + 4;   // the echoed request's header, cut
            if (end > r) out.add(new Field("request", new Value.Cut(NLMSG_HDRLEN, buf, r, end - r), r, end - r));
            return errnoOnly(error);
        }
        ByteBufferKaitaiStream rio = new ByteBufferKaitaiStream(buf.duplicate());
        rio.seek(start + 4);
        Nlmsghdr rh;
        try {
            rh = new Nlmsghdr(rio, null, null, le);
        } catch (RuntimeException e) {   // an echoed nlmsg_len below 16: that header is malformed, the rest is the cut
            int r = start + 4, h = r + NLMSG_HDRLEN;
            out.add(errorField(error, start));
            out.add(AttributeWalker.malformed(buf, r, h, "echoed request header does not parse: " + reason(e)));
            if (end > h) out.add(new Field("cut", new Value.Cut(end - h, buf, h, end - h), h, end - h));
            return errnoOnly(error);
        }
        boolean payload = error != 0 && (flags & NLM_F_CAPPED) == 0;   // as netlink_message.ksy's has_request_payload
        long reqEnd = start + 4 + (payload ? Math.max(NLMSG_HDRLEN, rh.nlmsgLen()) : NLMSG_HDRLEN);
        long extStart = (flags & NLM_F_ACK_TLVS) != 0 ? (reqEnd + 3) & ~3L : -1;
        return errorBody(buf, pd, error, rh, payload, extStart < end ? (int) extStart : -1, start, end, le, out, end);
    }

    /** An error whose echoed request is not known (cut, or its header malformed): its errno alone. */
    private static ControlBody errnoOnly(int error) {
        return new ControlBody(errnoText(error), new Control(error, true, -1, -1, -1, -1, ""));
    }

    /** "ACK", or "error ENOENT "No such file or directory"". */
    private static String errnoText(int error) {
        return error == 0 ? "ACK" : "error " + Errno.name(error) + " \"" + Errno.text(error) + "\"";
    }

    private static Field errorField(int error, int start) {
        return new Field("error", error == 0 ? new Value.Named(0, "ACK") : new Value.Named(error, Errno.name(error)), start, 4);
    }

    /**
     * The body of an NLMSG_ERROR: {@code error}, the echoed request's header {@code rh} and (when {@code payload}) its
     * payload, decoded as the protocol's own message, then the extended ACK from {@code extStart} (-1: none).
     * {@code cut}: where the capture's snapshot length cut the message, -1 when it holds all of it.
     */
    private ControlBody errorBody(ByteBuffer buf, ProtocolDissector pd, int error, Nlmsghdr rh, boolean payload, int extStart,
                                  int start, int end, boolean le, FieldList.Builder out, int cut) {
        out.add(errorField(error, start));
        int rType = rh.nlmsgType();
        String rName = typeName(pd, rType);
        FieldList.Builder req = new FieldList.Builder(4);
        int reqEnd = start + 4 + NLMSG_HDRLEN;
        int pStart = reqEnd;
        if (payload) reqEnd = (int) Math.min(end, start + 4 + rh.nlmsgLen());
        Origin o = reqEnd == cut ? origin(le).cutAt(cut) : origin(le);
        PayloadContext ctx = payload && (rType >= 16 || pd.decodesControlType(rType)) && !headersOnly()
                ? new PayloadContext(buf, pStart, reqEnd, le, pd.protocol(), rType, rh.nlmsgFlags(), rh.nlmsgSeq(), req).sentBy(o) : null;
        req.add(headerField("nlmsghdr", rh, start + 4, pd.protocol(), ctx != null ? payloadKind(pd, rType, ctx) : kindOf(pd, rType), rName));
        if (payload) {
            if (ctx != null) {
                int before = ctx.fieldCount();
                try { pd.dissect(ctx); } catch (RuntimeException e) {
                    ctx.dropAfter(before);   // as dissectPayload does
                    ctx.add(AttributeWalker.malformed(buf, pStart, reqEnd, "echoed request does not parse: " + reason(e)));
                }
            } else if (reqEnd > pStart) {
                req.add(new Field("payload", new Value.Raw(buf, pStart, reqEnd - pStart), pStart, reqEnd - pStart));
            }
        }
        List<Field> request = req.build();
        out.add(new Field("request", new Value.Nested(request), start + 4, reqEnd - (start + 4)));
        String extMsg = "";
        List<Field> ext = List.of();
        if (extStart >= 0) {
            int aStart = extStart;
            List<Field> attrs = AttributeWalker.walk(buf, aStart, end, end == cut ? origin(le).cutAt(cut) : origin(le), EXT_ACK);
            if (payload && !headersOnly()) attrs = withPaths(attrs, request, start + 4);
            out.add(new Field("ext_ack", new Value.Nested(attrs), aStart, end - aStart));
            extMsg = extAckText(attrs);
            ext = attrs;
        } else {
            int used = payload ? (int) Math.min(end, start + 4 + ((rh.nlmsgLen() + 3) & ~3L)) : reqEnd;
            trailing(buf, used, end, out);
        }
        Control control = new Control(error, true, rh.nlmsgLen(), rType, rh.nlmsgFlags(), rh.nlmsgSeq(), extAckMessage(ext));
        if (headersOnly()) return new ControlBody("", control);   // no summary at HEADERS
        String what = rName + " seq=" + rh.nlmsgSeq();
        return new ControlBody(errnoText(error) + (error == 0 ? " " : " for ") + what + extMsg, control);
    }

    private ControlBody doneBody(ByteBuffer buf, NlmsgDone done, int start, int end, boolean le, FieldList.Builder out) {
        String s = "end of dump";
        List<Field> ext = List.of();
        if (done.error() != null) {
            int e = done.error();
            out.add(new Field("error", e == 0 ? Value.Num.signed(0) : new Value.Named(e, Errno.name(e)), start, 4));
            if (e != 0) s += ", error " + Errno.name(e) + " \"" + Errno.text(e) + "\"";
        }
        if (done.extAck() != null) {
            int aStart = end - done._raw_extAck().length;
            List<Field> attrs = AttributeWalker.walk(buf, aStart, end, le, EXT_ACK);
            out.add(new Field("ext_ack", new Value.Nested(attrs), aStart, end - aStart));
            s += extAckText(attrs);
            ext = attrs;
        } else {
            trailing(buf, start + (done.error() != null ? 4 : 0), end, out);
        }
        return new ControlBody(s, new Control(done.error() != null ? done.error() : 0, done.error() != null, -1, -1, -1, -1, extAckMessage(ext)));
    }

    /**
     * The bytes of a control message after what its layout holds (an NLMSG_ERROR or NLMSG_DONE whose nlmsg_len
     * covers more, without NLM_F_ACK_TLVS to make them extended ACK attributes), as one field {@code trailing}.
     */
    private static void trailing(ByteBuffer buf, int used, int end, FieldList.Builder out) {
        if (used < end) out.add(new Field("trailing", new Value.Raw(buf, used, end - used), used, end - used));
    }

    private static String extAckMessage(List<Field> attrs) {
        for (Field f : attrs)
            if (f.name().equals("NLMSGERR_ATTR_MSG") && f.value() instanceof Value.Text t) return t.text();
        return "";
    }

    private static String extAckText(List<Field> attrs) {
        String msg = "", at = "";
        for (Field f : attrs) {
            if (f.name().equals("NLMSGERR_ATTR_MSG") && f.value() instanceof Value.Text t) msg = ": " + t.text();
            if (f.name().equals("NLMSGERR_ATTR_OFFS_PATH") && f.value() instanceof Value.Text t) at = " (at " + t.text() + ")";
        }
        return msg + at;
    }

    /**
     * NLMSGERR_ATTR_OFFS and NLMSGERR_ATTR_MISS_NEST are offsets into the request the kernel
     * rejected, counted from its nlmsghdr. When the request is echoed, each is followed by the
     * path of the attribute it points at (IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VXLAN_ID).
     */
    private static List<Field> withPaths(List<Field> attrs, List<Field> request, int requestStart) {
        FieldList.Builder b = null;
        for (int i = 0; i < attrs.size(); i++) {
            Field f = attrs.get(i);
            String name = f.name();
            if ((name.equals("NLMSGERR_ATTR_OFFS") || name.equals("NLMSGERR_ATTR_MISS_NEST")) && f.value() instanceof Value.Num n) {
                List<Field> path = new ArrayList<>();
                if (pathTo(request, requestStart + (int) n.value(), path)) {
                    if (b == null) { b = new FieldList.Builder(attrs.size() + 1); for (int j = 0; j < i; j++) b.add(attrs.get(j)); }
                    b.add(f);
                    StringBuilder sb = new StringBuilder();
                    for (Field p : path) sb.append(sb.length() == 0 ? "" : " > ").append(p.name());
                    Field target = path.get(path.size() - 1);
                    b.add(new Field(name + "_PATH", new Value.Text(sb.toString()), target.offset(), target.length()));
                    continue;
                }
            }
            if (b != null) b.add(f);
        }
        return b == null ? attrs : b.build();
    }

    /** Fills {@code path} with the fields from the top down to the one starting at {@code offset}. */
    private static boolean pathTo(List<Field> fields, int offset, List<Field> path) {
        for (Field f : fields) {
            if (f.name().equals("nlmsghdr") || offset < f.offset() || offset >= f.offset() + Math.max(1, f.length())) continue;
            path.add(f);
            if (f.offset() == offset && !f.name().equals(f.name().toLowerCase(java.util.Locale.ROOT))) return true;
            if (pathTo(f.children(), offset, path)) return true;
            path.remove(path.size() - 1);
        }
        return false;
    }

    private Field headerField(String name, Nlmsghdr h, int pos, int protocol, MessageKind kind, String typeName) {
        return new Field(name, new Value.Nested(new HeaderFields(pos, h.nlmsgLen(), typeValue(protocol, h.nlmsgType(), typeName),
                NlFlags.value(h.nlmsgFlags(), kind), h.nlmsgSeq(), h.nlmsgPid())), pos, NLMSG_HDRLEN);
    }

    private final Value.Named[][] typeValues = new Value.Named[ProtocolRegistry.MAX_PROTOCOLS][];

    /** The nlmsg_type value, shared by all messages of that protocol and type. */
    private Value.Named typeValue(int protocol, int type, String typeName) {
        if (protocol < 0 || protocol >= typeValues.length) return new Value.Named(type, typeName);
        Value.Named[] t = typeValues[protocol];
        if (t == null) typeValues[protocol] = t = new Value.Named[0x10000];
        Value.Named v = t[type];
        if (v == null) t[type] = v = new Value.Named(type, typeName);
        return v;
    }

    private static MessageKind kindOf(ProtocolDissector pd, int type) {
        if (type == NLMSG_ERROR || type == NLMSG_DONE) return MessageKind.ACK;
        if (type < 16) return MessageKind.OTHER;
        return pd.kind(type);
    }

    /** The kind of a protocol message (type >= 16), from its payload when the dissector reads it there. */
    private static MessageKind payloadKind(ProtocolDissector pd, int type, PayloadContext ctx) {
        try {
            return pd.kind(type, ctx);
        } catch (RuntimeException e) {
            return pd.kind(type);   // a payload too bad to say: the type's kind; dissect reports the rest
        }
    }

    private static String typeName(ProtocolDissector pd, int type) {
        String n = type < 16 ? CONTROL.nameOrNull(type) : pd.typeName(type).orElse(null);
        return n != null ? n : hex(type);
    }

    private static final String[] HEX_NAMES = new String[0x10000];

    /** "0x001a" for a type no table names; made once per type. */
    private static String hex(int type) {
        String h = HEX_NAMES[type];
        if (h == null) HEX_NAMES[type] = h = String.format("0x%04x", type);
        return h;
    }

    private static Direction direction(Frame frame, int flags) {
        switch (frame.direction()) {
            case INBOUND: return Direction.FROM_KERNEL;
            case OUTBOUND: return Direction.TO_KERNEL;
            default: return (flags & NLM_F_REQUEST) != 0 ? Direction.TO_KERNEL : Direction.FROM_KERNEL;
        }
    }

    private static boolean inferred(Frame frame) {
        return frame.direction() == io.nlscope.capture.Direction.UNKNOWN;
    }

    private final byte[] lastCooked = new byte[COOKED];
    private List<Field> lastCookedFields;

    /** The cooked header's fields; the same as the previous frame's when its 16 bytes are (nearly every frame). */
    private List<Field> cooked(ByteBuffer buf) {
        if (lastCookedFields != null && sameCooked(buf)) return lastCookedFields;
        lastCookedFields = cookedFields(buf, new NlmonCookedHeader(new ByteBufferKaitaiStream(buf.slice(0, COOKED))));
        buf.get(0, lastCooked);
        return lastCookedFields;
    }

    private boolean sameCooked(ByteBuffer buf) {
        for (int i = 0; i < COOKED; i++) if (buf.get(i) != lastCooked[i]) return false;
        return true;
    }

    private List<Field> cookedFields(ByteBuffer buf, NlmonCookedHeader ch) {
        String pt = PACKET_TYPES.nameOrNull(ch.packetTypeRaw());
        return List.of(
                new Field("packet_type", pt == null ? Value.Num.of(ch.packetTypeRaw()) : new Value.Named(ch.packetTypeRaw(), pt), 0, 2),
                new Field("arphrd_type", ch.arphrdType() == ARPHRD_NETLINK ? new Value.Named(ARPHRD_NETLINK, "ARPHRD_NETLINK")
                        : Value.Num.of(ch.arphrdType()), 2, 2),
                new Field("address_length", Value.Num.of(ch.addressLength()), 4, 2),
                new Field("address", new Value.Raw(buf, 6, 8), 6, 8),   // the frame's bytes, where they are
                new Field("protocol", new Value.Named(ch.protocolRaw(), ProtocolRegistry.kernelName(ch.protocolRaw())), 14, 2));
    }

    /** A message whose header is readable but whose control body is not. */
    private NetlinkMessage badBody(Frame frame, ByteBuffer buf, ProtocolDissector pd, int protocol, int index,
                                   int pos, int stop, boolean le, RuntimeException e) {
        int type = Bytes.u16(buf, pos + 4, le), flags = Bytes.u16(buf, pos + 6, le);
        long len = Bytes.u32(buf, pos, le);
        String typeName = typeName(pd, type);
        MessageKind kind = kindOf(pd, type);
        String reason = typeName + " body does not parse: " + reason(e);
        List<Field> fields = List.of(
                headerFieldRaw(buf, pos, le, kind, typeName),
                AttributeWalker.malformed(buf, pos + NLMSG_HDRLEN, (int) Math.min(stop, pos + len), reason));
        return new NetlinkMessage(frame.index(), frame.timestampNanos(), protocol, pd.name(), index, pos, len, type, flags,
                Bytes.u32(buf, pos + 8, le), Bytes.u32(buf, pos + 12, le), typeName, kind, direction(frame, flags), inferred(frame),
                fields, "malformed " + typeName, Optional.of(reason), Optional.empty(), Control.NONE, typeName, "");
    }

    private static Field headerFieldRaw(ByteBuffer buf, int pos, boolean le, MessageKind kind, String typeName) {
        List<Field> f = List.of(
                new Field("nlmsg_len", Value.Num.of(Bytes.u32(buf, pos, le)), pos, 4),
                new Field("nlmsg_type", new Value.Named(Bytes.u16(buf, pos + 4, le), typeName), pos + 4, 2),
                new Field("nlmsg_flags", NlFlags.value(Bytes.u16(buf, pos + 6, le), kind), pos + 6, 2),
                new Field("nlmsg_seq", Value.Num.of(Bytes.u32(buf, pos + 8, le)), pos + 8, 4),
                new Field("nlmsg_pid", Value.Num.of(Bytes.u32(buf, pos + 12, le)), pos + 12, 4));
        return new Field("nlmsghdr", new Value.Nested(f), pos, NLMSG_HDRLEN);
    }

    /**
     * A region that is no well-formed message. When a header can be read ({@code hasHeader}),
     * its values are kept so the message still shows its type, seq and pid.
     */
    private NetlinkMessage bad(Frame frame, int protocol, String protocolName, int index, int pos, int end,
                               String reason, ByteBuffer buf, boolean hasHeader) {
        boolean le = le();
        hasHeader &= end - pos >= NLMSG_HDRLEN;
        int type = 0, flags = 0;
        long len = end - pos, seq = 0, pid = 0;
        String typeName = "MALFORMED";
        MessageKind kind = MessageKind.OTHER;
        List<Field> fields = new ArrayList<>(2);
        if (hasHeader) {
            ProtocolDissector pd = registry.get(protocol);
            type = Bytes.u16(buf, pos + 4, le);
            flags = Bytes.u16(buf, pos + 6, le);
            len = Bytes.u32(buf, pos, le);
            seq = Bytes.u32(buf, pos + 8, le);
            pid = Bytes.u32(buf, pos + 12, le);
            typeName = typeName(pd, type);
            kind = kindOf(pd, type);
            fields.add(headerFieldRaw(buf, pos, le, kind, typeName));
            fields.add(AttributeWalker.malformed(buf, pos + NLMSG_HDRLEN, end, reason));
        } else {
            fields.add(AttributeWalker.malformed(buf, pos, end, reason));
        }
        return new NetlinkMessage(frame.index(), frame.timestampNanos(), protocol, protocolName, index, pos, len,
                type, flags, seq, pid, typeName, kind, direction(frame, flags), inferred(frame),
                fields, "malformed: " + reason, Optional.of(reason), Optional.empty(), Control.NONE, typeName, "");
    }

    /** The multicast group of a message from the kernel, where its protocol defines one; a dissector that throws gives none. */
    private static Optional<String> group(ProtocolDissector pd, PayloadContext ctx) {
        try {
            return pd.multicastGroup(ctx);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The protocol's decoding of a payload; a dissector that throws leaves one malformed node over the payload, not an
     * exception, and not the fields it added before it threw (they may overlap the node, or lie outside the message).
     */
    private static String dissectPayload(ProtocolDissector pd, PayloadContext ctx, String typeName) {
        int before = ctx.fieldCount();
        try {
            return pd.dissect(ctx);
        } catch (RuntimeException e) {
            ctx.dropAfter(before);
            ctx.add(AttributeWalker.malformed(ctx.frame(), ctx.start(), ctx.end(), "payload does not parse as " + typeName + ": " + reason(e)));
            return "malformed " + typeName;
        }
    }

    /** The first malformed node's reason, if the tree has one. */
    private static Optional<String> problemOf(List<Field> tree) {
        if (tree instanceof ImmutableFields fl && !fl.malformedInside()) return Optional.empty();
        for (Field f : tree) if (f.containsMalformed()) return Optional.of(firstMalformedReason(tree));
        return Optional.empty();
    }

    private static String firstMalformedReason(List<Field> fields) {
        for (Field f : fields) {
            if (f.value() instanceof Value.Malformed m) return m.reason() + " (at offset " + f.offset() + ")";
            String r = firstMalformedReason(f.children());
            if (r != null) return r;
        }
        return null;
    }

    private static String reason(RuntimeException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    private static boolean allZero(ByteBuffer b, int from, int to) {
        for (int i = from; i < to; i++) if (b.get(i) != 0) return false;
        return true;
    }

}
