package io.nlscope.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.nlscope.analysis.Pairing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@code nlscope pairs} rows ({@link PairRow}) in one of the transaction formats of
 * {@link OutputFormat}: an aligned table, CSV with a header, one JSON document, or NDJSON (one row
 * object per line, then the counts). Terminal and CSV output is escaped ({@link Escape}); JSON keeps the
 * strings as they are, JSON-escaped.
 */
public interface TransactionRows {

    void row(PairRow r) throws IOException;

    /**
     * A row with what {@code -T fields} shows besides: the request's own values ({@link FieldColumns#messageValues},
     * read when it was decoded), its link and its time since the first frame. Other formats show the row.
     */
    default void row(PairRow r, String[] own, Link link, String seconds) throws IOException { row(r); }

    /** Whether rows need the request's own values ({@code -T fields}). */
    default FieldColumns columns() { return null; }

    /** After the last row: the footer or closing part, with pairing's counts. Flushes what it wrote. */
    void end(Pairing.Counts c) throws IOException;

    /**
     * Before {@link #end}, when rows were selected ({@code pairs --family/--outcome}): how many were shown and how
     * many left out, and by what. The table says it in its footer; the other formats hold only the rows.
     */
    default void selection(long shown, long filteredOut, String by) throws IOException { }

    /** {@code -T fields}: one line per row of the {@link FieldColumns}, the request's fields and the transaction's. */
    final class Fields implements TransactionRows {
        private final OutputStream os;
        private final FieldColumns columns;

        public Fields(OutputStream os, FieldColumns columns) throws IOException {
            this.os = os;
            this.columns = columns;
            os.write(columns.header().getBytes(StandardCharsets.UTF_8));
        }

        @Override public FieldColumns columns() { return columns; }

        @Override public void row(PairRow r) { throw new IllegalStateException("-T fields rows need their columns' values"); }

        @Override public void row(PairRow r, String[] own, Link link, String seconds) throws IOException {
            os.write(columns.line(own, link, seconds).getBytes(StandardCharsets.UTF_8));
            os.write('\n');
        }

        @Override public void end(Pairing.Counts c) throws IOException { os.flush(); }
    }

    /** The aligned table {@code nlscope pairs} shows by default: a header line, one line per row, a footer of counts. */
    final class Table implements TransactionRows {
        private final OutputStream os;
        private final StringBuilder sb = new StringBuilder(256);
        private boolean started;
        private TimeFormat times = TimeFormat.RELATIVE;
        private long previous = Long.MIN_VALUE;

        public Table(OutputStream os) { this.os = os; }

        /** Shows each request's time as {@code f} says (tshark's -t): since the first frame by default; d and dd since the row before. */
        public Table withTimes(TimeFormat f) {
            times = f;
            return this;
        }

        private String time(PairRow r) {
            long prev = previous == Long.MIN_VALUE ? r.timestampNanos() : previous;
            previous = r.timestampNanos();
            return switch (times) {
                case RELATIVE -> String.format("%11.6f", r.time());
                case DELTA, DELTA_DISPLAYED -> String.format("%11.6f", (r.timestampNanos() - prev) / 1e9);
                case EPOCH -> String.format("%11.6f", r.timestampNanos() / 1e9);
                default -> {
                    TextBuffer t = new TextBuffer(32, false);
                    times.appendOfDay(t, r.timestampNanos());
                    yield String.format("%11s", t);
                }
            };
        }

        /** The header, written with the first row or the footer (so that an error before any row prints no header). */
        private void start() throws IOException {
            if (started) return;
            started = true;
            line(String.format("%6s %11s  %-28s %-20s %5s %15s  %-15s %-16s %s", "#", "time", "operation", "outcome", "resp",
                    "latency ms", "frames", "process", "request / notes"));
        }

        @Override public void row(PairRow r) throws IOException {
            start();
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
            line(String.format("%6d %s  %-28s %-20s %5s %15s  %-15s %-16s %s", r.index(), time(r),
                    r.family() + " " + r.operation(), outcome, r.isTransaction() ? Long.toString(r.responses()) : "-",
                    latency, frames, r.processLabel(), sb));
        }

        private String selected;

        @Override public void selection(long shown, long filteredOut, String by) {
            selected = shown + (shown == 1 ? " row" : " rows") + " shown, " + filteredOut + " left out by " + by + "; of them all: ";
        }

        @Override public void end(Pairing.Counts c) throws IOException {
            start();
            line((selected == null ? "" : selected) + String.format("%d transactions, %d notifications, %d orphans, %d late responses, %d copies; "
                    + "%d ambiguous matches, %d inferred replies, %d timed out, %d settled, %d evicted", c.transactions(),
                    c.notifications(), c.orphans(), c.late(), c.copies(), c.ambiguous(), c.inferred(), c.timedOut(),
                    c.settled(), c.evicted()));
            os.flush();
        }

        private void line(String s) throws IOException {
            os.write(Escape.text(s).stripTrailing().getBytes(StandardCharsets.UTF_8));   // escaped first: a captured trailing \n is shown
            os.write('\n');
        }
    }

    /** CSV: a header naming PairRow's columns, one record per row, every string escaped to one line. */
    final class Csv implements TransactionRows {
        private final SequenceWriter w;

        public Csv(OutputStream os) throws IOException {
            CsvMapper m = new CsvMapper();
            m.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            CsvSchema schema = m.schemaFor(PairRow.class).withHeader();
            w = m.writer(schema).writeValues(os);
        }

        @Override public void row(PairRow r) throws IOException { w.write(r.escaped()); }

        @Override public void end(Pairing.Counts c) throws IOException { w.flush(); }
    }

    /**
     * JSON: {@code {"file": ..., "rows": [...], "counts": {...}}} pretty-printed, or with {@code ndjson} one
     * {@code {"row": ...}} object per line and a last {@code {"counts": ...}} line, so that a reader can
     * stream it.
     */
    final class Json implements TransactionRows {
        private final JsonGenerator g;
        private final boolean ndjson;
        private final OutputStream os;

        public Json(OutputStream os, String file, boolean ndjson) throws IOException {
            this.os = os;
            this.ndjson = ndjson;
            g = new ObjectMapper().getFactory().createGenerator(os, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.setRootValueSeparator(null);   // NDJSON: each line starts with its object, not with Jackson's space
            if (ndjson) return;
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeArrayFieldStart("rows");
        }

        @Override public void row(PairRow r) throws IOException {
            if (!ndjson) {
                g.writeObject(r);
                return;
            }
            g.writeStartObject();
            g.writeObjectField("row", r);
            g.writeEndObject();
            g.flush();
            os.write('\n');
        }

        @Override public void end(Pairing.Counts c) throws IOException {
            if (ndjson) {
                g.writeStartObject();
                g.writeObjectField("counts", c);
                g.writeEndObject();
            } else {
                g.writeEndArray();
                g.writeObjectField("counts", c);
                g.writeEndObject();
            }
            g.flush();
            os.write('\n');
            os.flush();
        }
    }
}
