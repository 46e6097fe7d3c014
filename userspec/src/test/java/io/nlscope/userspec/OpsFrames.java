package io.nlscope.userspec;

import io.nlscope.capture.PcapWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds nlmon captures of the ops protocol: cooked header, nlmsghdr and struct ops_msg, little-endian. */
final class OpsFrames {
    static final String DATA = "hello netlink!!";

    /** One frame on {@code protocol}: type {@code type}, op {@code op}, nlmsg_len covering {@code extra} more bytes than the data. */
    static byte[] frame(int protocol, int type, int op, int extra) {
        byte[] data = DATA.getBytes(StandardCharsets.US_ASCII);
        int payload = 8 + data.length + extra;
        ByteBuffer b = ByteBuffer.allocate(16 + 16 + payload);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) 4).putShort((short) 824).putShort((short) 0).put(new byte[8]).putShort((short) protocol);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(16 + payload).putShort((short) type).putShort((short) 1).putInt(7).putInt(4242);
        b.putInt(0x4f505331).put((byte) op).put((byte) 0).putShort((short) data.length).put(data);
        return b.array();
    }

    static Path write(Path dir, byte[]... frames) throws IOException {
        Path p = dir.resolve("ops.pcap");
        try (OutputStream os = Files.newOutputStream(p); PcapWriter w = new PcapWriter(os, 253, 65535)) {
            for (byte[] f : frames) w.write(0, f, 0, f.length);
        }
        return p;
    }
}
