package io.nlscope.capture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;

/** Hand-assembles capture bytes so tests do not depend on the writers they also test. */
final class Bytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;

    Bytes(ByteOrder order) {
        this.order = order;
    }

    static Bytes le() {
        return new Bytes(ByteOrder.LITTLE_ENDIAN);
    }

    static Bytes be() {
        return new Bytes(ByteOrder.BIG_ENDIAN);
    }

    Bytes u8(int v) {
        out.write(v);
        return this;
    }

    Bytes u16(int v) {
        return raw(ByteBuffer.allocate(2).order(order).putShort((short) v).array());
    }

    Bytes u32(long v) {
        return raw(ByteBuffer.allocate(4).order(order).putInt((int) v).array());
    }

    Bytes u64(long v) {
        return raw(ByteBuffer.allocate(8).order(order).putLong(v).array());
    }

    Bytes raw(byte[] b) {
        out.write(b, 0, b.length);
        return this;
    }

    Bytes pad4() {
        while (out.size() % 4 != 0) {
            out.write(0);
        }
        return this;
    }

    /** A pcapng option: code, length, value padded to 4. */
    Bytes option(int code, byte[] value) {
        return u16(code).u16(value.length).raw(value).pad4();
    }

    Bytes option(int code, Consumer<Bytes> value) {
        Bytes v = new Bytes(order);
        value.accept(v);
        return option(code, v.toByteArray());
    }

    Bytes endOfOptions() {
        return u32(0);
    }

    /** A whole pcapng block: type, total length, body padded to 4, total length again. */
    Bytes block(int type, Consumer<Bytes> body) {
        Bytes b = new Bytes(order);
        body.accept(b);
        b.pad4();
        byte[] content = b.toByteArray();
        int total = 12 + content.length;
        return u32(type).u32(total).raw(content).u32(total);
    }

    Bytes sectionHeader() {
        return block(0x0A0D0D0A, b -> b.u32(0x1A2B3C4D).u16(1).u16(0).u64(-1));
    }

    int size() {
        return out.size();
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    static byte[] seq(int len, int seed) {
        byte[] b = new byte[len];
        for (int i = 0; i < len; i++) {
            b[i] = (byte) (seed * 31 + i * 7);
        }
        return b;
    }
}
