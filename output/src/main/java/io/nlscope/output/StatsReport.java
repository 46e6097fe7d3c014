package io.nlscope.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonFactory;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.Transaction;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What {@code nlscope stats} prints: per operation its transactions, outcomes, errors, latency
 * percentiles and bytes, then notifications, orphans and late responses, then the counts; as a
 * table for a terminal (captured names escaped, columns as wide as their widest entry) or as one
 * JSON document (names as captured).
 *
 * @param file  the capture's name, as the user gave it
 * @param bytes the capture's frame bytes
 */
public record StatsReport(String file, Stats stats, Pairing.Counts counts, long bytes, io.nlscope.capture.Section capture,
                          Selection selection) {

    /**
     * What a filter chose ({@code stats -Y}): the tables count the events it matched; the totals count all.
     *
     * @param filter  the filter as given
     * @param matched events (transactions, notifications, ...) whose request matched
     * @param leftOut the other events
     */
    public record Selection(String filter, long matched, long leftOut) {}

    public StatsReport(String file, Stats stats, Pairing.Counts counts, long bytes, io.nlscope.capture.Section capture) {
        this(file, stats, counts, bytes, capture, null);
    }

    private static final String[] LATENCY = {"p50 ms", "p90 ms", "p99 ms", "max ms"};

    /** The table: the operation and outcome columns grow to their widest entry (30 and 48 at least). */
    public void table(OutputStream os) throws IOException {
        List<Stats.Row> rows = stats.rows();
        List<String> outcomes = new ArrayList<>(rows.size());
        int opWidth = 30, outWidth = 48;
        for (Stats.Row r : rows) {
            String o = outcomes(r);
            outcomes.add(o);
            opWidth = Math.max(opWidth, Escape.text(r.operation().toString()).length());
            outWidth = Math.max(outWidth, Escape.text(o).length());
        }
        TextBuffer t = new TextBuffer(256 + 160 * rows.size());
        t.text("operation", opWidth).ascii(' ').spaces(7 - 5).text("count").spaces(2).text("outcomes (errors)", outWidth);
        for (String h : LATENCY) t.ascii(' ').spaces(9 - h.length()).text(h);
        t.ascii(' ').spaces(10 - 5).text("bytes").ascii('\n');
        for (int i = 0; i < rows.size(); i++) {
            Stats.Row r = rows.get(i);
            padded(t, r.operation().toString(), opWidth).ascii(' ').num(r.transactions(), 7, true).spaces(2);
            padded(t, outcomes.get(i), outWidth);
            Stats.Latency l = r.latency();
            for (long v : new long[] {l.p50(), l.p90(), l.p99(), l.max()}) ms(t.ascii(' '), v, 9);
            t.ascii(' ').num(r.requestBytes() + r.responseBytes(), 10, true).ascii('\n');
        }
        section(t, "notifications", stats.notifications(), opWidth);
        section(t, "orphan responses (request not in the capture)", stats.orphans(), opWidth);
        section(t, "late responses (after their request was reported)", stats.late(), opWidth);
        processes(t, opWidth);
        Pairing.Counts c = counts;
        if (selection != null) t.ascii('\n').text("-Y '").text(Escape.text(selection.filter())).text("' matched ").num(selection.matched())
                .text(" of ").num(selection.matched() + selection.leftOut()).text(" events (").num(selection.leftOut())
                .text(" left out); the tables count those, the totals below all").ascii('\n');
        if (selection == null) t.ascii('\n');
        t.num(c.messages()).text(" messages, ").num(bytes).text(" bytes: ").num(c.transactions())
                .text(" transactions (").num(stats.total(Outcome.UNANSWERED)).text(" unanswered, ")
                .num(stats.total(Outcome.NO_REPLY)).text(" no reply expected), ").num(c.notifications())
                .text(" notifications, ").num(c.orphans()).text(" orphans, ").num(c.late()).text(" late responses, ")
                .num(c.unreadable()).text(" unreadable").ascii('\n');
        t.text("pairing: ").num(c.ambiguous()).text(" ambiguous matches, ").num(c.inferred()).text(" inferred seq-0 replies, ")
                .num(stats.flagged(Transaction.EXACT)).text(" exact (traced sockets), ").num(c.timedOut()).text(" timed out, ")
                .num(c.settled()).text(" settled, ").num(c.evicted()).text(" evicted, ")
                .num(stats.flagged(Transaction.INTERRUPTED)).text(" interrupted dumps").ascii('\n');
        if (capture != null) t.text(capture.os() != null || capture.hardware() != null ? "capture made on " : "capture ")
                .text(capture.describe()).ascii('\n');   // from the pcapng section header
        t.writeTo(os);
    }

    /** "17553 ACK, 125 ERROR (EEXIST 104, ENETUNREACH 21)", as captured (escaped when written). */
    private static String outcomes(Stats.Row r) {
        StringBuilder b = new StringBuilder();
        for (Outcome o : Outcome.values()) {
            Long n = r.outcomes().get(o);
            if (n == null) continue;
            if (b.length() > 0) b.append(", ");
            b.append(n).append(' ').append(o);
        }
        if (!r.errors().isEmpty()) {
            b.append(" (");
            boolean first = true;
            for (Map.Entry<String, Long> e : r.errors().entrySet()) {
                if (!first) b.append(", ");
                first = false;
                b.append(e.getKey()).append(' ').append(e.getValue());
            }
            b.append(')');
        }
        return b.toString();
    }

    /** Captured text escaped, padded to {@code width} columns of what is shown. */
    private static TextBuffer padded(TextBuffer t, String s, int width) {
        return t.text(s).spaces(width - Escape.text(s).length());
    }

    /** Milliseconds with three decimals (rounded half up), as the table writes them; "-" for none (negative). */
    public static String millis(long nanos) {
        TextBuffer t = new TextBuffer(24, false);
        ms(t, nanos, 0);
        return t.toString();
    }

    /** Milliseconds with three decimals (rounded half up), right-aligned; "-" for none. */
    private static void ms(TextBuffer t, long nanos, int width) {
        if (nanos < 0) {
            t.spaces(width - 1).ascii('-');
            return;
        }
        long micros = (nanos + 500) / 1000, whole = micros / 1000, frac = micros % 1000;
        t.spaces(width - (TextBuffer.digits(whole) + 4)).num(whole).ascii('.');
        if (frac < 100) t.ascii('0');
        if (frac < 10) t.ascii('0');
        t.num(frac);
    }

    private void section(TextBuffer t, String title, List<Stats.MessageRow> rows, int width) {
        if (rows.isEmpty()) return;
        boolean groups = rows.stream().anyMatch(r -> !r.group().isEmpty());
        int w = width;   // the rows line up with the table above; a long title runs into the count heading
        for (Stats.MessageRow r : rows) w = Math.max(w, Escape.text(r.type().toString()).length());
        t.ascii('\n').text(title, w).ascii(' ').spaces(7 - 5).text("count").ascii(' ').spaces(10 - 5).text("bytes");
        if (groups) t.text("  group");
        t.ascii('\n');
        for (Stats.MessageRow r : rows) {
            padded(t, r.type().toString(), w).ascii(' ').num(r.messages(), 7, true).ascii(' ').num(r.bytes(), 10, true);
            if (!r.group().isEmpty()) t.text("  ").text(r.group());
            t.ascii('\n');
        }
    }

    /** Who sent the requests, where the capture recorded processes (nlscope capture, nlscope trace). */
    private void processes(TextBuffer t, int width) {
        List<Stats.ProcessRow> rows = stats.processes();
        if (rows.isEmpty()) return;
        String title = "processes (as the capture recorded them)";
        int w = Math.max(width, title.length());
        for (Stats.ProcessRow r : rows) w = Math.max(w, Escape.text(r.process().label()).length());
        t.ascii('\n').text(title, w).ascii(' ').text("transactions").ascii(' ')
                .text(" errors").ascii(' ').text("notifications caused").ascii('\n');
        for (Stats.ProcessRow r : rows) {
            padded(t, r.process().label(), w).ascii(' ').num(r.transactions(), 12, true).ascii(' ').num(r.errors(), 7, true)
                    .ascii(' ').num(r.notifications(), 20, true).ascii('\n');
        }
    }

    /**
     * One JSON document: strings as captured, latencies in nanoseconds; each operation named as
     * the table and {@code pairs} name it ({@code "operation": "NEWROUTE"}) and by the kernel's
     * name of its message type or command ({@code "type": "RTM_NEWROUTE"}).
     */
    public void json(OutputStream os) throws IOException {
        JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("file", file);
        if (capture != null) {   // what the pcapng section header says
            g.writeObjectFieldStart("capture");
            if (capture.os() != null) g.writeStringField("os", capture.os());
            if (capture.hardware() != null) g.writeStringField("hardware", capture.hardware());
            if (capture.application() != null) g.writeStringField("application", capture.application());
            if (capture.comment() != null) g.writeStringField("comment", capture.comment());
            g.writeEndObject();
        }
        g.writeNumberField("bytes", bytes);
        g.writeArrayFieldStart("operations");
        for (Stats.Row r : stats.rows()) {
            g.writeStartObject();
            g.writeStringField("family", r.operation().family());
            g.writeStringField("operation", r.operation().shortName());
            g.writeStringField("type", r.operation().name());
            g.writeNumberField("transactions", r.transactions());
            g.writeObjectFieldStart("outcomes");
            for (Map.Entry<Outcome, Long> e : r.outcomes().entrySet()) g.writeNumberField(e.getKey().name(), e.getValue());
            g.writeEndObject();
            g.writeObjectFieldStart("errors");
            for (Map.Entry<String, Long> e : r.errors().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeNumberField("responses", r.responses());
            g.writeNumberField("requestBytes", r.requestBytes());
            g.writeNumberField("responseBytes", r.responseBytes());
            Stats.Latency l = r.latency();
            g.writeObjectFieldStart("latencyNs");
            g.writeNumberField("count", l.count());
            g.writeNumberField("p50", l.p50());
            g.writeNumberField("p90", l.p90());
            g.writeNumberField("p99", l.p99());
            g.writeNumberField("max", l.max());
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        messageRows(g, "notifications", stats.notifications());
        messageRows(g, "orphans", stats.orphans());
        messageRows(g, "late", stats.late());
        g.writeArrayFieldStart("processes");
        for (Stats.ProcessRow r : stats.processes()) {
            g.writeStartObject();
            g.writeNumberField("pid", r.process().pid());
            g.writeStringField("name", r.process().name());
            g.writeNumberField("transactions", r.transactions());
            g.writeNumberField("errors", r.errors());
            g.writeNumberField("notifications", r.notifications());
            g.writeEndObject();
        }
        g.writeEndArray();
        Pairing.Counts c = counts;
        if (selection != null) {
            g.writeObjectFieldStart("selection");
            g.writeStringField("filter", selection.filter());
            g.writeNumberField("matched", selection.matched());
            g.writeNumberField("leftOut", selection.leftOut());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("counts");
        g.writeNumberField("messages", c.messages());
        g.writeNumberField("transactions", c.transactions());
        g.writeNumberField("notifications", c.notifications());
        g.writeNumberField("orphans", c.orphans());
        g.writeNumberField("unreadable", c.unreadable());
        g.writeNumberField("ambiguous", c.ambiguous());
        g.writeNumberField("inferred", c.inferred());
        g.writeNumberField("evicted", c.evicted());
        g.writeNumberField("timedOut", c.timedOut());
        g.writeNumberField("late", c.late());
        g.writeNumberField("settled", c.settled());
        g.writeNumberField("copies", c.copies());
        g.writeEndObject();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static final JsonFactory JSON = new JsonFactory();
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper(JSON);

    /** The JSON document's tree (a report holds a row per operation and message type, not per message: small). */
    private com.fasterxml.jackson.databind.JsonNode tree() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        json(b);
        return MAPPER.readTree(b.toByteArray());
    }

    /**
     * NDJSON, the JSON document's parts one per line: {@code {"file": ..., "bytes": ...}}, then one
     * {@code {"operation": ...}} per row, {@code {"notification": ...}}, {@code {"orphan": ...}},
     * {@code {"late": ...}}, {@code {"process": ...}}, then {@code {"selection": ...}} (with -Y) and
     * {@code {"counts": ...}}.
     */
    public void ndjson(OutputStream os) throws IOException {
        com.fasterxml.jackson.databind.JsonNode t = tree();
        com.fasterxml.jackson.databind.node.ObjectNode head = MAPPER.createObjectNode();
        String[][] lists = {{"operations", "operation"}, {"notifications", "notification"}, {"orphans", "orphan"}, {"late", "late"},
                {"processes", "process"}};
        t.fields().forEachRemaining(e -> {
            boolean list = false;
            for (String[] l : lists) list |= l[0].equals(e.getKey());
            if (!list && !e.getKey().equals("selection") && !e.getKey().equals("counts")) head.set(e.getKey(), e.getValue());
        });
        line(os, head);
        for (String[] l : lists) for (com.fasterxml.jackson.databind.JsonNode n : t.path(l[0])) line(os, MAPPER.createObjectNode().set(l[1], n));
        for (String last : new String[] {"selection", "counts"})
            if (t.has(last)) line(os, MAPPER.createObjectNode().set(last, t.get(last)));
        os.flush();
    }

    private static void line(OutputStream os, com.fasterxml.jackson.databind.JsonNode n) throws IOException {
        os.write(MAPPER.writeValueAsBytes(n));
        os.write('\n');
    }

    /**
     * CSV, one row per operation with a header: family, operation, type, transactions, outcomes and errors
     * ({@code ACK 3;ERROR 1}), responses, bytes, latency count and p50/p90/p99/max in nanoseconds. Escaped.
     */
    public void csv(OutputStream os) throws IOException {
        StringBuilder b = new StringBuilder("family,operation,type,transactions,outcomes,errors,responses,requestBytes,responseBytes,"
                + "latencyCount,p50Ns,p90Ns,p99Ns,maxNs\n");
        for (com.fasterxml.jackson.databind.JsonNode r : tree().path("operations")) {
            b.append(cell(r.path("family").asText())).append(',').append(cell(r.path("operation").asText())).append(',')
                    .append(cell(r.path("type").asText())).append(',').append(r.path("transactions").asLong()).append(',')
                    .append(cell(pairs(r.path("outcomes")))).append(',').append(cell(pairs(r.path("errors")))).append(',')
                    .append(r.path("responses").asLong()).append(',').append(r.path("requestBytes").asLong()).append(',')
                    .append(r.path("responseBytes").asLong());
            for (String k : new String[] {"count", "p50", "p90", "p99", "max"}) b.append(',').append(r.path("latencyNs").path(k).asLong());
            b.append('\n');
        }
        os.write(b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        os.flush();
    }

    private static String pairs(com.fasterxml.jackson.databind.JsonNode o) {
        StringBuilder b = new StringBuilder();
        o.fields().forEachRemaining(e -> (b.length() > 0 ? b.append(';') : b).append(e.getKey()).append(' ').append(e.getValue().asLong()));
        return b.toString();
    }

    /** A CSV cell: escaped for a terminal, quoted when it holds a comma or a quote. */
    private static String cell(String s) {
        String e = Escape.text(s);
        return e.indexOf(',') >= 0 || e.indexOf('"') >= 0 ? '"' + e.replace("\"", "\"\"") + '"' : e;
    }

    private static void messageRows(JsonGenerator g, String name, List<Stats.MessageRow> rows) throws IOException {
        g.writeArrayFieldStart(name);
        for (Stats.MessageRow r : rows) {
            g.writeStartObject();
            g.writeStringField("family", r.type().family());
            g.writeStringField("operation", r.type().shortName());
            g.writeStringField("type", r.type().name());
            if (!r.group().isEmpty()) g.writeStringField("group", r.group());
            g.writeNumberField("messages", r.messages());
            g.writeNumberField("bytes", r.bytes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
