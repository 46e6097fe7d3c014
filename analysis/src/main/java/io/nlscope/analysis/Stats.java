package io.nlscope.analysis;

import io.nlscope.dissect.Errno;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Totals of a paired capture in constant memory: per family and operation the transactions,
 * their outcomes, errors by errno and latency percentiles (HdrHistogram, 3 significant
 * digits); notifications and orphans per family and message type. Feed it {@link Pairing}'s
 * events.
 */
public final class Stats implements Consumer<PairingEvent> {

    /**
     * One family and operation.
     *
     * @param outcomes transactions per outcome, in the order of {@link Outcome}
     * @param errors   transactions per errno name, sorted by name
     * @param latency percentiles of the time from the request to its last response (ns), over the
     *                transactions that ended (not UNANSWERED ones); empty when none did
     */
    public record Row(Operation operation, long transactions, Map<Outcome, Long> outcomes, Map<String, Long> errors,
                      long responses, long requestBytes, long responseBytes, Latency latency) {}

    /**
     * Nanoseconds; {@code count} transactions with at least one response. Besides the percentiles the tables show,
     * the least value and the quartiles, for a box plot ({@code nlscope report}).
     */
    public record Latency(long count, long p50, long p90, long p99, long max, long min, long p25, long p75) {
        static final Latency NONE = new Latency(0, -1, -1, -1, -1, -1, -1, -1);
    }

    /**
     * Messages that answer nothing (notifications) or whose request is missing (orphans), per family,
     * type and, for notifications, the multicast group the family sends the type to ("" where it defines none).
     */
    public record MessageRow(Operation type, String group, long messages, long bytes) {}

    private record Key(Operation type, String group) {}

    /**
     * What one process did, as far as the capture recorded processes ({@link ProcessRef}): its transactions,
     * those that ended in an error, and the notifications its requests caused (the kernel stamps them with the
     * requester's port).
     */
    public record ProcessRow(ProcessRef process, long transactions, long errors, long notifications) {}

    /** Processes listed; the rest are counted under pid -1, "others". */
    public static final int MAX_PROCESSES = 10_000;
    private static final ProcessRef OTHERS = new ProcessRef(-1, "others");

    private static final class PerProcess { long transactions, errors, notifications; }

    private final Map<ProcessRef, PerProcess> processes = new HashMap<>();

    private PerProcess process(ProcessRef p) {
        PerProcess c = processes.get(p);
        if (c != null) return c;
        return processes.computeIfAbsent(processes.size() < MAX_PROCESSES ? p : OTHERS, k -> new PerProcess());
    }

    private static final class Acc {
        long transactions, responses, requestBytes, responseBytes;
        final long[] outcomes = new long[Outcome.values().length];
        final TreeMap<String, Long> errors = new TreeMap<>();
        final Histogram latency = new Histogram(3);
    }

    private static final class Count { long messages, bytes; }

    // hashed while counting, sorted (family, operation, group) when reported
    private final Map<Operation, Acc> ops = new HashMap<>();
    private final Map<Key, Count> notifications = new HashMap<>();
    private final Map<Key, Count> orphans = new HashMap<>();
    private final Map<Key, Count> late = new HashMap<>();
    private final Map<Key, Count> copies = new HashMap<>();
    private final long[] flagged = new long[9];   // per Transaction flag bit
    private long unreadable;

    private static int compare(Key a, Key b) {
        int c = compare(a.type(), b.type());
        return c != 0 ? c : a.group().compareTo(b.group());
    }

    private static int compare(Operation a, Operation b) {
        int c = a.family().compareTo(b.family());
        return c != 0 ? c : a.name().compareTo(b.name());
    }

