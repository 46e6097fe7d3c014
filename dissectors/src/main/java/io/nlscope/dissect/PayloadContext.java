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

    PayloadContext(ByteBuffer frame, int start, int end, boolean littleEndian, int protocol, int type, int flags,
                   FieldList.Builder fields) {
        this(frame, start, end, littleEndian, protocol, type, flags, -1, fields);
    }

    PayloadContext(ByteBuffer frame, int start, int end, boolean littleEndian, int protocol, int type, int flags,
                   long seq, FieldList.Builder fields) {
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

    /**
     * Decodes [from, end) as attributes of the set (null when no table names them) and adds
     * them; returns how many top-level attributes were added.
     */
    public int addAttributes(int from, AttributeSet set) {
        return AttributeWalker.walkInto(frame, from, end, littleEndian, set, fields);
    }

    /** True when [from, end) is exactly a clean run of attributes (no attribute is cut or overruns). */
    public boolean isCleanAttributeRun(int from) {
        return AttributeWalker.isCleanRun(frame, from, end, littleEndian);
    }



}
