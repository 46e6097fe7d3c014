package io.nlscope.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope diff --report OUT.html} on the real recordings of testdata/diff: the page holds what the text report
 * says (its rows, read back as text lines, are the report's lines; its cards count what the last line counts), the
 * text report is unchanged beside it, the exit codes are diff's, and the page is renamed into place whole.
 */
class DiffReportPageTest {
    @TempDir Path tmp;

    private static final Path DIR = root().resolve("testdata/diff");
    private static final Path BASE = DIR.resolve("diff-base.pcap");
    private static final List<String> VARIANTS = List.of("diff-base-again", "diff-extra-route", "diff-failing", "diff-metric", "diff-iface-order");
    private static final Map<String, String> SIGN = Map.of("context", "  ", "added", "+ ", "removed", "- ", "changed", "~ ", "moved", "> ", "bytes", "= ");
    private static final Pattern ROW = Pattern.compile("<tr (?:data-kind=\"([a-z]+)\" )?class=\"([^\"]*)\">(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");
    private static final Pattern LAST = Pattern.compile("(\\d+) equal; (\\d+) added, (\\d+) removed, (\\d+) changed(?:, (\\d+) moved)?.*: (equivalent|different)");

    private static String plain(String html) {
        return html.replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    /**
     * The page's table as the text report's lines: a row as its sign, both sides' frames and the item of the side the
     * text names (the candidate's for an added one); a line under it as the text indents it.
     */
    private static List<String> asText(String html) {
        String table = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        List<String> out = new ArrayList<>();
        String frames = "";
        for (Matcher m = ROW.matcher(table); m.find(); ) {
            List<String> cells = new ArrayList<>();
            for (Matcher c = CELL.matcher(m.group(3)); c.find(); ) cells.add(plain(c.group(1)));
            if (m.group(1) == null) {   // a line under a row: what differs, or a field's bytes
                String line = cells.get(1);
                out.add("      " + (line.startsWith("bytes: ") ? "bytes: " + frames + ": " + line.substring(7) : line));
                continue;
            }
            String kind = m.group(1);
            assertEquals(cells.get(0), kind);
            List<String> a = side(cells, 1), b = side(cells, a.size() + 1);
            List<String> shown = kind.equals("added") ? b : a;
            frames = a.size() == 4 && b.size() == 4 ? "frame " + first(a.get(0)) + " / frame " + first(b.get(0)) : "";
            out.add(SIGN.get(kind) + (a.size() == 4 ? a.get(0) : "-") + " | " + (b.size() == 4 ? b.get(0) : "-") + "  " + shown.get(1)
                    + (shown.get(2).isEmpty() ? "" : " " + shown.get(2)) + (shown.get(3).isEmpty() ? "" : "  (" + shown.get(3) + ")"));
        }
        return out;
    }

    /** One side's cells from {@code at}: frames, operation, identity, outcome; one "-" cell for a side without the item. */
    private static List<String> side(List<String> cells, int at) {
        return cells.get(at).equals("-") ? List.of("-") : cells.subList(at, at + 4);
    }

    private static String first(String frames) {
        return frames.replaceAll("^frames? (\\d+).*", "$1");
    }

    private static String dataValue(String html, String kind) {
        Matcher m = Pattern.compile("data-kind=\"" + kind + "\" data-value=\"([a-z0-9]+)\"").matcher(html);
        assertTrue(m.find(), kind);
        return m.group(1);
    }

    @Test
    void thePageSaysWhatTheTextSays() throws Exception {
        for (String variant : VARIANTS) {
            for (boolean bytes : new boolean[] {false, true}) {
                String candidate = DIR.resolve(variant + ".pcap").toString();
                Path page = tmp.resolve(variant + (bytes ? "-bytes" : "") + ".html");
                List<String> args = new ArrayList<>(List.of("diff"));
                if (bytes) args.add("--bytes");
                var text = run(concat(args, BASE.toString(), candidate));
                var r = run(concat(args, "--report", page.toString(), BASE.toString(), candidate));
                String what = variant + (bytes ? " --bytes" : "");
                assertEquals(text.code(), r.code(), what + ": " + r.err());
                assertEquals(variant.equals("diff-base-again") ? Main.OK : DiffCommand.DIFFERENT, r.code(), what);
                assertEquals(text.out(), r.out(), what + ": the text report beside the page is the same");
                assertEquals("nlscope diff: wrote " + page + ".\n", r.err(), what);

                String html = Files.readString(page, StandardCharsets.UTF_8);
                List<String> lines = text.lines();
                String last = lines.get(lines.size() - 1);
                assertEquals(lines.subList(2, lines.size() - 1), asText(html), what);
                assertTrue(html.contains("<p class=\"hint\" id=\"nl-diff-line\">" + last + "</p>"), what);
                Matcher m = LAST.matcher(last);
                assertTrue(m.matches(), last);
                String[] kinds = {"equal", "added", "removed", "changed", "moved"};
                for (int k = 0; k < kinds.length; k++)
                    assertEquals(m.group(k + 1) == null ? "0" : m.group(k + 1), dataValue(html, kinds[k]), what + ": " + kinds[k]);
                assertEquals(m.group(6), dataValue(html, "verdict"), what);
                assertEquals(bytes, html.contains("data-kind=\"bytes\" data-value="), what);
            }
        }
    }

    @Test
    void addedAndRemovedRowsNameTheTextsOperationsAndFrames() throws Exception {
        Path page = tmp.resolve("extra.html");
        var r = run("diff", "--report", page.toString(), BASE.toString(), DIR.resolve("diff-extra-route.pcap").toString());
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<tr data-kind=\"added\" class=\"diff-added\"><td class=\"diff-kind\">added</td><td class=\"diff-none\" colspan=\"4\">-</td>"
                + "<td class=\"num\">frames 43-44</td><td>route NEWROUTE</td><td class=\"diff-id\">RTA_DST=10.84.0.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100</td>"
                + "<td><span class=\"outcome o-ACK\">ACK</span></td></tr>"), html);
        assertTrue(r.out().contains("\n+ - | frames 43-44  route NEWROUTE RTA_DST=10.84.0.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100  (ACK)\n"), r.out());
        // the other way round the same transaction is removed, on the baseline's side
        var back = run("diff", "--report", page.toString(), DIR.resolve("diff-extra-route.pcap").toString(), BASE.toString());
        assertEquals(DiffCommand.DIFFERENT, back.code(), back.err());
        html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<tr data-kind=\"removed\" class=\"diff-removed\"><td class=\"diff-kind\">removed</td><td class=\"num\">frames 43-44</td>"
                + "<td>route NEWROUTE</td>"), html);
        assertTrue(back.out().contains("\n- frames 43-44 | -  route NEWROUTE"), back.out());
        assertEquals(1, Pattern.compile("<tr data-kind=\"(added|removed)\"").matcher(html).results().count());
        // a failing command: the added transaction's outcome in the error colour
        var failing = run("diff", "-q", "--report", page.toString(), BASE.toString(), DIR.resolve("diff-failing.pcap").toString());
        assertEquals(DiffCommand.DIFFERENT, failing.code(), failing.err());
        assertEquals("", failing.out(), "-q: no text report, the page still written");
        assertEquals("", failing.err());
        html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<td class=\"num\">frames 37-38</td><td>route NEWROUTE</td><td class=\"diff-id\">RTA_DST=10.83.1.0 RTA_GATEWAY=10.81.0.254 "
                + "RTA_PRIORITY=100</td><td><span class=\"outcome o-ERROR\">ERROR EEXIST</span></td></tr>"), html);
    }

    @Test
    void aFileNameIsEscaped() throws Exception {
        Path named = tmp.resolve("base<script>alert(1)<script>.pcap");
        Files.copy(BASE, named);
        Path page = tmp.resolve("named.html");
        var r = run("diff", "--report", page.toString(), named.toString(), DIR.resolve("diff-metric.pcap").toString());
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.err());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("<span class=\"file\">base&lt;script&gt;alert(1)&lt;script&gt;.pcap</span>"));
        assertFalse(html.contains("<script>alert"));
        assertEquals(1, Pattern.compile("<script").matcher(html).results().count(), "the page's own script only");
    }

    @Test
    void thePageIsRenamedIntoPlaceWhole() throws Exception {
        Path page = tmp.resolve("page.html");
        Files.writeString(page, "an older page");
        var r = run("diff", "-T", "json", "--report", page.toString(), BASE.toString(), DIR.resolve("diff-base-again.pcap").toString());
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(new ObjectMapper().readTree(r.out()).path("equivalent").asBoolean(), "the JSON report still on standard output");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
        assertEquals("equivalent", dataValue(html, "verdict"));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of("page.html"), files.map(f -> f.getFileName().toString()).toList(), "no .page.html.partial left");
        }
    }

    @Test
    void writeFailuresAndBadTargets() throws Exception {
        // a folder where the page should go: the rename fails, one sentence, exit 8, no partial file left
        Path dir = Files.createDirectory(tmp.resolve("taken.html"));
        Files.writeString(dir.resolve("inside"), "x");
        var r = run("diff", "--report", dir.toString(), BASE.toString(), DIR.resolve("diff-metric.pcap").toString());
        assertEquals(CaptureCommand.WRITE_FAILED, r.code(), r.err());
        assertTrue(r.err().startsWith("nlscope diff: writing " + dir + " failed: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertFalse(Files.exists(tmp.resolve(".taken.html.partial")));
        // no such folder: a usage error before anything is read
        r = run("diff", "--report", tmp.resolve("no/such/page.html").toString(), BASE.toString(), tmp.resolve("missing.pcap").toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("cannot write") && r.err().contains("there is no folder"), r.err());
        assertEquals("", r.out());
        var help = run("diff", "--help");
        String words = help.out().replaceAll("\\s+", " ");
        assertTrue(words.contains("--report <OUT.html> also write the differences as one self-contained HTML page"), help.out());
        assertTrue(words.contains("3 internal error, 8 writing OUT.html (--report) failed."), help.out());
    }

    private static String[] concat(List<String> first, String... rest) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
