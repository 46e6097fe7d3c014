package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope check} on real captures: the committed rules files give their committed reports, and what the
 * verdicts say agrees with what the test derives on its own, from the pairing ground truth of pairs-rtnl
 * ({@code pairs-rtnl.expected.tsv}) and from {@code pairs -T json}.
 */
class CheckCommandTest {
    @TempDir Path tmp;

    private static final Path RULES = root().resolve("testdata/rules");
    private static final Path RTNL = root().resolve("testdata/captures/pairs-rtnl.pcap");
    private static final Path LIVE = root().resolve("testdata/captures/live-processes.pcapng");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachRulesFileGivesItsCommittedReport() throws Exception {
        int files = 0;
        try (var list = Files.list(RULES)) {
            for (Path rules : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                String name = rules.getFileName().toString().replaceFirst("\\.yaml$", "");
                String capture = name.replaceFirst("\\..*", "");
                Path file = root().resolve("testdata/captures/" + capture + ".pcap");
                if (!Files.exists(file)) file = root().resolve("testdata/captures/" + capture + ".pcapng");
                var r = run("check", "-q", file.toString(), "--rules", rules.toString());
                assertEquals(name.endsWith(".pass") ? Main.OK : CheckCommand.FAILED, r.code(), name + ": " + r.err());
                assertEquals(Files.readString(RULES.resolve(name + ".expected.txt")), r.out(), name);
                files++;
            }
        }
        assertEquals(3, files);
    }

