package io.nlscope.dissect;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * What a protocol dissector gets for one message payload: the frame's bytes, where the payload
 * lies in them (offsets are frame offsets), the message's type and flags and byte order, and a
 * list to add its fields to.
 */
public final class PayloadContext {
    private final ByteBuffer frame;
    private final int start;
    private final int end;
    private final boolean littleEndian;
    private final int protocol;
    private final int type;
    private final int flags;
    private final long seq;
    private final FieldList.Builder fields;
    private final boolean headed;
    private boolean headersOnly;

    PayloadContext(ByteBuffer frame, int start, int end, boolean littleEndian, int protocol, int type, int flags,
                   FieldList.Builder fields) {
        this(frame, start, end, littleEndian, protocol, type, flags, -1, fields);
    }

    PayloadContext(ByteBuffer frame, int start, int end, boolean littleEndian, int protocol, int type, int flags,
                   long seq, FieldList.Builder fields) {
        this(frame, start, end, littleEndian, protocol, type, flags, seq, fields, true);
    }

    /** {@code headed}: the payload follows a nlmsghdr whose nlmsg_len ends it (false: a datagram without one). */
    PayloadContext(ByteBuffer frame, int start, int end, boolean littleEndian, int protocol, int type, int flags,
                   long seq, FieldList.Builder fields, boolean headed) {
        this.headed = headed;
        this.seq = seq;
        this.fields = fields;
        this.frame = frame;
        this.start = start;
        this.end = end;
        this.littleEndian = littleEndian;
        this.protocol = protocol;
        this.type = type;
        this.flags = flags;
    }

    /** The whole frame (read-only; positions are frame offsets). */
    public ByteBuffer frame() { return frame; }

    public int start() { return start; }
    public int end() { return end; }
    public int length() { return end - start; }
    public boolean littleEndian() { return littleEndian; }
    public int protocol() { return protocol; }
    public int type() { return type; }
    public int flags() { return flags; }

    /** The message's nlmsg_seq (-1 where there is none): kernel notifications carry 0. */
    public long seq() { return seq; }

    /** A Kaitai stream over the bytes [from, to) of the frame; its position 0 is {@code from}. */
    public KaitaiStream stream(int from, int to) {
        return new ByteBufferKaitaiStream(frame.slice(from, to - from));
    }

    /** A read-only view of the bytes [from, to) of the frame (no copy). */
    public ByteBuffer view(int from, int to) { return frame.slice(from, to - from); }

    /** The bytes [from, to) of the frame as a value, without copying them. */
    public Value.Raw raw(int from, int to) { return new Value.Raw(frame, from, to - from); }

    /** A copy of the bytes [from, to) of the frame. */
    public byte[] bytes(int from, int to) {
        byte[] b = new byte[to - from];
        frame.get(from, b);
        return b;
    }

    public void add(Field f) { fields.add(f); }

    /** How many fields the message has so far: where {@link #dropAfter} goes back to. */
    int fieldCount() { return fields.size(); }

    /** Drops the fields added after the first {@code n}. */
    void dropAfter(int n) { fields.truncate(n); }

    private InterfaceNames interfaces;

    /** The interface names the capture told before this message (what key fields such as RTA_OIF are shown with). */
    PayloadContext interfaces(InterfaceNames names) { interfaces = names; return this; }

    /** The interface names known when this message was read; null when nobody keeps them. */
    InterfaceNames interfaces() { return interfaces; }

    /** At {@link Depth#HEADERS}: attributes are kept as one raw field, not decoded. */
    PayloadContext headersOnly(boolean on) { headersOnly = on; return this; }

    private Origin origin;

    /** The byte order and kernel that sent the message ({@link NetlinkDissector}'s, one per byte order); must match this payload's byte order. */
    PayloadContext sentBy(Origin o) {
        if (o.le() != littleEndian) throw new IllegalArgumentException("an origin of the other byte order");
        origin = o;
        return this;
    }

    /** The sending kernel's release, when known. */
    public java.util.Optional<io.nlscope.capture.KernelRelease> kernel() { return java.util.Optional.ofNullable(origin().kernel()); }

    /** The byte order and kernel the walker reads this payload's attributes by. */
    Origin origin() { return origin != null ? origin : Origin.of(littleEndian); }

