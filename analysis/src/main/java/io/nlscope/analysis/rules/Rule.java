package io.nlscope.analysis.rules;

import io.nlscope.analysis.Operation;
import io.nlscope.analysis.filter.MessageFilter;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One assertion of a rules file ({@link Rules}) over a recorded session. Each kind is a small immutable record;
 * {@link Judge} holds what checking it needs while the session is read.
 */
public sealed interface Rule {

    /** The rule's name as the file gives it (or its kind and position). */
    String name();

    /** The kind's key in the file: no-errors, no-unanswered, latency, sequence, notifications, senders. */
    String kind();

    /** A filter-language expression narrowing which events the rule looks at, as written, or null. */
    Match match();

    /** A filter of the events a rule looks at: its text and the compiled filter. */
    record Match(String text, MessageFilter filter) {}

    /** No transaction ends in an error (outcome ERROR, or a dump whose NLMSG_DONE carries one) unless one of {@code except} allows it. */
    record NoErrors(String name, Match match, List<Allowed> except) implements Rule {
        public NoErrors { except = List.copyOf(except); }
        @Override public String kind() { return "no-errors"; }
    }

    /** An allowed error: an errno name (or *) on an operation glob (null: any operation), as in "EEXIST on RTM_NEWROUTE". */
    record Allowed(String errno, Glob operation, String text) {
        /**
         * "EEXIST", "EEXIST on RTM_NEWROUTE", "* on RTM_DELROUTE"; an IllegalArgumentException saying why when the
         * errno is no errno name.
         */
        public static Allowed of(String text) {
            String[] p = text.trim().split("\\s+on\\s+", 2);
            String errno = p[0].trim();
            if (!errno.equals("*") && io.nlscope.dissect.Errno.named(errno).isEmpty())
                throw new IllegalArgumentException("'" + text + "': " + errno + " is no errno name (EEXIST, ENOENT, ...; * for any)");
            return new Allowed(errno.equals("*") ? "*" : io.nlscope.dissect.Errno.named(errno).get().name(),
                    p.length > 1 ? Glob.of(p[1].trim()) : null, text);
        }

        /** Whether an error of this name (EEXIST) on this operation is allowed. */
        public boolean allows(String errnoName, Operation op) {
            return (errno.equals("*") || errno.equalsIgnoreCase(errnoName)) && (operation == null || operation.matches(op));
        }
    }

    /** Every request that expected an answer got one before the capture ended (no outcome UNANSWERED). */
    record NoUnanswered(String name, Match match) implements Rule {
        @Override public String kind() { return "no-unanswered"; }
    }

    /**
     * Latency (request to last response) at each named percentile is at most its bound, over the matching
     * transactions that were answered; {@code perOperation}: for each operation on its own.
     *
     * @param bounds percentile (50, 99, 99.9; 100 for max) to its bound in ns
     */
    record Latency(String name, Match match, boolean perOperation, Map<Double, Long> bounds) implements Rule {
        public Latency { bounds = Map.copyOf(bounds); }
        @Override public String kind() { return "latency"; }
    }

    /** The steps' events occur in this order (others may come between them). */
    record Sequence(String name, List<Match> steps) implements Rule {
        public Sequence { steps = List.copyOf(steps); }
        @Override public String kind() { return "sequence"; }
        @Override public Match match() { return null; }
    }

    /** Notifications of each message type (a glob of names, e.g. RTM_NEWLINK or RTM_*ROUTE) number within their range. */
    record Notifications(String name, Match match, List<Count> counts) implements Rule {
        public Notifications { counts = List.copyOf(counts); }
        @Override public String kind() { return "notifications"; }
    }

    /** How many of something a rule allows: {@code min..max} inclusive, with the text the file gave. */
    record Count(Glob type, long min, long max, String text) {
        boolean holds(long n) { return n >= min && n <= max; }
    }

    /**
     * Which processes may send which requests: a process name (or pid, or * for any process) to operation globs.
     * A request is allowed when a glob of its process or of * matches its operation.
     */
    record Senders(String name, Match match, Map<String, List<Glob>> allowed) implements Rule {
        public Senders { allowed = Map.copyOf(allowed); }
        @Override public String kind() { return "senders"; }
    }

    /**
     * A glob of operation names: * any run of characters, ? one. It matches the kernel's name (RTM_NEWROUTE,
     * ETHTOOL_MSG_LINKINFO_GET) or the short one ({@link Operation#shortName()}); a glob with a space matches
     * "family name" (ethtool LINKINFO_GET, "route *").
     */
    record Glob(String text, Pattern pattern) {
        public static Glob of(String text) {
            StringBuilder re = new StringBuilder();
            for (char c : text.toCharArray()) {
                if (c == '*') re.append(".*");
                else if (c == '?') re.append('.');
                else re.append(Pattern.quote(String.valueOf(c)));
            }
            return new Glob(text, Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE));
        }

        public boolean matches(Operation op) {
            if (text.indexOf(' ') >= 0)
                return pattern.matcher(op.family() + " " + op.name()).matches() || pattern.matcher(op.toString()).matches();
            return pattern.matcher(op.name()).matches() || pattern.matcher(op.shortName()).matches();
        }

        public boolean matches(String name) { return pattern.matcher(name).matches(); }
    }
}
