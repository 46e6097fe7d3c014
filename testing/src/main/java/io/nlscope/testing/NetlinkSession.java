package io.nlscope.testing;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.Operation;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import io.nlscope.output.OutputFormat;
import io.nlscope.output.PairRow;
import io.nlscope.output.TransactionRows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A recorded netlink session (a pcap or pcapng file of an nlmon interface, or one {@code nlscope capture} or
 * {@code nlscope trace} wrote) as a test sees it: its {@linkplain #transactions() transactions} (each request with
 * its outcome, errno, extended ACK, latency and process), its {@linkplain #notifications() notifications} and its
 * other {@linkplain #unpaired() unpaired} messages, in capture order. {@link SessionAssert} makes assertions on it.
 *
 * <p>{@link #open(Path)} reads the file once, decoding every frame and pairing its messages with the same
 * {@link Pairing} as {@code nlscope pairs}. <b>Memory:</b> a session holds summaries, not decoded trees: per
 * transaction the request and its responses as {@link io.nlscope.analysis.MessageRef} (header, names, one-line
 * summary; at most {@link Pairing.Config#keepResponses()} responses, the rest only counted) and the request's fields
 * as a map of texts; per notification the same. That is a few hundred bytes per message: fine for the captures of a
 * test, not for one of millions of messages (use {@link Pairing} itself, which streams).
 *
 * <p>A session is immutable and may be shared between threads.
 */
public final class NetlinkSession {

    /**
     * How a session is read.
     *
     * @param genlFamilies generic netlink family ids to names ({@code 0x24=ethtool}), winning over the capture's own
     *                     CTRL_CMD_NEWFAMILY announcements, as {@code --genl-family} does
     * @param pairing      how messages are paired ({@link Pairing.Config#defaults()}: 5 s timeout, as the CLI)
     */
    public record Options(Map<Integer, String> genlFamilies, Pairing.Config pairing) {

        public Options {
            genlFamilies = Map.copyOf(genlFamilies);
        }

        public static Options defaults() { return new Options(Map.of(), Pairing.Config.defaults()); }

        /** With one more generic netlink family named. */
        public Options withGenlFamily(int id, String name) {
            Map<Integer, String> m = new java.util.HashMap<>(genlFamilies);
            m.put(id, name);
            return new Options(m, pairing);
        }

        public Options withPairing(Pairing.Config p) { return new Options(genlFamilies, p); }
    }

    private final Path file;
    private final List<SessionTransaction> transactions;
    private final List<SessionMessage> notifications, unpaired;
    private final List<PairingEvent> events;
    private final Pairing.Counts counts;
    private final List<String> warnings;
    private final long frames, firstTimestampNanos;

    private NetlinkSession(Path file, List<SessionTransaction> transactions, List<SessionMessage> notifications,
                           List<SessionMessage> unpaired, List<PairingEvent> events, Pairing.Counts counts,
                           List<String> warnings, long frames, long firstTimestampNanos) {
        this.file = file;
        this.transactions = List.copyOf(transactions);
        this.notifications = List.copyOf(notifications);
        this.unpaired = List.copyOf(unpaired);
        this.events = List.copyOf(events);
        this.counts = counts;
        this.warnings = List.copyOf(warnings);
        this.frames = frames;
        this.firstTimestampNanos = firstTimestampNanos;
    }

    /** Reads a capture file with the default options. */
    public static NetlinkSession open(Path file) throws IOException {
        return open(file, Options.defaults());
    }

    /** Reads a capture file: every frame decoded and paired, in one pass. */
    public static NetlinkSession open(Path file, Options options) throws IOException {
        List<SessionTransaction> transactions = new ArrayList<>();
        List<SessionMessage> notifications = new ArrayList<>(), unpaired = new ArrayList<>();
        List<PairingEvent> events = new ArrayList<>();
        LongMap<SortedMap<String, String>> fields = new LongMap<>();   // message number -> its fields, until its event
        List<PairingEvent> ended = new ArrayList<>();   // events reported while a message was placed
        Pairing pairing = new Pairing(options.pairing(), ended::add);
        java.util.function.Consumer<PairingEvent> add = e -> {
            events.add(e);
            SortedMap<String, String> a = fields.remove(e.number());
            if (a == null) a = new TreeMap<>();
            if (e instanceof Transaction t) transactions.add(new SessionTransaction(t, a));
            else if (e instanceof Unpaired u) (u.kind() == Unpaired.Kind.NOTIFICATION ? notifications : unpaired).add(new SessionMessage(u, a));
        };
        long frames = 0, first = Long.MIN_VALUE, number = 0;
        List<String> warnings;
        try (NetlinkCapture cap = NetlinkCapture.open(file, options.genlFamilies(), List.of())) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                frames++;
                if (first == Long.MIN_VALUE) first = f.timestampNanos();
                Socket s = pairing.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    number++;
                    // fields are kept for what starts an event (a request, a notification ...), not for responses
                    if (pairing.accept(m, s).role() != Pairing.Placement.Role.RESPONSE) fields.put(number, attributes(m));
                    ended.forEach(add);
                    ended.clear();
                }
            }
            pairing.finish();
            ended.forEach(add);
            warnings = cap.warnings();
        }
        return new NetlinkSession(file, transactions, notifications, unpaired, events, pairing.counts(), warnings, frames,
                first == Long.MIN_VALUE ? 0 : first);
    }

    /** A message's decoded fields by path (the nlmsghdr and an error's echoed request left out), as {@code read -V} names their values. */
    static SortedMap<String, String> attributes(NetlinkMessage m) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Field f : m.fields()) {
            if (f.name().equals("nlmsghdr") || f.name().equals("request")) continue;
            walk(f, "", out);
        }
        return out;
    }

    private static void walk(Field f, String prefix, SortedMap<String, String> out) {
        String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
        if (f.value() instanceof Value.Nested) {
            for (Field c : f.children()) walk(c, path, out);
            return;
        }
        out.merge(path, Normalizer.shown(f.value()), (a, b) -> a + "," + b);
    }

    static Optional<String> attribute(SortedMap<String, String> attributes, String name) {
        String exact = attributes.get(name);
        if (exact != null) return Optional.of(exact);
        for (Map.Entry<String, String> e : attributes.entrySet())
            if (e.getKey().endsWith("." + name)) return Optional.of(e.getValue());
        return Optional.empty();
    }

    /** Whether {@code name} names the operation: RTM_NEWROUTE, NEWROUTE or "route NEWROUTE" (case as the kernel's). */
    static boolean names(Operation op, String name) {
        return op.name().equals(name) || op.shortName().equals(name) || op.toString().equals(name)
                || (op.family() + " " + op.name()).equals(name);
    }

    /** The capture file. */
    public Path file() { return file; }

    /** Every transaction, in the order of their requests. */
    public List<SessionTransaction> transactions() { return transactions; }

    /** The transactions of one operation ({@code RTM_NEWROUTE}, {@code NEWROUTE} or {@code route NEWROUTE}). */
    public List<SessionTransaction> transactions(String operation) {
        return transactions.stream().filter(t -> t.is(operation)).toList();
    }

    /** The transactions the kernel refused (a negative errno), in order. */
    public List<SessionTransaction> errors() {
        return transactions.stream().filter(SessionTransaction::isError).toList();
    }

    /** The notifications (multicast events and other messages that answer nothing), in order. */
    public List<SessionMessage> notifications() { return notifications; }

    /** The other messages pairing placed in no transaction: orphan, late and copied responses, unreadable messages. */
    public List<SessionMessage> unpaired() { return unpaired; }

    /** Pairing's totals: messages, transactions, notifications, orphans ... */
    public Pairing.Counts counts() { return counts; }

    /** Frames read. */
    public long frames() { return frames; }

    /** What the reader found wrong with the file (cut short, damaged); empty for a sound file. */
    public List<String> warnings() { return warnings; }

    /**
     * Writes the session as {@code nlscope pairs --all -T FORMAT} does: one row per transaction, notification and
     * other unpaired message, then pairing's counts. {@code format}: one of {@link OutputFormat.View#TRANSACTIONS}
     * except {@code fields} ({@link OutputFormat#PAIRS_JSON}, {@link OutputFormat#PAIRS_CSV} ...). Flushes, does not close.
     */
    public void writePairs(OutputStream os, OutputFormat format) throws IOException {
        if (format == OutputFormat.PAIRS_FIELDS || format.view() != OutputFormat.View.TRANSACTIONS)
            throw new IllegalArgumentException("not a pairs row format: " + format);
        TransactionRows w = format.transactionRows(os, file.toString());
        long index = 0;
        for (PairingEvent e : events)
            w.row(e instanceof Transaction t ? PairRow.of(++index, t, firstTimestampNanos) : PairRow.of(++index, (Unpaired) e, firstTimestampNanos));
        w.end(counts);
    }

    @Override public String toString() {
        return file.getFileName() + ": " + transactions.size() + " transactions, " + notifications.size() + " notifications, "
                + unpaired.size() + " other unpaired messages";
    }
}
