package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nlscope report} pages of real captures opened in a real browser (headless Chromium): each loads without a
 * console warning or error; the numbers it shows (counts, transactions per operation, errors by errno and operation,
 * p50/p90/p99/max) are those {@code nlscope stats -T json} gives for the same file; a filter typed into the page
 * narrows the table to the rows it names; a row opens to its decoded messages; the timeline zooms. A screenshot of each
 * section is kept in cli/target/report-screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {
    @TempDir Path tmp;
    private Browser browser;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] SECTIONS = {"overview", "timeline", "latency", "errors", "notifications", "traffic", "processes", "transactions"};

    @BeforeAll void start() throws Exception { browser = Browser.start(); }

    @AfterAll void stop() throws Exception { if (browser != null) browser.close(); }

    private Path report(Path capture, String... more) throws Exception {
        Path page = tmp.resolve(capture.getFileName() + ".html");
        List<String> args = new ArrayList<>(List.of("report", capture.toString(), "-w", page.toString()));
        args.addAll(List.of(more));
        var r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        return page;
    }

    private static JsonNode stats(Path capture, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("stats", "-T", "json"));
        args.addAll(List.of(more));
        args.add(capture.toString());
        var r = run(args.toArray(String[]::new));
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        return JSON.readTree(r.out());
    }

    /** "1,234": how the page writes a count. */
    private static String count(long n) { return String.format(Locale.ROOT, "%,d", n); }

    /** How stats' table (and the page) writes nanoseconds as milliseconds. */
    private static String ms(long ns) {
        if (ns < 0) return "-";
        long us = (ns + 500) / 1000;
        return us / 1000 + "." + String.format("%03d", us % 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"live-processes.pcapng", "genl-ethtool.pcap", "netfilter.pcap", "groups-nft.pcap", "pairs-cut-end.pcap",
            "pairs-concurrent.pcap"})
    void pageShowsWhatStatsCounts(String name) throws Exception {
        Path capture = root().resolve("testdata/captures").resolve(name);
        JsonNode s = stats(capture);
        browser.open(report(capture));
        assertThat(browser.consoleProblems()).as("console of " + name).isEmpty();
        JsonNode c = s.path("counts");

        // the cards
        assertThat(card("messages")).isEqualTo(c.path("messages").asLong());
        assertThat(card("transactions")).isEqualTo(c.path("transactions").asLong());
        assertThat(card("notifications")).isEqualTo(c.path("notifications").asLong());
        assertThat(browser.find("#nl-card-transactions .n").getText()).isEqualTo(count(c.path("transactions").asLong()));
        Map<String, Long> outcomes = new TreeMap<>();
        for (JsonNode op : s.path("operations")) op.path("outcomes").fields().forEachRemaining(e -> outcomes.merge(e.getKey(), e.getValue().asLong(), Long::sum));
        assertThat(card("errors")).isEqualTo(outcomes.getOrDefault("ERROR", 0L));
        assertThat(card("unanswered")).isEqualTo(outcomes.getOrDefault("UNANSWERED", 0L));
        Map<String, Long> bar = new TreeMap<>();
        for (WebElement a : browser.all(".outcomebar a")) bar.put(a.getAttribute("data-outcome"), Long.parseLong(a.getAttribute("data-value")));
        assertThat(bar).isEqualTo(outcomes);

        // latency per operation, and errors by errno and operation: every operation stats names, with its numbers
        List<WebElement> latencyRows = browser.all("#latency tbody tr");
        assertThat(latencyRows).hasSize(s.path("operations").size());
        Map<String, Long> errnoTotals = new TreeMap<>();
        for (JsonNode op : s.path("operations")) {
            String sel = "tr[data-family='" + op.path("family").asText() + "'][data-op='" + op.path("operation").asText() + "']";
            List<WebElement> cells = browser.find("#latency " + sel).findElements(By.tagName("td"));
            assertThat(cells.get(1).getText()).isEqualTo(count(op.path("transactions").asLong()));
            JsonNode l = op.path("latencyNs");
            assertThat(cells.get(2).getText()).isEqualTo(count(l.path("count").asLong()));
            String[] keys = {"p50", "p90", "p99", "max"};
            for (int i = 0; i < 4; i++) {
                assertThat(cells.get(4 + i).getAttribute("data-ns")).as(op + " " + keys[i]).isEqualTo(l.path(keys[i]).asText());
                assertThat(cells.get(4 + i).getText()).isEqualTo(ms(l.path(keys[i]).asLong()));
            }
            Map<String, Long> shown = new TreeMap<>(), expected = new TreeMap<>();
            op.path("errors").fields().forEachRemaining(e -> {
                expected.put(e.getKey(), e.getValue().asLong());
                errnoTotals.merge(e.getKey(), e.getValue().asLong(), Long::sum);
            });
            if (!expected.isEmpty())
                for (WebElement a : browser.find("#errors " + sel).findElements(By.cssSelector("a[data-errno]")))
                    shown.put(a.getAttribute("data-errno"), Long.parseLong(a.getText().replace(",", "")));
            assertThat(shown).as(sel).isEqualTo(expected);
        }
        for (Map.Entry<String, Long> e : errnoTotals.entrySet())
            assertThat(browser.find("#errors td[data-errno-total='" + e.getKey() + "']").getText()).isEqualTo(count(e.getValue()));
        assertThat(browser.find("#nl-pairing-orphans .n").getText()).isEqualTo(count(c.path("orphans").asLong()));
        assertThat(browser.find("#nl-pairing-ambiguous .n").getText()).isEqualTo(count(c.path("ambiguous").asLong()));
        assertThat(browser.find("#nl-pairing-evicted .n").getText()).isEqualTo(count(c.path("evicted").asLong()));

        // the table: every event a row; each outcome typed as a filter leaves exactly its rows
        long events = c.path("transactions").asLong() + c.path("notifications").asLong() + c.path("orphans").asLong()
                + c.path("late").asLong() + c.path("copies").asLong() + c.path("unreadable").asLong();
        assertThat(browser.find("#nl-count").getText()).isEqualTo(events + " rows");
        for (Map.Entry<String, Long> o : outcomes.entrySet()) {
            type("outcome:" + o.getKey());
            assertThat(browser.waitForText("#nl-count", o.getValue() + " of " + events + " rows")).isEqualTo(o.getValue() + " of " + events + " rows");
            assertThat(browser.all("#nl-table tbody tr.row")).hasSize((int) Math.min(200, o.getValue()));
            for (WebElement badge : browser.all("#nl-table tbody tr.row .outcome")) assertThat(badge.getText()).startsWith(o.getKey());
        }
        type("");
        browser.waitForText("#nl-count", events + " rows");

        for (String section : SECTIONS) {
            List<WebElement> e = browser.all("#" + section);
            if (e.isEmpty()) continue;   // processes: only where the capture recorded them
            assertThat(Files.size(browser.screenshot(e.get(0), name.replaceAll("\\.pcap(ng)?$", "") + "-" + section))).isGreaterThan(1000);
        }
        assertThat(browser.consoleProblems()).as("console of " + name).isEmpty();
    }

    private long card(String what) {
        return Long.parseLong(browser.find("#nl-card-" + what + " .n").getAttribute("data-value"));
    }

    private void type(String filter) {
        WebElement box = browser.find("#nl-filter");
        box.clear();
        box.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!filter.isEmpty()) box.sendKeys(filter);
        else browser.script("arguments[0].dispatchEvent(new Event('input'))", box);
    }

    /** A row opens to its decoded request and responses: the ethtool request rejected with an extended ACK message. */
    @Test
    void rowOpensToItsDecodedMessagesWithTheExtendedAck() throws Exception {
        Path capture = root().resolve("testdata/captures/genl-ethtool.pcap");
        browser.open(report(capture));
        type("errno:EOPNOTSUPP");   // six requests of the ethtool family were refused so
        assertThat(browser.waitForText("#nl-count", "6 of 27 rows")).isEqualTo("6 of 27 rows");
        type("op:linkmodes_get errno:EOPNOTSUPP");
        assertThat(browser.waitForText("#nl-count", "1 of 27 rows")).isEqualTo("1 of 27 rows");
        WebElement row = browser.find("#nl-table tbody tr.row");
        assertThat(row.getText()).contains("ethtool LINKMODES_GET", "ERROR EOPNOTSUPP", "failed to retrieve link settings");
        row.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("tr.detail pre")).size() == 2);
        List<WebElement> pre = browser.all("tr.detail pre");
        List<WebElement> labels = browser.all("tr.detail h4");
        assertThat(labels.get(0).getText()).isEqualTo("request, frame 14");
        assertThat(labels.get(1).getText()).isEqualTo("response 1 of 1, frame 15");
        assertThat(pre.get(0).getText()).contains("ETHTOOL_MSG_LINKMODES_GET", "ETHTOOL_A_HEADER_DEV_NAME: \"dummy2\"");
        assertThat(pre.get(1).getText()).contains("NLMSG_ERROR", "EOPNOTSUPP", "NLMSGERR_ATTR_MSG: \"failed to retrieve link settings\"");
        browser.screenshot(browser.find("#transactions"), "genl-ethtool-row-open");
        row.click();   // and closes again
        assertThat(browser.all("tr.detail")).isEmpty();
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** Links in the summary (an error count) set the filter; the timeline zooms in and back to the whole capture. */
    @Test
    void errorCountLinksToItsRowsAndTheTimelineZooms() throws Exception {
        Path capture = root().resolve("testdata/captures/live-processes.pcapng");
        browser.open(report(capture));
        WebElement enodev = browser.find("#errors a[data-errno='ENODEV']");
        long n = Long.parseLong(enodev.getText());
        enodev.click();
        assertThat(browser.find("#nl-filter").getAttribute("value")).isEqualTo("family:route op:NEWLINK errno:ENODEV");
        assertThat(browser.find("#nl-count").getText()).isEqualTo(n + " of 57 rows");
        String whole = browser.find("#nl-span").getText();
        browser.click("#nl-zoom-in");
        String zoomed = browser.find("#nl-span").getText();
        assertThat(zoomed).isNotEqualTo(whole);
        browser.click("#nl-zoom-reset");
        assertThat(browser.find("#nl-span").getText()).isEqualTo(whole);
        // shift-drag across a quarter of the plot: the span shown is about a quarter of the whole
        WebElement canvas = browser.find("#nl-timeline");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", canvas);
        int w = canvas.getSize().getWidth();
        new org.openqa.selenium.interactions.Actions(browser.driver).keyDown(Keys.SHIFT)
                .moveToElement(canvas, -w / 2 + 150 + (w - 158) / 4, 0).clickAndHold().moveByOffset((w - 158) / 4, 0).release()
                .keyUp(Keys.SHIFT).perform();
        String brushed = browser.find("#nl-span").getText();   // "1.5 s – 3 s"
        assertThat(brushed).isNotEqualTo(whole).contains(" – ");
        String[] ends = brushed.split(" – ");
        assertThat(seconds(ends[1]) - seconds(ends[0])).isBetween(0.2 * seconds(whole.split(" – ")[1]), 0.3 * seconds(whole.split(" – ")[1]));
        browser.click("#nl-zoom-reset");
        // the canvas has bars drawn on it: some pixels are neither white nor transparent
        Object painted = browser.script("const c = document.getElementById('nl-timeline'); const d = c.getContext('2d')"
                + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 0; i < d.length; i += 4) "
                + "if (d[i + 3] > 0 && (d[i] < 200 || d[i + 1] < 200)) n++; return n;");
        assertThat(((Number) painted).longValue()).isGreaterThan(100);
        // hovering along the first lane finds a bar (its tooltip shows); clicking it opens its row in the table
        int h = canvas.getSize().getHeight();
        org.openqa.selenium.interactions.Actions mouse = new org.openqa.selenium.interactions.Actions(browser.driver);
        int found = -1;
        for (int x = 150; x < w - 8 && found < 0; x += 2) {
            mouse.moveToElement(canvas, x - w / 2, 9 - h / 2).perform();
            if (browser.find("#nl-tip").isDisplayed()) found = x;
        }
        assertThat(found).as("a bar in the first lane").isPositive();
        String tip = browser.find("#nl-tip").getText();   // "#1 route GETLINK  DUMP  3.262 ms ..."
        assertThat(tip).startsWith("#");
        String index = tip.substring(1, tip.indexOf(' '));
        mouse.click().perform();
        assertThat(browser.find("#nl-filter").getAttribute("value")).isEqualTo("#" + index);
        assertThat(browser.waitForText("#nl-count", "1 of 57 rows")).isEqualTo("1 of 57 rows");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver, java.time.Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("tr.detail pre")).isEmpty());
        assertThat(browser.find("#nl-table tbody tr.row").getText()).startsWith(index + " ");
        // and the row closes with the keyboard
        browser.find("#nl-table tbody tr.row").sendKeys(Keys.ENTER);
        assertThat(browser.all("tr.detail")).isEmpty();
        browser.find("#nl-group").sendKeys("family");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** "1.5 s", "250 ms", "0 s" as seconds. */
    private static double seconds(String d) {
        String[] p = d.trim().split(" ");
        double v = Double.parseDouble(p[0]);
        return switch (p[1]) { case "s" -> v; case "ms" -> v / 1e3; case "µs" -> v / 1e6; default -> v / 1e9; };
    }

    /** -Y: the page counts what the filter chose, as stats -Y does. */
    @Test
    void filteredReportCountsWhatStatsCounts() throws Exception {
        Path capture = root().resolve("testdata/captures/live-processes.pcapng");
        JsonNode s = stats(capture, "-Y", "outcome == ERROR");
        browser.open(report(capture, "-Y", "outcome == ERROR"));
        long matched = s.path("selection").path("matched").asLong();
        assertThat(browser.find("#nl-count").getText()).isEqualTo(matched + " rows");
        assertThat(browser.all("#latency tbody tr")).hasSize(s.path("operations").size());
        assertThat(browser.find("#overview .note").getText()).contains("matched " + matched);
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** diff --report: the page loads cleanly, its cards count what the text report counts, the filter narrows the rows. */
    @Test
    void diffPageShowsTheTextReportsCounts() throws Exception {
        Path base = root().resolve("testdata/diff/diff-base.pcap"), other = root().resolve("testdata/diff/diff-failing.pcap");
        Path page = tmp.resolve("diff.html");
        var r = run("diff", base.toString(), other.toString(), "--report", page.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(DiffCommand.DIFFERENT);
        browser.open(page);
        assertThat(browser.consoleProblems()).isEmpty();
        String last = r.lines().get(r.lines().size() - 1);   // "35 equal; 1 added, 0 removed, 2 changed: different"
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+) equal; (\\d+) added, (\\d+) removed, (\\d+) changed").matcher(last);
        assertThat(m.find()).as(last).isTrue();
        String[] kinds = {"equal", "added", "removed", "changed"};
        for (int k = 0; k < kinds.length; k++)
            assertThat(browser.find("#nl-diff-summary [data-kind='" + kinds[k] + "']").getAttribute("data-value")).as(kinds[k]).isEqualTo(m.group(k + 1));
        long changes = r.lines().stream().filter(l -> l.startsWith("+ ") || l.startsWith("- ") || l.startsWith("~ ") || l.startsWith("> ")).count();
        long context = r.lines().stream().filter(l -> l.startsWith("  ") && l.contains(" | ")).count();
        String all = changes + context + " of " + (changes + context) + " rows";
        assertThat(browser.find("#nl-diff-count").getText()).isEqualTo(all);
        WebElement box = browser.find("#nl-diff-filter");
        box.sendKeys("EEXIST");
        long matching = browser.all("#nl-diff-table tbody tr[data-kind]").stream().filter(WebElement::isDisplayed).count();
        assertThat(matching).isPositive().isLessThan(changes + context);
        assertThat(browser.find("#nl-diff-count").getText()).isEqualTo(matching + " of " + (changes + context) + " rows");
        for (WebElement row : browser.all("#nl-diff-table tbody tr[data-kind]"))
            if (row.isDisplayed()) assertThat(row.getText() + nextLines(row)).contains("EEXIST");
        box.clear();
        box.sendKeys(" ");
        browser.screenshot(browser.find("main"), "diff-base-vs-failing");
        assertThat(browser.consoleProblems()).isEmpty();
    }

    /** The text of the rows under a diff row (its details), up to the next row of its own. */
    private String nextLines(WebElement row) {
        return String.valueOf(browser.script("let t = ''; let n = arguments[0].nextElementSibling; "
                + "while (n && !n.dataset.kind) { t += ' ' + n.textContent; n = n.nextElementSibling; } return t;", row));
    }
}
