package io.nlscope.output.html;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.PairRow;
import io.nlscope.output.Rendered;
import io.nlscope.output.StatsReport;
import io.nlscope.output.TreeSink;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * {@code nlscope report}: one self-contained HTML page of a paired capture. Fed as the capture is read
 * ({@link #frame} for each frame, {@link #event} for each of pairing's events, in order), it keeps in
 * memory only what its charts count (bins of fixed number, a row per operation) and the decoded text of
 * messages whose transaction has not yet been reported goes to a temporary file ({@link Held}); the rows of
 * the transaction table and their decoded messages go to temporary files, gzip-compressed, and are copied
 * into the page (base64) by {@link #write}, where the page's script inflates them when it needs them.
 *
 * <p>Everything captured reaches the page either escaped ({@link Html#text}) or inside compressed JSON that
 * the script shows as text, never as markup.
 */
public final class SessionReport implements Closeable {

    /**
     * @param rows        events (transactions, notifications, orphans, ...) the table and timeline hold; the
     *                    charts and counts cover all
     * @param responses   decoded responses kept per transaction (a dump's first ones)
     * @param heldBytes   decoded text held on disk for messages whose event has not come yet
     * @param detailBytes decoded text kept per message
     */
    public record Limits(int rows, int responses, long heldBytes, int detailBytes) {
        public static Limits defaults() { return new Limits(20_000, 20, 1L << 30, 32 << 10); }

        public Limits withRows(int n) { return new Limits(n, responses, heldBytes, detailBytes); }
    }

    /**
     * Rows per compressed block of decoded messages, at most: the page inflates one block to show a row's messages. A
     * block also ends once it holds {@link #CHUNK_BYTES} compressed, so that one in memory stays small whatever the rows.
     */
    static final int CHUNK = 256, CHUNK_BYTES = 1 << 20;
    /** Multicast groups drawn apart; the others share a series. */
    static final int MAX_GROUPS = 11;

    private final String file;
    private final Limits limits;
    private final Path rowsFile, detailsFile;
    private final OutputStream detailsOut;
    private final JsonGenerator rows;
    private final JsonFactory json = new JsonFactory();
    private final TreeSink sink = new TreeSink(OutputStream.nullOutputStream(), false);
    private final Held held;
    private long missing, chunks;
    private final StringBuilder starts = new StringBuilder();   // each block's first row (0-based), comma-separated
    private ByteArrayOutputStream chunkBytes;
    private JsonGenerator chunk;
    private int inChunk;
    private long base = Long.MIN_VALUE, end = Long.MIN_VALUE;
    private Bins messages, bytes;
    private final Map<String, Bins> groups = new LinkedHashMap<>();
    private Bins otherGroups;
    private long kept, leftOut;

    public SessionReport(String file, Limits limits) throws IOException {
        this.file = file;
        this.limits = limits;
        rowsFile = Files.createTempFile("nlscope-report-rows", ".json.gz");
        detailsFile = Files.createTempFile("nlscope-report-details", ".txt");
        rowsFile.toFile().deleteOnExit();
        detailsFile.toFile().deleteOnExit();
        rows = json.createGenerator(gzip(Files.newOutputStream(rowsFile)), JsonEncoding.UTF8);
        rows.writeStartArray();
        detailsOut = new java.io.BufferedOutputStream(Files.newOutputStream(detailsFile), 1 << 16);
        held = new Held(limits.heldBytes());
    }

    /** gzip at its default level: at its best the page of 10,000 transactions is 8 % smaller and made 70 % slower. */
    private static GZIPOutputStream gzip(OutputStream out) throws IOException { return new GZIPOutputStream(out, 1 << 16); }

    /**
     * A frame as read, its messages numbered from {@code firstNumber} (pairing's numbers: every message of
     * every frame, from 1): counted per second, each message's decoded text held until its event comes.
     */
    public void frame(DissectedFrame f, long firstNumber) throws IOException {
        long t = f.timestampNanos();
        if (base == Long.MIN_VALUE) {
            base = t;
            messages = new Bins(t);
            bytes = new Bins(t);
        }
        end = Math.max(end, t);
        messages.add(t, f.messages().size());
        bytes.add(t, f.capturedLength());
        if (kept >= limits.rows()) return;   // the table is full: no more decoded text is needed
        long n = firstNumber;
        for (NetlinkMessage m : f.messages()) {
            Rendered r = sink.render(f, m);
            held.put(n++, r.bytes(), r.offset(), Math.min(r.length(), limits.detailBytes()));
        }
    }

    /**
     * One of pairing's events, in the order pairing reports them (its ordered mode: by first message);
     * {@code selected} false for one a filter left out (its decoded messages are let go).
     */
    public void event(PairingEvent e, boolean selected) throws IOException {
        long first = e instanceof Transaction t ? t.request().number() : ((Unpaired) e).message().number();
        // events come in the order of their first message: what is held from before it belongs to no event to come
        held.dropBefore(first);
        if (selected && e instanceof Unpaired u && u.kind() == Unpaired.Kind.NOTIFICATION) group(u.message());
        if (!selected) return;
        if (kept >= limits.rows()) {
            leftOut++;
            return;
        }
        kept++;
        if (e instanceof Transaction t) {
            row(PairRow.of(kept, t, base), t.flags(), "");
            startRow();
            message("request", t.request());
            int k = 0;
            for (MessageRef r : t.responses()) {
                if (k++ == limits.responses()) break;
                message("response " + k + " of " + t.responseCount(), r);
            }
            endRow(t.responseCount() - Math.min(t.responseCount(), limits.responses()));
        } else {
            Unpaired u = (Unpaired) e;
            row(PairRow.of(kept, u, base), 0, u.message().group().orElse(""));
            startRow();
            message(u.kind().name().toLowerCase(java.util.Locale.ROOT), u.message());
            endRow(0);
        }
    }

    private void group(MessageRef m) {
        String g = m.group().orElse("(no group)");
        Bins b = groups.get(g);
        if (b == null) {
            if (groups.size() < MAX_GROUPS) groups.put(g, b = new Bins(base));
            else b = otherGroups == null ? otherGroups = new Bins(base) : otherGroups;
        }
        b.add(m.timestampNanos(), 1);
    }

    /** The row as the page's script reads it: an array, its fields in the order report.js names them (R_...). */
    private void row(PairRow r, int flags, String group) throws IOException {
        JsonGenerator g = rows;
        g.writeStartArray();
        g.writeNumber(r.index());
        g.writeNumber(r.time());
        g.writeString(r.protocol());
        g.writeString(r.family());
        g.writeString(r.operation());
        g.writeString(r.request());
        g.writeString(r.outcome());
        g.writeString(r.errno());
        g.writeString(r.error());
        g.writeNumber(r.responses());
        if (r.firstLatencyMs() == null) g.writeNull(); else g.writeNumber(r.firstLatencyMs());
        if (r.lastLatencyMs() == null) g.writeNull(); else g.writeNumber(r.lastLatencyMs());
        g.writeNumber(r.requestFrame());
        g.writeNumber(r.firstResponseFrame());
        g.writeNumber(r.lastResponseFrame());
        g.writeString(r.process());
        if (r.pid() == null) g.writeNull(); else g.writeNumber(r.pid());
        g.writeString(r.notes());
        g.writeNumber(flags);
        g.writeString(group);
        g.writeEndArray();
    }

    private void startRow() throws IOException {
        if (chunk == null) {
            starts.append(starts.length() == 0 ? "" : ",").append(kept - 1);
            chunkBytes = new ByteArrayOutputStream(1 << 16);
            chunk = json.createGenerator(gzip(chunkBytes), JsonEncoding.UTF8);
            chunk.writeStartArray();
        }
        chunk.writeStartArray();
    }

    /** One decoded message of the row: [label, frame, text]; the text "" when it was not kept. */
    private void message(String label, MessageRef m) throws IOException {
        byte[] text = held.get(m.number());
        if (text == null) missing++;
        chunk.writeStartArray();
        chunk.writeString(label);
        chunk.writeNumber(m.frame());
        chunk.writeString(text == null ? "" : new String(text, StandardCharsets.UTF_8));
        chunk.writeEndArray();
    }

    /** The row's end: a last number, the responses not shown. */
    private void endRow(long more) throws IOException {
        chunk.writeNumber(more);
        chunk.writeEndArray();
        if (++inChunk == CHUNK || chunkBytes.size() >= CHUNK_BYTES) flushChunk();
    }

    private void flushChunk() throws IOException {
        if (chunk == null) return;
        chunk.writeEndArray();
        chunk.close();
        if (chunks++ > 0) detailsOut.write(',');
        detailsOut.write('"');
        detailsOut.write(Base64.getEncoder().encode(chunkBytes.toByteArray()));
        detailsOut.write('"');
        chunk = null;
        inChunk = 0;
    }

    /** Events the table holds, and those past {@link Limits#rows()}. */
    public long kept() { return kept; }

    public long leftOut() { return leftOut; }

    /**
     * The page: the counts and charts of {@code stats} (the same numbers {@code stats -T json} gives), then the
     * rows and decoded messages collected, then the script. {@code title} names what was read (the file).
     */
    public void write(StatsReport report, String version, OutputStream out) throws IOException {
        flushChunk();
        rows.writeEndArray();
        rows.close();
        detailsOut.close();
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        List<Charts.Series> series = new ArrayList<>();
        groups.forEach((g, b) -> series.add(new Charts.Series(g, b)));
        if (otherGroups != null) series.add(new Charts.Series("other groups", otherGroups));
        new SessionPage(file, report, base, end, messages, bytes, series, kept, leftOut, missing).write(w, version);
        w.write("<script type=\"application/json\" id=\"nl-data\">{\"base\":" + (base == Long.MIN_VALUE ? 0 : base)
                + ",\"end\":" + (end == Long.MIN_VALUE ? 0 : end - base) + ",\"starts\":[" + starts + "],\"rows\":\"");
        w.flush();
        copyBase64(rowsFile, out);
        w.write("\",\"details\":[");
        w.flush();
        try (InputStream in = Files.newInputStream(detailsFile)) { in.transferTo(out); }
        w.write("]}</script>\n<script>\n" + Html.resource("report.js") + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    private static void copyBase64(Path f, OutputStream out) throws IOException {
        OutputStream keepOpen = new FilterOutputStream(out) {
            @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }
            @Override public void close() throws IOException { flush(); }
        };
        try (OutputStream b64 = Base64.getEncoder().wrap(keepOpen); InputStream in = Files.newInputStream(f)) {
            in.transferTo(b64);
        }
    }

    @Override public void close() throws IOException {
        try (held) {
            rows.close();
            detailsOut.close();
        } finally {
            Files.deleteIfExists(rowsFile);
            Files.deleteIfExists(detailsFile);
        }
    }

}
