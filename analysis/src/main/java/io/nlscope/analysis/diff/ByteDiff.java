package io.nlscope.analysis.diff;

import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code diff --bytes}: the raw bytes of two matched messages compared field by field. A message is its bytes (from
 * its nlmsghdr, as long as nlmsg_len says and the frame holds) and its decoded leaf fields, each with its offset in
 * the message. Left out are the nlmsghdr's {@code nlmsg_seq} and {@code nlmsg_pid} (message bytes 8-15), which
 * differ between any two runs; everything else is compared, and each differing field says whether {@code diff}
 * compares it after normalisation ({@link Normalizer#compares}) or leaves it out (an interface index, a counter ...).
 */
public final class ByteDiff {
    private ByteDiff() {}

    /** The message bytes that are never compared: nlmsg_seq and nlmsg_pid. */
    static final int SEQ_PID_FROM = 8, SEQ_PID_TO = 16;

    /**
     * One leaf field of a message.
     *
     * @param path     its path as diff names fields ({@code ifaddrmsg.ifa_index}, {@code IFLA_LINKINFO.IFLA_INFO_KIND}),
     *                 with {@code #2}, {@code #3} ... after a path that occurs more than once
     * @param offset   where its bytes start in the message (the nlmsghdr is at 0)
     * @param length   how many bytes it takes (an attribute with its 4-byte header)
     * @param compared whether diff compares it after normalisation
     */
    public record Leaf(String path, int offset, int length, boolean compared) {}

    /** A message as {@code --bytes} compares it: the frame it is in, its bytes, its leaf fields. */
    public record Message(long frame, byte[] bytes, List<Leaf> leaves) {
        public Message {
            bytes = bytes.clone();
            leaves = List.copyOf(leaves);
        }

        @Override public byte[] bytes() { return bytes.clone(); }
    }

    /**
     * One field whose bytes differ.
     *
     * @param path     the field's path; "bytes" for bytes no decoded field covers (padding, trailing bytes)
     * @param offset   its offset in the baseline's message, -1 when only the candidate has it
     * @param offset2  its offset in the candidate's, -1 when only the baseline has it
     * @param before   its bytes in the baseline's message (empty when only the candidate has it)
     * @param after    its bytes in the candidate's
     * @param compared whether diff compares the field after normalisation: false for one it leaves out
     */
    public record Difference(String path, int offset, int offset2, byte[] before, byte[] after, boolean compared) {
        public Difference {
            before = before.clone();
            after = after.clone();
        }

        @Override public byte[] before() { return before.clone(); }

        @Override public byte[] after() { return after.clone(); }

        /** "IFLA_MTU at offset 36: 08 00 04 00 00 05 00 00 -> 08 00 04 00 28 23 00 00", "(not compared)" after a field diff leaves out. */
        public String text() {
            String where = offset < 0 ? "+" + path + " at offset " + offset2
                    : offset2 < 0 ? "-" + path + " at offset " + offset
                    : path + " at offset " + offset + (offset2 != offset ? " / " + offset2 : "");
            String bytes = offset < 0 ? hex(after) : offset2 < 0 ? hex(before) : hex(before) + " -> " + hex(after);
            return where + ": " + bytes + (compared ? "" : " (not compared)");
        }
    }

    /** Shown bytes of a field at most; longer ones end in "...". */
    static final int SHOWN = 32;

    static String hex(byte[] b) { return hex(b, SHOWN); }

    /** All the bytes, as hex pairs separated by spaces (JSON). */
    public static String hexAll(byte[] b) { return hex(b, Integer.MAX_VALUE); }

    private static final java.util.HexFormat SPACED = java.util.HexFormat.ofDelimiter(" ");

    private static String hex(byte[] b, int shown) {
        String s = SPACED.formatHex(b, 0, Math.min(b.length, shown));
        return b.length > shown ? s + " ... (" + b.length + " bytes)" : s;
    }

    /** Where a message ends in its frame: nlmsg_len after its start, or the frame's end when that is sooner. */
    static int end(ByteBuffer frame, NetlinkMessage m) {
        long e = (long) m.offset() + m.length();
        return (int) Math.max(m.offset(), Math.min(e, frame.limit()));
    }

    /** 64-bit digest of a message's bytes without nlmsg_seq and nlmsg_pid: equal digests, equal bytes (but for collisions). */
    static long digest(ByteBuffer frame, NetlinkMessage m) {
        long h = 0xcbf29ce484222325L;
        int start = Math.max(0, m.offset()), to = end(frame, m);
        for (int i = start; i < to; i++) {
            int at = i - start;
            if (at >= SEQ_PID_FROM && at < SEQ_PID_TO) continue;
            h ^= frame.get(i) & 0xff;
            h *= 0x100000001b3L;
        }
        return h ^ (to - start);
    }

    /**
     * 64-bit digest of the bytes of a message diff compares: all but nlmsg_seq, nlmsg_pid and the fields it leaves out
     * ({@link Normalizer#compares}); bytes no field covers are in. Two messages whose digests differ differ in bytes
     * a report marks compared. Only computed for {@code --bytes}.
     */
    static long comparedDigest(ByteBuffer frame, NetlinkMessage m, Normalizer normalizer) {
        int start = Math.max(0, Math.min(m.offset(), frame.limit())), to = end(frame, m);
        boolean[] skip = new boolean[Math.max(0, to - start)];
        for (int i = SEQ_PID_FROM; i < Math.min(SEQ_PID_TO, skip.length); i++) skip[i] = true;
        List<Leaf> leaves = new ArrayList<>();
        for (Field f : m.fields()) walk(f, "", start, leaves, new LinkedHashMap<>(), normalizer);
        for (Leaf l : leaves)
            if (!l.compared())
                for (int i = Math.max(0, l.offset()); i < Math.min(skip.length, (long) l.offset() + l.length()); i++) skip[i] = true;
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < skip.length; i++) {
            h ^= skip[i] ? 0x100 : frame.get(start + i) & 0xff;   // a skipped byte still counts as a position
            h *= 0x100000001b3L;
        }
        return h ^ skip.length;
    }

    /** A decoded message with its bytes from the frame. */
    static Message message(long frame, ByteBuffer data, NetlinkMessage m, Normalizer normalizer) {
        int start = Math.max(0, Math.min(m.offset(), data.limit())), to = end(data, m);
        byte[] bytes = new byte[Math.max(0, to - start)];
        data.get(start, bytes);
        List<Leaf> leaves = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Field f : m.fields()) walk(f, "", start, leaves, seen, normalizer);
        return new Message(frame, bytes, leaves);
    }

    private static void walk(Field f, String prefix, int start, List<Leaf> out, Map<String, Integer> seen, Normalizer n) {
        String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
        if (path.equals("nlmsghdr.nlmsg_seq") || path.equals("nlmsghdr.nlmsg_pid")) return;
        if (f.value() instanceof Value.Nested && !f.children().isEmpty()) {
            for (Field c : f.children()) walk(c, path, start, out, seen, n);
            return;
        }
        int k = seen.merge(path, 1, Integer::sum);
        out.add(new Leaf(k == 1 ? path : path + "#" + k, f.offset() - start, f.length(), n.compares(f.name(), path)));
    }

    /** The fields whose bytes differ between two matched messages, in the baseline's order, then the candidate's own. */
    public static List<Difference> of(Message a, Message b) {
        Map<String, Leaf> x = byPath(a.leaves), y = byPath(b.leaves);
        Set<String> paths = new LinkedHashSet<>(x.keySet());
        paths.addAll(y.keySet());
        List<Difference> out = new ArrayList<>();
        for (String p : paths) {
            Leaf u = x.get(p), v = y.get(p);
            byte[] bu = u == null ? new byte[0] : slice(a.bytes, u.offset, u.length), bv = v == null ? new byte[0] : slice(b.bytes, v.offset, v.length);
            if (u != null && v != null && Arrays.equals(bu, bv)) continue;
            out.add(new Difference(p, u == null ? -1 : u.offset, v == null ? -1 : v.offset, bu, bv, (u != null ? u : v).compared));
        }
        if (a.bytes.length == b.bytes.length) uncovered(a, b, out);
        return out;
    }

    /** Runs of differing bytes no leaf of either message covers (and outside nlmsg_seq, nlmsg_pid). */
    private static void uncovered(Message a, Message b, List<Difference> out) {
        int n = a.bytes.length;
        boolean[] covered = new boolean[n];
        for (int i = SEQ_PID_FROM; i < Math.min(SEQ_PID_TO, n); i++) covered[i] = true;
        for (List<Leaf> ls : List.of(a.leaves, b.leaves))
            for (Leaf l : ls)
                for (int i = Math.max(0, l.offset); i < Math.min(n, (long) l.offset + l.length); i++) covered[i] = true;
        for (int i = 0; i < n; i++) {
            if (covered[i] || a.bytes[i] == b.bytes[i]) continue;
            int j = i;
            while (j < n && !covered[j] && a.bytes[j] != b.bytes[j]) j++;
            out.add(new Difference("bytes", i, i, Arrays.copyOfRange(a.bytes, i, j), Arrays.copyOfRange(b.bytes, i, j), true));
            i = j;
        }
    }

    private static Map<String, Leaf> byPath(List<Leaf> leaves) {
        Map<String, Leaf> m = new LinkedHashMap<>();
        for (Leaf l : leaves) m.putIfAbsent(l.path, l);
        return m;
    }

    /** The bytes [offset, offset + length) of a message, as far as it holds them. */
    private static byte[] slice(byte[] b, int offset, int length) {
        int from = Math.max(0, Math.min(offset, b.length));
        int to = (int) Math.max(from, Math.min((long) offset + Math.max(0, length), b.length));
        return Arrays.copyOfRange(b, from, to);
    }
}
