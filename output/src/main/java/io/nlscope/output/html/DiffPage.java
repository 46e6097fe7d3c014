package io.nlscope.output.html;

import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.diff.ByteDiff;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.DiffReport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nlscope diff --report}: the differences {@link DiffReport#text} prints, as one self-contained HTML page in the
 * style of {@link SessionReport}: the counts as cards, then a table of the changes with the baseline's and the
 * candidate's side by side, each changed row followed by what differs (and with {@code --bytes} by the fields whose
 * bytes differ), each run of changes after its context (the equal pair before it), and a text box and kind check
 * boxes that filter the rows.
 *
 * <p>Stable ids for tests: {@code #nl-diff-summary} (cards with {@code data-kind} and {@code data-value}),
 * {@code #nl-diff-table} (rows {@code tr[data-kind]}: added, removed, changed, moved, context, bytes; the rows under
 * one, class {@code diff-sub}, have none), {@code #nl-diff-filter}. Every captured string goes through {@link Html#text}.
 */
public final class DiffPage {
    private DiffPage() {}

    /** Row kinds besides the changes': the equal pair before a run of changes, and an equal pair but for its bytes. */
    static final String CONTEXT = "context", BYTES = "bytes";

    /** Writes the page ({@code bytes}: the sessions were compared with {@code --bytes}); {@code out} is flushed, not closed. */
    public static void write(Session a, Session b, SessionDiff.Result r, boolean bytes, String version, OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        DiffReport.Counts n = DiffReport.Counts.of(r);
        w.write(Html.head("nlscope diff: " + a.name() + " vs " + b.name(), "nlscope diff",
                "baseline <span class=\"file\">" + Html.text(a.name()) + "</span> (" + Html.count(a.items().size()) + " transactions and notifications)"
                        + " vs candidate <span class=\"file\">" + Html.text(b.name()) + "</span> (" + Html.count(b.items().size()) + ")"));
        w.write("<main class=\"diff\">\n<section id=\"summary\"><h2>Summary</h2>\n<div class=\"cards\" id=\"nl-diff-summary\">");
        card(w, "equal", n.equal(), "equal");
        card(w, "added", n.added(), "added");
        card(w, "removed", n.removed(), "removed");
        card(w, "changed", n.changed(), "changed");
        card(w, "moved", n.moved(), "moved");
        if (bytes) card(w, BYTES, r.otherBytes(), "matched with other bytes");
        String verdict = r.equivalent() ? "equivalent" : "different";
        w.write("<div class=\"card diff-verdict diff-" + verdict + "\" data-kind=\"verdict\" data-value=\"" + verdict + "\"><span class=\"n\">"
                + verdict + "</span><span class=\"what\">verdict</span></div></div>\n");
        w.write("<p class=\"hint\" id=\"nl-diff-line\">" + Html.text(DiffReport.summary(r, bytes)) + "</p>\n</section>\n");

        w.write("<section id=\"changes\"><h2>Changes</h2>\n");
        List<SessionDiff.Bytes> equalBytes = DiffReport.equalBytes(r);
        if (r.changes().isEmpty() && equalBytes.isEmpty()) w.write("<p>No transaction or notification differs.</p>\n");
        w.write("<div class=\"controls\"><input id=\"nl-diff-filter\" type=\"search\" size=\"50\" placeholder=\"filter: text in any column or detail\" "
                + "aria-label=\"filter the changes\">");
        for (String k : new String[] {"added", "removed", "changed", "moved", CONTEXT, BYTES}) {
            if (k.equals(BYTES) && !bytes) continue;
            w.write(" <label class=\"diff-" + k + "\"><input type=\"checkbox\" class=\"diff-kind\" value=\"" + k + "\" checked> " + k + "</label>");
        }
        w.write(" <span id=\"nl-diff-count\" class=\"hint\"></span></div>\n");
        w.write("<table id=\"nl-diff-table\" class=\"diff\"><thead><tr><th rowspan=\"2\">kind</th><th colspan=\"4\" class=\"diff-side\">baseline "
                + Html.text(a.name()) + "</th><th colspan=\"4\" class=\"diff-side\">candidate " + Html.text(b.name()) + "</th></tr>\n<tr>");
        for (int side = 0; side < 2; side++) w.write("<th>frames</th><th>operation</th><th>identity</th><th>outcome</th>");
        w.write("</tr></thead>\n<tbody>\n");
        Map<Long, SessionDiff.Bytes> byBaseline = r.bytesByBaseline();
        for (SessionDiff.Change c : r.changes()) {
            SessionDiff.Context x = c.context();
            if (x != null) row(w, CONTEXT, x.baseline(), x.detail(), x.candidate(), x.detail());
            row(w, c.kind().name().toLowerCase(Locale.ROOT), c.baseline(), c.baselineDetail(), c.candidate(), c.candidateDetail());
            for (String d : c.details()) sub(w, "diff-detail", d);
            byteRows(w, DiffReport.bytesOf(c, byBaseline));
        }
        for (SessionDiff.Bytes x : equalBytes) {
            row(w, BYTES, x.baseline(), x.detail(), x.candidate(), x.detail());
            byteRows(w, x);
        }
        w.write("</tbody></table>\n</section>\n</main>\n");
        w.write("<footer>made by nlscope " + Html.text(version) + "</footer>\n");
        w.write("<script>\n" + Html.resource("diff.js") + "</script>\n</body>\n</html>\n");
        w.flush();
    }

    private static void card(Writer w, String kind, long n, String what) throws IOException {
        w.write("<div class=\"card diff-" + kind + "\" data-kind=\"" + kind + "\" data-value=\"" + n + "\"><span class=\"n\">" + Html.count(n)
                + "</span><span class=\"what\">" + what + "</span></div>");
    }

    /** One row: its kind, then each side's frames, operation, identity and outcome (empty cells for a side without the item). */
    private static void row(Writer w, String kind, Session.Item a, Session.Detail da, Session.Item b, Session.Detail db) throws IOException {
        w.write("<tr data-kind=\"" + kind + "\" class=\"diff-" + kind + "\"><td class=\"diff-kind\">" + kind + "</td>");
        side(w, a, da);
        side(w, b, db);
        w.write("</tr>\n");
    }

    private static void side(Writer w, Session.Item i, Session.Detail d) throws IOException {
        if (i == null) {
            w.write("<td class=\"diff-none\" colspan=\"4\">-</td>");
            return;
        }
        w.write("<td class=\"num\">" + DiffReport.frames(i) + "</td><td>" + Html.text(i.operation()) + "</td><td class=\"diff-id\">"
                + Html.text(DiffReport.keys(i, d)) + "</td><td>" + outcome(i.outcome()) + "</td>");
    }

    /** "ERROR EEXIST" in the report's colour of its outcome; other outcomes (ORPHAN, ...) as text. */
    private static String outcome(String s) {
        if (s.isEmpty()) return "";
        String first = s.split(" ", 2)[0];
        for (Outcome o : Outcome.values())
            if (o.name().equals(first)) return "<span class=\"outcome o-" + o.name() + "\">" + Html.text(s) + "</span>";
        return Html.text(s);
    }

    /** A line under the row before it: what differs, or a field's bytes. */
    private static void sub(Writer w, String cls, String text) throws IOException {
        w.write("<tr class=\"diff-sub " + cls + "\"><td></td><td colspan=\"8\">" + Html.text(text) + "</td></tr>\n");
    }

    private static void byteRows(Writer w, SessionDiff.Bytes x) throws IOException {
        if (x == null) return;
        for (ByteDiff.Difference d : x.fields()) sub(w, d.compared() ? "diff-byte" : "diff-byte diff-left-out", "bytes: " + d.text());
    }
}