    /** True when the capture's snapshot length cut the payload at {@link #end()}: it claims more bytes than it has. */
    public boolean cut() { return origin != null && origin.cut() == end; }

    /** True when the dissector was asked for headers only ({@link Depth#HEADERS}): skip optional deep decoding. */
    public boolean headersOnly() { return headersOnly; }

    /**
     * Decodes [from, end) as attributes of the set (null when no table names them) and adds
     * them; returns how many top-level attributes were added.
     */
    public int addAttributes(int from, AttributeSet set) {
        return addAttributes(from, set, origin());
    }

    /**
     * As {@link #addAttributes(int, AttributeSet)}, for items laid out as netlink attributes but with their
     * length, type and values in network order whatever the sender's byte order (TIPC's struct tlv_desc).
     */
    int addBigEndianAttributes(int from, AttributeSet set) {
        return addAttributes(from, set, Origin.of(false, origin().kernel()));
    }

    private int addAttributes(int from, AttributeSet set, Origin o) {
        if (headersOnly) {
            if (from < end) add(new Field("attributes", raw(from, end), from, end - from));
            return AttributeWalker.countTopLevel(frame, from, end, o.le());
        }
        return AttributeWalker.walkInto(frame, from, end, o, set, fields, headerFamily());
    }

    /**
     * At {@link Depth#SUMMARY}: how many top-level attributes [from, end) holds when walking them as
     * attributes of {@code set} gives no malformed node, else -1.
     */
    public int countIfClean(int from, AttributeSet set) {
        return countIfClean(from, set, littleEndian);
    }

    /** The first byte of the payload: the address family every rtnetlink header starts with (-nl-nest-by-family); -1 for none. */
    private int headerFamily() { return start < end ? frame.get(start) & 0xff : -1; }

    /** As {@link #countIfClean(int, AttributeSet)}, the attributes read in the byte order given. */
    int countIfClean(int from, AttributeSet set, boolean le) {
        if (from >= end) return 0;
        Keys.Found k = new Keys.Found();
        int n = AttributeWalker.clean(frame, from, end, le, set, k, headerFamily());
        if (n >= 0) {
            cleanKeys = k;
            cleanFrom = from;
            cleanSet = set;
        }
        return n;
    }

    // the key fields the last clean walk ({@link #countIfClean}) collected, and what it walked
    private Keys.Found cleanKeys;
    private int cleanFrom;
    private AttributeSet cleanSet;

    /** The key fields a clean walk of [from, end) as {@code set} collected, or null when no such walk ran. */
    Keys.Found keysWalked(int from, AttributeSet set) {
        return cleanKeys != null && cleanFrom == from && cleanSet == set ? cleanKeys : null;
    }

    /** True when [from, end) is exactly a clean run of attributes (no attribute is cut or overruns). */
    public boolean isCleanAttributeRun(int from) {
        return AttributeWalker.isCleanRun(frame, from, end, littleEndian);
    }

    /**
     * The bytes [usedEnd, end) that the payload's decoding did not use: when there are any, adds
     * them as one field {@code trailing} (the exact bytes) and returns a note for the message's
     * summary, e.g. {@code " (payload 16 bytes, nlmsg_len claims 1040: 1008 bytes after it, all zero)"},
     * which is what a program that sets nlmsg_len to its whole buffer looks like. Returns ""
     * (and adds nothing) when the decoding used the whole payload.
     */
    public String addTail(int usedEnd) {
        if (usedEnd < start || usedEnd > end)
            throw new IllegalArgumentException("used end " + usedEnd + " is outside the payload [" + start + ", " + end + ")");
        if (usedEnd == end) return "";
        int n = end - usedEnd;
        add(new Field("trailing", raw(usedEnd, end), usedEnd, n));
        boolean zero = true;
        for (int i = usedEnd; i < end && zero; i++) zero = frame.get(i) == 0;
        return " (payload " + bytesText(usedEnd - start) + ", "
                + (headed ? "nlmsg_len claims " + (length() + NetlinkDissector.NLMSG_HDRLEN) : "the datagram has " + length())
                + ": " + bytesText(n) + " after it" + (zero ? ", all zero" : "") + ")";
    }

    private static String bytesText(int n) { return n + (n == 1 ? " byte" : " bytes"); }
}
