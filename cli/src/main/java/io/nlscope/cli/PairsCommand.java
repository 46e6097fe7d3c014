package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import io.nlscope.output.Escape;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code nlscope pairs FILE}: one row per request with what became of it. */
final class PairsCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("table (default), csv or json").build());
        o.addOption(Option.builder().longOpt("outcome").hasArg().argName("LIST")
                .desc("only these outcomes, comma-separated: ack, error, reply, dump, echo, no_reply, unanswered; "
                        + "notification and orphan list those messages too").build());
        o.addOption(Option.builder().longOpt("family").hasArg().argName("NAME")
                .desc("only this protocol (route, generic, netfilter, ...) or generic netlink family (nlctrl, ethtool, ...)").build());
        o.addOption(Option.builder().longOpt("all").desc("also list notifications and orphan responses as rows").build());
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
        String format = cl.getOptionValue("format", "table");
        if (!List.of("table", "csv", "json").contains(format)) {
            err.println("nlscope pairs: unknown format '" + format + "'; use table, csv or json.");
            return Main.USAGE;
        }
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
        CaptureInput input = CaptureInput.of("pairs", cl, err);
        if (input == null) return Main.USAGE;

        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        RowWriter w;
        try {
            w = switch (format) {
                case "csv" -> new CsvRows(os);
                case "json" -> new JsonRows(os, input.file());
                default -> new TableRows(os);
            };
        } catch (IOException e) {
            err.println("nlscope pairs: cannot write the output: " + e.getMessage());
            return Main.USAGE;
        }
        Set<String> only = outcomes;
        boolean withUnpaired = all;
        long[] index = {0};
        long[] base = {Long.MIN_VALUE};
        Pairing pairing = new Pairing(input.pairingConfig(), e -> {
            PairRow row = e instanceof Transaction t ? PairRow.of(++index[0], t, base[0])
                    : withUnpaired ? PairRow.of(++index[0], (Unpaired) e, base[0]) : null;
            if (row == null) return;
            if (only != null && !only.contains(row.outcome())) return;
            if (family != null && !matches(family, row, e)) return;
            try { w.row(row); } catch (IOException x) { throw new UncheckedIOException(x); }
        });
        return CaptureLoop.run(input, os, err, new CaptureLoop.Body() {
            @Override public boolean frame(DissectedFrame f) {
                if (base[0] == Long.MIN_VALUE) base[0] = f.timestampNanos();
                pairing.accept(f);
                return true;
            }

            @Override public void end(List<String> warnings) throws IOException {
                pairing.finish();
                w.end(pairing.counts());
            }
        });
    }

    private static boolean matches(String family, PairRow row, PairingEvent e) {
        return family.equalsIgnoreCase(row.family()) || family.equalsIgnoreCase(row.protocol());
    }

    /** The three output formats of the same rows. */
    private interface RowWriter {
        void row(PairRow r) throws IOException;

        void end(Pairing.Counts c) throws IOException;
    }

    private static final class TableRows implements RowWriter {
        private final OutputStream os;
        private final StringBuilder sb = new StringBuilder(256);

        TableRows(OutputStream os) throws IOException {
            this.os = os;
            line(String.format("%6s %11s  %-28s %-20s %5s %15s  %-15s %s", "#", "time", "operation", "outcome", "resp",
                    "latency ms", "frames", "request / notes"));
        }

        @Override public void row(PairRow r) throws IOException {
            String outcome = r.errno().isEmpty() ? r.outcome() : r.outcome() + " " + r.errno();
            String latency = r.lastLatencyMs() == null ? "-"
                    : r.responses() > 1 && !r.lastLatencyMs().equals(r.firstLatencyMs())
                    ? String.format("%.3f..%.3f", r.firstLatencyMs(), r.lastLatencyMs()) : String.format("%.3f", r.firstLatencyMs());
            String frames = !r.isTransaction() ? Long.toString(r.requestFrame())
                    : r.firstResponseFrame() < 0 ? r.requestFrame() + " >"
                    : r.requestFrame() + " > " + r.firstResponseFrame()
                    + (r.lastResponseFrame() != r.firstResponseFrame() ? "-" + r.lastResponseFrame() : "");
            sb.setLength(0);
            sb.append(r.request());
            if (!r.error().isEmpty()) sb.append(sb.length() > 0 ? "  " : "").append('"').append(r.error()).append('"');
            if (!r.notes().isEmpty()) sb.append(sb.length() > 0 ? "  " : "").append('(').append(r.notes()).append(')');
            line(String.format("%6d %11.6f  %-28s %-20s %5s %15s  %-15s %s", r.index(), r.time(),
                    r.family() + " " + r.operation(), outcome, r.isTransaction() ? Long.toString(r.responses()) : "-",
                    latency, frames, sb));
        }

        @Override public void end(Pairing.Counts c) throws IOException {
            line(String.format("%d transactions, %d notifications, %d orphans, %d late responses, %d copies; "
                    + "%d ambiguous matches, %d inferred replies, %d timed out, %d settled, %d evicted", c.transactions(),
                    c.notifications(), c.orphans(), c.late(), c.copies(), c.ambiguous(), c.inferred(), c.timedOut(),
                    c.settled(), c.evicted()));
        }

        private void line(String s) throws IOException {
            os.write(Escape.text(s.stripTrailing()).getBytes(StandardCharsets.UTF_8));
            os.write('\n');
        }
    }

    private static final class CsvRows implements RowWriter {
        private final SequenceWriter w;

        CsvRows(OutputStream os) throws IOException {
            CsvMapper m = new CsvMapper();
            m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            CsvSchema schema = m.schemaFor(PairRow.class).withHeader();
            w = m.writer(schema).writeValues(os);
        }

        @Override public void row(PairRow r) throws IOException { w.write(r.escaped()); }

        @Override public void end(Pairing.Counts c) throws IOException { w.flush(); }
    }

    private static final class JsonRows implements RowWriter {
        private final JsonGenerator g;

        JsonRows(OutputStream os, String file) throws IOException {
            g = new ObjectMapper().getFactory().createGenerator(os, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeArrayFieldStart("rows");
        }

        @Override public void row(PairRow r) throws IOException { g.writeObject(r); }

        @Override public void end(Pairing.Counts c) throws IOException {
            g.writeEndArray();
            g.writeObjectField("counts", c);
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        }
    }
}
