package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import io.nlscope.output.Escape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code nlscope stats FILE}: per family and operation, what happened and how long it took. */
final class StatsCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT").desc("table (default) or json").build());
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("stats", "nlscope stats [OPTIONS] FILE",
                "Pairs the requests of a capture with their responses and counts, per protocol or generic netlink family "
                        + "and operation: transactions, outcomes, errors by errno, latency (request to last response) "
                        + "p50/p90/p99/max, bytes; then notifications and orphan responses by message type.",
                "Exit codes: 0 done, 1 the capture is damaged (cut short), 2 usage error or unreadable input, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        String format = cl.getOptionValue("format", "table");
        if (!format.equals("table") && !format.equals("json")) {
            err.println("nlscope stats: unknown format '" + format + "'; use table or json.");
            return Main.USAGE;
        }
        CaptureInput input = CaptureInput.of("stats", cl, err);
        if (input == null) return Main.USAGE;
        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        Stats stats = new Stats();
        Pairing pairing = new Pairing(input.pairingConfig().withRequestKeys(false).withOrdered(false), stats);
        long[] bytes = {0};
        return CaptureLoop.run(input, Depth.HEADERS, os, err, new CaptureLoop.Body() {
            @Override public boolean frame(DissectedFrame f) {
                bytes[0] += f.capturedLength();
                pairing.accept(f);
                return true;
            }

            @Override public void end(List<String> warnings) throws IOException {
                pairing.finish();
                if (format.equals("json")) json(os, input.file(), stats, pairing.counts(), bytes[0]);
                else table(os, stats, pairing.counts(), bytes[0]);
            }
        });
    }

    private static void table(OutputStream os, Stats s, Pairing.Counts c, long bytes) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format("%-30s %7s  %-48s %9s %9s %9s %9s %10s%n", "operation", "count", "outcomes (errors)",
                "p50 ms", "p90 ms", "p99 ms", "max ms", "bytes"));
        for (Stats.Row r : s.rows()) {
            List<String> parts = new ArrayList<>();
            for (Outcome o : Outcome.values()) {
                Long n = r.outcomes().get(o);
                if (n == null) continue;
                parts.add(n + " " + o);
            }
            Stats.Latency l = r.latency();
            b.append(String.format("%-30s %7d  %-48s %9s %9s %9s %9s %10d%n", Escape.text(r.operation().toString()), r.transactions(),
                    String.join(", ", parts) + errors(r.errors()), ms(l.p50()), ms(l.p90()), ms(l.p99()), ms(l.max()),
                    r.requestBytes() + r.responseBytes()));
        }
        section(b, "notifications", s.notifications());
        section(b, "orphan responses (request not in the capture)", s.orphans());
        section(b, "late responses (after their request was reported)", s.late());
        b.append(String.format("%n%d messages, %d bytes: %d transactions (%d unanswered, %d no reply expected), "
                        + "%d notifications, %d orphans, %d late responses, %d unreadable%n", c.messages(), bytes,
                c.transactions(), s.total(Outcome.UNANSWERED), s.total(Outcome.NO_REPLY), c.notifications(), c.orphans(),
                c.late(), c.unreadable()));
        b.append(String.format("pairing: %d ambiguous matches, %d inferred seq-0 replies, %d exact (traced sockets), "
                        + "%d timed out, %d settled, %d evicted, %d interrupted dumps%n", c.ambiguous(), c.inferred(),
                s.flagged(Transaction.EXACT), c.timedOut(), c.settled(), c.evicted(), s.flagged(Transaction.INTERRUPTED)));
        os.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void section(StringBuilder b, String title, List<Stats.MessageRow> rows) {
        if (rows.isEmpty()) return;
        boolean groups = rows.stream().anyMatch(r -> !r.group().isEmpty());
        b.append(String.format("%n%-30s %7s %10s%s%n", title, "count", "bytes", groups ? "  group" : ""));
        for (Stats.MessageRow r : rows) {
            b.append(String.format("%-30s %7d %10d%s%n", Escape.text(r.type().toString()), r.messages(), r.bytes(),
                    r.group().isEmpty() ? "" : "  " + Escape.text(r.group())));
        }
    }

    private static String errors(Map<String, Long> errors) {
        if (errors.isEmpty()) return "";
        List<String> e = new ArrayList<>();
        errors.forEach((k, v) -> e.add(Escape.text(k) + " " + v));
        return " (" + String.join(", ", e) + ")";
    }

    private static String ms(long nanos) { return nanos < 0 ? "-" : String.format("%.3f", nanos / 1e6); }

    private static void json(OutputStream os, String file, Stats s, Pairing.Counts c, long bytes) throws IOException {
        JsonGenerator g = new ObjectMapper().getFactory().createGenerator(os, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("file", file);
        doc.put("bytes", bytes);
        List<Map<String, Object>> ops = new ArrayList<>();
        for (Stats.Row r : s.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("family", r.operation().family());
            m.put("operation", r.operation().name());
            m.put("transactions", r.transactions());
            m.put("outcomes", r.outcomes());
            m.put("errors", r.errors());
            m.put("responses", r.responses());
            m.put("requestBytes", r.requestBytes());
            m.put("responseBytes", r.responseBytes());
            m.put("latencyNs", r.latency());
            ops.add(m);
        }
        doc.put("operations", ops);
        doc.put("notifications", messageRows(s.notifications()));
        doc.put("orphans", messageRows(s.orphans()));
        doc.put("late", messageRows(s.late()));
        doc.put("counts", c);
        g.writeObject(doc);
        g.writeRaw('\n');
        g.flush();
    }

    private static List<Map<String, Object>> messageRows(List<Stats.MessageRow> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Stats.MessageRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("family", r.type().family());
            m.put("type", r.type().name());
            if (!r.group().isEmpty()) m.put("group", r.group());
            m.put("messages", r.messages());
            m.put("bytes", r.bytes());
            out.add(m);
        }
        return out;
    }
}
