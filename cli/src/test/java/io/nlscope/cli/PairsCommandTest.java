package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nlscope pairs / stats / read's links on real captures (pairs-rtnl.pcap: iproute2 changes and
 * failures in a 6.1 kernel; its commands' log and expected outcomes are next to it).
 */
class PairsCommandTest {
    static Path rtnl() { return root().resolve("testdata/captures/pairs-rtnl.pcap"); }

    @Test
    void csvRowsCarryOperationKeyFieldsOutcomeAndFrames() throws Exception {
        ReadCommandTest.Result r = run("pairs", "--format", "csv", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.out());
        List<Map<String, String>> rows = it.readAll();
        assertEquals(48, rows.size());   // pairs-rtnl.expected.tsv: 48 transactions, nothing else
        // `ip route add 198.51.100.0/24 via 192.0.2.254` the second time (commands log: "RTNETLINK answers: File exists")
        Map<String, String> eexist = rows.stream().filter(m -> m.get("operation").equals("NEWROUTE")
                && m.get("errno").equals("EEXIST")).findFirst().orElseThrow();
        assertEquals("route", eexist.get("family"));
        assertEquals("198.51.100.0/24 via 192.0.2.254", eexist.get("request"));
        assertEquals("ERROR", eexist.get("outcome"));
        assertEquals("File exists", eexist.get("error"));
        assertEquals("25", eexist.get("requestFrame"));
        assertEquals("26", eexist.get("firstResponseFrame"));
        // the extended ACK's message comes with the errno's text
        assertTrue(rows.stream().anyMatch(m -> m.get("error").equals("Invalid argument: mtu greater than device maximum")));
    }

