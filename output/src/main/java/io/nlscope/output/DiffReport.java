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
            text(a, b, r, out);
        }
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * A unified-style report: ---/+++ files, then per change its frames on both sides and what differs, each run
     * of changes after the equal pair before it ("  " context line).
     */
    public static void text(Session a, Session b, SessionDiff.Result r, PrintStream out) {
        out.println("--- " + Escape.text(a.name()) + " (" + a.items().size() + " transactions and notifications)");
        out.println("+++ " + Escape.text(b.name()) + " (" + b.items().size() + " transactions and notifications)");
        int added = 0, removed = 0, changed = 0;
        for (SessionDiff.Change c : r.changes()) {
            if (c.context() != null)   // the equal pair before a run of changes
                out.println("  " + where(c.context().baseline(), c.context().candidate()) + "  " + item(c.context().baseline(), c.context().detail()));
            switch (c.kind()) {
                case ADDED -> {
                    added++;
                    out.println("+ " + where(null, c.candidate()) + "  " + item(c.candidate(), c.candidateDetail()));
                }
                case REMOVED -> {
                    removed++;
                    out.println("- " + where(c.baseline(), null) + "  " + item(c.baseline(), c.baselineDetail()));
                }
                case CHANGED -> {
                    changed++;
                    out.println("~ " + where(c.baseline(), c.candidate()) + "  " + item(c.baseline(), c.baselineDetail()));
                    for (String d : c.details()) out.println("      " + Escape.text(d));
                }
            }
        }
        out.println(r.matched() + " equal; " + added + " added, " + removed + " removed, " + changed + " changed: "
                + (r.equivalent() ? "equivalent" : "different"));
    }

    private static String where(Session.Item a, Session.Item b) {
        return (a == null ? "-" : frames(a)) + " | " + (b == null ? "-" : frames(b));
    }

    private static String frames(Session.Item i) {
        return i.lastFrame() == i.frame() ? "frame " + i.frame() : "frames " + i.frame() + "-" + i.lastFrame();
    }

    private static String item(Session.Item i, Session.Detail d) {
        String id = d == null ? i.operation() : d.identity();
        int sp = id.indexOf(' ');
        return Escape.text(i.operation() + (sp > 0 ? id.substring(sp) : "") + (i.outcome().isEmpty() ? "" : "  (" + i.outcome() + ")"));
    }

    /** The report as one JSON object: the files, whether they are equivalent, and each change with its items and details. */
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
