package io.nlscope.testing;

import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.DiffReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Fluent assertions on a {@link NetlinkSession}, for JUnit or any test framework: each method returns this
 * assertion when it holds and throws an {@link AssertionError} naming the offending frames and operations when it
 * does not. No assertion library is needed.
 *
 * <pre>{@code
 * assertThat(NetlinkSession.open(Path.of("run.pcap")))
 *         .hasNoErrorsExcept("EEXIST on RTM_NEWROUTE", "ENODEV on RTM_NEWLINK")
 *         .hasNoUnanswered()
 *         .containsInOrder("RTM_NEWLINK", "RTM_NEWADDR", "RTM_NEWROUTE ACK")
 *         .isEquivalentTo(Path.of("baseline.pcap"), "RTA_PRIORITY");
 * }</pre>
 */
public final class SessionAssert {
    /** At most this many offending items are listed in a message; the rest are counted. */
    static final int SHOWN = 20;

    private final NetlinkSession session;

    private SessionAssert(NetlinkSession session) {
        this.session = java.util.Objects.requireNonNull(session, "session");
    }

    /** Assertions on this session. */
    public static SessionAssert assertThat(NetlinkSession session) {
        return new SessionAssert(session);
    }

    /**
     * Every transaction the kernel refused (a negative errno in its NLMSG_ERROR, or in its dump's NLMSG_DONE) is
     * one of the allowed errors: {@code "EEXIST"} (on any operation) or {@code "EEXIST on RTM_NEWROUTE"} (the
     * operation's name, its short name {@code NEWROUTE}, or {@code route NEWROUTE}).
     *
     * @throws IllegalArgumentException when an allowed error does not start with an errno name
     */
    public SessionAssert hasNoErrorsExcept(String... allowed) {
        List<Predicate<SessionTransaction>> ok = new ArrayList<>();
        for (String a : allowed) ok.add(allowedError(a));
        List<SessionTransaction> bad = session.errors().stream().filter(t -> ok.stream().noneMatch(p -> p.test(t))).toList();
        if (!bad.isEmpty())
            fail(session.file().getFileName() + ": expected no errors" + (allowed.length == 0 ? "" : " except " + String.join(", ", allowed))
                    + ", but " + count(bad.size(), "transaction") + (bad.size() == 1 ? " was" : " were") + " refused:", bad);
        return this;
    }

    /** No transaction failed at all: {@link #hasNoErrorsExcept(String...)} with nothing allowed. */
    public SessionAssert hasNoErrors() { return hasNoErrorsExcept(); }

    /** Every request that expected an answer got one before the capture ended or the pairing timeout passed. */
    public SessionAssert hasNoUnanswered() {
        List<SessionTransaction> bad = session.transactions().stream().filter(t -> t.outcome() == Outcome.UNANSWERED).toList();
        if (!bad.isEmpty())
            fail(session.file().getFileName() + ": expected every request answered, but " + count(bad.size(), "request")
                    + (bad.size() == 1 ? " was" : " were") + " not:", bad);
        return this;
    }

    /** No response without its request (an orphan: a capture started mid-dump), late response, copy or unreadable message. */
    public SessionAssert hasNoUnpaired() {
        if (!session.unpaired().isEmpty())
            fail(session.file().getFileName() + ": expected every message paired, but " + count(session.unpaired().size(), "message")
                    + (session.unpaired().size() == 1 ? " was" : " were") + " not:", session.unpaired());
        return this;
    }

    /**
     * The session's transactions and notifications, in capture order, include these in this order (others may come
     * between). Each is an operation ({@code RTM_NEWLINK}, {@code NEWLINK}, {@code route NEWLINK}), optionally with
     * an outcome ({@code ACK}, {@code ERROR}, {@code DUMP} ...), an errno ({@code EEXIST}) or {@code notification}:
     * {@code "RTM_NEWROUTE ACK"}, {@code "RTM_NEWROUTE EEXIST"}, {@code "RTM_NEWADDR notification"}. An operation
     * alone matches a transaction or a notification of it; {@code "@NAME"} one that the session's filter NAME
     * ({@link NetlinkSession.Options#withFilter}) matched.
     *
     * @throws IllegalArgumentException for {@code "@NAME"} when the session has no such filter
     */
    public SessionAssert containsInOrder(String... expected) {
        List<Object> items = session.ordered();
        int at = 0;
        Object last = null;
        for (int i = 0; i < expected.length; i++) {
            Predicate<Object> p = item(expected[i]);
            int found = -1;
            for (int j = at; j < items.size(); j++) if (p.test(items.get(j))) { found = j; break; }
            if (found < 0) {
                boolean anywhere = items.stream().anyMatch(p);
                String where = last == null ? "" : " after " + last;
                fail(session.file().getFileName() + ": expected " + String.join(", ", expected) + " in this order, but found "
                        + (i == 0 ? "" : String.join(", ", java.util.Arrays.asList(expected).subList(0, i)) + ", then ")
                        + "no " + expected[i] + where + (anywhere ? " (there is one before it)" : "")
                        + "; what came" + (last == null ? "" : " after") + ":", items.subList(at, items.size()));
            }
            last = items.get(found);
            at = found + 1;
        }
        return this;
    }

