package io.nlscope.analysis;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The analysis fuzz targets' input: nlmon frames written as records, so that the fuzzer mutates netlink
 * messages (their headers, seq, pid, attributes), the frame's protocol, direction, time and socket comment, not a
 * capture file's framing. Each record is
 * <pre>
 * u8 protocol | u8 direction (0 unknown, 1 to the kernel, 2 from it) | u16 ms since the last frame
 * | u8 comment length | comment (pcapng opt_comment, e.g. "pid=7 fd=3 proto=0 portid=7 comm=ip")
 * | u16 netlink length | the netlink bytes (what follows the 16-byte nlmon cooked header)
 * </pre>
 * big-endian; a record the input ends in takes what is left. {@link #fromCapture} writes real captures in this
 * form (the seeds); {@link #frames} reads it back as real frames with the nlmon cooked header, which the real
 * {@link NetlinkDissector} decodes.
 */
public final class FuzzFrames {
    private FuzzFrames() {}

    /** LINKTYPE_NETLINK. */
    public static final int NETLINK = 253;
    private static final long START = 1_700_000_000_000_000_000L;

    /** One frame of the input. */
    public record Record(int protocol, Direction direction, long timestampNanos, String comment, byte[] netlink) {
        /** The frame as nlmon records it: the cooked header (ARPHRD_NETLINK, the protocol) and the message bytes. */
        public byte[] cooked() {
            byte[] d = new byte[16 + netlink.length];
            d[0] = 0; d[1] = 4;                       // packet type: PACKET_OUTGOING, as nlmon writes
            d[2] = 0x03; d[3] = 0x38;                 // ARPHRD_NETLINK (824)
            d[14] = (byte) (protocol >> 8); d[15] = (byte) protocol;
            System.arraycopy(netlink, 0, d, 16, netlink.length);
            return d;
        }

        public List<String> comments() { return comment.isEmpty() ? List.of() : List.of(comment); }
    }

    /** The records of a fuzz input. */
    public static List<Record> records(byte[] in) {
        List<Record> out = new ArrayList<>();
        int i = 0;
        long t = START;
        while (i < in.length) {
            int protocol = u8(in, i++);
            int dir = u8(in, i++) % 3;
            t += (long) u16(in, i) * 1_000_000;
            i += 2;
            int clen = Math.min(u8(in, i++), Math.max(0, in.length - i));
            String comment = clen == 0 ? "" : new String(in, i, clen, StandardCharsets.ISO_8859_1);
            i += clen;
            int nlen = Math.min(u16(in, i), Math.max(0, in.length - i - 2));
            i += 2;
            byte[] nl = new byte[Math.max(0, nlen)];
            if (nlen > 0) System.arraycopy(in, i, nl, 0, nlen);
            i += Math.max(0, nlen);
            out.add(new Record(protocol, dir == 1 ? Direction.OUTBOUND : dir == 2 ? Direction.INBOUND : Direction.UNKNOWN, t, comment, nl));
        }
        return out;
    }

    /** The records as frames, numbered from 1. */
    public static List<Frame> frames(List<Record> records) {
        List<Frame> out = new ArrayList<>(records.size());
        long n = 0;
        for (Record r : records) {
            byte[] d = r.cooked();
            out.add(new Frame(++n, r.timestampNanos(), d.length, NETLINK, 0, r.direction(), d, r.comments()));
        }
        return out;
    }

    /** Decoded with a fresh standard dissector (each run learns its own generic netlink families). */
    public static List<DissectedFrame> dissect(List<Frame> frames) {
        NetlinkDissector d = new NetlinkDissector();
        List<DissectedFrame> out = new ArrayList<>(frames.size());
        for (Frame f : frames) out.add(d.dissect(f));
        return out;
    }

    /** The records as a pcapng file with one nlmon interface (directions and comments kept). */
    public static void writePcapng(List<Record> records, OutputStream to) throws IOException {
        try (PcapngWriter w = new PcapngWriter(to)) {
            int itf = w.addInterface(NETLINK, 65535, "nlmon0");
            for (Record r : records) {
                byte[] d = r.cooked();
                w.write(itf, r.timestampNanos(), r.direction(), d, 0, d.length, r.comment().isEmpty() ? null : r.comment());
            }
        }
    }

    /**
     * Frames {@code from}..{@code to} (1-based, inclusive) of a real capture in the record form: the seeds.
     * Frames of another link type are left out.
     */
    public static byte[] fromCapture(Path capture, long from, long to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NetlinkCapture cap = NetlinkCapture.open(capture)) {
            long last = -1;
            for (Frame f; (f = cap.reader().next()) != null; ) {
                if (f.index() < from || f.linkType() != NETLINK || f.capturedLength() < 16) continue;
                if (f.index() > to) break;
                byte[] d = f.copyOfData();
                int protocol = ((d[14] & 0xff) << 8) | (d[15] & 0xff);
                long ms = last < 0 ? 0 : Math.max(0, Math.min(65535, (f.timestampNanos() - last) / 1_000_000));
                last = f.timestampNanos();
                byte[] comment = f.comments().isEmpty() ? new byte[0] : f.comments().get(0).getBytes(StandardCharsets.ISO_8859_1);
                int clen = Math.min(255, comment.length), nlen = Math.min(65535, d.length - 16);
                out.write(protocol & 0xff);
                out.write(f.direction() == Direction.OUTBOUND ? 1 : f.direction() == Direction.INBOUND ? 2 : 0);
                out.write((int) (ms >> 8)); out.write((int) ms);
                out.write(clen);
                out.write(comment, 0, clen);
                out.write(nlen >> 8); out.write(nlen);
                out.write(d, 16, nlen);
            }
        }
        return out.toByteArray();
    }

    private static int u8(byte[] b, int i) { return i < b.length ? b[i] & 0xff : 0; }

    private static int u16(byte[] b, int i) { return (u8(b, i) << 8) | u8(b, i + 1); }
}
