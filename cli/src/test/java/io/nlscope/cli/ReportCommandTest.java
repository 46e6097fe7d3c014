package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code nlscope report} as the page's data show it, read back here: every row is the row {@code pairs --all -T json}
 * gives for the same file, and each row's decoded messages are those {@code read -V} shows; --rows bounds the table;
 * usage errors are one sentence and exit 2; a damaged capture gives the page of what came before, exit 1; captured
 * markup never reaches the page as markup. (ReportBrowserTest opens the pages in Chromium.)
 */
class ReportCommandTest {
    @TempDir Path tmp;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page's data: {@code base}, {@code end}, {@code starts} (each block's first row), and the rows and details inflated. */
    record Data(JsonNode head, JsonNode rows, JsonNode details, String page) {}

    static Data data(Path page) throws Exception {
        String html = Files.readString(page);
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"nl-data\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        JsonNode head = JSON.readTree(m.group(1));
        JsonNode rows = JSON.readTree(inflate(head.path("rows").asText()));
        com.fasterxml.jackson.databind.node.ArrayNode details = JSON.createArrayNode();
        int block = 0;
        for (JsonNode c : head.path("details")) {
            assertThat(head.path("starts").get(block++).asInt()).as("block " + block + "'s first row").isEqualTo(details.size());
            details.addAll((com.fasterxml.jackson.databind.node.ArrayNode) JSON.readTree(inflate(c.asText())));
        }
        assertThat(head.path("starts").size()).isEqualTo(block);
        return new Data(head, rows, details, html);
    }

    private static String inflate(String b64) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(b64)))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path report(Path capture, String... more) {
        Path page = tmp.resolve(capture.getFileName() + ".html");
        String[] args = new String[4 + more.length];
        args[0] = "report";
        args[1] = capture.toString();
        args[2] = "-w";
        args[3] = page.toString();
        System.arraycopy(more, 0, args, 4, more.length);
        var r = run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.err()).startsWith("nlscope report: wrote " + page);
        return page;
    }

    @ParameterizedTest
    @ValueSource(strings = {"live-processes.pcapng", "genl-ethtool.pcap", "groups-nft.pcap", "pairs-concurrent.pcap", "crosscheck.pcap",
            "pairs-cut-end.pcap", "pairs-dump400.pcap", "pairs-batch.pcap"})
    void rowsAreThoseOfPairsAll(String name) throws Exception {
        Path capture = root().resolve("testdata/captures").resolve(name);
        Data d = data(report(capture));
        JsonNode pairs = JSON.readTree(run("pairs", "--all", "-T", "json", capture.toString()).out()).path("rows");
        assertThat(d.rows().size()).isEqualTo(pairs.size()).isPositive();
        String[] fields = {"index", "time", "protocol", "family", "operation", "request", "outcome", "errno", "error", "responses",
                "firstLatencyMs", "lastLatencyMs", "requestFrame", "firstResponseFrame", "lastResponseFrame", "process", "pid", "notes"};
        for (int i = 0; i < pairs.size(); i++)
            for (int k = 0; k < fields.length; k++)
                assertThat(d.rows().get(i).get(k)).as(name + " row " + i + " " + fields[k]).isEqualTo(pairs.get(i).get(fields[k]));
        assertThat(d.details().size()).isEqualTo(pairs.size());
        // each row's messages: the request first, then its responses, each as read -V shows it (without the byte spans)
        String tree = run("read", "-V", "-q", capture.toString()).out().replaceAll("  \\[\\d+\\+\\d+\\]", "");
        for (int i = 0; i < pairs.size(); i++) {
            JsonNode item = d.details().get(i);
            JsonNode row = pairs.get(i);
            assertThat(item.get(0).get(1).asLong()).isEqualTo(row.path("requestFrame").asLong());
            long shown = item.size() - 1;
            boolean transaction = !java.util.Set.of("NOTIFICATION", "ORPHAN", "LATE", "COPY", "UNREADABLE").contains(row.path("outcome").asText());
            assertThat(shown).isEqualTo(transaction ? 1 + Math.min(20, row.path("responses").asLong()) : 1);
            for (int k = 0; k < shown; k++) {
                String text = item.get(k).get(2).asText();
                assertThat(text).as(name + " row " + i).isNotEmpty();
                assertThat(tree).contains(text.substring(text.indexOf('\n') + 1));   // its fields, as read -V prints them
            }
            if (transaction && row.path("lastResponseFrame").asLong() > 0)
                assertThat(item.get((int) shown - 1).get(1).asLong()).isLessThanOrEqualTo(row.path("lastResponseFrame").asLong());
        }
    }

    @Test
    void rowsOptionBoundsTheTable() throws Exception {
        Path capture = root().resolve("testdata/captures/live-processes.pcapng");
        Data d = data(report(capture, "--rows", "10"));
        assertThat(d.rows().size()).isEqualTo(10);
        assertThat(d.details().size()).isEqualTo(10);
        assertThat(d.rows().get(9).get(0).asLong()).isEqualTo(10);
        assertThat(d.page()).contains("The table and the timeline hold the first 10 of 57 events");
        assertThat(d.page()).contains("data-value=\"44\">44</span><span class=\"what\">transactions");   // the counts still cover all
    }

    @Test
    void capturedMarkupStaysText() throws Exception {
        String name = "<img src=x onerror=\"window.pwned=1\">";
        String extack = "</script><script>window.pwned=2</script>";
        Path capture = OutputSafetyTest.capture(tmp.resolve("markup.pcap"), name, extack);
        Data d = data(report(capture));
        String outsideData = d.page().replaceAll("(?s)<script type=\"application/json\" id=\"nl-data\">.*?</script>", "");
        assertThat(outsideData).doesNotContain("<img").doesNotContain("window.pwned");
        assertThat(d.rows().get(0).get(5).asText()).isEqualTo(name);   // the row keeps the name as captured; the page sets it as text
        assertThat(d.rows().get(0).get(8).asText()).endsWith(extack);
    }

    @Test
    void usageErrorsAreOneSentence() throws Exception {
        String capture = root().resolve("testdata/captures/genl-ethtool.pcap").toString();
        var noTarget = run("report", capture);
        assertThat(noTarget.code()).isEqualTo(Main.USAGE);
        assertThat(noTarget.err()).isEqualTo("nlscope report: say where to write the page with -w OUT.html ('-' for standard output).\n");
        var rows = run("report", capture, "-w", tmp.resolve("x.html").toString(), "--rows", "many");
        assertThat(rows.code()).isEqualTo(Main.USAGE);
        assertThat(rows.err()).isEqualTo("nlscope report: --rows needs a whole number of events, not 'many'.\n");
        var folder = run("report", capture, "-w", tmp.resolve("no/such/x.html").toString());
        assertThat(folder.code()).isEqualTo(Main.USAGE);
        assertThat(folder.err()).startsWith("nlscope report: cannot write ").contains("there is no folder");
        var missing = run("report", tmp.resolve("absent.pcap").toString(), "-w", tmp.resolve("x.html").toString());
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err().lines().count()).isEqualTo(1);
        var filter = run("report", capture, "-w", tmp.resolve("x.html").toString(), "-Y", "outcome ==");
        assertThat(filter.code()).isEqualTo(Main.USAGE);
        assertThat(Files.exists(tmp.resolve("x.html"))).isFalse();
        try (var list = Files.list(tmp)) { assertThat(list.filter(p -> p.getFileName().toString().endsWith(".partial"))).isEmpty(); }
    }

    @Test
    void standardOutputTakesThePage() throws Exception {
        var r = run("report", "-q", root().resolve("testdata/captures/genl-ethtool.pcap").toString(), "-w", "-");
        assertThat(r.code()).isEqualTo(Main.OK);
        assertThat(r.out()).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void damagedCaptureGivesThePageOfWhatCameBefore() throws Exception {
        Path whole = root().resolve("testdata/captures/genl-ethtool.pcap");
        byte[] b = Files.readAllBytes(whole);
        Path cut = tmp.resolve("cut.pcap");
        Files.write(cut, java.util.Arrays.copyOf(b, b.length - 30));   // into the last frame
        Path page = tmp.resolve("cut.html");
        var r = run("report", cut.toString(), "-w", page.toString());
        assertThat(r.code()).as(r.err()).isEqualTo(Main.DAMAGED);
        Data d = data(page);
        JsonNode pairs = JSON.readTree(run("pairs", "--all", "-T", "json", cut.toString()).out()).path("rows");
        assertThat(d.rows().size()).isEqualTo(pairs.size()).isGreaterThan(20);
    }

    /** Every file of the hostile corpus: no crash, no hang; a page whose rows are pairs --all's wherever a page is made. */
    @Test
    void hostileCorpusNeverCrashesTheReport() throws Exception {
        for (String name : HostileCorpusTest.corpus()) {
            Path capture = HostileCorpusTest.hostile().resolve(name), page = tmp.resolve(name + ".html");
            var r = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                    () -> run("report", capture.toString(), "-w", page.toString()));
            assertThat(r.code()).as(name + ": " + r.err()).isIn(Main.OK, Main.DAMAGED, Main.USAGE);
            HostileCorpusTest.assertSafe(name, r.err());
            // pairs --all shows the rows of the frames before any damage, as the page does; where none came, no page is made
            var p = run("pairs", "--all", "-T", "json", capture.toString());
            assertThat(p.code()).as(name).isEqualTo(r.code());
            JsonNode pairs = p.out().isEmpty() ? JSON.createArrayNode() : JSON.readTree(p.out()).path("rows");
            if (Files.exists(page)) assertThat(data(page).rows().size()).as(name).isEqualTo(pairs.size());
            else assertThat(r.code()).as(name + ": no page").isEqualTo(Main.USAGE);
        }
    }
}
