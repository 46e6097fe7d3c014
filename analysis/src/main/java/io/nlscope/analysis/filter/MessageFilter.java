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

    private final Expr expr;

    private MessageFilter(Expr expr) { this.expr = expr; }

    /** Parses and checks a filter; a FilterException (with its column) when it cannot be used. */
    public static MessageFilter compile(String filter) {
        Expr e = FilterParser.parse(filter);
        check(e);
        return new MessageFilter(e);
    }

    public boolean test(NetlinkMessage m) { return eval(expr, m); }

    /**
     * Whether the filter names a field of the decoded tree (attr.*, a fixed header's field): then the messages
     * must be decoded in full to test it; header fields, flags and protocol names are there at every depth.
     */
    public boolean needsTree() { return needsTree(expr); }

    private static boolean needsTree(Expr e) {
        if (e instanceof Expr.And a) return needsTree(a.left()) || needsTree(a.right());
        if (e instanceof Expr.Or o) return needsTree(o.left()) || needsTree(o.right());
        if (e instanceof Expr.Not n) return needsTree(n.operand());
        Expr.Field f = e instanceof Expr.Present p ? p.field() : e instanceof Expr.Compare c ? c.field() : ((Expr.In) e).field();
        String path = f.path();
        boolean presence = e instanceof Expr.Present;
        return !(HEADER.contains(path) || path.startsWith("flags.") || path.equals("malformed")
                || presence && !path.contains("."));
    }

    private static final List<String> HEADER = List.of("len", "nlmsg.len", "type", "nlmsg.type", "flags", "nlmsg.flags", "seq",
            "nlmsg.seq", "pid", "nlmsg.pid", "frame", "direction", "genl.family", "genl.cmd");

    private static void check(Expr e) {
        if (e instanceof Expr.And a) {
            check(a.left());
            check(a.right());
        } else if (e instanceof Expr.Or o) {
            check(o.left());
            check(o.right());
        } else if (e instanceof Expr.Not n) {
            check(n.operand());
        } else if (e instanceof Expr.Present p) {
            field(p.field());
        } else if (e instanceof Expr.In i) {
            field(i.field());
        } else if (e instanceof Expr.Compare c) {
            field(c.field());
            if (c.op() == Expr.Op.MATCHES) {
                try {
                    Pattern.compile(c.value().text());
                } catch (PatternSyntaxException x) {
                    throw new FilterException("'" + c.value().text() + "' is not a regular expression: " + x.getDescription(), c.value().column());
                }
            }
        }
    }

    private static void field(Expr.Field f) {
        String p = f.path();
        if (TRANSACTION.contains(p) || p.startsWith("extack.")) {
            throw new FilterException("'" + p + "' is a field of the transaction, which filters cannot test yet", f.column());
        }
    }

    private static boolean eval(Expr e, NetlinkMessage m) {
        if (e instanceof Expr.And a) return eval(a.left(), m) && eval(a.right(), m);
        if (e instanceof Expr.Or o) return eval(o.left(), m) || eval(o.right(), m);
        if (e instanceof Expr.Not n) return !eval(n.operand(), m);
        if (e instanceof Expr.Present p) return present(p.field().path(), m);
        if (e instanceof Expr.Compare c) {
            return c.op() == Expr.Op.NE ? !any(c.field(), m, Expr.Op.EQ, c.value()) : any(c.field(), m, c.op(), c.value());
        }
        Expr.In in = (Expr.In) e;
        for (Expr.Literal v : in.values()) if (any(in.field(), m, Expr.Op.EQ, v)) return true;
        return false;
    }

    private static boolean present(String path, NetlinkMessage m) {
        if (path.startsWith("flags.")) return m.flagNames().contains(path.substring(6));
        if (path.equals("malformed")) return m.malformed();
        if (!path.contains(".") && header(path, m) == null) {   // a protocol or family
            return path.equalsIgnoreCase(m.protocolName()) || m.protocol() == 16 && path.equals(m.typeName());
        }
        return !values(path, m).isEmpty();
    }

    /** The message's header fields and those the filter language adds, as values; null for other names. */
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

    /** Every value the path names in the message (a field may occur more than once). */
    private static List<Value> values(String path, NetlinkMessage m) {
        Value h = header(path, m);
        if (h != null) return List.of(h);
        if (isHeaderName(path)) return List.of();   // genl.* of another protocol: absent
        String[] parts = (path.startsWith("attr.") ? path.substring(5) : path).split("\\.");
        List<Value> out = new ArrayList<>(1);
        walk(m.fields(), parts, 0, out);
        return out;
    }

    private static boolean isHeaderName(String path) { return path.startsWith("genl."); }

    private static void walk(List<Field> fields, String[] parts, int i, List<Value> out) {
        for (Field f : fields) {
            if (!f.name().equals(parts[i])) continue;
            if (i == parts.length - 1) out.add(f.value());
            else walk(f.children(), parts, i + 1, out);
        }
    }

    private static boolean any(Expr.Field field, NetlinkMessage m, Expr.Op op, Expr.Literal lit) {
        for (Value v : values(field.path(), m)) if (compare(v, op, lit)) return true;
        return false;
    }

    private static boolean compare(Value v, Expr.Op op, Expr.Literal lit) {
        String text = lit.text();
        Long number = lit.quoted() ? null : number(text);
        switch (op) {
            case CONTAINS -> {
                if (v instanceof Value.Flags f) return f.names().contains(text);
                return shown(v).contains(text);
            }
            case MATCHES -> { return Pattern.compile(text).matcher(shown(v)).find(); }
            default -> { }
        }
        if (number != null && raw(v) != null) return order(Long.compare(raw(v), number), op);
        if (v instanceof Value.Named n && op == Expr.Op.EQ) return n.name().equals(text);
        if (v instanceof Value.Flags f && op == Expr.Op.EQ) return String.join("|", f.names()).equals(text);
        String s = shown(v);
        return order(s.compareTo(text), op);
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

    /** A text's text, else the value as read -V shows it. */
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
