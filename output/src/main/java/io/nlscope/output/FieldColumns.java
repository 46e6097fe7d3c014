package io.nlscope.output;

import io.nlscope.analysis.filter.FilterException;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The columns of {@code -T fields -e NAME ... -E OPTION=VALUE} ({@code read}, {@code pairs}), as tshark's: each
 * {@code -e} a name of the filter language ({@code nlmsg.seq}, {@code attr.IFLA_IFNAME}, {@code flags.ACK}, or a
 * field of the transaction: {@code outcome}, {@code errno}, {@code latency}, {@code process}, {@code extack.msg},
 * {@code responses}, {@code notification}, {@code request}, {@code response}); {@code -E} the options
 * {@code separator} (default a tab; {@code /t}, {@code /s} for tab and space), {@code header=y|n},
 * {@code quote=d|s|n}, {@code occurrence=f|l|a} and {@code aggregator} (default {@code ,}). A message's own fields
 * are read while it is decoded ({@link #messageValues}); the transaction's from its {@link Link} ({@link #line}).
 * Values are as the filter compares them: a number, a name ({@code RTM_NEWLINK}, {@code EEXIST}), a text, flag
 * names joined by {@code |}, else as {@code read -V} shows it; a flag or protocol word is 1 or 0; an absent
 * field is empty; {@code latency} and {@code time} (since the first frame) are seconds with nine decimals.
 * Captured text is escaped.
 */
public final class FieldColumns {
    private final List<String> names;
    private final List<Function<NetlinkMessage, List<Value>>> message;   // null for a field of the transaction
    private final String separator, aggregator;
    private final char quote;
    private final char occurrence;
    private final boolean header, tree;

    private FieldColumns(List<String> names, List<Function<NetlinkMessage, List<Value>>> message, String separator,
                         String aggregator, char quote, char occurrence, boolean header, boolean tree) {
        this.tree = tree;
        this.names = List.copyOf(names);
        this.message = message;
        this.separator = separator;
        this.aggregator = aggregator;
        this.quote = quote;
        this.occurrence = occurrence;
        this.header = header;
    }

    /**
     * The columns {@code -e} names with {@code -E}'s options; an IllegalArgumentException with one sentence for a
     * user (no names, an unknown option) or the filter's FilterException for a name it does not know.
     */
    public static FieldColumns of(List<String> fields, List<String> options, boolean checkNames) {
        if (fields.isEmpty()) throw new IllegalArgumentException("-T fields needs at least one -e FIELD (e.g. -e nlmsg.type -e attr.IFLA_IFNAME)");
        List<Function<NetlinkMessage, List<Value>>> message = new ArrayList<>();
        boolean tree = false;
        for (String f : fields) {
            boolean own = !MessageFilter.isEventField(f) && !f.equals("time");
            message.add(own ? MessageFilter.values(f, checkNames) : null);
            tree |= own && MessageFilter.compile(f, checkNames).needsTree();
        }
        String separator = "\t", aggregator = ",";
        char quote = 'n', occurrence = 'a';
        boolean header = false;
        for (String o : options) {
            int eq = o.indexOf('=');
            String k = eq < 0 ? o : o.substring(0, eq), v = eq < 0 ? "" : o.substring(eq + 1);
            switch (k) {
                case "separator" -> separator = v.equals("/t") ? "\t" : v.equals("/s") ? " " : v;
                case "aggregator" -> aggregator = v.equals("/t") ? "\t" : v.equals("/s") ? " " : v;
                case "header" -> header = yes(k, v);
                case "quote" -> quote = one(k, v, "dsn");
                case "occurrence" -> occurrence = one(k, v, "fla");
                default -> throw new IllegalArgumentException("-E knows separator, aggregator, header, quote and occurrence, not '" + Escape.text(k) + "'");
            }
        }
        return new FieldColumns(fields, message, separator, aggregator, quote, occurrence, header, tree);
    }

    private static boolean yes(String k, String v) {
        if (v.equals("y") || v.equals("n")) return v.equals("y");
        throw new IllegalArgumentException("-E " + k + "= needs y or n, not '" + Escape.text(v) + "'");
    }

    private static char one(String k, String v, String choices) {
        if (v.length() == 1 && choices.indexOf(v.charAt(0)) >= 0) return v.charAt(0);
        throw new IllegalArgumentException("-E " + k + "= needs one of " + String.join(", ", choices.split("")) + ", not '" + Escape.text(v) + "'");
    }

    /** The header line (with its newline) when {@code -E header=y}, else "". */
    public String header() { return header ? String.join(separator, names) + "\n" : ""; }

    /** Whether a column needs the decoded tree (a name of the tree, not a header field). */
    public boolean needsTree() { return tree; }

    /** The message's own columns, shown; null for the transaction's (filled by {@link #line}). */
    public String[] messageValues(NetlinkMessage m) {
        String[] out = new String[names.size()];
        for (int i = 0; i < out.length; i++) if (message.get(i) != null) out[i] = shown(message.get(i).apply(m));
        return out;
    }

    /**
     * The line of a message or row (without its newline): its own values, the transaction's from {@code link}
     * (null: unknown, those columns empty), {@code seconds} for {@code time}.
     */
    public String line(String[] own, Link link, String seconds) {
        StringBuilder b = new StringBuilder(16 * names.size());
        for (int i = 0; i < own.length; i++) {
            if (i > 0) b.append(separator);
            String v = message.get(i) != null ? own[i] : names.get(i).equals("time") ? seconds : eventValue(names.get(i), link);
            if (quote != 'n' && !v.isEmpty()) b.append(quote == 'd' ? '"' : '\'').append(v).append(quote == 'd' ? '"' : '\'');
            else b.append(v);
        }
        return b.toString();
    }

    private String shown(List<Value> values) {
        if (values.isEmpty()) return "";
        if (occurrence == 'f' || values.size() == 1) return Escape.text(one(values.get(0)));
        if (occurrence == 'l') return Escape.text(one(values.get(values.size() - 1)));
        StringBuilder b = new StringBuilder();
        for (Value v : values) (b.length() > 0 ? b.append(aggregator) : b).append(Escape.text(one(v)));
        return b.toString();
    }

    private static String one(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Named n) return n.name();
        if (v instanceof Value.Flags f) return String.join("|", f.names());
        return v.display();
    }

    /** Nanoseconds as seconds with nine decimals, as tshark shows times. */
    public static String seconds(long nanos) {
        String sign = nanos < 0 ? "-" : "";
        long a = Math.abs(nanos);
        String frac = Long.toString(a % 1_000_000_000L);
        return sign + a / 1_000_000_000L + "." + "000000000".substring(frac.length()) + frac;
    }

    /** A field of the transaction from a message's link: a request's outcome, errno, ...; a notification's role. */
    private static String eventValue(String name, Link l) {
        if (l == null) return "";
        boolean request = l.role().equals("request");
        return switch (name) {
            case "outcome" -> request ? (l.outcome() == null ? "" : l.outcome().name())
                    : l.role().equals("response") ? "" : l.role().toUpperCase(Locale.ROOT);
            case "errno" -> request && l.errno() != null ? Escape.text(l.errno()) : "";
            case "latency" -> request && l.responses() > 0 ? seconds(l.lastLatencyNanos()) : "";
            case "process" -> l.process() == null ? "" : Escape.text(l.process().label());
            case "extack.msg" -> request ? Escape.text(l.extack()) : "";
            case "responses" -> request ? Long.toString(l.responses()) : "";
            case "notification" -> l.role().equals("notification") ? "1" : "0";
            case "request" -> request ? "1" : "0";
            case "response" -> l.role().equals("response") ? "1" : "0";
            default -> throw new FilterException("'" + name + "' is no field of the transaction", 1);
        };
    }
}
