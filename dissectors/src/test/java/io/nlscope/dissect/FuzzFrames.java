package io.nlscope.dissect;

import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the dissector fuzz targets ({@link DissectorFuzzTest}) and the tests over the real captures share: the
 * frames they make from bytes, the dissectors they decode with, and the properties they assert of every frame
 * (bytes accounted for, the depths agreeing).
 */
final class FuzzFrames {
    private FuzzFrames() {}

    /** Every generic netlink family name the specs describe, sorted (nlctrl included). */
    static final List<String> FAMILIES = families();

    /** The id {@link #families()} gives the family at {@code i} of {@link #FAMILIES}; nlctrl keeps GENL_ID_CTRL. */
    static int familyId(int i) {
        return FAMILIES.get(i).equals("nlctrl") ? GenlFamilies.GENL_ID_CTRL : FIRST_ID + i;
    }

    /** Above genetlink.h's fixed ids (16..18), so no given id takes a fixed one's place. */
    private static final int FIRST_ID = 0x20;

    private static List<String> families() {
        TreeSet<String> names = new TreeSet<>();
        for (SpecTables.Entry e : SpecTables.enumTable("genetlink_message.genl_family_spec").entries().values())
            names.add(e.ext("family").orElseThrow());
        return List.copyOf(names);
    }

    /** A dissector of the standard registry that knows an id for every family the specs describe ({@link #familyId}). */
    static NetlinkDissector dissector(Depth depth) {
        GenlFamilies fam = new GenlFamilies();
        for (int i = 0; i < FAMILIES.size(); i++) if (familyId(i) != GenlFamilies.GENL_ID_CTRL) fam.give(familyId(i), FAMILIES.get(i));
        return NetlinkCapture.dissector(fam).withDepth(depth);
    }

    /** A frame of these bytes, captured whole, direction unknown. */
    static Frame frame(byte[] data) {
        return frame(data, data.length);
    }

    /** A frame of these bytes that were {@code originalLength} long before a snapshot length cut them. */
    static Frame frame(byte[] data, int originalLength) {
        return new Frame(1, 0, originalLength, 253, 0, Direction.UNKNOWN, data);
    }

    /** How much longer than captured a frame cut by a snapshot length is made: more than any frame the fuzzer gives. */
    static final int CUT = 1 << 16;

    /** The 16-byte nlmon cooked header (big-endian, as nlmon_cooked_header.ksy lays it out) of {@code protocol}. */
    static ByteBuffer cooked(ByteBuffer b, boolean outgoing, int protocol) {
        b.order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) (outgoing ? 4 : 0)).putShort((short) 824).putShort((short) 0).putLong(0).putShort((short) protocol);
        return b;
    }

    /** Throws when {@link ByteAccounting} finds bytes the tree does not account for. */
    static void accounted(DissectedFrame f, String what) {
        List<ByteAccounting.Gap> gaps = ByteAccounting.check(f);
        if (!gaps.isEmpty()) throw new AssertionError(what + ": bytes unaccounted for: " + gaps);
    }

    /**
     * What must agree between the depths of one frame's decoding: at every depth the messages' places, header
     * values, type names, kinds, operations, directions and groups; at {@link Depth#SUMMARY} also what
     * {@link Depth#FULL} says of each (summary, problem, control data, keys); at {@link Depth#HEADERS} the
     * control data of control messages (decoded whole there). Returns the differences, none when they agree.
     */
    static List<String> disagreements(DissectedFrame full, DissectedFrame summary, DissectedFrame headers) {
        List<String> out = new ArrayList<>();
        if (full.messages().size() != summary.messages().size() || full.messages().size() != headers.messages().size()) {
            out.add("frame " + full.index() + ": " + full.messages().size() + " messages in full, " + summary.messages().size()
                    + " at SUMMARY, " + headers.messages().size() + " at HEADERS");
            return out;
        }
        for (int i = 0; i < full.messages().size(); i++) {
            NetlinkMessage f = full.messages().get(i), s = summary.messages().get(i), h = headers.messages().get(i);
            String at = "frame " + full.index() + " message " + i;
            List<Object> fh = header(f);
            if (!fh.equals(header(s))) out.add(at + ": SUMMARY says " + header(s) + ", FULL " + fh);
            if (!fh.equals(header(h))) out.add(at + ": HEADERS says " + header(h) + ", FULL " + fh);
            List<Object> fs = List.of(f.summary(), f.problem(), f.control(), f.keys());
            List<Object> ss = List.of(s.summary(), s.problem(), s.control(), s.keys());
            if (!fs.equals(ss)) out.add(at + ": SUMMARY says " + ss + ", FULL " + fs);
            if (f.isControl() && !f.control().equals(h.control())) out.add(at + ": HEADERS's control " + h.control() + ", FULL's " + f.control());
        }
        return out;
    }

    private static List<Object> header(NetlinkMessage m) {
        return List.of(m.offset(), m.length(), m.type(), m.flags(), m.seq(), m.pid(), m.typeName(), m.kind(), m.operation(),
                m.direction(), m.group(), Objects.toString(m.protocolName()));
    }
}
