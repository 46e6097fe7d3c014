package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.Escape;
import io.nlscope.output.OutputFormat;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nlscope diff BASELINE CANDIDATE}: two recorded sessions compared as transactions and notifications
 * ({@link SessionDiff}), after normalisation ({@link Normalizer}). Exit 0 equivalent, 1 different, 2 error.
 */
final class DiffCommand {
    static final int DIFFERENT = 1;

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.formatOption(OutputFormat.View.DIFF));
        o.addOption(Option.builder().longOpt("ignore").hasArg().argName("FIELD")
                .desc("also leave out this field (its name as read -V shows it, e.g. RTA_PRIORITY, or its path); repeatable").build());
        o.addOption(Option.builder().longOpt("keep").hasArg().argName("FIELD")
                .desc("compare a field the defaults leave out (README: what diff ignores), e.g. IFLA_ADDRESS; repeatable").build());
        o.addOption(Option.builder().longOpt("unordered")
                .desc("match transactions whatever their order (requests that ran concurrently); notifications always are").build());
        o.addOption(Option.builder().longOpt("bytes")
                .desc("also compare the raw bytes of matched messages (all but nlmsg_seq and nlmsg_pid) and show the fields "
                        + "that differ, with their offsets; bytes that differ only in fields diff leaves out do not make the sessions different").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no report, only the exit code").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("diff", "nlscope diff [OPTIONS] BASELINE CANDIDATE",
                "Compares two recorded netlink sessions as transactions and notifications, not bytes: what was asked "
                        + "and what the kernel answered, without what differs between identical runs (seq, port ids, "
                        + "times, interface indexes, counters ...).",
                "Exit codes: 0 equivalent, 1 different, 2 usage error or unreadable input, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (cl.getArgList().size() != 2) {
            err.println("nlscope diff: give two captures, BASELINE and CANDIDATE; run 'nlscope diff --help' for usage.");
            return Main.USAGE;
        }
        OutputFormat format = CommandLines.format("diff", cl, OutputFormat.View.DIFF, err);
        if (format == null) return Main.USAGE;
        Normalizer n = new Normalizer(values(cl, "ignore"), values(cl, "keep"));
        Session a, b;
        String current = cl.getArgList().get(0);
        try {
            a = Session.read(Path.of(current), n, cl.hasOption("bytes"));
            current = cl.getArgList().get(1);
            b = Session.read(Path.of(current), n, cl.hasOption("bytes"));
        } catch (IOException e) {
            err.println("nlscope: " + InputErrors.describe(current, e));
            return Main.USAGE;
        }
        SessionDiff.Result r;
        try {
            r = SessionDiff.diff(a, b, cl.hasOption("unordered"), cl.hasOption("bytes"));
        } catch (IOException e) {
            err.println("nlscope: " + InputErrors.describe(current, e));
            return Main.USAGE;
        }
        if (!cl.hasOption("q")) {
            try {
                if (format == OutputFormat.DIFF_JSON) json(a, b, r, out);
                else text(a, b, r, cl.hasOption("bytes"), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.flush();
        }
        return r.equivalent() ? Main.OK : DIFFERENT;
    }

    private static List<String> values(CommandLine cl, String option) {
        String[] v = cl.getOptionValues(option);
        return v == null ? List.of() : List.of(v);
    }

    /**
     * A unified-style report: ---/+++ files, then per change its frames on both sides and what differs, each run
     * of changes after the equal pair before it ("  " context line); "> " a transaction moved, at the baseline's place.
     */
    static void text(Session a, Session b, SessionDiff.Result r, boolean bytes, PrintStream out) {
        out.println("--- " + Escape.text(a.name()) + " (" + a.items().size() + " transactions and notifications)");
        out.println("+++ " + Escape.text(b.name()) + " (" + b.items().size() + " transactions and notifications)");
        int added = 0, removed = 0, changed = 0, moved = 0;
        java.util.Map<Long, SessionDiff.Bytes> byBaseline = r.bytesByBaseline();
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
                case MOVED -> {
                    moved++;
                    out.println("> " + where(c.baseline(), c.candidate()) + "  " + item(c.baseline(), c.baselineDetail()));
                }
            }
            SessionDiff.Bytes x = c.baseline() != null && c.candidate() != null ? byBaseline.get(c.baseline().number()) : null;
            if (x != null) bytes(x, out);
        }
        java.util.Set<Long> changedPairs = new java.util.HashSet<>();
        for (SessionDiff.Change c : r.changes()) if (c.baseline() != null && c.candidate() != null) changedPairs.add(c.baseline().number());
        for (SessionDiff.Bytes x : r.bytes()) {
            if (changedPairs.contains(x.baseline().number())) continue;
            out.println("= " + where(x.baseline(), x.candidate()) + "  " + item(x.baseline(), x.detail()));
            bytes(x, out);
        }
        out.println(r.matched() + " equal; " + added + " added, " + removed + " removed, " + changed + " changed"
                + (moved > 0 ? ", " + moved + " moved" : "")
                + (bytes ? "; " + r.otherBytes() + " matched with other bytes (" + r.onlyLeftOut() + " only in fields diff leaves out"
                        + (r.bytes().size() < r.otherBytes() ? ", the first " + r.bytes().size() + " shown" : "") + ")" : "")
                + ": " + (r.equivalent() ? "equivalent" : "different"));
    }

    /** The byte differences of a matched pair, one line per field: "bytes: frame 12 / frame 13: IFLA_MTU at offset 32: ...". */
    private static void bytes(SessionDiff.Bytes x, PrintStream out) {
        for (var d : x.fields())
            out.println("      bytes: frame " + x.baseline().frame() + " / frame " + x.candidate().frame() + ": " + Escape.text(d.text()));
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

    private static void json(Session a, Session b, SessionDiff.Result r, PrintStream out) throws IOException {
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
