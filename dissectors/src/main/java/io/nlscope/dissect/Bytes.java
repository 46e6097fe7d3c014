package io.nlscope.dissect;

import java.nio.ByteBuffer;

/**
 * The one byte reader of the dissectors: unsigned numbers of 1 to 8 bytes at an absolute offset
 * of a frame, in the byte order the message is in. Reads whatever order the buffer has; makes no
 * view or copy per value.
 */
final class Bytes {
    private Bytes() {}

    static int u8(ByteBuffer b, int at) {
        return b.get(at) & 0xff;
    }

    static int u16(ByteBuffer b, int at, boolean le) {
        int x = b.get(at) & 0xff, y = b.get(at + 1) & 0xff;
        return le ? x | (y << 8) : (x << 8) | y;
    }

    static long u32(ByteBuffer b, int at, boolean le) {
        int v = b.getInt(at);
        if (le == (b.order() == java.nio.ByteOrder.BIG_ENDIAN)) v = Integer.reverseBytes(v);
        return v & 0xffffffffL;
    }

    /** Eight bytes as a long (unsigned values above 2^63 come out negative: {@link Value.Num} shows them unsigned). */
    static long u64(ByteBuffer b, int at, boolean le) {
        long v = b.getLong(at);
        return le == (b.order() == java.nio.ByteOrder.BIG_ENDIAN) ? Long.reverseBytes(v) : v;
    }

    /** An unsigned number of {@code size} bytes (1 to 8). */
    static long uint(ByteBuffer b, int at, int size, boolean le) {
        long x = 0;
        for (int k = 0; k < size; k++) {
            long v = b.get(at + k) & 0xff;
            x |= le ? v << (8 * k) : v << (8 * (size - 1 - k));
        }
        return x;
    }

    /** A copy of [from, to). */
    static byte[] copy(ByteBuffer b, int from, int to) {
        byte[] out = new byte[to - from];
        b.get(from, out);
        return out;
    }
}
