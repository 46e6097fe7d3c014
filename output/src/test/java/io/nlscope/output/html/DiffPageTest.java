package io.nlscope.output.html;

import io.nlscope.analysis.diff.ByteDiff;
import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.DiffReport;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DiffPage} on a result made by hand: one change of each kind with captured text that is markup or a terminal
 * escape; the cards count what {@link DiffReport#summary} counts, every row has its kind, and nothing captured
 * becomes markup.
 */
class DiffPageTest {
    private static final String HOSTILE = "<script>alert(1)</script>";
    private static final Normalizer NORMALIZER = new Normalizer(List.of(), List.of());

    private static Session.Item item(String operation, String outcome, long number, long frame) {
        return new Session.Item(new Session.Label(false, "route", operation, outcome), number, number, number, frame, frame + 1, 0);
    }

    private static Session.Detail detail(String identity) {
        return new Session.Detail(identity, "REQUEST|ACK", new TreeMap<>(), "ACK", "");
    }

    /** Baseline and candidate named as a capture could name them; changes of every kind, one with its context. */
    private static final Session A = new Session(Path.of("/tmp/base <img src=x onerror=alert(1)>.pcap"), NORMALIZER, List.of());
    private static final Session B = new Session(Path.of("/tmp/cand.pcap"), NORMALIZER, List.of());

    private static SessionDiff.Result result() {
        Session.Item ctxA = item("route NEWLINK", "ACK", 1, 1), ctxB = item("route NEWLINK", "ACK", 1, 1);
        Session.Item added = item("route NEWROUTE", "ACK", 5, 5);
        Session.Item removed = item("route DELROUTE", "ERROR EEXIST", 7, 7);
        Session.Item changedA = item("route " + HOSTILE, "ACK", 9, 9), changedB = item("route " + HOSTILE, "ERROR EPERM", 9, 9);
        Session.Item movedA = item("route NEWADDR", "ACK", 11, 11), movedB = item("route NEWADDR", "ACK", 13, 13);
        List<SessionDiff.Change> changes = List.of(
                new SessionDiff.Change(SessionDiff.Kind.ADDED, null, added, null, detail("NEWROUTE RTA_DST=10.84.0.0"), List.of(),
                        new SessionDiff.Context(ctxA, ctxB, detail("NEWLINK IFLA_IFNAME=dummy0"))),
                new SessionDiff.Change(SessionDiff.Kind.REMOVED, removed, null, detail("DELROUTE RTA_DST=" + HOSTILE), null, List.of(), null),
                new SessionDiff.Change(SessionDiff.Kind.CHANGED, changedA, changedB, detail("X IFLA_IFNAME=eth0"), detail("X IFLA_IFNAME=eth0"),
                        List.of("IFLA_IFALIAS " + HOSTILE + " -> \u001b[2Jcleared", "outcome ACK -> ERROR EPERM"), null),
                new SessionDiff.Change(SessionDiff.Kind.MOVED, movedA, movedB, detail("NEWADDR IFA_ADDRESS=10.81.0.1"),
                        detail("NEWADDR IFA_ADDRESS=10.81.0.1"), List.of(), null));
        ByteDiff.Difference field = new ByteDiff.Difference(HOSTILE, 20, 20, new byte[] {3}, new byte[] {12}, false);
        Session.Item equalA = item("route GETLINK", "REPLY", 15, 15), equalB = item("route GETLINK", "REPLY", 15, 15);
        List<SessionDiff.Bytes> bytes = List.of(
                new SessionDiff.Bytes(changedA, changedB, detail("X IFLA_IFNAME=eth0"), List.of(field)),
                new SessionDiff.Bytes(equalA, equalB, detail("GETLINK ifi_index=dfd0"), List.of(field)));
        return new SessionDiff.Result(changes, 30, bytes, 2, 1);
    }

    private static String page(SessionDiff.Result r, boolean bytes) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DiffPage.write(A, B, r, bytes, "1.2.3", out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void cardsCountWhatTheTextReportCounts() throws Exception {
        SessionDiff.Result r = result();
        String html = page(r, true);
        DiffReport.Counts n = DiffReport.Counts.of(r);
        assertEquals(new DiffReport.Counts(30, 1, 1, 1, 1), n);
        String summary = html.substring(html.indexOf("id=\"nl-diff-summary\""), html.indexOf("id=\"nl-diff-line\""));
        for (String[] k : new String[][] {{"equal", "30"}, {"added", "1"}, {"removed", "1"}, {"changed", "1"}, {"moved", "1"}, {"bytes", "2"},
                {"verdict", "different"}})
            assertTrue(summary.contains("data-kind=\"" + k[0] + "\" data-value=\"" + k[1] + "\""), k[0] + ": " + summary);
        assertTrue(html.contains(">" + DiffReport.summary(r, true) + "</p>"), "the text report's last line");
        String equal = page(new SessionDiff.Result(List.of(), 12), false);
        assertTrue(equal.contains("data-kind=\"verdict\" data-value=\"equivalent\""));
        assertTrue(equal.contains("data-kind=\"equal\" data-value=\"12\""));
        assertFalse(equal.contains("data-kind=\"bytes\""), "no bytes card without --bytes");
        assertEquals(0, count(equal, "<tr data-kind="));
    }

    @Test
    void everyRowHasItsKindAndItsLinesFollowIt() throws Exception {
        String html = page(result(), true);
        String table = html.substring(html.indexOf("id=\"nl-diff-table\""), html.indexOf("</table>"));
        List<String> kinds = Pattern.compile("<tr data-kind=\"([a-z]+)\"").matcher(table).results().map(m -> m.group(1)).toList();
        assertEquals(List.of("context", "added", "removed", "changed", "moved", "bytes"), kinds);
        // the changed row, then what differs, then its bytes; the equal pair's bytes under its own row
        int changed = table.indexOf("<tr data-kind=\"changed\""), moved = table.indexOf("<tr data-kind=\"moved\"");
        String under = table.substring(changed, moved);
        assertEquals(2, count(under, "class=\"diff-sub diff-detail\""), under);
        assertEquals(1, count(under, "class=\"diff-sub diff-byte diff-left-out\""), under);
        assertEquals(1, count(table.substring(table.indexOf("<tr data-kind=\"bytes\"")), "class=\"diff-sub diff-byte"));
        // an added row has no baseline, a removed row no candidate; both sides of the others
        String added = table.substring(table.indexOf("<tr data-kind=\"added\""), table.indexOf("<tr data-kind=\"removed\""));
        assertTrue(added.contains("<td class=\"diff-none\" colspan=\"4\">-</td><td class=\"num\">frames 5-6</td><td>route NEWROUTE</td>"
                + "<td class=\"diff-id\">RTA_DST=10.84.0.0</td><td><span class=\"outcome o-ACK\">ACK</span></td>"), added);
        String moving = table.substring(moved, table.indexOf("<tr data-kind=\"bytes\""));
        assertTrue(moving.contains("frames 11-12") && moving.contains("frames 13-14"), moving);
        assertTrue(html.contains("id=\"nl-diff-filter\""));
        assertEquals(6, count(html, "<input type=\"checkbox\" class=\"diff-kind\" value=\"[a-z]+\" checked>"));
    }

    @Test
    void capturedTextIsNeverMarkup() throws Exception {
        String html = page(result(), true);
        assertFalse(html.contains(HOSTILE));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("\u001b"), "no terminal escape");
        assertEquals(1, count(html, "<script"), "the page's own script only");
        String escaped = "&lt;script&gt;alert(1)&lt;/script&gt;";
        assertTrue(html.contains("<td>route " + escaped + "</td>"), "an operation");
        assertTrue(html.contains("<td class=\"diff-id\">RTA_DST=" + escaped + "</td>"), "an identity");
        assertTrue(html.contains("IFLA_IFALIAS " + escaped + " -&gt; \\x1b[2Jcleared</td>"), "a detail, escaped as the terminal shows it too");
        assertTrue(html.contains("bytes: " + escaped + " at offset 20: 03 -&gt; 0c (not compared)"), "a field's bytes");
        assertTrue(html.contains("<span class=\"file\">base &lt;img src=x onerror=alert(1)&gt;.pcap</span>"), "a file name");
        assertTrue(html.contains("<title>nlscope diff: base &lt;img src=x onerror=alert(1)&gt;.pcap vs cand.pcap</title>"));
    }

    @Test
    void thePageNeedsNothingFromOutside() throws Exception {
        String html = page(result(), true);
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"));
        assertEquals(0, count(html, "<(link|img|iframe|object|embed)\\b"));
        assertEquals(0, count(html, "<script[^>]*\\ssrc="));
        assertEquals(0, count(html, "url\\("));
        assertTrue(html.contains(Html.resource("diff.js")));
        assertTrue(html.endsWith("</html>\n"));
    }
}
