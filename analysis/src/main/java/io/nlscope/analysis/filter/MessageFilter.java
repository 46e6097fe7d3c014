package io.nlscope.analysis.filter;

import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.FieldNames;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A display filter over one decoded message, with Wireshark's semantics where the concepts match: a field
 * that is absent makes a comparison false, a field alone tests presence, a field that occurs several times
 * matches when one occurrence does, and {@code a != b} is {@code !(a == b)}.
 *
 * <p>Names (the first matching rule wins):
 * <ul>
 *   <li>{@code nlmsg.len|type|flags|seq|pid} and their short forms {@code len}, {@code type}, {@code flags},
 *       {@code seq}, {@code pid}; {@code flags.NAME} is true when the flag is set ({@code flags.ACK},
 *       {@code flags.DUMP}: a request with ROOT and MATCH); {@code frame}, the frame number; {@code direction} ({@code to_kernel},
 *       {@code from_kernel}, {@code unknown}); {@code malformed}, true when part of the message could not be decoded;
 *   <li>{@code genl.family}, a generic netlink message's family ({@code "ethtool"}), {@code genl.cmd} its command
 *       ({@code ETHTOOL_MSG_LINKINFO_GET});</li>
 *   <li>{@code attr.A[.B...]}, and any other dotted path: the decoded tree from its top, each part a field's name
 *       ({@code ifinfomsg.ifi_index}, {@code nlmsghdr.nlmsg_seq}, {@code attr.IFLA_LINKINFO.IFLA_INFO_KIND});</li>
 *   <li>a single word otherwise names a protocol or generic netlink family: {@code route}, {@code generic},
 *       {@code ethtool} are true for its messages.</li>
 * </ul>
 * Values: numbers in decimal or 0x hex compare with numbers (and with named numbers' raw values); a word or
 * string compares with a name ({@code type == RTM_NEWROUTE}, {@code ifi_family == AF_INET}) or a text; anything
 * else compares with the value as {@code read -V} shows it. {@code contains} looks for a substring (or a
 * flag's name), {@code matches} for a Java regular expression anywhere in the text (a value too long for the
 * expression, one whose group repeats over tens of thousands of characters, does not match: Java's engine would
 * overflow its stack).
 *
 * <p>Fields of the message's pairing event, its transaction or the message pairing found no transaction for
 * ({@link #needsEvent()}):
 * <ul>
 *   <li>{@code outcome}: a transaction's ({@code ACK}, {@code ERROR}, {@code REPLY}, {@code DUMP}, {@code ECHO},
 *       {@code NO_REPLY}, {@code CUT}, {@code UNANSWERED}), else what the message is ({@code NOTIFICATION},
 *       {@code ORPHAN}, {@code LATE}, {@code COPY}, {@code UNREADABLE});</li>
 *   <li>{@code errno}: the transaction's error ({@code EEXIST} or its positive number), absent without one;</li>
 *   <li>{@code latency}: from the request to its last response; values with a unit ({@code 10ms}, {@code 1.5s},
 *       {@code 250us}, {@code 800ns}), a bare number is seconds; absent without responses;</li>
 *   <li>{@code process}: the process the capture records for the event ({@code "ip"}, or its pid as a number);</li>
 *   <li>{@code extack.msg}: the extended ACK's message, absent without one;</li>
 *   <li>{@code responses}: how many responses the transaction had;</li>
 *   <li>{@code notification}, {@code request}, {@code response}: true for a notification, a transaction's
 *       request, one of its responses.</li>
 * </ul>
 * Such a filter is tested in two steps: {@link #bits} tests the message's own fields while its decoded tree is
 * there, {@link #test(long, PairingEvent, long)} the rest once pairing hands out the event.
 */
public final class MessageFilter {
    private static final List<String> EVENT = List.of("outcome", "errno", "latency", "process", "extack.msg",
            "notification", "request", "response", "responses");
    /** Message tests a filter of the event can keep per message (the bits of a long). */
    private static final int MAX_MESSAGE_TESTS = 64;
    private static final int FALSE = 0, TRUE = 1, UNKNOWN = 2;
    private static final List<String> HEADER = List.of("len", "nlmsg.len", "type", "nlmsg.type", "flags", "nlmsg.flags", "seq",
            "nlmsg.seq", "pid", "nlmsg.pid", "frame", "direction", "genl.family", "genl.cmd");

    /** The filter compiled: names resolved, numbers parsed and patterns compiled once, not per message. */
    private interface Node { boolean test(NetlinkMessage m); }

    /**
     * The filter of the event compiled: each message test is a bit of {@link #bits}; a test of the event is
     * {@link #UNKNOWN} while the event is not known (null). Three-valued: false and anything is false.
     */

    private final Node root;
    private final Tri<At> eventRoot;
    private final Tri<NetlinkMessage> headerRoot;   // null when the filter names no field of the tree
    private final List<Node> messageTests;
    private final boolean needsTree, headersOnly;

    private MessageFilter(Node root, Tri<At> eventRoot, Tri<NetlinkMessage> headerRoot, List<Node> messageTests, boolean needsTree,
                          boolean malformed) {
        this.headerRoot = headerRoot;
        this.headersOnly = !needsTree && !malformed;
        this.root = root;
        this.eventRoot = eventRoot;
        this.messageTests = List.copyOf(messageTests);
        this.needsTree = needsTree;
    }

    /** Parses and checks a filter; a FilterException (with its column) when it cannot be used. */
    public static MessageFilter compile(String filter) {
        return compile(filter, true);
    }

    /**
     * As {@link #compile(String)}; {@code checkNames} false accepts any name of the tree (a user's own .ksy
     * names its fields), else a name no spec defines ({@link FieldNames}) is a FilterException with the names
     * close to it.
     */
    public static MessageFilter compile(String filter, boolean checkNames) {
        Expr e = FilterParser.parse(filter);
        Ctx tree = new Ctx(checkNames);
        if (!namesEvent(e)) {
            Node n = node(e, tree);
            return new MessageFilter(n, null, tree.tree ? headerNode(e, new Ctx(checkNames)) : null, List.of(), tree.tree, tree.malformed);
        }
        List<Node> tests = new ArrayList<>();
        Tri<At> n = eventNode(e, tests, tree);
        return new MessageFilter(null, n, tree.tree ? headerNode(e, new Ctx(checkNames)) : null, tests, tree.tree, tree.malformed);
    }

    /** What compiling learns and needs: whether a name of the tree is tested, whether names are checked. */
    private static final class Ctx {
        final boolean check;
        boolean tree, malformed;
        Ctx(boolean check) { this.check = check; }
    }

    /**
     * The values a field name has in a message (a field may occur more than once), for {@code -T fields -e}: the
     * names of the filter language but the transaction's ({@link #isEventField}); a FilterException when there
     * is no such name (checked against the specs when {@code checkNames}).
     */
    public static java.util.function.Function<NetlinkMessage, List<Value>> values(String name, boolean checkNames) {
        Expr.Field f = new Expr.Field(name, 1);
        if (isEvent(name)) throw new FilterException("'" + name + "' is a field of the transaction, not of the message", 1);
        Ref ref = Ref.of(f, true, checkNames);   // flags.ACK, malformed, route: 1 or 0
        if (ref.kind() == Ref.Kind.PROTOCOL || ref.kind() == Ref.Kind.FLAG || ref.kind() == Ref.Kind.MALFORMED)
            return m -> ref.present(m) ? List.of(Value.Num.of(1)) : List.of(Value.Num.of(0));
        return ref::values;
    }

    /** Whether {@code name} is a field of the transaction ({@code outcome}, {@code errno}, ...), not of the message. */
    public static boolean isEventField(String name) { return isEvent(name); }

    /** Whether the filter tests the message's pairing event (a transaction field): then use {@link #bits} and {@link #test(long, PairingEvent, long)}. */
    public boolean needsEvent() { return eventRoot != null; }

    /** Whether the message matches; for a filter of the event ({@link #needsEvent()}), whether it may (see {@link #decide}). */
    public boolean test(NetlinkMessage m) {
        return root != null ? root.test(m) : eventRoot.eval(new At(bits(m), null, 0)) != FALSE;
    }

    /** The results of the filter's tests of the message's own fields, to be finished by {@link #test(long, PairingEvent, long)}. */
    public long bits(NetlinkMessage m) {
        if (root != null) return root.test(m) ? 1 : 0;
        long bits = 0;
        for (int i = 0; i < messageTests.size(); i++) if (messageTests.get(i).test(m)) bits |= 1L << i;
        return bits;
    }

    /** What the message's own fields decide: TRUE or FALSE, or null when its event decides. */
    public Boolean decide(long bits) {
        if (root != null) return bits != 0;
        int r = eventRoot.eval(new At(bits, null, 0));
        return r == UNKNOWN ? null : r == TRUE;
    }

    /**
     * Whether the message matches, from its {@link #bits} and its event: the transaction it belongs to (as
     * request or response) or the event pairing made of it.
     *
     * @param number the message's number as pairing counts them
     */
    public boolean test(long bits, PairingEvent e, long number) {
        if (root != null) return bits != 0;
        return eventRoot.eval(new At(bits, e, number)) == TRUE;
    }

    /**
     * Whether the filter names a field of the decoded tree (attr.*, a fixed header's field): then the messages
     * must be decoded in full to test it; header fields, flags and protocol names are there at every depth.
     */
    public boolean needsTree() { return needsTree; }

    /**
     * Whether the filter's message tests need no more than {@link io.nlscope.dissect.Depth#HEADERS} decodes (the
     * header, flags, protocol, family and command; not the tree, not {@code malformed}): a command may then test a
     * frame decoded so far and decode further only the frames it shows.
     */
    public boolean headersOnly() { return headersOnly; }

    /**
     * What the message decoded to {@link io.nlscope.dissect.Depth#HEADERS} says of the filter: TRUE or FALSE, or null
     * when its tree or (for a filter of the event) its event decides. FALSE (and TRUE) hold whatever the tree and
     * the event hold. A field of the tree is known absent from a message
     * of a type, protocol or family whose specs do not have it ({@link FieldNames#where}), so {@code attr.IFLA_IFNAME}
     * needs the tree of link messages only.
     */
    public Boolean atHeaders(NetlinkMessage m) {
        if (headerRoot == null) return root == null ? null : headersOnly ? root.test(m) : null;
        int r = headerRoot.eval(m);
        return r == UNKNOWN ? null : r == TRUE;
    }

    /**
     * Whether any of the messages, decoded to their headers, may match ({@link #atHeaders} is not FALSE): then their
     * frame is worth decoding further (read -Y, export --filter and check decode only those frames in full).
     */
    public boolean mayMatch(List<NetlinkMessage> messages) {
        for (NetlinkMessage m : messages) if (!Boolean.FALSE.equals(atHeaders(m))) return true;
        return false;
    }

    private static Node node(Expr e, Ctx tree) {
        if (e instanceof Expr.And a) {
            Node l = node(a.left(), tree), r = node(a.right(), tree);
            return m -> l.test(m) && r.test(m);
        }
        if (e instanceof Expr.Or o) {
            Node l = node(o.left(), tree), r = node(o.right(), tree);
            return m -> l.test(m) || r.test(m);
        }
        if (e instanceof Expr.Not n) {
            Node x = node(n.operand(), tree);
            return m -> !x.test(m);
        }
        if (e instanceof Expr.Present p) {
            Ref ref = Ref.of(p.field(), true, tree.check);
            tree.tree |= ref.inTree();
            tree.malformed |= ref.kind() == Ref.Kind.MALFORMED;
            return ref::present;
        }
        if (e instanceof Expr.Compare c) {
            Ref ref = Ref.of(c.field(), false, tree.check);
            tree.tree |= ref.inTree();
            Lit lit = Lit.of(c.value(), c.op());
            if (c.op() != Expr.Op.CONTAINS && c.op() != Expr.Op.MATCHES) checkNumber(c.field(), lit, c.value(), tree.check);
            if (c.op() == Expr.Op.NE) return m -> !ref.any(m, Expr.Op.EQ, lit);
            return m -> ref.any(m, c.op(), lit);
        }
        Expr.In in = (Expr.In) e;
        Ref ref = Ref.of(in.field(), false, tree.check);
        tree.tree |= ref.inTree();
        List<Lit> lits = new ArrayList<>();
        for (Expr.Literal v : in.values()) {
            Lit l = Lit.of(v, Expr.Op.EQ);
            checkNumber(in.field(), l, v, tree.check);
            lits.add(l);
        }
        return m -> {
            for (Lit l : lits) if (ref.any(m, Expr.Op.EQ, l)) return true;
            return false;
        };
    }


    private static boolean namesEvent(Expr e) {
        if (e instanceof Expr.And a) return namesEvent(a.left()) || namesEvent(a.right());
        if (e instanceof Expr.Or o) return namesEvent(o.left()) || namesEvent(o.right());
        if (e instanceof Expr.Not n) return namesEvent(n.operand());
        return isEvent(fieldOf(e).path());
    }

    private static boolean isEvent(String path) { return EVENT.contains(path) || path.startsWith("extack."); }

    /** A test with three outcomes: {@link #TRUE}, {@link #FALSE}, {@link #UNKNOWN} (what it needs is not known yet). */
    private interface Tri<T> { int eval(T x); }

    /** The tree of {@code e} in three-valued logic (false and anything is false, true or anything true), its tests made by {@code leaf}. */
    private static <T> Tri<T> tri(Expr e, java.util.function.Function<Expr, Tri<T>> leaf) {
        if (e instanceof Expr.And a) {
            Tri<T> l = tri(a.left(), leaf), r = tri(a.right(), leaf);
            return x -> {
                int u = l.eval(x);
                if (u == FALSE) return FALSE;
                int v = r.eval(x);
                return v == FALSE ? FALSE : u == TRUE && v == TRUE ? TRUE : UNKNOWN;
            };
        }
        if (e instanceof Expr.Or o) {
            Tri<T> l = tri(o.left(), leaf), r = tri(o.right(), leaf);
            return x -> {
                int u = l.eval(x);
                if (u == TRUE) return TRUE;
                int v = r.eval(x);
                return v == TRUE ? TRUE : u == FALSE && v == FALSE ? FALSE : UNKNOWN;
            };
        }
        if (e instanceof Expr.Not n) {
            Tri<T> t = tri(n.operand(), leaf);
            return x -> {
                int v = t.eval(x);
                return v == UNKNOWN ? UNKNOWN : 1 - v;
            };
        }
        return leaf.apply(e);
    }

    private static Expr.Field fieldOf(Expr e) {
        return e instanceof Expr.Present p ? p.field() : e instanceof Expr.Compare c ? c.field() : ((Expr.In) e).field();
    }

    /** Where a filter of the event is tested: the message's test results, its event (null: not known yet) and number. */
    private record At(long bits, PairingEvent event, long number) {}

    private static Tri<At> eventNode(Expr e, List<Node> tests, Ctx tree) {
        return tri(e, leaf -> eventLeaf(leaf, tests, tree));
    }

    /**
     * A test of the message at {@link io.nlscope.dissect.Depth#HEADERS}: exact for the header's fields; a field of the
     * tree is unknown, except in a message of a type, protocol or family whose specs do not have it (there it is absent).
     */
    private static Tri<NetlinkMessage> headerNode(Expr e, Ctx ctx) {
        return tri(e, leaf -> {
            Expr.Field f = fieldOf(leaf);
            if (isEvent(f.path())) return m -> UNKNOWN;   // the event decides it
            Node exact = node(leaf, ctx);
            Ref ref = Ref.of(f, leaf instanceof Expr.Present, ctx.check);
            if (ref.kind() == Ref.Kind.MALFORMED) return m -> UNKNOWN;   // damaged attributes show only in the tree
            if (!ref.inTree()) return m -> exact.test(m) ? TRUE : FALSE;
            java.util.Set<String> where = ctx.check ? FieldNames.standard().where(f.path()) : java.util.Set.of();
            if (where.isEmpty()) return m -> UNKNOWN;
            return m -> {
                String owner = m.protocol() == 16 ? m.typeName() : m.protocolName();   // a generic message's family
                return where.contains(owner + "/*") || where.contains(owner + "/" + m.typeName()) ? UNKNOWN : exact.test(m) ? TRUE : FALSE;
            };
        });
    }

    private static Tri<At> eventLeaf(Expr e, List<Node> tests, Ctx tree) {
        Expr.Field f = fieldOf(e);
        if (!isEvent(f.path())) {
            if (tests.size() == MAX_MESSAGE_TESTS) {
                throw new FilterException("a filter of the transaction can test at most " + MAX_MESSAGE_TESTS
                        + " fields of the message", f.column());
            }
            long bit = 1L << tests.size();
            tests.add(node(e, tree));
            return at -> (at.bits() & bit) != 0 ? TRUE : FALSE;
        }
        EventField field = EventField.of(f);
        java.util.function.BiPredicate<PairingEvent, Long> test;
        if (e instanceof Expr.Present) {
            test = field::present;
        } else if (e instanceof Expr.Compare c) {
            Lit lit = field.literal(c.value(), c.op());
            test = c.op() == Expr.Op.NE ? (ev, n) -> !field.compare(ev, n, Expr.Op.EQ, lit) : (ev, n) -> field.compare(ev, n, c.op(), lit);
        } else {
            List<Lit> lits = new ArrayList<>();
            for (Expr.Literal v : ((Expr.In) e).values()) lits.add(field.literal(v, Expr.Op.EQ));
            test = (ev, n) -> {
                for (Lit l : lits) if (field.compare(ev, n, Expr.Op.EQ, l)) return true;
                return false;
            };
        }
        return at -> at.event() == null ? UNKNOWN : test.test(at.event(), at.number()) ? TRUE : FALSE;
    }

    /** A field of the pairing event, as the class comment lists them. */
    private enum EventField {
        OUTCOME, ERRNO, LATENCY, PROCESS, EXTACK_MSG, RESPONSES, NOTIFICATION, REQUEST, RESPONSE;

        static EventField of(Expr.Field f) {
            return switch (f.path()) {
                case "outcome" -> OUTCOME;
                case "errno" -> ERRNO;
                case "latency" -> LATENCY;
                case "process" -> PROCESS;
                case "extack.msg" -> EXTACK_MSG;
                case "responses" -> RESPONSES;
                case "notification" -> NOTIFICATION;
                case "request" -> REQUEST;
                case "response" -> RESPONSE;
                default -> throw new FilterException("'" + f.path() + "' is no field of the extended ACK: filters test extack.msg", f.column());
            };
        }

        /** A value as written; a latency's in nanoseconds. */
        Lit literal(Expr.Literal l, Expr.Op op) {
            if (this != LATENCY || op == Expr.Op.CONTAINS || op == Expr.Op.MATCHES) return Lit.of(l, op);
            Long ns = l.quoted() ? null : nanos(l.text());
            if (ns == null) throw new FilterException("'" + FilterException.quote(l.text()) + "' is not a duration such as 10ms, 1.5s, 250us or 800ns", l.column());
            return new Lit(l.text(), ns, null);
        }

        boolean present(PairingEvent e, long number) {
            return switch (this) {
                case NOTIFICATION -> e instanceof Unpaired u && u.kind() == Unpaired.Kind.NOTIFICATION;
                case REQUEST -> e instanceof Transaction t && t.number() == number;
                case RESPONSE -> e instanceof Transaction t && t.number() != number;
                default -> value(e) != null;
            };
        }

        boolean compare(PairingEvent e, long number, Expr.Op op, Lit lit) {
            if (this == NOTIFICATION || this == REQUEST || this == RESPONSE) return false;   // not values: presence only
            Value v = value(e);
            return v != null && MessageFilter.compare(v, op, lit);
        }

        private Value value(PairingEvent e) {
            Transaction t = e instanceof Transaction x ? x : null;
            return switch (this) {
                case OUTCOME -> t != null ? new Value.Named(t.outcome().ordinal(), t.outcome().name())
                        : new Value.Named(((Unpaired) e).kind().ordinal(), ((Unpaired) e).kind().name());
                case ERRNO -> t == null || t.errno() == 0 ? null : new Value.Named(-t.errno(), Errno.name(t.errno()));
                case LATENCY -> t == null || t.last() == null ? null : Value.Num.of(t.lastLatencyNanos());
                case PROCESS -> {
                    ProcessRef p = t != null ? t.process() : ((Unpaired) e).message().process();
                    yield p == null ? null : new Value.Named(p.pid(), p.name());
                }
                case EXTACK_MSG -> t == null || t.errorMessage().isEmpty() ? null : new Value.Text(t.errorMessage());
                case RESPONSES -> t == null ? null : Value.Num.of(t.responseCount());
                default -> null;
            };
        }
    }

    /** 10ms, 1.5s, 250us, 250µs, 800ns, or a bare number of seconds, in nanoseconds; null if none of these. */
    public static Long nanos(String s) {
        String[] units = {"ns", "us", "\u00b5s", "ms", "s"};
        long[] scale = {1, 1_000, 1_000, 1_000_000, 1_000_000_000};
        int u = units.length - 1;
        String digits = s;
        for (int i = 0; i < units.length; i++) {
            if (s.endsWith(units[i])) {
                u = i;
                digits = s.substring(0, s.length() - units[i].length());
                break;
            }
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(digits).multiply(java.math.BigDecimal.valueOf(scale[u]));
            return d.signum() < 0 ? null : d.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** The header's fields that are plain numbers (type and flags have names too). */
    private static final List<String> NUMBERS = List.of("len", "nlmsg.len", "seq", "nlmsg.seq", "pid", "nlmsg.pid", "frame");

    /**
     * A type error: a field that is a plain number (a header's length, seq, pid, frame; an attribute the specs type
     * u8..s64 without names for its values) compared with something that is no number.
     */
    private static void checkNumber(Expr.Field f, Lit lit, Expr.Literal l, boolean check) {
        if (lit.number() != null) return;
        String type = null;
        if (NUMBERS.contains(f.path())) type = "a number";
        else if (check && !HEADER.contains(f.path())) {
            FieldNames.Entry e = FieldNames.standard().lookup(f.path()).orElse(null);
            if (e != null && e.type().matches("[us](8|16|32|64)") && !e.description().contains("enum ") && !e.description().contains("flags "))
                type = "a " + e.type();
        }
        if (type != null) throw new FilterException("'" + FilterException.quote(l.text()) + "' is not a number, and " + f.path() + " is " + type, l.column());
    }

    /** A value as written, read once: its number (null when quoted or not one) and, for matches, its pattern. */
    private record Lit(String text, Long number, Pattern pattern) {
        static Lit of(Expr.Literal l, Expr.Op op) {
            Pattern p = null;
            if (op == Expr.Op.MATCHES) {
                try {
                    p = Pattern.compile(l.text());
                } catch (PatternSyntaxException x) {
                    throw new FilterException("'" + FilterException.quote(l.text()) + "' is not a regular expression: " + x.getDescription(), l.column());
                }
            }
            return new Lit(l.text(), l.quoted() ? null : MessageFilter.number(l.text()), p);
        }
    }

    /** A field name resolved: a header field, a flag, malformed, a protocol or family, or a path of the tree. */
    private record Ref(String path, Kind kind, String[] parts) {
        enum Kind { HEADER, FLAG, MALFORMED, PROTOCOL, TREE }

        static Ref of(Expr.Field f, boolean presence, boolean check) {
            String p = f.path();
            if (HEADER.contains(p)) return new Ref(p, Kind.HEADER, null);
            if (presence && p.startsWith("flags.")) return new Ref(p.substring(6), Kind.FLAG, null);
            if (presence && p.equals("malformed")) return new Ref(p, Kind.MALFORMED, null);
            if (presence && !p.contains(".")) {
                if (!check || protocolOrFamily(p)) return new Ref(p, Kind.PROTOCOL, null);
                checkTree(f);   // a field at the tree's top ("ifinfomsg"), else no name nlscope knows
                return new Ref(p, Kind.TREE, new String[] {p});
            }
            if (check) checkTree(f);
            return new Ref(p, Kind.TREE, (p.startsWith("attr.") ? p.substring(5) : p).split("\\."));
        }

        boolean inTree() { return kind == Kind.TREE; }

        /** A raw attribute ({@code attr_62}) or array element names no spec: it is not checked. */
        private static final Pattern RAW = Pattern.compile("(^|\\.)(attr_\\d+|\\d+)(\\.|$)");

        private static void checkTree(Expr.Field f) {
            FieldNames names = FieldNames.standard();
            if (RAW.matcher(f.path()).find() || names.exists(f.path())) return;
            List<String> near = names.suggest(f.path(), 3);
            if (!f.path().contains(".")) {
                throw new FilterException("'" + f.path() + "' is no protocol, generic netlink family or field nlscope knows"
                        + (near.isEmpty() ? "" : " (close names: " + String.join(", ", near) + ")")
                        + "; a family only the capture announces is genl.family == \"" + f.path() + "\"", f.column());
            }
            throw new FilterException("no spec names a field '" + f.path() + "'" + (near.isEmpty() ? " ('nlscope fields WORD' lists the names)"
                    : " (close names: " + String.join(", ", near) + ")"), f.column());
        }

        private static boolean protocolOrFamily(String w) {
            FieldNames names = FieldNames.standard();
            for (String n : names.protocols()) if (n.equalsIgnoreCase(w)) return true;
            return names.families().contains(w);
        }

        boolean present(NetlinkMessage m) {
            return switch (kind) {
                case FLAG -> path.equals("DUMP") ? (m.flags() & 0x301) == 0x301 : m.flagNames().contains(path);   // NLM_F_DUMP = ROOT|MATCH
                case MALFORMED -> m.malformed();
                case PROTOCOL -> path.equalsIgnoreCase(m.protocolName()) || m.protocol() == 16 && path.equals(m.typeName());
                default -> !values(m).isEmpty();
            };
        }

        /** Every value the name has in the message (a field may occur more than once). */
        List<Value> values(NetlinkMessage m) {
            if (kind == Kind.HEADER) {
                Value h = header(path, m);
                return h == null ? List.of() : List.of(h);   // genl.* of another protocol: absent
            }
            List<Value> out = new ArrayList<>(1);
            walk(m.fields(), parts, 0, out);
            return out;
        }

        boolean any(NetlinkMessage m, Expr.Op op, Lit lit) {
            for (Value v : values(m)) if (compare(v, op, lit)) return true;
            return false;
        }
    }

    /** The message's header fields and those the filter language adds, as values; null where it has none. */
    private static Value header(String path, NetlinkMessage m) {
        return switch (path) {
            case "len", "nlmsg.len" -> Value.Num.of(m.length());
            case "type", "nlmsg.type" -> new Value.Named(m.type(), m.typeName());
            case "flags", "nlmsg.flags" -> new Value.Flags(m.flags(), m.flagNames());
            case "seq", "nlmsg.seq" -> Value.Num.of(m.seq());
            case "pid", "nlmsg.pid" -> Value.Num.of(m.pid());
            case "frame" -> Value.Num.of(m.frame());
            case "direction" -> new Value.Text(m.direction().name().toLowerCase(Locale.ROOT));
            case "genl.family" -> m.protocol() == 16 ? new Value.Text(m.typeName()) : null;
            case "genl.cmd" -> m.protocol() == 16 ? new Value.Text(m.operation()) : null;
            default -> null;
        };
    }

    private static void walk(List<Field> fields, String[] parts, int i, List<Value> out) {
        for (Field f : fields) {
            if (!f.name().equals(parts[i])) continue;
            if (i == parts.length - 1) out.add(f.value());
            else walk(f.children(), parts, i + 1, out);
        }
    }

    private static boolean compare(Value v, Expr.Op op, Lit lit) {
        switch (op) {
            case CONTAINS -> {
                if (v instanceof Value.Flags f) return f.names().contains(lit.text());
                return shown(v).contains(lit.text());
            }
            case MATCHES -> { return matches(lit.pattern(), shown(v)); }
            default -> { }
        }
        Long raw = raw(v);
        if (lit.number() != null && raw != null) return order(Long.compare(raw, lit.number()), op);
        if (v instanceof Value.Named n && op == Expr.Op.EQ) return n.name().equals(lit.text());
        if (v instanceof Value.Flags f && op == Expr.Op.EQ) return String.join("|", f.names()).equals(lit.text());
        return order(shown(v).compareTo(lit.text()), op);
    }

    /**
     * Whether the pattern is found in the text. Java's regex engine recurses once per repetition of a group, so
     * {@code (a|b)*} over a captured value of tens of thousands of characters overflows the stack: such a value does
     * not match (the class comment says so) rather than ending the command.
     */
    static boolean matches(Pattern p, String text) {
        try {
            return p.matcher(text).find();
        } catch (StackOverflowError e) {
            return false;
        }
    }

    private static boolean order(int c, Expr.Op op) {
        return switch (op) {
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case LT -> c < 0;
            case LE -> c <= 0;
            default -> false;
        };
    }

    /** A value's number: a number's, a named number's or a flag word's raw value; else null. */
    private static Long raw(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags f) return f.raw();
        return null;
    }

    /** A text's text, a named number's name, else the value as read -V shows it. */
    private static String shown(Value v) {
        return v instanceof Value.Text t ? t.text() : v instanceof Value.Named n ? n.name() : v.display();
    }

    private static Long number(String s) {
        try {
            if (s.startsWith("0x") || s.startsWith("0X")) return Long.parseUnsignedLong(s.substring(2), 16);
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
