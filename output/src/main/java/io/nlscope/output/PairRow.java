package io.nlscope.output;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Operation;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.Errno;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of {@code nlscope pairs} ({@link TransactionRows}), the same for the table, CSV and JSON: a transaction, or
 * (with --all) a notification or orphan. Times are seconds from the capture's first frame;
 * latencies milliseconds (null without a response); frames -1 when there is none; the process (its command name
 * and pid) as the capture recorded it ({@link io.nlscope.analysis.Transaction#process()}): "" and null when it did not.
 */
@JsonPropertyOrder({"index", "time", "protocol", "family", "operation", "request", "outcome", "errno", "error",
        "responses", "firstLatencyMs", "lastLatencyMs", "requestFrame", "firstResponseFrame", "lastResponseFrame", "process", "pid", "notes"})
public record PairRow(long index, double time, String protocol, String family, String operation, String request,
               String outcome, String errno, String error, long responses, Double firstLatencyMs, Double lastLatencyMs,
               long requestFrame, long firstResponseFrame, long lastResponseFrame, String process, Long pid, String notes,
               @JsonIgnore long timestampNanos) {

    /** The row with every string escaped for a terminal or a CSV file (one row per line); JSON keeps the original. */
    public PairRow escaped() {
        return new PairRow(index, time, Escape.text(protocol), Escape.text(family), Escape.text(operation), Escape.text(request),
                Escape.text(outcome), Escape.text(errno), Escape.text(error), responses, firstLatencyMs, lastLatencyMs,
                requestFrame, firstResponseFrame, lastResponseFrame, Escape.text(process), pid, Escape.text(notes), timestampNanos);
    }

    /** The row of a transaction; {@code base}: the capture's first timestamp (ns), times count from it. */
    public static PairRow of(long index, Transaction t, long base) {
        MessageRef r = t.request();
        Operation op = t.operation();
        String errno = t.errno() == 0 ? "" : Errno.name(t.errno());
        String error = t.errno() == 0 ? t.errorMessage() : joinNonEmpty(Errno.text(t.errno()), t.errorMessage());
        return new PairRow(index, seconds(r.timestampNanos() - base), r.protocolName(), op.family(), op.shortName(),
                t.requestKeys(), t.outcome().name(), errno, error, t.responseCount(),
                t.first() == null ? null : millis(t.firstLatencyNanos()), t.last() == null ? null : millis(t.lastLatencyNanos()),
                r.frame(), t.first() == null ? -1 : t.first().frame(), t.last() == null ? -1 : t.last().frame(),
                name(t.process()), pid(t.process()), notes(t), r.timestampNanos());
    }

    /** The row of a notification, orphan, late response or copy. */
    public static PairRow of(long index, Unpaired u, long base) {
        MessageRef m = u.message();
        Operation op = m.operation();
        return new PairRow(index, seconds(m.timestampNanos() - base), m.protocolName(), op.family(), op.shortName(),
                "", u.kind().name(), "", "", 0, null, null, m.frame(), -1, -1,
                name(m.process()), pid(m.process()), notes(u), m.timestampNanos());
    }

    /** False for the rows --all adds: notifications, orphans, late responses, copies, unreadable messages. */
    @JsonIgnore   // a property of the row, not a column
    public boolean isTransaction() {
        return !outcome.equals("NOTIFICATION") && !outcome.equals("ORPHAN") && !outcome.equals("LATE")
                && !outcome.equals("UNREADABLE") && !outcome.equals("COPY");
    }

    /** "to RTNLGRP_IPV4_ROUTE, caused by message 12" */
    static String notes(Unpaired u) {
        List<String> n = new ArrayList<>(2);
        if (u.kind() == Unpaired.Kind.NOTIFICATION) u.message().group().ifPresent(g -> n.add("to " + g));
        if (u.causedBy() > 0) n.add("caused by message " + u.causedBy());
        if (u.kind() == Unpaired.Kind.LATE) n.add("answers message " + u.request() + ", reported before this came");
        if (u.kind() == Unpaired.Kind.COPY) n.add("multicast copy of message " + u.request());
        return String.join(", ", n);
    }

    static String notes(Transaction t) {
        List<String> n = new ArrayList<>(2);
        if (t.has(Transaction.INTERRUPTED)) n.add("dump interrupted");
        if (t.has(Transaction.INFERRED)) n.add("reply inferred (seq 0)");
        if (t.has(Transaction.AMBIGUOUS)) {
            StringBuilder b = new StringBuilder("ambiguous match");
            for (int i = 0; i < t.alternatives().size(); i++) {
                MessageRef alt = t.alternatives().get(i);
                b.append(i == 0 ? ": could also be frame " : ", frame ").append(alt.frame());
                if (alt.index() > 0) b.append(" (message ").append(alt.number()).append(')');
            }
            n.add(b.toString());
        }
        if (t.has(Transaction.TIMED_OUT)) n.add("timed out");
        if (t.has(Transaction.EVICTED)) n.add("reported before its answer was known (memory budget)");
        if (t.has(Transaction.SETTLED)) n.add("settled: a later request was answered");
        if (t.has(Transaction.DIRECTION_INFERRED)) n.add("direction inferred");
        if (t.has(Transaction.CUT)) n.add("its error was cut short by the capture");
        if (t.outcome() == Outcome.UNANSWERED && t.responseCount() > 0) n.add("no NLMSG_DONE");
        return String.join(", ", n);
    }

    private static String name(ProcessRef p) { return p == null ? "" : p.name(); }

    private static Long pid(ProcessRef p) { return p == null ? null : p.pid(); }

    /** The process as the table shows it: "ip[178]", "pid 178", "-" when the capture does not say. */
    @JsonIgnore
    public String processLabel() { return pid == null ? "-" : new ProcessRef(pid, process).label(); }

    private static String joinNonEmpty(String a, String b) {
        return b.isEmpty() ? a : a + ": " + b;
    }

    static double seconds(long nanos) { return Math.round(nanos / 1e3) / 1e6; }

    static double millis(long nanos) { return Math.round(nanos / 1e3) / 1e3; }
}
