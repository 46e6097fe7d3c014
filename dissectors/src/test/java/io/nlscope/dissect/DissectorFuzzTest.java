package io.nlscope.dissect;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * Coverage-guided fuzzing of the dissection (Jazzer). The dissector documents no exception for bad bytes
 * ({@link NetlinkDissector}: "never throws for bad bytes: they become malformed nodes"), so none may escape; every
 * frame's bytes are accounted for ({@link ByteAccounting}); the depths agree ({@link FuzzFrames#disagreements});
 * decoding ends (Jazzer's per-input timeout) in the fuzz run's 256 MB heap. The seeds are real frames of every
 * protocol and many families and message types of testdata ({@link FuzzSeedsWriter} writes them), one per file
 * under {@code DissectorFuzzTestInputs/<target>/}; in the normal test run each target replays them.
 *
 * <p>Run one target for its maxDuration: {@code JAZZER_FUZZ=1 mvn -o -B test -pl dissectors -am
 * -Dtest='DissectorFuzzTest#nlmonFrame' -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}.
 */
class DissectorFuzzTest {

    /**
     * A whole nlmon frame, cooked header included, as a capture holds it: the framing loop and everything below it;
     * the same bytes again as a frame a snapshot length cut (its original length larger), which decodes by the
     * snaplen-cut path.
     */
    @FuzzTest(maxDuration = "5m")
    void nlmonFrame(byte[] data) {
        FuzzFrames.accounted(FuzzFrames.dissector(Depth.FULL).dissect(FuzzFrames.frame(data)), "FULL");
        FuzzFrames.accounted(FuzzFrames.dissector(Depth.FULL).dissect(FuzzFrames.frame(data, data.length + FuzzFrames.CUT)), "FULL, cut");
    }

    /**
     * One message of a protocol and type the bytes choose, framed correctly, so that the fuzzer's bytes are spent on
     * payloads: every protocol dissector, every generic netlink family the specs describe and each command of it, and
     * the control messages (an NLMSG_ERROR echoing a request of the protocol) are reached. Layout of {@code data}
     * ({@link #message}): protocol, options, flags, type selector, genl command and version, then the payload.
     */
    @FuzzTest(maxDuration = "5m")
    void protocolPayload(byte[] data) {
        if (data.length < HEADER) return;
        allDepths(message(data));
    }

    /** A whole frame at every depth: the bytes accounted for at each, and what each depth says agreeing. */
    @FuzzTest(maxDuration = "5m")
    void depthsAgree(byte[] data) {
        allDepths(data);
    }

    private static void allDepths(byte[] frame) {
        DissectedFrame full = FuzzFrames.dissector(Depth.FULL).dissect(FuzzFrames.frame(frame));
        DissectedFrame summary = FuzzFrames.dissector(Depth.SUMMARY).dissect(FuzzFrames.frame(frame));
        DissectedFrame headers = FuzzFrames.dissector(Depth.HEADERS).dissect(FuzzFrames.frame(frame));
        FuzzFrames.accounted(full, "FULL");
        FuzzFrames.accounted(summary, "SUMMARY");
        FuzzFrames.accounted(headers, "HEADERS");
        List<String> d = FuzzFrames.disagreements(full, summary, headers);
        if (!d.isEmpty()) throw new AssertionError("the depths disagree: " + d);
    }

    /** Bytes of {@link #protocolPayload}'s layout before the payload. */
    static final int HEADER = 8;
    private static final int SEQ_ZERO = 4, BIG_ENDIAN = 1, OUTGOING = 2, RAW_TYPE = 0x8000;

    /**
     * The frame {@link #protocolPayload} decodes: {@code data[0] & 31} the protocol; {@code data[1]} options (bit 0:
     * big-endian messages, bit 1: outgoing, bit 2: nlmsg_seq 0, as a notification has); {@code data[2..3]} nlmsg_flags
     * (little-endian); {@code data[4..5]} the type: with bit 15 set its low 15 bits are nlmsg_type itself, else for
     * generic netlink an index into {@link FuzzFrames#FAMILIES} (the message then starts with a genlmsghdr of command
     * {@code data[6]}, version {@code data[7]}), and for other protocols an index into the protocol's types
     * ({@link #types}); the rest is the payload. NETLINK_KOBJECT_UEVENT has no nlmsghdr: the payload is the datagram.
     */
    static byte[] message(byte[] data) {
        int protocol = data[0] & 31, options = data[1] & 0xff;
        boolean be = (options & BIG_ENDIAN) != 0;
        int flags = (data[2] & 0xff) | (data[3] & 0xff) << 8, sel = (data[4] & 0xff) | (data[5] & 0xff) << 8;
        int payload = Math.min(data.length - HEADER, 0xffff - 40);
        ByteBuffer b = FuzzFrames.cooked(ByteBuffer.allocate(16 + 16 + 4 + payload + 3), (options & OUTGOING) != 0, protocol);
        if (protocol == 15) {
            b.put(data, HEADER, payload);
            return java.util.Arrays.copyOf(b.array(), b.position());
        }
        boolean genl = protocol == 16 && (sel & RAW_TYPE) == 0;
        List<Integer> types = types(protocol);
        int type = (sel & RAW_TYPE) != 0 || (!genl && types.isEmpty()) ? sel & 0x7fff
                : genl ? FuzzFrames.familyId(sel % FuzzFrames.FAMILIES.size()) : types.get(sel % types.size());
        int len = 16 + (genl ? 4 : 0) + payload;
        b.order(be ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        b.putInt(len).putShort((short) type).putShort((short) flags).putInt((options & SEQ_ZERO) != 0 ? 0 : 1).putInt(0);
        if (genl) b.put(data[6]).put(data[7]).putShort((short) 0);
        b.put(data, HEADER, payload);
        int end = 16 + ((len + 3) & ~3);
        return java.util.Arrays.copyOf(b.array(), end);
    }

    private static final List<List<Integer>> TYPES = new ArrayList<>();

    /**
     * The message types the specs name for a protocol (its -nl-types enum; netfilter's subsystems' messages), and the
     * control types NOOP, ERROR, DONE and OVERRUN, which every protocol's messages may be.
     */
    static synchronized List<Integer> types(int protocol) {
        if (TYPES.isEmpty()) {
            SpecTables.EnumTable protocols = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");
            for (int p = 0; p < ProtocolRegistry.MAX_PROTOCOLS; p++) {
                List<Integer> l = new ArrayList<>(List.of(1, 2, 3, 4));
                String table = protocols.get(p).flatMap(e -> e.ext("types")).orElse(null);
                if (table != null && p != 16) for (long v : SpecTables.enumTable(table).entries().keySet()) if (v >= 16) l.add((int) v);
                if (p == 12)
                    for (SpecTables.Entry s : SpecTables.enumTable("netfilter_message.nfnl_subsys").entries().values()) {
                        String t = s.ext("types").orElse(null);
                        if (t == null) continue;
                        for (long m : SpecTables.enumTable(StructDecoder.qualify("netfilter_message", t)).entries().keySet())
                            l.add((int) (s.value() << 8 | (m & 0xff)));
                    }
                if (p == 11) l.add(3);
                TYPES.add(List.copyOf(l));
            }
        }
        return TYPES.get(protocol);
    }
}
