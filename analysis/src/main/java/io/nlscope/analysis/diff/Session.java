package io.nlscope.analysis.diff;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * A recorded netlink session as {@code nlscope diff} compares it: its transactions and notifications in capture
 * order, each normalised ({@link Normalizer}) and kept as two 64-bit digests, of what it is about (its identity)
 * and of all it says (flags, fields, outcome, extended ACK), so that a session of millions of messages fits in
 * tens of megabytes; {@link #details} reads the file again for the few items a report shows.
 *
 * @param file       the capture
 * @param normalizer how it was normalised
 * @param items      every transaction and notification, in the order of their first message
 */
public record Session(Path file, Normalizer normalizer, List<Item> items) {

    public Session {
        items = List.copyOf(items);
    }

    /**
     * What many items share: whether it is a notification, its group, operation and outcome (one instance per
     * distinct combination, so that an item holds one reference for them).
     *
     * @param notification true for a notification, false for a transaction (or another message pairing left alone)
     * @param group        what alignment groups by: the protocol, or a generic netlink family
     * @param operation    "route NEWROUTE", as {@code pairs} names it
     * @param outcome      "ACK", "ERROR EEXIST", "DUMP", ...; "" for a notification
     */
    public record Label(boolean notification, String group, String operation, String outcome) {}

    /**
     * One transaction or notification.
     *
     * @param label        notification or not, group, operation, outcome
     * @param identity     digest of what it is about: its operation and its normalised key fields
     * @param content      digest of its flags, fields, outcome and extended ACK
     * @param number       the number of its first message
     * @param frame        the frame of its first message
     * @param lastFrame    the frame of its last response (its own for a notification or without responses)
     * @param bytes        digest of its first message's raw bytes without nlmsg_seq and nlmsg_pid ({@link ByteDiff})
     */
    public record Item(Label label, long identity, long content, long number, long frame, long lastFrame, long bytes) {
        public boolean notification() { return label.notification(); }

        public String group() { return label.group(); }

        public String operation() { return label.operation(); }

        public String outcome() { return label.outcome(); }
    }

    /**
     * What a report shows of an item, read again from the file.
     *
     * @param identity   its operation and key fields, as text
     * @param flags      the request's flags by name
     * @param attributes its fields by path, normalised
     * @param outcome    as the item's
     * @param extack     the extended ACK's message; "" without one
     */
    public record Detail(String identity, String flags, SortedMap<String, String> attributes, String outcome, String extack) {}

    /**
     * Reads a capture file and normalises what it holds. Frames are decoded to their headers for pairing, and whole
     * only where a message starts an item (a request, a notification): responses are compared as the outcome.
     */
    public static Session read(Path file, Normalizer normalizer) throws IOException {
        return read(file, normalizer, false);
    }

    /**
     * As {@link #read(Path, Normalizer)}; with {@code bytes} ({@code diff --bytes}) an item's content also holds the
     * bytes of its first message that diff compares ({@link ByteDiff#comparedDigest}), so that a pair differing
     * there is changed even when its decoded fields are equal.
     */
    public static Session read(Path file, Normalizer normalizer, boolean bytes) throws IOException {
        List<Item> items = new ArrayList<>();
        Map<Label, Label> labels = new HashMap<>();
        LongMap<long[]> asked = new LongMap<>();   // message number -> {identity, digest of flags and fields, of bytes} until its event
        scan(file, (number, role) -> role != Pairing.Placement.Role.RESPONSE, (number, m, attrs, data) -> {
            long fields = Digest.of(String.join("|", m.flagNames()));
            for (var e : attrs.entrySet()) fields = Digest.of(Digest.of(fields, e.getKey()), e.getValue());
            if (bytes) fields = Digest.of(fields, Long.toHexString(ByteDiff.comparedDigest(data, m, normalizer)));
            asked.put(number, new long[] {Digest.of(normalizer.identity(m, attrs)), fields, ByteDiff.digest(data, m)});
        }, e -> {
            long[] a = asked.remove(e.number());
            items.add(item(e, a == null ? new long[3] : a, labels));
        }, normalizer);
        return new Session(file, normalizer, items);
    }

    /** Which messages {@link #scan} decodes whole and normalises: by number and by what pairing made of them. */
    private interface Wanted { boolean test(long number, Pairing.Placement.Role role); }

    /** A message decoded whole, with its fields normalised. */
    private interface Seen { void message(long number, NetlinkMessage whole, SortedMap<String, String> attributes, java.nio.ByteBuffer frame); }

    /**
     * Reads the file once: every frame decoded to its headers and paired; the messages {@code wanted} decoded whole
     * and handed to {@code seen}; each pairing event handed to {@code ended} after the message that ended it was.
     */
    private static void scan(Path file, Wanted wanted, Seen seen, java.util.function.Consumer<PairingEvent> ended,
                             Normalizer normalizer) throws IOException {
        List<PairingEvent> events = new ArrayList<>();
        // no timeout: how long the kernel took must not change what a transaction was (a dump that paused 5 s under
        // load is still one DUMP); open requests end at their answer, when settled, evicted or at the end
        Pairing pairing = new Pairing(Pairing.Config.defaults().withRequestKeys(false).withTimeoutNanos(Long.MAX_VALUE), events::add);
        try (NetlinkCapture cap = NetlinkCapture.open(file).withDepth(Depth.HEADERS)) {
            long number = 0;
            for (Frame raw; (raw = cap.reader().next()) != null; ) {
                DissectedFrame f = cap.dissect(raw), whole = null;
                Socket s = pairing.frame(f);
                for (int i = 0; i < f.messages().size(); i++) {
                    number++;
                    if (wanted.test(number, pairing.accept(f.messages().get(i), s).role())) {
                        if (whole == null) whole = cap.dissect(raw, Depth.FULL);
                        NetlinkMessage m = whole.messages().get(i);
                        seen.message(number, m, normalizer.attributes(m, cap.interfaces()), raw.data());
                    }
                    events.forEach(ended);
                    events.clear();
                }
            }
            pairing.finish();
            events.forEach(ended);
        }
    }

    /** "ACK", "ERROR EEXIST", "ORPHAN" ...; "" for a notification. */
    private static String outcome(PairingEvent e) {
        if (e instanceof Transaction t) return t.outcome().name() + (t.errno() != 0 ? " " + Errno.name(t.errno()) : "");
        Unpaired u = (Unpaired) e;
        return u.kind() == Unpaired.Kind.NOTIFICATION ? "" : u.kind().name();
    }

    private static Item item(PairingEvent e, long[] asked, Map<Label, Label> labels) {
        if (e instanceof Transaction t) {
            MessageRef r = t.request();
            String outcome = outcome(e);
            long content = Digest.of(Digest.of(asked[1], outcome), t.errorMessage());
            return new Item(label(new Label(false, group(r), r.operation().toString(), outcome), labels), asked[0], content,
                    t.number(), r.frame(), t.last() == null ? r.frame() : t.last().frame(), asked[2]);
        }
        Unpaired u = (Unpaired) e;
        MessageRef m = u.message();
        boolean notification = u.kind() == Unpaired.Kind.NOTIFICATION;
        String outcome = outcome(e);
        String op = m.operation().toString() + (notification ? "" : " (" + u.kind().name().toLowerCase(java.util.Locale.ROOT) + ")");
        return new Item(label(new Label(notification, group(m), op, outcome), labels), asked[0], Digest.of(asked[1], outcome), u.number(),
                m.frame(), m.frame(), asked[2]);
    }

    private static Label label(Label k, Map<Label, Label> labels) {
        Label was = labels.putIfAbsent(k, k);
        return was != null ? was : k;
    }

    private static String group(MessageRef m) {
        return m.protocol() == 16 ? m.operation().family() : m.protocolName();
    }

    /** The items of one group, in order. */
    public List<Item> group(String group) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) if (i.group().equals(group)) out.add(i);
        return out;
    }

    /** The groups, in the order they first occur. */
    public List<String> groups() {
        LinkedHashSet<String> g = new LinkedHashSet<>();
        for (Item i : items) g.add(i.group());
        return new ArrayList<>(g);
    }

    /** The file's name, as reports show it. */
    public String name() { return file.getFileName().toString(); }

    /**
     * The details of the items whose first message has one of these numbers: the file read again, only those
     * messages' frames decoded whole.
     */
    public Map<Long, Detail> details(Set<Long> numbers) throws IOException {
        Map<Long, Detail> out = new HashMap<>();
        if (numbers.isEmpty()) return out;
        Map<Long, Detail> asked = new HashMap<>();   // outcome and extended ACK filled in with the event
        scan(file, (number, role) -> numbers.contains(number), (number, m, attrs, data) ->
                asked.put(number, new Detail(normalizer.identity(m, attrs), String.join("|", m.flagNames()), attrs, "", "")), e -> {
            Detail d = asked.remove(e.number());
            if (d != null) out.put(e.number(), new Detail(d.identity(), d.flags(), d.attributes(), outcome(e),
                    e instanceof Transaction t ? t.errorMessage() : ""));
        }, normalizer);
        return out;
    }

    /**
     * The first messages of the items with these numbers, their bytes and decoded leaf fields ({@code --bytes}): the
     * file read again, only those messages' frames decoded whole.
     */
    public Map<Long, ByteDiff.Message> messages(Set<Long> numbers) throws IOException {
        Map<Long, ByteDiff.Message> out = new HashMap<>();
        if (numbers.isEmpty()) return out;
        scan(file, (number, role) -> numbers.contains(number),
                (number, m, attrs, data) -> out.put(number, ByteDiff.message(m.frame(), data, m, normalizer)), e -> {}, normalizer);
        return out;
    }

    /** 64-bit FNV-1a digests of texts, chained. */
    static final class Digest {
        private Digest() {}

        static long of(String s) { return of(0xcbf29ce484222325L, s); }

        static long of(long h, String s) {
            for (int i = 0; i < s.length(); i++) {
                h ^= s.charAt(i);
                h *= 0x100000001b3L;
            }
            h ^= 0xff;   // the end of a text: "ab"+"c" is not "a"+"bc"
            return h * 0x100000001b3L;
        }
    }
}