    @Test
    void errorsAndTransactionsAreThePairingGroundTruths() throws Exception {
        long transactions = 0, errors = 0;
        for (String line : Files.readAllLines(root().resolve("testdata/captures/pairs-rtnl.expected.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f[2].equals("NOTIFICATION") || f[2].equals("ORPHAN")) continue;
            transactions += Long.parseLong(f[4]);
            if (f[2].equals("ERROR")) errors += Long.parseLong(f[4]);
        }
        JsonNode v = verdicts(RTNL, RULES.resolve("pairs-rtnl.pass.yaml"));
        assertTrue(v.get("passed").booleanValue());
        assertEquals(transactions + " transactions, " + errors + " errors, " + errors + " of them allowed",
                v.get("verdicts").get(0).get("summary").asText());
    }

    @Test
    void offendersAreExactlyTheTransactionsTheRuleRefuses() throws Exception {
        // route changes that failed with anything but EEXIST, from pairs -T json
        List<String> expected = new ArrayList<>();
        for (JsonNode row : JSON.readTree(run("pairs", "-q", "-T", "json", RTNL.toString()).out()).get("rows")) {
            String op = row.get("operation").asText();
            if ((op.equals("NEWROUTE") || op.equals("DELROUTE")) && row.get("outcome").asText().equals("ERROR")
                    && !row.get("errno").asText().equals("EEXIST"))
                expected.add("frame " + row.get("requestFrame").asInt() + " ");
        }
        assertEquals(2, expected.size());
        JsonNode rule = verdicts(RTNL, RULES.resolve("pairs-rtnl.fail.yaml")).get("verdicts").get(1);
        assertEquals("route changes fail only with EEXIST", rule.get("name").asText());
        assertEquals(false, rule.get("passed").booleanValue());
        List<String> got = new ArrayList<>();
        for (JsonNode o : rule.get("offenders")) got.add(o.asText().substring(0, o.asText().indexOf('#')));
        assertEquals(expected, got);
        assertTrue(rule.get("offenders").get(0).asText().contains("ERROR ENETUNREACH \"Nexthop has invalid gateway\""));
    }

    @Test
    void latencyPercentilesAreThoseOfTheTransactions() throws Exception {
        // p99 of RTM_NEWLINK's 16 latencies is their maximum (HdrHistogram keeps 3 significant digits)
        double max = 0;
        int n = 0;
        for (JsonNode row : JSON.readTree(run("pairs", "-q", "-T", "json", RTNL.toString()).out()).get("rows")) {
            if (!row.get("operation").asText().equals("NEWLINK")) continue;
            n++;
            max = Math.max(max, row.get("lastLatencyMs").asDouble());
        }
        JsonNode rule = verdicts(RTNL, RULES.resolve("pairs-rtnl.fail.yaml")).get("verdicts").get(2);
        Matcher m = Pattern.compile("RTM_NEWLINK \\((\\d+)\\): p99 ([0-9.]+) ms > 50.0 ms").matcher(rule.get("summary").asText());
        assertTrue(m.find(), rule.toString());
        assertEquals(n, Integer.parseInt(m.group(1)));
        assertEquals(max, Double.parseDouble(m.group(2)), max * 0.001);
        // the slow ones listed are those over the bound, slowest first
        for (JsonNode o : rule.get("offenders")) {
            Matcher ms = Pattern.compile("in ([0-9.]+) ms$").matcher(o.asText());
            assertTrue(ms.find() && Double.parseDouble(ms.group(1)) > 50, o.asText());
        }
    }

    @Test
    void sendersAreTheProcessesTheCaptureRecorded() throws Exception {
        JsonNode v = verdicts(LIVE, RULES.resolve("live-processes.yaml")).get("verdicts");
        assertEquals("4 requests, each from a process allowed to send it", v.get(0).get("summary").asText());
        // ip[209]'s changes are the first not allowed when ip may only read
        JsonNode offenders = v.get(1).get("offenders");
        assertEquals("frame 4 #5 RTM_NEWLINK: ERROR ENODEV by ip[209]", offenders.get(0).asText());
        assertTrue(offenders.get(2).asText().endsWith("(the capture does not say which process sent it)"));
        assertEquals("13 notifications: RTM_NEWLINK 2, RTM_NEW*ROUTE 7, RTM_DELLINK 0", v.get(2).get("summary").asText());
    }

    @Test
    void junitXmlHasOneTestCasePerRuleAndItsFailures() throws Exception {
        Path rules = tmp.resolve("rules.yaml");
        Files.writeString(rules, """
                rules:
                  - name: "errors \\e[31m allowed?"
                    no-errors: {except: [ENODEV]}
                  - name: no errors at all
                    no-errors: true
                """);
        Path xml = tmp.resolve("check.xml");
        var r = run("check", "-q", LIVE.toString(), "--rules", rules.toString(), "--junit-xml", xml.toString());
        assertEquals(CheckCommand.FAILED, r.code(), r.err());
        assertTrue(r.out().contains("PASS  errors \\x1b[31m allowed?"), r.out());   // escaped for the terminal
        Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        Element suite = d.getDocumentElement();
        assertEquals("testsuite", suite.getTagName());
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(2, cases.getLength());
        assertEquals("errors \\x1b[31m allowed?", ((Element) cases.item(0)).getAttribute("name"));
        assertEquals(0, ((Element) cases.item(0)).getElementsByTagName("failure").getLength());
        Element failure = (Element) ((Element) cases.item(1)).getElementsByTagName("failure").item(0);
        assertEquals("44 transactions, 7 errors: 7 not allowed", failure.getAttribute("message"));
        assertEquals(8, failure.getTextContent().split("\n").length, failure.getTextContent());
        assertTrue(failure.getTextContent().contains("frame 4 #5 RTM_NEWLINK: ERROR ENODEV by ip[209]"));
    }

    @Test
    void badRulesFilesAreOneSentenceAndExit2() throws Exception {
        String[][] cases = {
                {"rules:\n  - no-errors: true\n    latency: {p99: 5ms}\n", "rule 1: has 2 kinds [no-errors, latency]; a rule has exactly one of"},
                {"rules:\n  - name: x\n    latency: {p999: 5ms}\n", "rule 1 ('x'): latency: unknown key 'p999' (expected max, p50, p90, p95, p99, p99.9, per-operation)."},
                {"rules:\n  - latency: {p99: soon}\n", "rule 1: latency p99: 'soon' is no duration"},
                {"rules:\n  - no-errors: {except: [EEXISTS on RTM_NEWROUTE]}\n", "EEXISTS is no errno name"},
                {"rules:\n  - sequence: ['type == ']\n", "rule 1: step 1: column 9: expected a value after '=='"},
                {"rules:\n  - notifications: {RTM_NEWLINK: '5..2'}\n", "'5..2' is an empty range"},
                {"rules: [\n", "is not valid YAML at line"},
                {"checks: []\n", "a rules file is a mapping with a list 'rules'"},
                {"rules:\n  - match: flags.ACK\n    no-unanswered: true\n    no-unanswered: true\n", "is not valid YAML"},
        };
        for (String[] c : cases) {
            Path rules = tmp.resolve("bad.yaml");
            Files.writeString(rules, c[0]);
            var r = run("check", "-q", RTNL.toString(), "--rules", rules.toString());
            assertEquals(Main.USAGE, r.code(), c[0]);
            assertTrue(r.err().startsWith("nlscope check: bad.yaml") && r.err().contains(c[1]), c[0] + " -> " + r.err());
            assertEquals("", r.out());
        }
        var none = run("check", RTNL.toString());
        assertEquals(Main.USAGE, none.code());
        assertEquals("nlscope check: name the rules file with --rules RULES.yaml; run 'nlscope check --help' for usage.\n", none.err());
        var missing = run("check", RTNL.toString(), "--rules", tmp.resolve("nope.yaml").toString());
        assertEquals(Main.USAGE, missing.code());
    }

    private static JsonNode verdicts(Path capture, Path rules) throws Exception {
        var r = run("check", "-q", "-T", "json", capture.toString(), "--rules", rules.toString());
        assertTrue(r.code() == Main.OK || r.code() == CheckCommand.FAILED, r.err());
        return JSON.readTree(r.out());
    }
}
