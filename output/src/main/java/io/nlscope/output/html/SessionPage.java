package io.nlscope.output.html;

import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.Transaction;
import io.nlscope.output.StatsReport;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The part of {@code nlscope report}'s page drawn here, from what {@link SessionReport} collected and {@code stats}
 * counted: the head, the summary sections with their SVG charts, and the frame the script fills (timeline, table).
 *
 * @param file    the capture's name as given
 * @param base    the first frame's time (ns), {@code Long.MIN_VALUE} without frames
 * @param end     the latest frame's time (ns)
 * @param series  notifications over time, one series per multicast group
 * @param kept    events the table holds; {@code leftOut} those past its limit
 * @param missing messages shown without their decoded text
 */
record SessionPage(String file, StatsReport report, long base, long end, Bins messages, Bins bytes, List<Charts.Series> series,
                   long kept, long leftOut, long missing) {

    /** Everything before the page's data and script. */
    void write(Writer w, String version) throws IOException {
        Stats stats = report.stats();
        List<Stats.Row> rows = stats.rows();   // sorted and with their percentiles: made once for the sections that list them
        String when = base == Long.MIN_VALUE ? "" : java.time.Instant.ofEpochSecond(Math.floorDiv(base, 1_000_000_000L)).toString();
        w.write(Html.head("nlscope report: " + file, "nlscope report",
                "<span class=\"file\">" + Html.text(file) + "</span>" + (when.isEmpty() ? "" : " · first frame " + when)
                        + (report.capture() != null ? " · capture " + Html.text(report.capture().describe()) : "")));
        w.write("<nav><a href=\"#overview\">Overview</a><a href=\"#timeline\">Timeline</a><a href=\"#latency\">Latency</a>"
                + "<a href=\"#errors\">Errors</a><a href=\"#notifications\">Notifications</a><a href=\"#traffic\">Traffic</a>"
                + (stats.processes().isEmpty() ? "" : "<a href=\"#processes\">Processes</a>") + "<a href=\"#transactions\">Transactions</a></nav>\n<main>\n");
        overview(w);
        w.write("<section id=\"timeline\"><h2>Timeline</h2>\n<div class=\"controls\">group by <select id=\"nl-group\">"
                + "<option value=\"process\">process</option><option value=\"family\">family</option></select> "
                + "<button id=\"nl-zoom-in\" type=\"button\">+</button><button id=\"nl-zoom-out\" type=\"button\">−</button>"
                + "<button id=\"nl-zoom-reset\" type=\"button\">whole capture</button> <span id=\"nl-span\" class=\"hint\"></span>"
                + "<span class=\"hint\">wheel: zoom · drag: pan · shift-drag: zoom to a range · click a bar: its row</span></div>\n"
                + "<div id=\"nl-timeline-box\"><canvas id=\"nl-timeline\" height=\"200\" role=\"img\" aria-label=\"timeline of the transactions: a bar per request from its time to its last response\"></canvas><div id=\"nl-tip\" hidden></div></div>\n"
                + "<ul class=\"legend outcomes\">" + outcomeLegend() + "<li><span class=\"swatch tick\"></span>notification</li></ul></section>\n");
        latency(w, rows);
        errors(w, rows);
        notifications(w, stats);
        traffic(w);
        processes(w, stats);
        w.write("<section id=\"transactions\"><h2>Transactions</h2>\n<div class=\"controls\"><input id=\"nl-filter\" type=\"search\" "
                + "size=\"60\" placeholder=\"filter: text, or op:NEWROUTE errno:EEXIST outcome:ERROR process:ip family:route flag:ambiguous latency>1ms\" "
                + "aria-label=\"filter the transactions\"> <span id=\"nl-count\"></span></div>\n");
        if (leftOut > 0) w.write("<p class=\"note\">The table and the timeline hold the first " + Html.count(kept) + " of "
                + Html.count(kept + leftOut) + " events (nlscope report --rows N holds more); the counts and charts above cover all.</p>\n");
        if (missing > 0) w.write("<p class=\"note\">" + Html.count(missing) + " messages are shown without their decoded text: "
                + "more of it waited on disk for its transactions to end than the report keeps.</p>\n");
        w.write("<table id=\"nl-table\" class=\"rows\"><thead><tr><th data-key=\"0\" class=\"num\">#</th><th data-key=\"1\" class=\"num\">time s</th>"
                + "<th data-key=\"4\">operation</th><th data-key=\"6\">outcome</th><th data-key=\"9\" class=\"num\">resp</th>"
                + "<th data-key=\"11\" class=\"num\">latency ms</th><th data-key=\"12\" class=\"num\">frames</th><th data-key=\"15\">process</th>"
                + "<th data-key=\"5\">request / notes</th></tr></thead><tbody></tbody></table>\n"
                + "<p><button id=\"nl-more\" type=\"button\" hidden>show more</button></p></section>\n</main>\n");
        w.write("<footer>made by nlscope " + Html.text(version) + " · <span id=\"nl-rendered\"></span></footer>\n");
    }

    private static String outcomeLegend() {
        StringBuilder b = new StringBuilder();
        for (Outcome o : Outcome.values()) b.append("<li><span class=\"swatch o-").append(o.name()).append("\"></span>").append(o).append("</li>");
        return b.toString();
    }

    private void overview(Writer w) throws IOException {
        Stats s = report.stats();
        Pairing.Counts c = report.counts();
        double seconds = base == Long.MIN_VALUE ? 0 : (end - base) / 1e9;
        w.write("<section id=\"overview\"><h2>Overview</h2>\n<div class=\"cards\">");
        card(w, "messages", c.messages(), null);
        w.write("<div class=\"card\"><span class=\"n\" data-value=\"" + report.bytes() + "\">" + Html.bytes(report.bytes())
                + "</span><span class=\"what\">captured</span></div>");
        w.write("<div class=\"card\"><span class=\"n\">" + Html.duration(seconds * 1e9) + "</span><span class=\"what\">duration</span></div>");
        card(w, "transactions", c.transactions(), "");
        card(w, "errors", s.total(Outcome.ERROR), "outcome:ERROR");
        card(w, "unanswered", s.total(Outcome.UNANSWERED), "outcome:UNANSWERED");
        card(w, "notifications", c.notifications(), "outcome:NOTIFICATION");
        if (!s.processes().isEmpty()) card(w, "processes", s.processes().size(), null);
        w.write("</div>\n");
        long total = 0;
        for (Outcome o : Outcome.values()) total += s.total(o);
        if (total > 0) {
            w.write("<div class=\"outcomebar\" title=\"transactions by outcome\">");
            for (Outcome o : Outcome.values()) {
                long n = s.total(o);
                if (n == 0) continue;
                w.write(String.format(java.util.Locale.ROOT, "<a class=\"o-%s\" style=\"flex-grow:%d\" data-filter=\"outcome:%s\" data-outcome=\"%s\" data-value=\"%d\" href=\"#transactions\">%s %s</a>",
                        o.name(), n, o.name(), o.name(), n, o, Html.count(n)));
            }
            w.write("</div>\n");
        }
        StatsReport.Selection sel = report.selection();
        if (sel != null) w.write("<p class=\"note\">-Y <code>" + Html.text(sel.filter()) + "</code> matched " + Html.count(sel.matched())
                + " of " + Html.count(sel.matched() + sel.leftOut()) + " events: the tables, charts of transactions and rows count those; "
                + "the cards above and the traffic chart count all.</p>\n");
        w.write("</section>\n");
    }

    private static void card(Writer w, String what, long n, String filter) throws IOException {
        String inner = "<span class=\"n\" data-value=\"" + n + "\">" + Html.count(n) + "</span><span class=\"what\">" + what + "</span>";
        if (filter == null) w.write("<div class=\"card\" id=\"nl-card-" + what + "\">" + inner + "</div>");
        else w.write("<a class=\"card\" id=\"nl-card-" + what + "\" href=\"#transactions\" data-filter=\"" + Html.text(filter) + "\">" + inner + "</a>");
    }

    /** The filter that selects an operation's rows: family and operation, quoted when they hold a space. */
    static String opFilter(io.nlscope.analysis.Operation op) {
        return "family:" + quote(op.family()) + " op:" + quote(op.shortName());
    }

    private static String quote(String s) {
        return s.isEmpty() || s.chars().anyMatch(ch -> ch == ' ' || ch == '"') ? '"' + s.replace("\"", "") + '"' : s;
    }

    private void latency(Writer w, List<Stats.Row> rows) throws IOException {
        Charts.LogAxis axis = Charts.LogAxis.of(rows);
        if (rows.isEmpty()) {
            w.write("<section id=\"latency\"><h2>Latency per operation</h2>\n<p>No transactions.</p></section>\n");
            return;
        }
        w.write("<section id=\"latency\"><h2>Latency per operation</h2>\n<p class=\"hint\">request to last response, over the "
                + "transactions answered; box p25 to p75, black bar the median, <span class=\"k90\">amber</span> p90, <span class=\"k99\">red</span> p99, whiskers min to max; "
                + "logarithmic axis</p>\n<table class=\"latency\"><thead><tr><th>operation</th><th class=\"num\">transactions</th>"
                + "<th class=\"num\">answered</th><th>" + Charts.logAxis(axis) + "</th><th class=\"num\">p50 ms</th><th class=\"num\">p90 ms</th>"
                + "<th class=\"num\">p99 ms</th><th class=\"num\">max ms</th></tr></thead><tbody>\n");
        for (Stats.Row r : rows) {
            Stats.Latency l = r.latency();
            w.write("<tr data-family=\"" + Html.text(r.operation().family()) + "\" data-op=\"" + Html.text(r.operation().shortName()) + "\">"
                    + "<td><a href=\"#transactions\" data-filter=\"" + Html.text(opFilter(r.operation())) + "\">" + Html.text(r.operation().toString())
                    + "</a></td><td class=\"num\" data-value=\"" + r.transactions() + "\">" + Html.count(r.transactions()) + "</td>"
                    + "<td class=\"num\">" + Html.count(l.count()) + "</td><td>" + (l.count() == 0 ? "<span class=\"hint\">no response</span>" : Charts.box(axis, l))
                    + "</td>");
            for (long v : new long[] {l.p50(), l.p90(), l.p99(), l.max()}) w.write("<td class=\"num\" data-ns=\"" + v + "\">" + StatsReport.millis(v) + "</td>");
            w.write("</tr>\n");
        }
        w.write("</tbody></table></section>\n");
    }

    private void errors(Writer w, List<Stats.Row> rows) throws IOException {
        Stats stats = report.stats();
        Pairing.Counts c = report.counts();
        TreeSet<String> errnos = new TreeSet<>();
        List<Stats.Row> failing = new ArrayList<>();
        for (Stats.Row r : rows) if (!r.errors().isEmpty()) { failing.add(r); errnos.addAll(r.errors().keySet()); }
        w.write("<section id=\"errors\"><h2>Errors</h2>\n");
        if (failing.isEmpty()) w.write("<p>No request was answered with an error.</p>\n");
        else {
            TreeMap<String, Long> totals = new TreeMap<>();
            w.write("<table class=\"errors\"><thead><tr><th>operation</th>");
            for (String e : errnos) w.write("<th class=\"num\"><a href=\"#transactions\" data-filter=\"errno:" + Html.text(e) + "\">" + Html.text(e) + "</a></th>");
            w.write("</tr></thead><tbody>\n");
            for (Stats.Row r : failing) {
                w.write("<tr data-family=\"" + Html.text(r.operation().family()) + "\" data-op=\"" + Html.text(r.operation().shortName())
                        + "\"><td>" + Html.text(r.operation().toString()) + "</td>");
                for (String e : errnos) {
                    Long n = r.errors().get(e);
                    if (n == null) { w.write("<td></td>"); continue; }
                    totals.merge(e, n, Long::sum);
                    w.write("<td class=\"num hot\"><a href=\"#transactions\" data-errno=\"" + Html.text(e) + "\" data-value=\"" + n + "\" data-filter=\""
                            + Html.text(opFilter(r.operation()) + " errno:" + e) + "\">" + Html.count(n) + "</a></td>");
                }
                w.write("</tr>\n");
            }
            w.write("<tr class=\"total\"><td>all</td>");
            for (String e : errnos) w.write("<td class=\"num\" data-errno-total=\"" + Html.text(e) + "\">" + Html.count(totals.getOrDefault(e, 0L)) + "</td>");
            w.write("</tr></tbody></table>\n");
        }
        w.write("<h3>Pairing</h3>\n<ul class=\"callouts\">");
        callout(w, "unanswered", stats.total(Outcome.UNANSWERED), "outcome:UNANSWERED", "requests that expected an answer and got none");
        callout(w, "orphans", c.orphans(), "outcome:ORPHAN", "responses whose request is not in the capture");
        callout(w, "ambiguous", c.ambiguous(), "flag:ambiguous", "responses that more than one open request could have had");
        callout(w, "evicted", c.evicted(), "flag:evicted", "transactions reported before their answer to keep memory bounded");
        callout(w, "timed out", c.timedOut(), "flag:timed_out", "no response within the timeout of the last one");
        callout(w, "late", c.late(), "outcome:LATE", "responses after their transaction was reported");
        callout(w, "interrupted dumps", stats.flagged(Transaction.INTERRUPTED), "flag:interrupted", "the dump changed while it was read (NLM_F_DUMP_INTR)");
        callout(w, "cut", stats.total(Outcome.CUT), "outcome:CUT", "answers the capture's snapshot length cut before the errno");
        callout(w, "copies", c.copies(), "outcome:COPY", "multicast copies of requests");
        callout(w, "unreadable", c.unreadable(), null, "messages whose header cannot be read");
        w.write("</ul></section>\n");
    }

    private static void callout(Writer w, String what, long n, String filter, String says) throws IOException {
        String id = "nl-pairing-" + what.replace(' ', '-');
        String body = "<span class=\"n\" data-value=\"" + n + "\">" + Html.count(n) + "</span> " + what + " <span class=\"hint\">" + says + "</span>";
        w.write("<li id=\"" + id + "\" class=\"" + (n > 0 ? "warn" : "none") + "\">"
                + (filter != null && n > 0 ? "<a href=\"#transactions\" data-filter=\"" + Html.text(filter) + "\">" + body + "</a>" : body) + "</li>");
    }

    private void notifications(Writer w, Stats stats) throws IOException {
        w.write("<section id=\"notifications\"><h2>Notifications</h2>\n");
        if (series.isEmpty()) w.write("<p>No notifications.</p>\n");
        else {
            long width = 0;
            for (Charts.Series s : series) width = Math.max(width, s.bins().widthNanos());
            for (Charts.Series s : series) s.bins().widenTo(width);
            w.write("<p class=\"hint\">per multicast group, per second</p>\n" + Charts.timeChart(series, "notifications/s", false) + "\n" + Charts.legend(series) + "\n");
        }
        List<Stats.MessageRow> rows = stats.notifications();
        if (!rows.isEmpty()) {
            w.write("<table class=\"notifications\"><thead><tr><th>message</th><th>group</th><th class=\"num\">count</th><th class=\"num\">bytes</th></tr></thead><tbody>\n");
            for (Stats.MessageRow r : rows)
                w.write("<tr><td><a href=\"#transactions\" data-filter=\"" + Html.text("outcome:NOTIFICATION " + opFilter(r.type())) + "\">"
                        + Html.text(r.type().toString()) + "</a></td><td>" + Html.text(r.group()) + "</td><td class=\"num\" data-value=\""
                        + r.messages() + "\">" + Html.count(r.messages()) + "</td><td class=\"num\">" + Html.count(r.bytes()) + "</td></tr>\n");
            w.write("</tbody></table>\n");
        }
        w.write("</section>\n");
    }

    private void traffic(Writer w) throws IOException {
        w.write("<section id=\"traffic\"><h2>Traffic</h2>\n");
        if (messages == null) w.write("<p>The capture holds no frames.</p>\n");
        else {
            w.write("<p class=\"hint\">every message of the capture, per second</p>\n");
            w.write(Charts.timeChart(List.of(new Charts.Series("messages", messages)), "messages/s", false) + "\n");
            w.write(Charts.timeChart(List.of(new Charts.Series("bytes", bytes)), "bytes/s", true) + "\n");
        }
        w.write("</section>\n");
    }

    private void processes(Writer w, Stats stats) throws IOException {
        List<Stats.ProcessRow> rows = stats.processes();
        if (rows.isEmpty()) return;
        w.write("<section id=\"processes\"><h2>Processes</h2>\n<table class=\"processes\"><thead><tr><th>process</th><th class=\"num\">transactions</th>"
                + "<th class=\"num\">errors</th><th class=\"num\">notifications caused</th></tr></thead><tbody>\n");
        for (Stats.ProcessRow r : rows)
            w.write("<tr><td><a href=\"#transactions\" data-filter=\"" + Html.text("process:" + quote(r.process().name()) + " pid:" + r.process().pid())
                    + "\">" + Html.text(r.process().label()) + "</a></td><td class=\"num\" data-value=\"" + r.transactions() + "\">"
                    + Html.count(r.transactions()) + "</td><td class=\"num\">" + Html.count(r.errors()) + "</td><td class=\"num\">"
                    + Html.count(r.notifications()) + "</td></tr>\n");
        w.write("</tbody></table></section>\n");
    }
}