    @Test
    void jsonWithOutcomeAndFamilyFilters() throws Exception {
        ReadCommandTest.Result r = run("pairs", "--format", "json", "--outcome", "error", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode rows = doc.get("rows");
        assertEquals(20, rows.size());   // the ERROR rows of pairs-rtnl.expected.tsv
        for (JsonNode row : rows) assertEquals("ERROR", row.get("outcome").asText());
        assertEquals(48, doc.get("counts").get("transactions").asLong());

        ReadCommandTest.Result e = run("pairs", "--format", "csv", "--family", "ethtool",
                root().resolve("testdata/captures/genl-ethtool.pcap").toString());
        List<String> lines = e.lines();
        assertTrue(lines.size() > 10, e.out());
        for (String l : lines.subList(1, lines.size())) assertTrue(l.contains(",ethtool,"), l);
    }

    @Test
    void statsCountsOutcomesErrorsAndLatency() throws Exception {
        ReadCommandTest.Result r = run("stats", "--format", "json", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode newroute = null;
        for (JsonNode op : doc.get("operations")) if (op.get("operation").asText().equals("NEWROUTE")) newroute = op;
        assertTrue(newroute != null, r.out());
        assertEquals("route", newroute.get("family").asText());
        assertEquals("RTM_NEWROUTE", newroute.get("type").asText(), "the kernel's name next to the table's");
        assertEquals(3, newroute.get("transactions").asLong());
        assertEquals(1, newroute.get("outcomes").get("ACK").asLong());
        assertEquals(2, newroute.get("outcomes").get("ERROR").asLong());
        assertEquals(1, newroute.get("errors").get("EEXIST").asLong());
        assertEquals(1, newroute.get("errors").get("ENETUNREACH").asLong());
        JsonNode lat = newroute.get("latencyNs");
        assertEquals(3, lat.get("count").asLong());
        assertTrue(lat.get("p50").asLong() > 0 && lat.get("p50").asLong() <= lat.get("max").asLong(), lat.toString());

        ReadCommandTest.Result t = run("stats", root().resolve("testdata/captures/pairs-monitor.pcap").toString());
        assertEquals(0, t.code(), t.err());
        assertTrue(t.out().contains("notifications"), t.out());
    }

    /** pairs-rtnl.pcap's NEWLINK row lists four errnos, wider than the 48 columns the table starts with: the column grows. */
    @Test
    void statsColumnsGrowToTheirWidestEntry() {
        ReadCommandTest.Result r = run("stats", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        List<String> table = r.out().lines().takeWhile(l -> !l.isEmpty()).toList();
        String wide = table.stream().filter(l -> l.startsWith("route NEWLINK ")).findFirst().orElseThrow();
        assertTrue(wide.contains("13 ERROR (EEXIST 1, EINVAL 1, ENODEV 10, EOPNOTSUPP 1)"), wide);
        int p50 = table.get(0).indexOf("p50 ms") + "p50 ms".length();
        for (String l : table) {
            assertEquals(table.get(0).length(), l.length(), "every row ends under 'bytes': " + l);
            assertEquals(' ', l.charAt(p50), l);   // p50 ends under its heading, then a space
            assertTrue(Character.isDigit(l.charAt(p50 - 1)) || l == table.get(0), l);
        }
    }

    @Test
    void anEmptyCaptureSaysSoInEveryCommand(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path empty = dir.resolve("empty.pcap");
        byte[] header = new byte[24];   // a classic pcap header, little-endian, LINKTYPE_NETLINK, no frames
        java.nio.ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                .putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(253);
        java.nio.file.Files.write(empty, header);
        for (String cmd : List.of("read", "pairs", "stats")) {
            ReadCommandTest.Result r = run(cmd, empty.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("nlscope: " + empty + " holds no frames.", r.err().strip(), cmd);
        }
        ReadCommandTest.Result q = run("read", "-q", empty.toString());
        assertEquals("", q.err(), "-q keeps it quiet");
    }

    /**
     * pairs-monitor.pcap: `ip monitor` while addresses, routes and a link come and go. Each
     * notification's group follows from its type and, for addresses, routes and netconf, from the
     * family byte of its fixed header (checked with tshark: frames 22-26 are AF_INET6, 32-37 AF_INET).
     */
    @Test
    void notificationsNameTheirMulticastGroup() throws Exception {
        ReadCommandTest.Result r = run("stats", "--format", "json", root().resolve("testdata/captures/pairs-monitor.pcap").toString());
        assertEquals(0, r.code(), r.err());
        StringBuilder rows = new StringBuilder();
        for (JsonNode n : new ObjectMapper().readTree(r.out()).get("notifications")) {
            rows.append(n.get("type").asText()).append(' ').append(n.path("group").asText("-")).append(' ')
                    .append(n.get("messages").asLong()).append('\n');
        }
        assertEquals(String.join("\n",
                "RTM_DELADDR RTNLGRP_IPV4_IFADDR 2", "RTM_DELADDR RTNLGRP_IPV6_IFADDR 2", "RTM_DELLINK RTNLGRP_LINK 1",
                "RTM_DELNEIGH RTNLGRP_NEIGH 1", "RTM_DELNETCONF RTNLGRP_IPV4_NETCONF 1", "RTM_DELNETCONF RTNLGRP_IPV6_NETCONF 1",
                "RTM_DELROUTE RTNLGRP_IPV4_ROUTE 4", "RTM_DELROUTE RTNLGRP_IPV6_ROUTE 3", "RTM_NEWADDR RTNLGRP_IPV4_IFADDR 2",
                "RTM_NEWADDR RTNLGRP_IPV6_IFADDR 2", "RTM_NEWLINK RTNLGRP_LINK 3", "RTM_NEWNETCONF RTNLGRP_IPV4_NETCONF 1",
                "RTM_NEWNETCONF RTNLGRP_IPV6_NETCONF 1", "RTM_NEWROUTE RTNLGRP_IPV4_ROUTE 4", "RTM_NEWROUTE RTNLGRP_IPV6_ROUTE 3") + "\n",
                rows.toString());

        ReadCommandTest.Result t = run("read", root().resolve("testdata/captures/pairs-monitor.pcap").toString());
        String frame22 = t.lines().stream().filter(l -> l.trim().startsWith("22 ")).findFirst().orElseThrow();
        assertTrue(frame22.endsWith("[notification to RTNLGRP_IPV6_ROUTE]"), frame22);
        String caused = t.lines().stream().filter(l -> l.trim().startsWith("40 ")).findFirst().orElseThrow();
        assertTrue(caused.matches(".*\\[notification to RTNLGRP_IPV4_ROUTE, caused by frame 39\\]$"), caused);
        // requests and responses name no group
        assertTrue(t.lines().stream().filter(l -> l.contains("response to frame") || l.contains("answered by"))
                .noneMatch(l -> l.contains("RTNLGRP")), t.out());
    }

    /** -c N shows N messages, but their requests still get the answers that come after the N-th. */
    @Test
    void readCountShowsNMessagesWithTheirAnswers() throws Exception {
        ReadCommandTest.Result r = run("read", "-c", "1", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.out());
        assertTrue(r.lines().get(0).matches(".* RTM_NEWLINK .*\\[answered by frame 2 in [0-9.]+ ms: ERROR ENODEV\\]$"), r.out());
        ReadCommandTest.Result d = run("read", "-c", "3", root().resolve("testdata/captures/rtnl-dump.pcap").toString());
        assertEquals(3, d.lines().size(), d.out());
        assertTrue(d.lines().get(2).matches(".* RTM_GETLINK .*\\[answered by frames 4-5 in .* ms: DUMP \\(3 messages\\)\\]$"), d.out());
        ReadCommandTest.Result off = run("read", "-c", "1", "--no-pairing", rtnl().toString());
        assertEquals(1, off.lines().size(), off.out());
    }

    @Test
    void readLinksEveryMessageInJson() throws Exception {
        ReadCommandTest.Result r = run("read", "-T", "ndjson", rtnl().toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper m = new ObjectMapper();
        JsonNode request = null, answer = null;
        for (String line : r.lines()) {
            JsonNode n = m.readTree(line);
            if (n.get("frame").asLong() == 25) request = n;
            if (n.get("frame").asLong() == 26) answer = n;
            assertTrue(n.has("pairing"), line);
        }
        assertEquals("request", request.get("pairing").get("role").asText());
        assertEquals("ERROR", request.get("pairing").get("outcome").asText());
        assertEquals("EEXIST", request.get("pairing").get("errno").asText());
        assertEquals(26, request.get("pairing").get("first_response_frame").asLong());
        assertEquals("response", answer.get("pairing").get("role").asText());
        assertEquals(25, answer.get("pairing").get("request_frame").asLong());
        ReadCommandTest.Result off = run("read", "-T", "ndjson", "--no-pairing", "-c", "1", rtnl().toString());
        assertTrue(!off.out().contains("\"pairing\""), off.out());
    }

    /**
     * One format registry for every command: -T and --format are the same option in read, pairs and stats, "text"
     * names the table where a command's text is a table, and pairs writes NDJSON (one row per line, then the counts).
     */
    @Test
    void everyCommandTakesTheFormatsOfTheRegistry() throws Exception {
        ReadCommandTest.Result table = run("pairs", rtnl().toString());
        ReadCommandTest.Result text = run("pairs", "-T", "text", rtnl().toString());
        assertEquals(0, text.code(), text.err());
        assertEquals(table.out(), text.out());
        assertTrue(table.lines().get(0).startsWith("     #        time  operation"), table.lines().get(0));

        assertEquals("index,time,protocol,family,operation,request,outcome,errno,error,responses,firstLatencyMs,lastLatencyMs,"
                + "requestFrame,firstResponseFrame,lastResponseFrame,process,pid,notes", run("pairs", "-T", "csv", rtnl().toString()).lines().get(0));

        ReadCommandTest.Result nd = run("pairs", "-T", "ndjson", "--outcome", "error", rtnl().toString());
        assertEquals(0, nd.code(), nd.err());
        List<String> lines = nd.lines();
        assertEquals(21, lines.size(), nd.out());   // the 20 ERROR rows, then the counts
        ObjectMapper om = new ObjectMapper();
        for (String l : lines.subList(0, 20)) {
            assertTrue(l.startsWith("{\"row\":{"), l);   // each line is its object, nothing before it
            JsonNode row = om.readTree(l).get("row");
            assertEquals("ERROR", row.get("outcome").asText(), l);
            assertTrue(row.get("requestFrame").asLong() > 0, l);
        }
        assertTrue(lines.get(20).startsWith("{\"counts\":{"), lines.get(20));
        JsonNode eexist = om.readTree(lines.stream().filter(l -> l.contains("\"EEXIST\"") && l.contains("198.51.100.0/24"))
                .findFirst().orElseThrow()).get("row");
        assertEquals("NEWROUTE", eexist.get("operation").asText());
        assertEquals(26, eexist.get("firstResponseFrame").asLong());
        assertEquals(48, om.readTree(lines.get(20)).get("counts").get("transactions").asLong());

        ReadCommandTest.Result st = run("stats", "-T", "json", rtnl().toString());
        ReadCommandTest.Result sl = run("stats", "--format", "json", rtnl().toString());
        assertEquals(0, st.code(), st.err());
        assertEquals(sl.out(), st.out());
        assertEquals(run("stats", rtnl().toString()).out(), run("stats", "-T", "text", rtnl().toString()).out());

        ReadCommandTest.Result rd = run("read", "--format", "bogus", rtnl().toString());
        assertEquals(2, rd.code());
        assertEquals("nlscope read: unknown format 'bogus'; use text, json, ndjson, fields or none.\n", rd.err());
        ReadCommandTest.Result help = run("pairs", "--help");
        String h = help.out().replaceAll("\\s+", " ");   // however the help wraps
        assertTrue(h.contains("ndjson: one JSON object per row per line") && h.contains("csv: CSV with a header"), help.out());
    }

    @Test
    void usageErrorsAreOneSentenceAndExitCode2() {
        ReadCommandTest.Result a = run("pairs", "--outcome", "maybe", rtnl().toString());
        assertEquals(2, a.code());
        assertTrue(a.err().startsWith("nlscope pairs: unknown outcome 'maybe'"), a.err());
        ReadCommandTest.Result b = run("stats", "--timeout", "-1", rtnl().toString());
        assertEquals(2, b.code());
        assertEquals("nlscope stats: --timeout needs a positive number of seconds, not '-1'.\n", b.err());
        ReadCommandTest.Result c = run("pairs", "--format", "xml", rtnl().toString());
        assertEquals(2, c.code());
        assertEquals("nlscope pairs: unknown format 'xml'; use table, csv, json, ndjson or fields.\n", c.err());
        assertEquals("", c.out(), "nothing, not even the table's header, before the error");
        ReadCommandTest.Result s = run("stats", "-T", "xml", rtnl().toString());
        assertEquals(2, s.code());
        assertEquals("nlscope stats: unknown format 'xml'; use table, json, ndjson or csv.\n", s.err());
        ReadCommandTest.Result d = run("pairs", root().resolve("testdata/no-such.pcap").toString());
        assertEquals(2, d.code());
        assertTrue(d.err().contains("no such file"), d.err());
    }

    /** tshark's -r and -c: -r FILE is FILE; pairs -c N shows N rows, stats -c N reads N messages. */
    @Test
    void tsharkStyleReadFileAndCount() throws Exception {
        Path ethtool = root().resolve("testdata/captures/genl-ethtool.pcap");
        assertEquals(run("pairs", ethtool.toString()).out(), run("pairs", "-r", ethtool.toString()).out());
        assertEquals(run("stats", ethtool.toString()).out(), run("stats", "-r", ethtool.toString()).out());
        assertEquals(run("read", ethtool.toString()).out(), run("read", "-r", ethtool.toString()).out());
        ReadCommandTest.Result both = run("pairs", "-r", ethtool.toString(), ethtool.toString());
        assertEquals(2, both.code());
        assertEquals("nlscope pairs: give exactly one capture file, with -r FILE or as FILE, not both (or '-' for standard input); "
                + "run 'nlscope pairs --help' for usage.\n", both.err());

        List<String> all = run("pairs", ethtool.toString()).lines(), three = run("pairs", "-c", "3", ethtool.toString()).lines();
        assertEquals(all.subList(0, 4), three.subList(0, 4));   // the header and the first three rows
        assertEquals(5, three.size());
        assertTrue(three.get(4).startsWith("3 transactions"), three.get(4));
        ReadCommandTest.Result bad = run("pairs", "-c", "x", ethtool.toString());
        assertEquals(2, bad.code());
        assertEquals("nlscope pairs: -c needs a whole number of rows, not 'x'.\n", bad.err());

        JsonNode ten = new ObjectMapper().readTree(run("stats", "-T", "json", "-c", "10", ethtool.toString()).out());
        assertEquals(10, ten.get("counts").get("messages").asLong());
        // the first ten messages are five requests, each with its one answer (the fifth a GETLINK's RTM_NEWLINK)
        assertEquals(5, ten.get("counts").get("transactions").asLong());
        assertEquals(0, new ObjectMapper().readTree(run("stats", "-T", "json", "-c", "0", ethtool.toString()).out()).get("bytes").asLong());
    }

    /** A selection says what it showed and left out; one that matches nothing says so, naming what there is. */
    @Test
    void aSelectionCountsWhatItLeftOut() throws Exception {
        Path ethtool = root().resolve("testdata/captures/genl-ethtool.pcap");
        ReadCommandTest.Result none = run("pairs", "--family", "bogus", ethtool.toString());
        assertEquals(0, none.code());
        assertEquals("nlscope pairs: no row matched --family bogus (the capture has ethtool, generic, nlctrl, route).\n", none.err());
        List<String> lines = none.lines();
        assertEquals(2, lines.size(), none.out());   // the header and the footer
        assertTrue(lines.get(1).startsWith("0 rows shown, 27 left out by --family bogus; of them all: 27 transactions"), lines.get(1));

        ReadCommandTest.Result some = run("pairs", "--family", "ethtool", "--outcome", "error", ethtool.toString());
        List<String> rows = some.lines();
        long shown = rows.size() - 2;
        assertTrue(shown > 0 && rows.subList(1, rows.size() - 1).stream().allMatch(l -> l.contains(" ethtool ") && l.contains("ERROR")), some.out());
        assertTrue(rows.get(rows.size() - 1).startsWith(shown + " rows shown, " + (27 - shown) + " left out by --family ethtool --outcome error;"),
                rows.get(rows.size() - 1));
        assertEquals("", some.err());
    }

    /** pairs -Y and stats -Y select by the request: the family name as a filter selects what --family does. */
    @Test
    void displayFiltersSelectTransactionsByTheirRequest() throws Exception {
        Path ethtool = root().resolve("testdata/captures/genl-ethtool.pcap");
        List<String> byFamily = run("pairs", "--family", "ethtool", ethtool.toString()).lines();
        List<String> byFilter = run("pairs", "-Y", "ethtool", ethtool.toString()).lines();
        assertEquals(byFamily.subList(0, byFamily.size() - 1), byFilter.subList(0, byFilter.size() - 1));
        assertTrue(byFilter.get(byFilter.size() - 1).startsWith("13 rows shown, 14 left out by -Y 'ethtool'; of them all: 27 transactions"),
                byFilter.get(byFilter.size() - 1));
        // a tree field of the request: the two GETLINKs of dummy2 (the NEWLINK that made it names it too)
        List<String> named = run("pairs", "-Y", "attr.IFLA_IFNAME == \"dummy2\"", ethtool.toString()).lines();
        assertEquals(List.of("NEWLINK", "GETLINK", "GETLINK"), named.subList(1, named.size() - 1).stream()
                .map(l -> l.trim().split(" +")[3]).toList());
        ObjectMapper om = new ObjectMapper();
        JsonNode all = om.readTree(run("stats", "-T", "json", ethtool.toString()).out());
        JsonNode some = om.readTree(run("stats", "-T", "json", "-Y", "ethtool", ethtool.toString()).out());
        List<String> want = new java.util.ArrayList<>();
        for (JsonNode op : all.get("operations")) if (op.get("family").asText().equals("ethtool")) want.add(op.toString());
        List<String> got = new java.util.ArrayList<>();
        for (JsonNode op : some.get("operations")) got.add(op.toString());
        assertEquals(want, got);
        assertTrue(want.size() > 5, want.toString());

        ReadCommandTest.Result bad = run("stats", "-Y", "outcome == ERROR && latency > fast", ethtool.toString());
        assertEquals(2, bad.code());
        assertEquals("nlscope stats: -Y: column 31: 'fast' is not a duration such as 10ms, 1.5s, 250us or 800ns.\n"
                + "  outcome == ERROR && latency > fast\n                                ^\n", bad.err());
        ReadCommandTest.Result none = run("pairs", "-Y", "seq == 123456", ethtool.toString());
        assertEquals("nlscope pairs: no row matched -Y 'seq == 123456'.\n", none.err());
    }
}