    /**
     * The session is equivalent to a baseline capture as {@code nlscope diff} compares them ({@link SessionDiff}:
     * transactions in order, notifications in any order, after {@link Normalizer normalisation}), leaving out the
     * fields named too ({@code RTA_PRIORITY}, or a path, as {@code diff --ignore}). On failure the message holds the
     * diff report's lines.
     */
    public SessionAssert isEquivalentTo(Path baseline, String... ignoring) {
        return equivalent(baseline, false, ignoring);
    }

    /** As {@link #isEquivalentTo}, transactions matched whatever their order ({@code diff --unordered}). */
    public SessionAssert isEquivalentToUnordered(Path baseline, String... ignoring) {
        return equivalent(baseline, true, ignoring);
    }

    private SessionAssert equivalent(Path baseline, boolean unordered, String... ignoring) {
        Normalizer n = new Normalizer(List.of(ignoring), List.of());
        try {
            Session a = Session.read(baseline, n), b = Session.read(session.file(), n);
            SessionDiff.Result r = SessionDiff.diff(a, b, unordered);
            if (!r.equivalent())
                throw new AssertionError(session.file().getFileName() + ": expected equivalent to " + baseline.getFileName()
                        + (ignoring.length == 0 ? "" : " ignoring " + String.join(", ", ignoring)) + ", but "
                        + count(r.changes().size(), "change") + ":\n" + String.join("\n", DiffReport.lines(a, b, r)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + baseline + " or " + session.file(), e);
        }
        return this;
    }

    /** "EEXIST" or "EEXIST on RTM_NEWROUTE"; an errno name that is none is a mistake of the test, not a failure. */
    private static Predicate<SessionTransaction> allowedError(String text) {
        io.nlscope.analysis.rules.Rule.Allowed a = io.nlscope.analysis.rules.Rule.Allowed.of(text);   // as nlscope check's rules say it
        return t -> a.allows(t.errno(), t.transaction().operation());
    }

    /** "RTM_NEWROUTE", "route NEWROUTE", "RTM_NEWROUTE ACK", "RTM_NEWROUTE EEXIST", "RTM_NEWADDR notification". */
    private Predicate<Object> item(String text) {
        String s = text.trim();
        if (s.startsWith("@")) {
            String name = s.substring(1);
            if (!session.options().filters().containsKey(name))
                throw new IllegalArgumentException("'" + text + "': the session has no filter " + name + " (NetlinkSession.Options.withFilter)");
            return o -> o instanceof SessionTransaction t ? t.marks().contains(name) : ((SessionMessage) o).marks().contains(name);
        }
        int sp = s.lastIndexOf(' ');
        String tail = sp < 0 ? "" : s.substring(sp + 1), head = sp < 0 ? s : s.substring(0, sp);
        if (tail.equalsIgnoreCase("notification"))
            return o -> o instanceof SessionMessage m && m.is(head);
        for (Outcome x : Outcome.values())
            if (x.name().equalsIgnoreCase(tail)) return o -> o instanceof SessionTransaction t && t.is(head) && t.outcome() == x;
        if (io.nlscope.dissect.Errno.named(tail).isPresent())
            return o -> o instanceof SessionTransaction t && t.is(head) && t.errno().equals(tail);
        return o -> o instanceof SessionTransaction t ? t.is(s) : ((SessionMessage) o).is(s);
    }

    private static String count(int n, String what) { return n + " " + what + (n == 1 ? "" : "s"); }

    private static void fail(String message, List<?> items) {
        StringBuilder b = new StringBuilder(message);
        for (int i = 0; i < items.size() && i < SHOWN; i++) b.append("\n  ").append(items.get(i));
        if (items.size() > SHOWN) b.append("\n  ... and ").append(items.size() - SHOWN).append(" more");
        throw new AssertionError(b.toString());
    }
}
