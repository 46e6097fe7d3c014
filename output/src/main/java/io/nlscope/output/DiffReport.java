package io.nlscope.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The report of {@code nlscope diff} ({@link SessionDiff}): a unified-style text, or one JSON object. The CLI prints
 * it; a test's failed equivalence assertion shows the same lines.
 */
public final class DiffReport {
    private DiffReport() {}

    /** The text report's lines. */
    public static List<String> lines(Session a, Session b, SessionDiff.Result r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            text(a, b, r, false, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * A unified-style report: ---/+++ files, then per change its frames on both sides and what differs, each run
     * of changes after the equal pair before it ("  " context line); "> " a transaction moved, at the baseline's place;
     * with {@code bytes} ({@code --bytes}) the byte differences of matched pairs ("= " equal but for their bytes).
     */
    public static void text(Session a, Session b, SessionDiff.Result r, boolean bytes, PrintStream out) {
        out.println("--- " + Escape.text(a.name()) + " (" + a.items().size() + " transactions and notifications)");
        out.println("+++ " + Escape.text(b.name()) + " (" + b.items().size() + " transactions and notifications)");
        java.util.Map<Long, SessionDiff.Bytes> byBaseline = r.bytesByBaseline();
        for (SessionDiff.Change c : r.changes()) {
            if (c.context() != null)   // the equal pair before a run of changes
                out.println("  " + where(c.context().baseline(), c.context().candidate()) + "  " + item(c.context().baseline(), c.context().detail()));
            switch (c.kind()) {
                case ADDED -> out.println("+ " + where(null, c.candidate()) + "  " + item(c.candidate(), c.candidateDetail()));
                case REMOVED -> out.println("- " + where(c.baseline(), null) + "  " + item(c.baseline(), c.baselineDetail()));
                case CHANGED -> {
                    out.println("~ " + where(c.baseline(), c.candidate()) + "  " + item(c.baseline(), c.baselineDetail()));
                    for (String d : c.details()) out.println("      " + Escape.text(d));
                }
                case MOVED -> out.println("> " + where(c.baseline(), c.candidate()) + "  " + item(c.baseline(), c.baselineDetail()));
            }
            SessionDiff.Bytes x = bytesOf(c, byBaseline);
            if (x != null) bytes(x, out);
        }
        for (SessionDiff.Bytes x : equalBytes(r)) {
            out.println("= " + where(x.baseline(), x.candidate()) + "  " + item(x.baseline(), x.detail()));
            bytes(x, out);
        }
        out.println(summary(r, bytes));
    }

    /** How many items matched, and how many changes of each kind there are: what the report's last line counts. */
    public record Counts(long equal, long added, long removed, long changed, long moved) {
        public static Counts of(SessionDiff.Result r) {
            long[] n = new long[SessionDiff.Kind.values().length];
            for (SessionDiff.Change c : r.changes()) n[c.kind().ordinal()]++;
            return new Counts(r.matched(), n[SessionDiff.Kind.ADDED.ordinal()], n[SessionDiff.Kind.REMOVED.ordinal()],
                    n[SessionDiff.Kind.CHANGED.ordinal()], n[SessionDiff.Kind.MOVED.ordinal()]);
        }
    }

    /**
     * The report's last line: "35 equal; 1 added, 0 removed, 0 changed: different" (moved ones when there are; with
     * {@code bytes} how many matched pairs differ in their bytes).
     */
    public static String summary(SessionDiff.Result r, boolean bytes) {
        Counts n = Counts.of(r);
        return n.equal() + " equal; " + n.added() + " added, " + n.removed() + " removed, " + n.changed() + " changed"
                + (n.moved() > 0 ? ", " + n.moved() + " moved" : "")
                + (bytes ? "; " + r.otherBytes() + " matched with other bytes (" + r.onlyLeftOut() + " only in fields diff leaves out"
                        + (r.bytes().size() < r.otherBytes() ? ", the first " + r.bytes().size() + " shown" : "") + ")" : "")
                + ": " + (r.equivalent() ? "equivalent" : "different");
    }

    /** The byte differences shown for a change ({@code byBaseline}: {@link SessionDiff.Result#bytesByBaseline}); null without. */
    public static SessionDiff.Bytes bytesOf(SessionDiff.Change c, java.util.Map<Long, SessionDiff.Bytes> byBaseline) {
        return c.baseline() != null && c.candidate() != null ? byBaseline.get(c.baseline().number()) : null;
    }

    /** The byte differences shown of pairs that are no change (equal but for their bytes), in the baseline's order. */
    public static List<SessionDiff.Bytes> equalBytes(SessionDiff.Result r) {
        java.util.Set<Long> changedPairs = new java.util.HashSet<>();
        for (SessionDiff.Change c : r.changes()) if (c.baseline() != null && c.candidate() != null) changedPairs.add(c.baseline().number());
        return r.bytes().stream().filter(x -> !changedPairs.contains(x.baseline().number())).toList();
    }

    /** The byte differences of a matched pair, one line per field: "bytes: frame 12 / frame 13: IFLA_MTU at offset 32: ...". */
    private static void bytes(SessionDiff.Bytes x, PrintStream out) {
        for (var d : x.fields())
            out.println("      bytes: frame " + x.baseline().frame() + " / frame " + x.candidate().frame() + ": " + Escape.text(d.text()));
    }

    private static String where(Session.Item a, Session.Item b) {
        return (a == null ? "-" : frames(a)) + " | " + (b == null ? "-" : frames(b));
    }

    /** Where an item is: "frame 12", or "frames 12-14" with its responses. */
    public static String frames(Session.Item i) {
        return i.lastFrame() == i.frame() ? "frame " + i.frame() : "frames " + i.frame() + "-" + i.lastFrame();
    }

    /** The key fields that tell an item from others of its operation, as captured: "RTA_DST=10.83.1.0 RTA_PRIORITY=100"; "" without. */
    public static String keys(Session.Item i, Session.Detail d) {
        String id = d == null ? i.operation() : d.identity();
        int sp = id.indexOf(' ');
        return sp > 0 ? id.substring(sp + 1) : "";
    }

    private static String item(Session.Item i, Session.Detail d) {
        String keys = keys(i, d);
        return Escape.text(i.operation() + (keys.isEmpty() ? "" : " " + keys) + (i.outcome().isEmpty() ? "" : "  (" + i.outcome() + ")"));
    }

    /** The report as one JSON object (with {@code bytes}: the byte differences of matched pairs). */
    public static void json(Session a, Session b, SessionDiff.Result r, PrintStream out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("baseline", a.name());
        g.writeStringField("candidate", b.name());
        g.writeBooleanField("equivalent", r.equivalent());
        g.writeNumberField("equal", r.matched());
        g.writeArrayFieldStart("changes");
        for (SessionDiff.Change c : r.changes()) {
            g.writeStartObject();
            g.writeStringField("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
            Session.Item any = c.baseline() != null ? c.baseline() : c.candidate();
            g.writeStringField("group", any.group());
            g.writeStringField("operation", any.operation());
            side(g, "baseline", c.baseline(), c.baselineDetail());
            side(g, "candidate", c.candidate(), c.candidateDetail());
            g.writeArrayFieldStart("details");
            for (String d : c.details()) g.writeString(d);
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("bytes");
        for (SessionDiff.Bytes x : r.bytes()) {
            g.writeStartObject();
            g.writeNumberField("baselineFrame", x.baseline().frame());
            g.writeNumberField("candidateFrame", x.candidate().frame());
            g.writeStringField("operation", x.baseline().operation());
            g.writeBooleanField("compared", x.compared());
            g.writeArrayFieldStart("fields");
            for (var d : x.fields()) {
                g.writeStartObject();
                g.writeStringField("field", d.path());
                if (d.offset() >= 0) g.writeNumberField("baselineOffset", d.offset());
                if (d.offset2() >= 0) g.writeNumberField("candidateOffset", d.offset2());
                g.writeStringField("baseline", io.nlscope.analysis.diff.ByteDiff.hexAll(d.before()));
                g.writeStringField("candidate", io.nlscope.analysis.diff.ByteDiff.hexAll(d.after()));
                g.writeBooleanField("compared", d.compared());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeRaw('\n');
        g.flush();
    }

    private static void side(JsonGenerator g, String name, Session.Item i, Session.Detail d) throws IOException {
        if (i == null) return;
        g.writeObjectFieldStart(name);
        g.writeStringField("identity", d == null ? i.operation() : d.identity());
        g.writeNumberField("frame", i.frame());
        g.writeNumberField("lastFrame", i.lastFrame());
        g.writeStringField("outcome", i.outcome());
        g.writeEndObject();
    }
}
