package io.nlscope.capture;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Rewrites a little-endian capture (every one in testdata is) in big-endian order, as a big-endian machine's
 * tcpdump or dumpcap would have written it: file, record and block headers and the numeric options swapped, the
 * frames' bytes (host-order netlink of the capturing machine) untouched. Knows the blocks testdata has: section
 * headers, interfaces and enhanced packet blocks (another block keeps its body as it is).
 */
final class OtherByteOrder {
    private OtherByteOrder() {
    }

    static byte[] pcap(byte[] le) {
        ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(le.length).order(ByteOrder.BIG_ENDIAN);
        out.putInt(in.getInt()).putShort(in.getShort()).putShort(in.getShort());
        for (int i = 0; i < 4; i++) {
            out.putInt(in.getInt());
        }
        while (in.remaining() >= 16) {
            int caplen = in.getInt(in.position() + 8);
            for (int i = 0; i < 4; i++) {
                out.putInt(in.getInt());
            }
            int n = Math.min(caplen, in.remaining());
            out.put(le, in.position(), n);
            in.position(in.position() + n);
        }
        out.put(le, in.position(), in.remaining());
        return out.array();
    }

    static byte[] pcapng(byte[] le) {
        ByteBuffer in = ByteBuffer.wrap(le).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer out = ByteBuffer.allocate(le.length).order(ByteOrder.BIG_ENDIAN);
        while (in.remaining() >= 12) {
            int start = in.position();
            int type = in.getInt(start);
            int len = in.getInt(start + 4);
            out.putInt(type).putInt(len);
            int body = start + 8;
            int end = start + len - 4;
            switch (type) {
                case 0x0A0D0D0A -> {
                    out.putInt(in.getInt(body)).putShort(in.getShort(body + 4)).putShort(in.getShort(body + 6)).putLong(in.getLong(body + 8));
                    options(in, out, body + 16, end, type);
                }
                case 1 -> {
                    out.putShort(in.getShort(body)).putShort(in.getShort(body + 2)).putInt(in.getInt(body + 4));
                    options(in, out, body + 8, end, type);
                }
                case 6 -> {
                    for (int i = 0; i < 5; i++) {
                        out.putInt(in.getInt(body + 4 * i));
                    }
                    int padded = (in.getInt(body + 12) + 3) & ~3;
                    out.put(le, body + 20, padded);
                    options(in, out, body + 20 + padded, end, type);
                }
                default -> out.put(le, body, end - body);
            }
            out.putInt(in.getInt(end));
            in.position(start + len);
        }
        out.put(le, in.position(), in.remaining());
        return out.array();
    }

    private static void options(ByteBuffer in, ByteBuffer out, int o, int end, int block) {
        while (o + 4 <= end) {
            int code = in.getShort(o) & 0xFFFF;
            int len = in.getShort(o + 2) & 0xFFFF;
            out.putShort((short) code).putShort((short) len);
            int padded = (len + 3) & ~3;
            if (block == 1 && (code == 14 || code == 8) && len == 8 || block == 6 && code == 4 && len == 8) {
                out.putLong(in.getLong(o + 4));   // if_tsoffset, if_speed, epb_dropcount
            } else if (block == 1 && code == 10 && len == 4 || block == 6 && code == 2 && len == 4) {
                out.putInt(in.getInt(o + 4));   // if_tzone, epb_flags
            } else {
                out.put(in.array(), o + 4, Math.min(padded, end - o - 4));   // text and single bytes (if_tsresol)
            }
            o += 4 + padded;
        }
        if (o < end) {
            out.put(in.array(), o, end - o);
        }
    }
}
