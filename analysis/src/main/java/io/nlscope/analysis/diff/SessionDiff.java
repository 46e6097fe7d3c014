package io.nlscope.analysis.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Two sessions compared as transactions and notifications ({@code nlscope diff}). Per group (protocol or generic
 * netlink family) the items are aligned by what they are about ({@link Session.Item#identity()}) with a longest
 * common subsequence (Myers' O(ND) algorithm), so one inserted request does not make everything after it
 * differ; between two aligned items, a removed and an added item of the same operation are one changed item.
 * An aligned pair differs when its flags, its fields, its outcome or its extended ACK do. A transaction removed in one
 * place and added, with the same identity and content, in another is one moved transaction (interfaces created in
 * another order). Notifications, and with {@code unordered} transactions too, are matched by identity whatever their
 * order.
 */
public final class SessionDiff {
    private SessionDiff() {}

    public enum Kind {
        ADDED, REMOVED, CHANGED,
        /** The same transaction (identity and content) in another place of the candidate's order. */
        MOVED
    }

    /**
     * One difference.
     *
     * @param baseline        the baseline's item, null for ADDED
     * @param candidate       the candidate's item, null for REMOVED
     * @param baselineDetail  what the report shows of it (null with it)
     * @param candidateDetail the same of the candidate's
     * @param details         for CHANGED, what differs: "RTA_PRIORITY 100 -> 200", "outcome ACK -> ERROR EEXIST", ...
     */
    public record Change(Kind kind, Session.Item baseline, Session.Item candidate, Session.Detail baselineDetail,
                         Session.Detail candidateDetail, List<String> details, Context context) {
        public Change { details = List.copyOf(details); }

        Change(Kind kind, Session.Item baseline, Session.Item candidate) { this(kind, baseline, candidate, null, null, List.of(), null); }

        Change withContext(Context c) { return new Change(kind, baseline, candidate, baselineDetail, candidateDetail, details, c); }
    }

    /**
     * The equal pair of items just before a run of changes, shown as the report's context line; null at the start
     * of a group and for changes of unordered items.
     */
    public record Context(Session.Item baseline, Session.Item candidate, Session.Detail detail) {}

    /**
     * With {@code --bytes}: a matched pair (equal, changed or moved) whose first messages differ in their bytes, and
     * the fields that do ({@link ByteDiff}).
     *
     * @param detail the baseline's detail, for the report (null when it could not be read again)
     */
    public record Bytes(Session.Item baseline, Session.Item candidate, Session.Detail detail, List<ByteDiff.Difference> fields) {
        public Bytes { fields = List.copyOf(fields); }

        /** Whether a field diff compares differs (not only nlmsg_seq/pid, interface indexes, counters ...). */
        public boolean compared() {
            for (ByteDiff.Difference d : fields) if (d.compared()) return true;
            return false;
        }
    }

    /**
     * The differences, in the baseline's order (added items where they go), how many items matched, and with
     * {@code --bytes} the matched pairs whose bytes differ: how many ({@code otherBytes}), how many of them are equal
     * pairs, which differ only in fields diff leaves out ({@code onlyLeftOut}: a difference in compared bytes makes a
     * pair changed), and the first {@link #BYTES_SHOWN} of them field by field ({@code bytes}, in the baseline's order).
     */
    public record Result(List<Change> changes, long matched, List<Bytes> bytes, long otherBytes, long onlyLeftOut) {
        public Result {
            changes = List.copyOf(changes);
            bytes = List.copyOf(bytes);
        }

        public Result(List<Change> changes, long matched) { this(changes, matched, List.of(), 0, 0); }

        /** No change (with {@code --bytes}, no matched pair whose bytes differ where diff compares them). */
        public boolean equivalent() { return changes.isEmpty(); }

        /** The byte differences shown, by the number of the baseline's item. */
        public Map<Long, Bytes> bytesByBaseline() {
            Map<Long, Bytes> m = new HashMap<>();
            for (Bytes b : bytes) m.put(b.baseline().number(), b);
            return m;
        }
    }

    /** Matched pairs whose bytes differ shown field by field at most (their messages are held for the report). */
    public static final int BYTES_SHOWN = 1000;

    /** Compares the sessions; the items a change names are read again from their files for the report. */
    public static Result diff(Session baseline, Session candidate, boolean unordered) throws java.io.IOException {
        return diff(baseline, candidate, unordered, false);
    }

    /**
     * As {@link #diff(Session, Session, boolean)}; with {@code bytes} (sessions read with {@code bytes}) also the raw
     * bytes of matched pairs whose byte digests differ, compared field by field (the files read again for those
     * messages, the first {@link #BYTES_SHOWN}).
     */
    public static Result diff(Session baseline, Session candidate, boolean unordered, boolean bytes) throws java.io.IOException {
        List<Change> out = new ArrayList<>();
        List<Session.Item[]> same = bytes ? new ArrayList<>() : null;   // equal pairs whose bytes differ
        long[] matched = {0};
        TreeSet<String> groups = new TreeSet<>(baseline.groups());
        groups.addAll(candidate.groups());
        List<String> order = new ArrayList<>(baseline.groups());
        for (String g : candidate.groups()) if (!order.contains(g)) order.add(g);
        for (String g : order) {
            List<Session.Item> a = baseline.group(g), b = candidate.group(g);
            List<Session.Item> at = new ArrayList<>(), bt = new ArrayList<>(), an = new ArrayList<>(), bn = new ArrayList<>();
            for (Session.Item i : a) (i.notification() || unordered ? an : at).add(i);
            for (Session.Item i : b) (i.notification() || unordered ? bn : bt).add(i);
            ordered(at, bt, out, matched, same);
            unordered(an, bn, out, matched, same);
        }
        List<Session.Item[]> differing = new ArrayList<>();   // every matched pair whose bytes differ
        if (bytes) {
            differing.addAll(same);
            for (Change c : out)
                if ((c.kind() == Kind.CHANGED || c.kind() == Kind.MOVED) && c.baseline().bytes() != c.candidate().bytes())
                    differing.add(new Session.Item[] {c.baseline(), c.candidate()});
            differing.sort(java.util.Comparator.comparingLong(p -> p[0].number()));
        }
        List<Session.Item[]> detailed = differing.subList(0, Math.min(differing.size(), BYTES_SHOWN));
        java.util.Set<Long> a = new java.util.HashSet<>(), b = new java.util.HashSet<>();
        for (Change c : out) {
            if (c.baseline() != null) a.add(c.baseline().number());
            if (c.candidate() != null) b.add(c.candidate().number());
            if (c.context() != null) a.add(c.context().baseline().number());
        }
        for (Session.Item[] p : detailed) a.add(p[0].number());
        Map<Long, Session.Detail> da = baseline.details(a), db = candidate.details(b);
        List<Change> shown = new ArrayList<>(out.size());
        for (Change c : out) {
            Session.Detail x = c.baseline() == null ? null : da.get(c.baseline().number());
            Session.Detail y = c.candidate() == null ? null : db.get(c.candidate().number());
            List<String> d = c.kind() == Kind.CHANGED && x != null && y != null ? details(x, y) : List.of();
            Context ctx = c.context() == null ? null
                    : new Context(c.context().baseline(), c.context().candidate(), da.get(c.context().baseline().number()));
            shown.add(new Change(c.kind(), c.baseline(), c.candidate(), x, y, d, ctx));
        }
        long otherBytes = differing.size(), onlyLeftOut = same == null ? 0 : same.size();
        return new Result(shown, matched[0], bytes(baseline, candidate, detailed, da), otherBytes, onlyLeftOut);
    }

    /** The pairs' first messages read again from both files and compared byte by byte. */
    private static List<Bytes> bytes(Session baseline, Session candidate, List<Session.Item[]> pairs, Map<Long, Session.Detail> details)
            throws java.io.IOException {
        if (pairs.isEmpty()) return List.of();
        java.util.Set<Long> a = new java.util.HashSet<>(), b = new java.util.HashSet<>();
        for (Session.Item[] p : pairs) {
            a.add(p[0].number());
            b.add(p[1].number());
        }
        Map<Long, ByteDiff.Message> ma = baseline.messages(a), mb = candidate.messages(b);
        List<Bytes> out = new ArrayList<>();
        for (Session.Item[] p : pairs) {
            ByteDiff.Message x = ma.get(p[0].number()), y = mb.get(p[1].number());
            if (x == null || y == null) continue;
            List<ByteDiff.Difference> d = ByteDiff.of(x, y);
            if (!d.isEmpty()) out.add(new Bytes(p[0], p[1], details.get(p[0].number()), d));
        }
        return out;
    }

    /** Aligns two sequences by identity; the gaps between aligned items pair removed and added items of one operation. */
    private static void ordered(List<Session.Item> a, List<Session.Item> b, List<Change> out, long[] matched, List<Session.Item[]> same) {
        int start = out.size();
        Map<Long, Integer> ids = new HashMap<>();
        int[] x = ids(a, ids), y = ids(b, ids);
        List<int[]> pairs = lcs(x, y);
        if (pairs == null) {   // too many edits to keep the alignment's trace: matched by identity instead
            unordered(a, b, out, matched, same);
            return;
        }
        int i = 0, j = 0;
        int[] last = null;       // the last equal pair: the context of the run of changes after it
        boolean fresh = false;   // nothing changed since it
        for (int[] p : pairs) {
            int before = out.size();
            gap(a.subList(i, p[0]), b.subList(j, p[1]), out);
            if (fresh && out.size() > before) {
                context(out, before, last, a, b);
                fresh = false;
            }
            before = out.size();
            if (compare(a.get(p[0]), b.get(p[1]), out, matched, same)) {
                last = p;
                fresh = true;
            } else if (fresh) {
                context(out, before, last, a, b);
                fresh = false;
            }
            i = p[0] + 1;
            j = p[1] + 1;
        }
        int before = out.size();
        gap(a.subList(i, a.size()), b.subList(j, b.size()), out);
        if (fresh && out.size() > before) context(out, before, last, a, b);
        moves(out, start);
    }

    /**
     * Among the changes from {@code from} on (one group's, in order), a removed item and an added one with the same
     * identity and content become one MOVED change, where the removed one was (with its context).
     */
    private static void moves(List<Change> out, int from) {
        List<Change> tail = out.subList(from, out.size());
        Map<Long, java.util.ArrayDeque<Integer>> added = new HashMap<>();   // identity -> positions of its ADDED changes
        for (int k = 0; k < tail.size(); k++)
            if (tail.get(k).kind() == Kind.ADDED)
                added.computeIfAbsent(tail.get(k).candidate().identity(), x -> new java.util.ArrayDeque<>()).add(k);
        if (added.isEmpty()) return;
        Map<Integer, Integer> partner = new HashMap<>();   // position of a REMOVED change -> of its ADDED one
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        for (int k = 0; k < tail.size(); k++) {
            Change c = tail.get(k);
            if (c.kind() != Kind.REMOVED) continue;
            for (int q : added.getOrDefault(c.baseline().identity(), new java.util.ArrayDeque<>()))
                if (!taken.contains(q) && tail.get(q).candidate().content() == c.baseline().content()) {
                    partner.put(k, q);
                    taken.add(q);
                    break;
                }
        }
        if (partner.isEmpty()) return;
        List<Change> result = new ArrayList<>(tail.size());
        Context orphan = null;   // the context of a dropped ADDED half, for the next change of its run
        for (int k = 0; k < tail.size(); k++) {
            Change c = tail.get(k);
            if (taken.contains(k)) {
                if (c.context() != null) orphan = c.context();
                continue;
            }
            if (partner.containsKey(k))
                c = new Change(Kind.MOVED, c.baseline(), tail.get(partner.get(k)).candidate(), null, null, List.of(), c.context());
            if (orphan != null && c.context() == null) c = c.withContext(orphan);
            orphan = null;
            result.add(c);
        }
        tail.clear();
        out.addAll(result);
    }

    /** Gives the change at {@code at} the equal pair {@code last} as its context. */
    private static void context(List<Change> out, int at, int[] last, List<Session.Item> a, List<Session.Item> b) {
        out.set(at, out.get(at).withContext(new Context(a.get(last[0]), b.get(last[1]), null)));
    }

    /** Matches items by identity whatever their order (the first unmatched one of each identity). */
    private static void unordered(List<Session.Item> a, List<Session.Item> b, List<Change> out, long[] matched, List<Session.Item[]> same) {
        Map<Long, List<Session.Item>> pool = new LinkedHashMap<>();
        for (Session.Item i : b) pool.computeIfAbsent(i.identity(), k -> new ArrayList<>()).add(i);
        List<Session.Item> removed = new ArrayList<>();
        for (Session.Item i : a) {
            List<Session.Item> l = pool.get(i.identity());
            if (l == null || l.isEmpty()) removed.add(i);
            else compare(i, l.remove(0), out, matched, same);
        }
        List<Session.Item> added = new ArrayList<>();
        for (List<Session.Item> l : pool.values()) added.addAll(l);
        added.sort(java.util.Comparator.comparingLong(Session.Item::frame));
        gap(removed, added, out);
    }

    private static int[] ids(List<Session.Item> items, Map<Long, Integer> ids) {
        int[] out = new int[items.size()];
        for (int k = 0; k < out.length; k++) out[k] = ids.computeIfAbsent(items.get(k).identity(), s -> ids.size());
        return out;
    }

    /** Removed and added items between two aligned ones: of one operation, in order, they pair as changes. */
    private static void gap(List<Session.Item> removed, List<Session.Item> added, List<Change> out) {
        List<Session.Item> left = new ArrayList<>(added);
        for (Session.Item r : removed) {
            Session.Item partner = null;
            for (Session.Item c : left) if (c.operation().equals(r.operation()) && c.notification() == r.notification()) { partner = c; break; }
            if (partner == null) {
                out.add(new Change(Kind.REMOVED, r, null));
                continue;
            }
            left.remove(partner);
            out.add(new Change(Kind.CHANGED, r, partner));
        }
        for (Session.Item c : left) out.add(new Change(Kind.ADDED, null, c));
    }

    /** True when the two are equal; else one change more. An equal pair whose bytes differ goes to {@code same} (when given). */
    private static boolean compare(Session.Item a, Session.Item b, List<Change> out, long[] matched, List<Session.Item[]> same) {
        if (a.content() == b.content()) {
            matched[0]++;
            if (same != null && a.bytes() != b.bytes()) same.add(new Session.Item[] {a, b});
            return true;
        }
        out.add(new Change(Kind.CHANGED, a, b));
        return false;
    }

    /** What differs between two items of one operation. */
    static List<String> details(Session.Detail a, Session.Detail b) {
        List<String> d = new ArrayList<>();
        if (!a.flags().equals(b.flags())) d.add("flags " + a.flags() + " -> " + b.flags());
        SortedMap<String, String> x = a.attributes(), y = b.attributes();
        TreeSet<String> keys = new TreeSet<>(x.keySet());
        keys.addAll(y.keySet());
        for (String k : keys) {
            String u = x.get(k), v = y.get(k);
            if (Objects.equals(u, v)) continue;
            if (u == null) d.add("+" + k + " " + v);
            else if (v == null) d.add("-" + k + " " + u);
            else d.add(k + " " + u + " -> " + v);
        }
        if (!a.outcome().equals(b.outcome())) d.add("outcome " + a.outcome() + " -> " + b.outcome());
        if (!a.extack().equals(b.extack())) d.add("extack \"" + a.extack() + "\" -> \"" + b.extack() + "\"");
        return d;
    }

    /**
     * The pairs (i, j) of a longest common subsequence of x and y, in order: Myers' greedy O((N+M)D) algorithm, with
     * the common prefix and suffix taken first (most of two runs of the same thing).
     */
    /** Edits beyond which two sequences are not aligned in order (the trace would hold about MAX_EDITS² numbers). */
    static final int MAX_EDITS = 3000;

    /** As described below; null when more than {@link #MAX_EDITS} edits would be needed. */
    static List<int[]> lcs(int[] x, int[] y) {
        int n = x.length, m = y.length, pre = 0, suf = 0;
        while (pre < n && pre < m && x[pre] == y[pre]) pre++;
        while (suf < n - pre && suf < m - pre && x[n - 1 - suf] == y[m - 1 - suf]) suf++;
        List<int[]> out = new ArrayList<>();
        for (int k = 0; k < pre; k++) out.add(new int[] {k, k});
        int N = n - pre - suf, M = m - pre - suf;
        if (N > 0 && M > 0) {
            int max = N + M, off = max;
            int[] v = new int[2 * max + 2];
            List<int[]> trace = new ArrayList<>();   // per edit count d, v's entries for k in [-d-1, d+1] before it
            List<Integer> starts = new ArrayList<>();
            int dEnd = -1;
            outer:
            for (int d = 0; d <= max; d++) {
                if (d > MAX_EDITS) return null;   // too different to align in bounded memory: the caller matches by identity
                int lo = Math.max(0, off - d - 1), hi = Math.min(v.length, off + d + 2);
                int[] slice = new int[v.length == 0 ? 0 : hi - lo];
                System.arraycopy(v, lo, slice, 0, hi - lo);
                trace.add(slice);
                starts.add(lo);
                for (int k = -d; k <= d; k += 2) {
                    int i = k == -d || k != d && v[off + k - 1] < v[off + k + 1] ? v[off + k + 1] : v[off + k - 1] + 1;
                    int j = i - k;
                    while (i < N && j < M && x[pre + i] == y[pre + j]) { i++; j++; }
                    v[off + k] = i;
                    if (i >= N && j >= M) { dEnd = d; break outer; }
                }
            }
            List<int[]> mid = new ArrayList<>();
            int i = N, j = M;
            for (int d = dEnd; d >= 0; d--) {   // back along the path: each step's snake, then its edit
                int[] pv = trace.get(d);
                int base = starts.get(d);
                int k = i - j;
                int pk = k == -d || k != d && pv[off + k - 1 - base] < pv[off + k + 1 - base] ? k + 1 : k - 1;
                int pi = pv[off + pk - base], pj = pi - pk;
                while (i > pi && j > pj && i > 0 && j > 0) {
                    mid.add(new int[] {pre + i - 1, pre + j - 1});
                    i--;
                    j--;
                }
                i = pi;
                j = pj;
            }
            java.util.Collections.reverse(mid);
            out.addAll(mid);
        }
        for (int k = suf; k > 0; k--) out.add(new int[] {n - k, m - k});
        return out;
    }
}
