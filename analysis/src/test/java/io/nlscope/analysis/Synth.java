package io.nlscope.analysis;

import io.nlscope.capture.Direction;
import io.nlscope.capture.PcapWriter;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds small synthetic captures for the pairing tests: netlink messages laid out as the
 * kernel does (little-endian, nlmsghdr, 4-byte alignment), frames with the nlmon cooked header,
 * written to a real pcap (or, with a recorded socket, pcapng) and decoded by the real dissector.
 */
final class Synth {
    static final int ROUTE = 0, GENERIC = 16;
    static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;
    static final int RTM_NEWLINK = 16, RTM_GETLINK = 18, RTM_NEWROUTE = 24, RTM_DELROUTE = 25, RTM_GETROUTE = 26;
    static final int REQUEST = 0x1, MULTI = 0x2, ACK = 0x4, ECHO = 0x8, DUMP_INTR = 0x10, DUMP = 0x300, CREATE = 0x400, EXCL = 0x200;
    static final int CAPPED = 0x100, ACK_TLVS = 0x200;

    private record F(long nanos, int protocol, byte[] netlink, Direction dir, String comment) {}

    private final List<F> frames = new ArrayList<>();
    private long clock = 1_700_000_000_000_000_000L;

    /** Advances the clock by this many microseconds. */
    Synth after(long micros) { clock += micros * 1000; return this; }

    /** One frame holding these messages. */
    Synth frame(int protocol, byte[]... msgs) { return frame(protocol, null, null, msgs); }

    /** One frame with a recorded direction and socket comment (written as pcapng). */
    Synth frame(int protocol, Direction dir, String comment, byte[]... msgs) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] m : msgs) b.writeBytes(m);
        frames.add(new F(clock, protocol, b.toByteArray(), dir, comment));
        clock += 1000;
        return this;
    }

    static byte[] msg(int type, int flags, long seq, long pid, byte[] payload) {
        int len = 16 + payload.length;
        ByteBuffer b = ByteBuffer.allocate((len + 3) & ~3).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(len).putShort((short) type).putShort((short) flags).putInt((int) seq).putInt((int) pid).put(payload);
        return b.array();
    }

    /** RTM_*ROUTE with an rtmsg (IPv4 main table) and no attributes. */
    static byte[] route(int type, int flags, long seq, long pid) {
        byte[] rtmsg = {2, 24, 0, 0, (byte) 254, 3, 0, 1, 0, 0, 0, 0};
        return msg(type, flags, seq, pid, rtmsg);
    }

    /** RTM_*LINK with an ifinfomsg of this index. */
    static byte[] link(int type, int flags, long seq, long pid, int ifindex) {
        ByteBuffer b = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0).put((byte) 0).putShort((short) 1).putInt(ifindex).putInt(0).putInt(0);
        return msg(type, flags, seq, pid, b.array());
    }

    /** NLMSG_ERROR with this errno (0 = ACK) echoing the header of {@code request} (capped). */
    static byte[] error(int errno, byte[] request, long pid) {
        ByteBuffer r = ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer b = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(-errno).put(request, 0, 16);
        return msg(NLMSG_ERROR, CAPPED, r.getInt(8) & 0xffffffffL, pid, b.array());
    }

    /** NLMSG_ERROR with an extended ACK message. */
    static byte[] error(int errno, byte[] request, long pid, String extAck) {
        byte[] text = (extAck + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int alen = 4 + text.length;
        ByteBuffer b = ByteBuffer.allocate(20 + ((alen + 3) & ~3)).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(-errno).put(request, 0, 16).putShort((short) alen).putShort((short) 1).put(text);
        ByteBuffer r = ByteBuffer.wrap(request).order(ByteOrder.LITTLE_ENDIAN);
        return msg(NLMSG_ERROR, CAPPED | ACK_TLVS, r.getInt(8) & 0xffffffffL, pid, b.array());
    }

    static byte[] done(long seq, long pid, int errno) {
        return msg(NLMSG_DONE, MULTI, seq, pid, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(-errno).array());
    }

    /** A payload of a custom protocol (no dissector): text. */
    static byte[] text(int type, int flags, long seq, long pid, String s) {
        return msg(type, flags, seq, pid, (s + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Pairs the capture and returns every event in order, plus the counts. */
    Result pair() throws IOException { return pair(Pairing.Config.defaults()); }

    Result pair(Pairing.Config config) throws IOException {
        boolean ng = frames.stream().anyMatch(f -> f.dir != null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (ng) {
            try (PcapngWriter w = new PcapngWriter(out)) {
                int itf = w.addInterface(253, 65535, "nlmon0");
                for (F f : frames) {
                    byte[] d = cooked(f);
                    w.write(itf, f.nanos, f.dir == null ? Direction.UNKNOWN : f.dir, d, 0, d.length, f.comment);
                }
            }
        } else {
            try (PcapWriter w = new PcapWriter(out, 253, 65535)) {
                for (F f : frames) {
                    byte[] d = cooked(f);
                    w.write(f.nanos, d, 0, d.length);
                }
            }
        }
        List<PairingEvent> events = new ArrayList<>();
        Pairing p = new Pairing(config, events::add);
        try (NetlinkCapture cap = NetlinkCapture.open(new ByteArrayInputStream(out.toByteArray()))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
        }
        p.finish();
        return new Result(events, p.counts());
    }

    private static byte[] cooked(F f) {
        ByteBuffer b = ByteBuffer.allocate(16 + f.netlink.length);
        b.putShort((short) 4).putShort((short) 824).putShort((short) 0).putLong(0).putShort((short) f.protocol).put(f.netlink);
        return b.array();
    }

    record Result(List<PairingEvent> events, Pairing.Counts counts) {
        List<Transaction> transactions() {
            return events.stream().filter(e -> e instanceof Transaction).map(e -> (Transaction) e).toList();
        }

        List<Unpaired> unpaired() {
            return events.stream().filter(e -> e instanceof Unpaired).map(e -> (Unpaired) e).toList();
        }

        Transaction only() {
            List<Transaction> t = transactions();
            if (t.size() != 1) throw new AssertionError("expected one transaction, got " + t);
            return t.get(0);
        }
    }
}
