package io.nlscope.analysis.rules;

import io.nlscope.analysis.Operation;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.analysis.filter.EventSelection;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.NetlinkMessage;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Judges a session against {@link Rules} while it is read, in constant memory: feed it every message in the order
 * pairing numbers them ({@link #message}), and every pairing event, in order, as pairing hands them out
 * ({@link #accept}); then {@link #verdicts()}. Each rule keeps counters, a latency histogram and at most
 * {@link #LISTED} offending events.
 */
public final class RulesCheck implements Consumer<PairingEvent> {
    /** Offending events listed per rule (the rest are counted). */
    public static final int LISTED = 20;
    /** Operations a per-operation latency rule tells apart; the rest are counted together. */
    static final int MAX_OPERATIONS = 10_000;

    /**
     * A rule's verdict.
     *
     * @param summary   one sentence: what was checked and found
     * @param offenders the first {@link #LISTED} offending events, one line each (captured text as it is: escape it)
     * @param more      offending events not listed
     */
    public record Verdict(Rule rule, boolean passed, String summary, List<String> offenders, long more) {
        public Verdict { offenders = List.copyOf(offenders); }
    }

    private final List<Judge> judges = new ArrayList<>();

    public RulesCheck(Rules rules) {
        for (Rule r : rules.rules()) judges.add(judge(r));
    }

    /** The next message, numbered as pairing numbers them. */
    public void message(NetlinkMessage m) {
        for (Judge j : judges) j.message(m);
    }

    /** The next pairing event. */
    @Override public void accept(PairingEvent e) {
        for (Judge j : judges) j.event(e);
    }

    /** Every rule's verdict, in the file's order. */
    public List<Verdict> verdicts() {
        List<Verdict> v = new ArrayList<>();
        for (Judge j : judges) v.add(j.verdict());
        return v;
    }

    /** The filters that name a field of the decoded tree (then a message they may match must be decoded in full). */
    public static List<io.nlscope.analysis.filter.MessageFilter> treeFilters(Rules rules) {
        List<io.nlscope.analysis.filter.MessageFilter> l = new ArrayList<>();
        for (Rule r : rules.rules()) {
            if (r.match() != null && r.match().filter().needsTree()) l.add(r.match().filter());
            if (r instanceof Rule.Sequence s) for (Rule.Match m : s.steps()) if (m.filter().needsTree()) l.add(m.filter());
        }
        return l;
    }

    private static Judge judge(Rule r) {
        if (r instanceof Rule.NoErrors n) return new NoErrorsJudge(n);
        if (r instanceof Rule.NoUnanswered n) return new NoUnansweredJudge(n);
        if (r instanceof Rule.Latency l) return new LatencyJudge(l);
        if (r instanceof Rule.Sequence s) return new SequenceJudge(s);
        if (r instanceof Rule.Notifications n) return new NotificationsJudge(n);
        return new SendersJudge((Rule.Senders) r);
    }

    /** What checking one rule keeps; {@link #selected} tells whether the rule's match takes an event. */
    private abstract static class Judge {
        final Rule rule;
        private final EventSelection selection;
        final List<String> offenders = new ArrayList<>();
        long offending;

        Judge(Rule rule) {
            this.rule = rule;
            this.selection = rule.match() == null ? null : new EventSelection(rule.match().filter());
        }

        void message(NetlinkMessage m) { if (selection != null) selection.message(m); }

        void event(PairingEvent e) {
            if (selection == null || selection.selects(e)) take(e);
        }

        abstract void take(PairingEvent e);

        abstract Verdict verdict();

        void offend(String line) {
            offending++;
            if (offenders.size() < LISTED) offenders.add(line);
        }

        Verdict verdict(boolean passed, String summary) {
            return new Verdict(rule, passed, summary, offenders, Math.max(0, offending - offenders.size()));
        }
    }

    private static final class NoErrorsJudge extends Judge {
        final Rule.NoErrors r;
        long transactions, errors, allowed;

        NoErrorsJudge(Rule.NoErrors r) { super(r); this.r = r; }

        @Override void take(PairingEvent e) {
            if (!(e instanceof Transaction t)) return;
            transactions++;
            if (t.outcome() != Outcome.ERROR && t.errno() == 0) return;
            errors++;
            String errno = t.errno() == 0 ? "" : Errno.name(t.errno());
            for (Rule.Allowed a : r.except()) {
                if (a.allows(errno, t.operation())) {
                    allowed++;
                    return;
                }
            }
            offend(line(t));
        }

        @Override Verdict verdict() {
            return verdict(offending == 0, transactions + " transactions, " + errors + (errors == 1 ? " error" : " errors")
                    + (r.except().isEmpty() ? "" : ", " + allowed + " of them allowed") + (offending == 0 ? "" : ": " + offending + " not allowed"));
        }
    }

    private static final class NoUnansweredJudge extends Judge {
        long transactions;

        NoUnansweredJudge(Rule.NoUnanswered r) { super(r); }

        @Override void take(PairingEvent e) {
            if (!(e instanceof Transaction t)) return;
            transactions++;
            if (t.outcome() == Outcome.UNANSWERED) offend(line(t));
        }

        @Override Verdict verdict() {
            return verdict(offending == 0, transactions + " transactions, " + offending + " unanswered");
        }
    }

    private static final class LatencyJudge extends Judge {
        final Rule.Latency r;
        final Map<Operation, Slowest> byOperation = new LinkedHashMap<>();
        final Slowest all = new Slowest();
        long unanswered;

        LatencyJudge(Rule.Latency r) { super(r); this.r = r; }

        /** A histogram and the slowest transactions. */
        static final class Slowest {
            final Histogram h = new Histogram(3);
            final PriorityQueue<long[]> top = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));   // {ns, number}
            final Map<Long, String> lines = new java.util.HashMap<>();

            void add(Transaction t, long ns) {
                h.recordValue(ns);
                if (top.size() < 5 || ns > top.peek()[0]) {
                    top.add(new long[] {ns, t.number()});
                    lines.put(t.number(), line(t) + " in " + duration(ns));
                    if (top.size() > 5) lines.remove(top.poll()[1]);
                }
            }

            /** The slowest kept transactions that took longer than {@code ns}, slowest first. */
            List<String> slowerThan(long ns) {
                List<long[]> l = new ArrayList<>(top);
                l.sort((a, b) -> Long.compare(b[0], a[0]));
                List<String> out = new ArrayList<>();
                for (long[] x : l) if (x[0] > ns) out.add(lines.get(x[1]));
                return out;
            }
        }

        @Override void take(PairingEvent e) {
            if (!(e instanceof Transaction t)) return;
            long ns = t.lastLatencyNanos();
            if (ns < 0) {
                unanswered++;
                return;
            }
            all.add(t, ns);
            if (r.perOperation()) {
                Operation op = byOperation.size() < MAX_OPERATIONS || byOperation.containsKey(t.operation())
                        ? t.operation() : new Operation("", "others");
                byOperation.computeIfAbsent(op, k -> new Slowest()).add(t, ns);
            }
        }

        @Override Verdict verdict() {
            if (all.h.getTotalCount() == 0)
                return verdict(false, "no answered transaction matched" + (unanswered > 0 ? " (" + unanswered + " without responses)" : ""));
            List<String> found = new ArrayList<>();
            boolean passed = true;
            Map<Operation, Slowest> groups = r.perOperation() ? byOperation : Map.of(new Operation("", "all"), all);
            for (Map.Entry<Operation, Slowest> g : groups.entrySet()) {
                List<String> over = new ArrayList<>();
                long lowest = Long.MAX_VALUE;   // the lowest bound exceeded
                for (Map.Entry<Double, Long> b : new java.util.TreeMap<>(r.bounds()).entrySet()) {
                    long v = b.getKey() >= 100 ? g.getValue().h.getMaxValue() : g.getValue().h.getValueAtPercentile(b.getKey());
                    String p = b.getKey() >= 100 ? "max" : "p" + percentile(b.getKey());
                    if (v > b.getValue()) {
                        over.add(p + " " + duration(v) + " > " + duration(b.getValue()));
                        lowest = Math.min(lowest, b.getValue());
                    }
                    else if (!r.perOperation()) found.add(p + " " + duration(v) + " <= " + duration(b.getValue()));
                }
                if (!over.isEmpty()) {
                    passed = false;
                    String who = r.perOperation() ? g.getKey().name() + " (" + g.getValue().h.getTotalCount() + "): " : "";
                    found.add(who + String.join(", ", over));
                    for (String s : g.getValue().slowerThan(lowest)) offend("slow: " + s);
                }
            }
            String n = all.h.getTotalCount() + " answered transactions" + (r.perOperation() ? " of " + byOperation.size() + " operations" : "");
            return verdict(passed, n + (found.isEmpty() ? ", every operation within its bounds" : ": " + String.join("; ", found)));
        }

        private static String percentile(double p) {
            return p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p);
        }
    }

    private static final class SequenceJudge extends Judge {
        final Rule.Sequence r;
        final List<EventSelection> steps = new ArrayList<>();
        final List<String> found = new ArrayList<>();
        int next;

        SequenceJudge(Rule.Sequence r) {
            super(r);
            this.r = r;
            for (Rule.Match m : r.steps()) steps.add(new EventSelection(m.filter()));
        }

        @Override void message(NetlinkMessage m) {
            for (EventSelection s : steps) s.message(m);
        }

        @Override void event(PairingEvent e) {
            // every step's selection sees every event (it drops the numbers before it), the next step takes it
            int taken = -1;
            for (int i = 0; i < steps.size(); i++) if (steps.get(i).selects(e) && i == next && taken < 0) taken = i;
            if (taken >= 0) {
                found.add("step " + (taken + 1) + " '" + r.steps().get(taken).text() + "': " + line(e));
                next++;
            }
        }

        @Override void take(PairingEvent e) {}

        @Override Verdict verdict() {
            if (next == steps.size()) return new Verdict(rule, true, "all " + steps.size() + " steps in order", List.of(), 0);
            String missing = "step " + (next + 1) + " '" + r.steps().get(next).text() + "' never matched"
                    + (next == 0 ? "" : " after step " + next);
            return new Verdict(rule, false, next + " of " + steps.size() + " steps in order; " + missing, found, 0);
        }
    }

    private static final class NotificationsJudge extends Judge {
        final Rule.Notifications r;
        final long[] counts;
        long notifications;

        NotificationsJudge(Rule.Notifications r) {
            super(r);
            this.r = r;
            this.counts = new long[r.counts().size()];
        }

        @Override void take(PairingEvent e) {
            if (!(e instanceof Unpaired u) || u.kind() != Unpaired.Kind.NOTIFICATION) return;
            notifications++;
            Operation op = u.message().operation();
            for (int i = 0; i < counts.length; i++) if (r.counts().get(i).type().matches(op)) counts[i]++;
        }

        @Override Verdict verdict() {
            List<String> parts = new ArrayList<>();
            boolean passed = true;
            for (int i = 0; i < counts.length; i++) {
                Rule.Count c = r.counts().get(i);
                boolean ok = c.holds(counts[i]);
                passed &= ok;
                parts.add(c.type().text() + " " + counts[i] + (ok ? "" : " (expected " + c.text() + ")"));
                if (!ok) offending++;
            }
            return new Verdict(rule, passed, notifications + " notifications: " + String.join(", ", parts), List.of(), 0);
        }
    }

    private static final class SendersJudge extends Judge {
        final Rule.Senders r;
        long requests, unknown;

        SendersJudge(Rule.Senders r) { super(r); this.r = r; }

        @Override void take(PairingEvent e) {
            if (!(e instanceof Transaction t)) return;
            requests++;
            ProcessRef p = t.process();
            if (p == null) unknown++;
            if (allowed(r.allowed().get("*"), t.operation())) return;
            if (p != null && (allowed(r.allowed().get(p.name()), t.operation()) || allowed(r.allowed().get(String.valueOf(p.pid())), t.operation())))
                return;
            offend(line(t) + (p == null ? " (the capture does not say which process sent it)" : ""));
        }

        private static boolean allowed(List<Rule.Glob> globs, Operation op) {
            if (globs == null) return false;
            for (Rule.Glob g : globs) if (g.matches(op)) return true;
            return false;
        }

        @Override Verdict verdict() {
            if (requests > 0 && unknown == requests && offending > 0)
                return verdict(false, requests + " requests, none of them from a process the capture names (record with "
                        + "nlscope capture or nlscope trace to know the senders): " + offending + " not allowed to any process");
            String s = requests + " requests" + (unknown > 0 ? " (" + unknown + " from processes the capture does not name)" : "")
                    + (offending == 0 ? ", each from a process allowed to send it" : ": " + offending + " not allowed");
            return verdict(offending == 0, s);
        }
    }

    /** One line naming an event: its frame and number, then what it was ({@link PairingEvent#describe()}). */
    static String line(PairingEvent e) {
        long frame = e instanceof Transaction t ? t.frame() : ((Unpaired) e).message().frame();
        return "frame " + frame + " #" + e.number() + " " + e.describe();
    }

    /** 0.123 ms, 12.3 ms, 1.20 s. */
    static String duration(long ns) {
        if (ns >= 1_000_000_000L) return String.format(java.util.Locale.ROOT, "%.2f s", ns / 1e9);
        if (ns >= 10_000_000L) return String.format(java.util.Locale.ROOT, "%.1f ms", ns / 1e6);
        return String.format(java.util.Locale.ROOT, "%.3f ms", ns / 1e6);
    }
}