    @Override
    public void accept(PairingEvent e) {
        if (e instanceof Transaction t) {
            Acc a = ops.computeIfAbsent(t.operation(), k -> new Acc());
            a.transactions++;
            a.responses += t.responseCount();
            a.requestBytes += t.request().length();
            a.responseBytes += t.responseBytes();
            a.outcomes[t.outcome().ordinal()]++;
            if (t.errno() != 0) a.errors.merge(Errno.name(t.errno()), 1L, Long::sum);
            // an unfinished transaction (a dump whose reader quit, a capture cut short) has no completion time
            if (t.last() != null && t.outcome() != Outcome.UNANSWERED) a.latency.recordValue(Math.max(0, t.lastLatencyNanos()));
            for (int i = 0; i < flagged.length; i++) if (t.has(1 << i)) flagged[i]++;
            ProcessRef p = t.process();
            if (p != null) {
                PerProcess c = process(p);
                c.transactions++;
                if (t.outcome() == Outcome.ERROR) c.errors++;
            }
        } else if (e instanceof Unpaired u) {
            Map<Key, Count> m = switch (u.kind()) {
                case NOTIFICATION -> notifications;
                case ORPHAN -> orphans;
                case UNREADABLE -> null;
                case LATE -> late;
                case COPY -> copies;
            };
            if (m == null) { unreadable++; return; }
            if (u.kind() == Unpaired.Kind.NOTIFICATION && u.message().process() != null) process(u.message().process()).notifications++;
            String group = u.kind() == Unpaired.Kind.NOTIFICATION ? u.message().group().orElse("") : "";
            Count c = m.computeIfAbsent(new Key(u.message().operation(), group), k -> new Count());
            c.messages++;
            c.bytes += u.message().length();
        }
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        List<Map.Entry<Operation, Acc>> sorted = new ArrayList<>(ops.entrySet());
        sorted.sort((x, y) -> compare(x.getKey(), y.getKey()));
        for (Map.Entry<Operation, Acc> e : sorted) {
            Acc a = e.getValue();
            EnumMap<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) if (a.outcomes[o.ordinal()] > 0) outcomes.put(o, a.outcomes[o.ordinal()]);
            Histogram h = a.latency;
            Latency l = h.getTotalCount() == 0 ? Latency.NONE : new Latency(h.getTotalCount(),
                    h.getValueAtPercentile(50), h.getValueAtPercentile(90), h.getValueAtPercentile(99), h.getMaxValue(),
                    h.getMinValue(), h.getValueAtPercentile(25), h.getValueAtPercentile(75));
            out.add(new Row(e.getKey(), a.transactions, Collections.unmodifiableMap(outcomes),
                    Collections.unmodifiableMap(new TreeMap<>(a.errors)),
                    a.responses, a.requestBytes, a.responseBytes, l));
        }
        return out;
    }

    public List<MessageRow> notifications() { return messageRows(notifications); }

    /** Per process, most transactions first; empty when the capture recorded no processes. */
    public List<ProcessRow> processes() {
        List<ProcessRow> out = new ArrayList<>(processes.size());
        processes.forEach((p, c) -> out.add(new ProcessRow(p, c.transactions, c.errors, c.notifications)));
        out.sort((a, b) -> a.transactions() != b.transactions() ? Long.compare(b.transactions(), a.transactions())
                : a.process().pid() != b.process().pid() ? Long.compare(a.process().pid(), b.process().pid())
                : a.process().name().compareTo(b.process().name()));
        return out;
    }

    public List<MessageRow> orphans() { return messageRows(orphans); }

    /** Responses that came after their request's transaction had been reported (timed out, settled, evicted). */
    public List<MessageRow> late() { return messageRows(late); }

    /** Multicast copies of requests ({@link Unpaired.Kind#COPY}), per operation. */
    public List<MessageRow> copies() { return messageRows(copies); }

    public long unreadable() { return unreadable; }

    /** Transactions carrying this {@link Transaction} flag (INTERRUPTED, INFERRED, AMBIGUOUS, EXACT, EVICTED, TIMED_OUT). */
    public long flagged(int flag) { return flagged[Integer.numberOfTrailingZeros(flag)]; }

    /** Transactions with this outcome, over all operations. */
    public long total(Outcome o) {
        long n = 0;
        for (Acc a : ops.values()) n += a.outcomes[o.ordinal()];
        return n;
    }

    private static List<MessageRow> messageRows(Map<Key, Count> m) {
        List<Map.Entry<Key, Count>> sorted = new ArrayList<>(m.entrySet());
        sorted.sort((x, y) -> compare(x.getKey(), y.getKey()));
        List<MessageRow> out = new ArrayList<>();
        for (Map.Entry<Key, Count> e : sorted) out.add(new MessageRow(e.getKey().type(), e.getKey().group(), e.getValue().messages, e.getValue().bytes));
        return out;
    }
}
