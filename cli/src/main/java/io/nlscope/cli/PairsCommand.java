package io.nlscope.cli;

import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.filter.EventSelection;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import io.nlscope.output.OutputFormat;
import io.nlscope.output.PairRow;
import io.nlscope.output.TransactionRows;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code nlscope pairs FILE}: one row per request with what became of it. */
final class PairsCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.formatOption(OutputFormat.View.TRANSACTIONS));
        o.addOption(Option.builder().longOpt("outcome").hasArg().argName("LIST")
                .desc("only these outcomes, comma-separated: ack, error, reply, dump, echo, no_reply, unanswered; "
                        + "notification and orphan list those messages too").build());
        o.addOption(Option.builder().longOpt("family").hasArg().argName("NAME")
                .desc("only this protocol (route, generic, netfilter, ...) or generic netlink family (nlctrl, ethtool, ...)").build());
        o.addOption(Option.builder().longOpt("all").desc("also list notifications and orphan responses as rows").build());
        o.addOption(CommandLines.countOption("show only the first N rows"));
        o.addOption(CommandLines.filterOption("show only the rows whose request (or notification) matches FILTER, e.g. "
                + "'attr.RTA_DST == 198.51.100.0/24', 'outcome == ERROR && errno == EEXIST', 'latency > 10ms' (README: display filters)"));
        o.addOption(CommandLines.timeOption("the table's time of each request (CSV, JSON and fields keep seconds since the first frame)"));
        CommandLines.fieldOptions(o);
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("pairs", "nlscope pairs [OPTIONS] FILE",
                "Pairs every netlink request of a capture with its responses (by protocol, sequence number and port id) "
                        + "and shows one row per request: operation, key fields, outcome (ACK, ERROR with errno and extended "
                        + "ACK message, REPLY, DUMP, ECHO, NO_REPLY, UNANSWERED), responses, latency and frames.",
                "Exit codes: 0 done, 1 the capture is damaged (cut short), 2 usage error or unreadable input, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        OutputFormat format = CommandLines.format("pairs", cl, OutputFormat.View.TRANSACTIONS, err);
        if (format == null) return Main.USAGE;
        Set<String> outcomes = null;
        boolean all = cl.hasOption("all");
        if (cl.hasOption("outcome")) {
            outcomes = new HashSet<>();
            for (String o : cl.getOptionValue("outcome").split(",")) {
                String u = o.trim().toUpperCase(Locale.ROOT).replace('-', '_');
                boolean known = u.equals("NOTIFICATION") || u.equals("ORPHAN") || u.equals("LATE") || u.equals("COPY");
                for (Outcome x : Outcome.values()) known |= x.name().equals(u);
                if (!known) {
                    err.println("nlscope pairs: unknown outcome '" + o.trim() + "'; use ack, error, reply, dump, echo, "
                            + "no_reply, unanswered, cut, notification, orphan, late or copy.");
                    return Main.USAGE;
                }
                outcomes.add(u);
                if (u.equals("NOTIFICATION") || u.equals("ORPHAN") || u.equals("LATE") || u.equals("COPY")) all = true;
            }
        }
        String family = cl.getOptionValue("family");
        long limit = CommandLines.count("pairs", cl, "rows", err);
        if (limit < 0) return Main.USAGE;
        boolean[] badFilter = {false};
        MessageFilter filter = CommandLines.filter("pairs", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        EventSelection selection = filter == null ? null : new EventSelection(filter);
        String filterText = cl.getOptionValue("Y");
        io.nlscope.output.TimeFormat times = CommandLines.times("pairs", cl, err);
        if (times == null) return Main.USAGE;
        io.nlscope.output.FieldColumns columns = CommandLines.columns("pairs", cl, format == OutputFormat.PAIRS_FIELDS, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        // -T fields: each message's own columns, until its event comes (events come in the order of their first message)
        java.util.ArrayDeque<Object[]> own = new java.util.ArrayDeque<>();
        CaptureInput input = CaptureInput.of("pairs", cl, err);
        if (input == null) return Main.USAGE;

        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        TransactionRows w;
        try {
            w = format.transactionRows(os, input.file(), columns);
            if (w instanceof TransactionRows.Table t) t.withTimes(times);
        } catch (IOException e) {
            err.println("nlscope pairs: cannot write the output: " + e.getMessage());
            return Main.USAGE;
        }
        Set<String> only = outcomes;
        String outcomeText = cl.getOptionValue("outcome");
        boolean withUnpaired = all;
        long[] index = {0};
        long[] base = {Long.MIN_VALUE};
        long[] shown = {0}, filtered = {0}, numbered = {0};
        Set<String> families = new java.util.TreeSet<>();   // what --family could have named, to say when it named none
        Pairing pairing = new Pairing(input.pairingConfig(), e -> {
            PairRow row = e instanceof Transaction t ? PairRow.of(++index[0], t, base[0])
                    : withUnpaired ? PairRow.of(++index[0], (Unpaired) e, base[0]) : null;
            if (row == null || shown[0] >= limit) return;
            if (family != null && families.size() < 256) {
                families.add(row.protocol());
                if (!row.family().isEmpty()) families.add(row.family());
            }
            if (only != null && !only.contains(row.outcome()) || family != null && !matches(family, row, e)
                    || selection != null && !selection.selects(e)) {
                filtered[0]++;
                return;
            }
            shown[0]++;
            try {
                if (columns == null) w.row(row);
                else {
                    while (!own.isEmpty() && (long) own.peekFirst()[0] < e.number()) own.pollFirst();
                    String[] values = !own.isEmpty() && (long) own.peekFirst()[0] == e.number() ? (String[]) own.pollFirst()[1] : new String[0];
                    MessageRef first = e instanceof Transaction t ? t.request() : ((Unpaired) e).message();
                    w.row(row, values, e instanceof Transaction t ? io.nlscope.output.Link.of(t) : io.nlscope.output.Link.of((Unpaired) e),
                            io.nlscope.output.FieldColumns.seconds(first.timestampNanos() - base[0]));
                }
            } catch (IOException x) { throw new UncheckedIOException(x); }
        });
        return CaptureLoop.run(input, os, err, new CaptureLoop.Body() {
            @Override public boolean frame(DissectedFrame f) {
                if (base[0] == Long.MIN_VALUE) base[0] = f.timestampNanos();
                if (selection != null) for (NetlinkMessage m : f.messages()) selection.message(m);
                if (columns != null) for (NetlinkMessage m : f.messages()) own.addLast(new Object[] {++numbered[0], columns.messageValues(m)});
                pairing.accept(f);
                return shown[0] < limit;   // -c N: N rows shown, nothing more to read
            }

            @Override public void end(List<String> warnings) throws IOException {
                pairing.finish();
                boolean selecting = only != null || family != null || filterText != null;
                if (selecting) w.selection(shown[0], filtered[0], selection(family, outcomeText, filterText));
                w.end(pairing.counts());
                if (selecting && shown[0] == 0) {
                    err.println("nlscope pairs: no row matched " + selection(family, outcomeText, filterText)
                            + (family != null ? " (the capture has " + (families.isEmpty() ? "no transactions" : String.join(", ", families)) + ")" : "") + ".");
                }
            }
        });
    }

    /** "--family ethtool --outcome error -Y 'flags.ACK'", as given. */
    private static String selection(String family, String outcomes, String filter) {
        String s = family != null ? "--family " + family : "";
        if (outcomes != null) s += (s.isEmpty() ? "" : " ") + "--outcome " + outcomes;
        if (filter != null) s += (s.isEmpty() ? "" : " ") + "-Y '" + filter + "'";
        return io.nlscope.output.Escape.text(s);
    }

    private static boolean matches(String family, PairRow row, PairingEvent e) {
        return family.equalsIgnoreCase(row.family()) || family.equalsIgnoreCase(row.protocol());
    }
}
