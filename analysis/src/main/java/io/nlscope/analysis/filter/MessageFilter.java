package io.nlscope.analysis.filter;

import io.nlscope.dissect.Field;
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
 *       {@code flags.DUMP}); {@code frame}, the frame number; {@code direction} ({@code to_kernel},
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
 * flag's name), {@code matches} for a Java regular expression anywhere in the text.
 *
 * <p>Fields of the transaction ({@code outcome}, {@code errno}, {@code latency}, {@code process},
 * {@code extack.msg}, {@code notification}) need pairing and are not evaluated here yet: compiling a filter
 * that names them is a {@link FilterException}.
 */
public final class MessageFilter {
    private static final List<String> TRANSACTION = List.of("outcome", "errno", "latency", "process", "extack.msg",
            "notification", "request", "response", "responses");
    private static final List<String> HEADER = List.of("len", "nlmsg.len", "type", "nlmsg.type", "flags", "nlmsg.flags", "seq",
            "nlmsg.seq", "pid", "nlmsg.pid", "frame", "direction", "genl.family", "genl.cmd");

    /** The filter compiled: names resolved, numbers parsed and patterns compiled once, not per message. */
    private interface Node { boolean test(NetlinkMessage m); }

    private final Node root;
    private final boolean needsTree;

    private MessageFilter(Node root, boolean needsTree) {
        this.root = root;
        this.needsTree = needsTree;
    }

    /** Parses and checks a filter; a FilterException (with its column) when it cannot be used. */
    public static MessageFilter compile(String filter) {
        Expr e = FilterParser.parse(filter);
        boolean[] tree = {false};
        Node n = node(e, tree);
        return new MessageFilter(n, tree[0]);
    }

    public boolean test(NetlinkMessage m) { return root.test(m); }

    /**
     * Whether the filter names a field of the decoded tree (attr.*, a fixed header's field): then the messages
     * must be decoded in full to test it; header fields, flags and protocol names are there at every depth.
     */
    public boolean needsTree() { return needsTree; }

    private static Node node(Expr e, boolean[] tree) {
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
            Ref ref = Ref.of(p.field(), true);
            tree[0] |= ref.inTree();
            return ref::present;
        }
        if (e instanceof Expr.Compare c) {
            Ref ref = Ref.of(c.field(), false);
            tree[0] |= ref.inTree();
            Lit lit = Lit.of(c.value(), c.op());
            if (c.op() == Expr.Op.NE) return m -> !ref.any(m, Expr.Op.EQ, lit);
            return m -> ref.any(m, c.op(), lit);
        }
        Expr.In in = (Expr.In) e;
        Ref ref = Ref.of(in.field(), false);
        tree[0] |= ref.inTree();
        List<Lit> lits = new ArrayList<>();
        for (Expr.Literal v : in.values()) lits.add(Lit.of(v, Expr.Op.EQ));
        return m -> {
            for (Lit l : lits) if (ref.any(m, Expr.Op.EQ, l)) return true;
            return false;
        };
    }

    /** A value as written, read once: its number (null when quoted or not one) and, for matches, its pattern. */
    private record Lit(String text, Long number, Pattern pattern) {
        static Lit of(Expr.Literal l, Expr.Op op) {
            Pattern p = null;
            if (op == Expr.Op.MATCHES) {
                try {
                    p = Pattern.compile(l.text());
                } catch (PatternSyntaxException x) {
                    throw new FilterException("'" + l.text() + "' is not a regular expression: " + x.getDescription(), l.column());
                }
            }
            return new Lit(l.text(), l.quoted() ? null : MessageFilter.number(l.text()), p);
        }
    }

    /** A field name resolved: a header field, a flag, malformed, a protocol or family, or a path of the tree. */
    private record Ref(String path, Kind kind, String[] parts) {
        enum Kind { HEADER, FLAG, MALFORMED, PROTOCOL, TREE }

        static Ref of(Expr.Field f, boolean presence) {
            String p = f.path();
            if (TRANSACTION.contains(p) || p.startsWith("extack.")) {
                throw new FilterException("'" + p + "' is a field of the transaction, which filters cannot test yet", f.column());
            }
            if (HEADER.contains(p)) return new Ref(p, Kind.HEADER, null);
            if (presence && p.startsWith("flags.")) return new Ref(p.substring(6), Kind.FLAG, null);
            if (presence && p.equals("malformed")) return new Ref(p, Kind.MALFORMED, null);
            if (presence && !p.contains(".")) return new Ref(p, Kind.PROTOCOL, null);
            return new Ref(p, Kind.TREE, (p.startsWith("attr.") ? p.substring(5) : p).split("\\."));
        }

        boolean inTree() { return kind == Kind.TREE; }

        boolean present(NetlinkMessage m) {
            return switch (kind) {
                case FLAG -> m.flagNames().contains(path);
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
            case MATCHES -> { return lit.pattern().matcher(shown(v)).find(); }
            default -> { }
        }
        Long raw = raw(v);
        if (lit.number() != null && raw != null) return order(Long.compare(raw, lit.number()), op);
        if (v instanceof Value.Named n && op == Expr.Op.EQ) return n.name().equals(lit.text());
        if (v instanceof Value.Flags f && op == Expr.Op.EQ) return String.join("|", f.names()).equals(lit.text());
        return order(shown(v).compareTo(lit.text()), op);
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
