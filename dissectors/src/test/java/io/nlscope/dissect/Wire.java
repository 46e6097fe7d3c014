package io.nlscope.dissect;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Builds netlink bytes the way the kernel lays them out, for tests of cases real captures lack. */
final class Wire {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;

    Wire(ByteOrder order) { this.order = order; }

    static Wire le() { return new Wire(ByteOrder.LITTLE_ENDIAN); }

    Wire u8(int v) { out.write(v); return this; }
    Wire u16(int v) { return put(ByteBuffer.allocate(2).order(order).putShort((short) v)); }
    Wire u32(long v) { return put(ByteBuffer.allocate(4).order(order).putInt((int) v)); }
    Wire raw(byte[] b) { out.writeBytes(b); return this; }
    Wire zeros(int n) { out.writeBytes(new byte[n]); return this; }
    Wire pad4() { while (out.size() % 4 != 0) out.write(0); return this; }
    int size() { return out.size(); }
    byte[] bytes() { return out.toByteArray(); }

    private Wire put(ByteBuffer b) { out.writeBytes(b.array()); return this; }

    /** nlmsghdr + payload, padded to 4 unless {@code pad} is false. */
    static byte[] msg(ByteOrder o, int type, int flags, long seq, long pid, byte[] payload, boolean pad) {
        Wire b = new Wire(o).u32(16 + payload.length).u16(type).u16(flags).u32(seq).u32(pid).raw(payload);
        if (pad) b.pad4();
        return b.bytes();
    }

    static byte[] msg(int type, int flags, long seq, long pid, byte[] payload) {
        return msg(ByteOrder.LITTLE_ENDIAN, type, flags, seq, pid, payload, true);
    }

    /** One nlattr, padded. */
    static byte[] attr(ByteOrder o, int type, byte[] value) {
        return new Wire(o).u16(4 + value.length).u16(type).raw(value).pad4().bytes();
    }

    static byte[] attr(int type, byte[] value) { return attr(ByteOrder.LITTLE_ENDIAN, type, value); }

    static byte[] cstr(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        byte[] z = new byte[b.length + 1];
        System.arraycopy(b, 0, z, 0, b.length);
        return z;
    }

    static byte[] cat(byte[]... parts) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        for (byte[] p : parts) o.writeBytes(p);
        return o.toByteArray();
    }

    /** An nlmon frame: the big-endian cooked header for {@code protocol}, then the messages. */
    static Frame frame(long index, int protocol, byte[]... messages) {
        byte[] body = cat(messages);
        byte[] f = new Wire(ByteOrder.BIG_ENDIAN).u16(4).u16(824).u16(0).zeros(8).u16(protocol).raw(body).bytes();
        return new Frame(index, 1_700_000_000_000_000_000L + index * 1000, f.length, 253, 0, Direction.UNKNOWN, f);
    }
}
