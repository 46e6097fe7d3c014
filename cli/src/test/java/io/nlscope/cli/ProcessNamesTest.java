package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who sent what, offline: testdata/captures/live-processes.pcapng was written by {@code nlscope capture} on nlmon0
 * in the qemu guest (scenario live-processes of testdata/vm/scenarios-live.txt) while python3, a long-lived
 * {@code ip -batch} and short-lived {@code ip} commands ran; live-processes.pids is the log of their pids. read,
 * pairs and stats name the processes, and only those; tshark shows the comments nlscope recorded.
 */
class ProcessNamesTest {
    private static final Path FILE = root().resolve("testdata/captures/live-processes.pcapng");

    /** pid -> "NAME KIND" as the scenario logged them. */
    private static Map<Long, String[]> started() throws Exception {
        Map<Long, String[]> m = new HashMap<>();
        for (String l : Files.readAllLines(root().resolve("testdata/captures/live-processes.pids"))) {
            String[] w = l.split(" ");
            m.put(Long.parseLong(w[1]), new String[] {w[0], w[2]});
        }
        return m;
    }

    private static long pidOf(Map<Long, String[]> started, String kind) {
        return started.entrySet().stream().filter(e -> e.getValue()[1].equals(kind) || e.getValue()[0].equals(kind))
                .findFirst().orElseThrow().getKey();
    }

    @Test
    void pairsNamesTheProcessesTheScenarioStarted() throws Exception {
        Map<Long, String[]> started = started();
        long python = pidOf(started, "python3"), batch = pidOf(started, "batch");
        ReadCommandTest.Result r = run("pairs", "--all", "-T", "ndjson", FILE.toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper om = new ObjectMapper();
        List<JsonNode> pythonRows = new ArrayList<>(), batchRows = new ArrayList<>(), caused = new ArrayList<>();
        int named = 0;
        for (String l : r.lines()) {
            JsonNode row = om.readTree(l).get("row");
            if (row == null || row.get("pid").isNull()) continue;
            named++;
            long pid = row.get("pid").asLong();
            assertTrue(started.containsKey(pid), "a pid the scenario did not start: " + l);
            assertEquals(started.get(pid)[0], row.get("process").asText(), l);
            boolean notification = row.get("outcome").asText().equals("NOTIFICATION");
            if (pid == python) pythonRows.add(row);
            if (pid == batch && !notification) batchRows.add(row);
            if (pid == batch && notification) caused.add(row);
        }
        assertTrue(named > 20, named + " rows named");
        assertEquals(5, pythonRows.size());
        for (JsonNode row : pythonRows) {
            assertEquals("GETLINK", row.get("operation").asText());
            assertEquals("DUMP", row.get("outcome").asText());
        }
        // the probe iproute2 sends first (answered ENODEV), then link add, link set up, addr add, route add
        assertEquals(List.of("NEWLINK ERROR", "NEWLINK ACK", "NEWLINK ACK", "NEWADDR ACK", "NEWROUTE ACK"),
                batchRows.stream().map(x -> x.get("operation").asText() + " " + x.get("outcome").asText()).toList());
        assertEquals(List.of("NEWADDR", "NEWROUTE"), caused.stream().map(x -> x.get("operation").asText()).toList());
    }

    @Test
    void readAndStatsShowTheProcesses() throws Exception {
        Map<Long, String[]> started = started();
        long python = pidOf(started, "python3"), batch = pidOf(started, "batch");
        List<String> lines = run("read", FILE.toString()).lines();
        String dump = lines.stream().filter(l -> l.contains("RTM_GETLINK") && l.contains("sent by python3[" + python + "]")).findFirst().orElseThrow();
        assertTrue(dump.contains("DUMP"), dump);
        assertTrue(lines.stream().anyMatch(l -> l.contains("RTNLGRP_IPV4_ROUTE") && l.matches(".*caused by frame \\d+ of ip\\[" + batch + "\\]\\]$")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("NLMSG_ERROR") && l.endsWith(", to ip[" + batch + "]]")));

        // -V shows each frame's comments under its header, JSON as frame_comments
        String comment = "pid=" + python + " portid=" + python + " proto=0 comm=python3";
        assertTrue(run("read", "-V", FILE.toString()).out().contains(" messages\n  comment: " + comment + "\n  cooked header\n"));
        JsonNode first = new ObjectMapper().readTree(run("read", "-T", "ndjson", FILE.toString()).lines().stream()
                .filter(l -> l.contains("comm=python3")).findFirst().orElseThrow());
        assertEquals(comment, first.get("frame_comments").get(0).asText());
        assertEquals(python, first.get("pairing").get("process").get("pid").asLong());
        assertEquals("python3", first.get("pairing").get("process").get("name").asText());

        JsonNode stats = new ObjectMapper().readTree(run("stats", "-T", "json", FILE.toString()).out());
        Map<Long, JsonNode> byPid = new HashMap<>();
        for (JsonNode p : stats.get("processes")) byPid.put(p.get("pid").asLong(), p);
        assertEquals("python3", byPid.get(python).get("name").asText());
        assertEquals(5, byPid.get(python).get("transactions").asLong());
        assertEquals(5, byPid.get(batch).get("transactions").asLong());
        assertEquals(1, byPid.get(batch).get("errors").asLong());
        assertEquals(2, byPid.get(batch).get("notifications").asLong());
        String table = run("stats", FILE.toString()).out();
        assertTrue(table.contains("\nprocesses (as the capture recorded them)"), table);
        assertTrue(table.matches("(?s).*\npython3\\[" + python + "\\] +5 +0 +0\n.*"), table);
    }

    /** Wireshark shows what nlscope recorded: frame.comment on every frame of python3's port. */
    @Test
    void tsharkShowsTheComments() throws Exception {
        long python = pidOf(started(), "python3");
        String out = StraceCaptureTest.exec("tshark", "-r", FILE.toString(), "-Y", "frame.comment contains \"comm=python3\"",
                "-T", "fields", "-e", "frame.comment", "-e", "netlink.hdr_pid");
        List<String> rows = out.lines().filter(l -> l.contains("\t")).toList();   // not tshark's warnings
        assertTrue(rows.size() >= 10, out);   // five dump requests and their parts
        for (String l : rows) {
            String[] f = l.split("\t");
            assertEquals("pid=" + python + " portid=" + python + " proto=0 comm=python3", f[0], l);
            assertTrue(f[1].startsWith(Long.toString(python)), l);   // nlmsg_pid: the port the comment names
        }
    }
}
