package io.nlscope.testing;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.Operation;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.filter.EventSelection;
import io.nlscope.analysis.filter.MessageFilter;
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
    public record Options(Map<Integer, String> genlFamilies, Pairing.Config pairing, Map<String, String> filters) {

        public Options {
            genlFamilies = Map.copyOf(genlFamilies);
            filters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(filters));
        }

        public static Options defaults() { return new Options(Map.of(), Pairing.Config.defaults(), Map.of()); }

        /** With one more generic netlink family named. */
        public Options withGenlFamily(int id, String name) {
            Map<Integer, String> m = new java.util.HashMap<>(genlFamilies);
            m.put(id, name);
            return new Options(m, pairing, filters);
        }

        public Options withPairing(Pairing.Config p) { return new Options(genlFamilies, p, filters); }

        /**
         * With a display filter ({@code read -Y}, README: display filters) whose matches are marked with
         * {@code name}: a transaction or notification whose first message matches it (and, for a filter of the
         * transaction such as {@code outcome == ERROR}, whose transaction does) has {@code name} among its
         * {@link SessionTransaction#marks() marks}; {@link SessionAssert#containsInOrder} names it {@code "@name"}.
         *
         * @throws io.nlscope.analysis.filter.FilterException when the filter does not compile (its column)
         */
        public Options withFilter(String name, String filter) {
            MessageFilter.compile(filter);   // its mistakes now, not when the file is read
            Map<String, String> m = new java.util.LinkedHashMap<>(filters);
            m.put(name, filter);
            return new Options(genlFamilies, pairing, m);
        }
    }

    private final Path file;
    private final Options options;
    private final List<SessionTransaction> transactions;
    private final List<SessionMessage> notifications, unpaired;
    private final List<PairingEvent> events;
    private final Pairing.Counts counts;
    private final List<String> warnings;
    private final long frames, firstTimestampNanos;

    private NetlinkSession(Path file, Options options, List<SessionTransaction> transactions, List<SessionMessage> notifications,
                           List<SessionMessage> unpaired, List<PairingEvent> events, Pairing.Counts counts,
                           List<String> warnings, long frames, long firstTimestampNanos) {
        this.file = file;
        this.options = options;
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
        Map<String, EventSelection> selections = new java.util.LinkedHashMap<>();
        options.filters().forEach((name, filter) -> selections.put(name, new EventSelection(MessageFilter.compile(filter))));
        java.util.function.Consumer<PairingEvent> add = e -> {
            events.add(e);
            SortedMap<String, String> a = fields.remove(e.number());
            if (a == null) a = new TreeMap<>();
            java.util.Set<String> marks = new java.util.LinkedHashSet<>();
            selections.forEach((name, sel) -> { if (sel.selects(e)) marks.add(name); });
            if (e instanceof Transaction t) transactions.add(new SessionTransaction(t, a, marks));
            else if (e instanceof Unpaired u) (u.kind() == Unpaired.Kind.NOTIFICATION ? notifications : unpaired).add(new SessionMessage(u, a, marks));
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
                    for (EventSelection sel : selections.values()) sel.message(m);
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
        return new NetlinkSession(file, options, transactions, notifications, unpaired, events, pairing.counts(), warnings, frames,
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

    /** Whether {@code name} names the operation: RTM_NEWROUTE, NEWROUTE or "route NEWROUTE", with * and ? as wildcards ({@link io.nlscope.analysis.rules.Rule.Glob}). */
    static boolean names(Operation op, String name) {
        return io.nlscope.analysis.rules.Rule.Glob.of(name).matches(op);   // as nlscope check's rules name operations
    }

    /** The capture file. */
    public Path file() { return file; }

    /** How it was read. */
    public Options options() { return options; }

    /** Every transaction, in the order of their requests. */
    public List<SessionTransaction> transactions() { return transactions; }

    /** The transactions of one operation ({@code RTM_NEWROUTE}, {@code NEWROUTE} or {@code route NEWROUTE}). */
    public List<SessionTransaction> transactions(String operation) {
        return transactions.stream().filter(t -> t.is(operation)).toList();
    }

    /** The transactions and notifications a filter of {@link Options#withFilter} marked with {@code name}, in order. */
    public List<Object> marked(String name) {
        List<Object> out = new ArrayList<>();
        for (Object o : ordered()) if (o instanceof SessionTransaction t ? t.marks().contains(name) : ((SessionMessage) o).marks().contains(name)) out.add(o);
        return out;
    }

    /** Transactions and notifications, in the order of their first message. */
    List<Object> ordered() {
        List<Object> out = new ArrayList<>(transactions.size() + notifications.size());
        int i = 0, j = 0;
        while (i < transactions.size() || j < notifications.size()) {
            if (j >= notifications.size() || i < transactions.size() && transactions.get(i).number() < notifications.get(j).number())
                out.add(transactions.get(i++));
            else out.add(notifications.get(j++));
        }
        return out;
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
