package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nlscope.cli.ExportCommandTest.tshark;
import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope fixture}: the transactions a filter chooses, every request and response of each, the hex of
 * each message equal to the frame's bytes as tshark dumps them ({@code tshark -x}), the decoded tree the one
 * {@code read -V} shows.
 */
class FixtureCommandTest {
    @TempDir Path tmp;

    private static final Path RTNL = root().resolve("testdata/captures/pairs-rtnl.pcap");
    private static final Pattern MESSAGE = Pattern.compile("^### (.*): frame (\\d+), message #(\\d+), ");
    private static final Pattern HEX = Pattern.compile("^([0-9a-f]{4})  ((?:[0-9a-f]{2} ?)+)\\s*\\|");

    @Test
    void chosenTransactionsWithTheirBytesAndTrees() throws Exception {
        Path out = tmp.resolve("routes.fixture");
        var r = run("fixture", RTNL.toString(), "-Y", "type == RTM_NEWROUTE", "-w", out.toString());
        assertEquals(Main.OK, r.code(), r.err());
        List<String> lines = Files.readAllLines(out);
        assertTrue(lines.get(1).startsWith("# made by: nlscope fixture ") && lines.get(1).endsWith("-Y 'type == RTM_NEWROUTE' -w " + out), lines.get(1));

        // the transactions are pairs' NEWROUTE rows, each with its request and response
        List<String> expected = new ArrayList<>();
        for (JsonNode row : new ObjectMapper().readTree(run("pairs", "-q", "-T", "json", RTNL.toString()).out()).get("rows"))
            if (row.get("operation").asText().equals("NEWROUTE"))
                expected.add(row.get("requestFrame").asInt() + " " + row.get("request").asText() + ": " + row.get("outcome").asText()
                        + (row.get("errno").asText().isEmpty() ? "" : " " + row.get("errno").asText()));
        assertEquals(3, expected.size());
        List<String> titles = new ArrayList<>();
        Map<Integer, List<String>> hex = new HashMap<>(), trees = new HashMap<>();
        int frame = -1, messages = 0;
        String pendingTitle = null;
        for (String l : lines) {
            if (l.startsWith("## transaction #")) pendingTitle = l.replaceFirst("^## transaction #\\d+: RTM_NEWROUTE ", "").replaceFirst(", answered in [0-9.]+ ms.*", "")
                    .replaceFirst(" \"[^\"]*\"$", "");   // the extended ACK's message: aFilterOfTheTransactionAndItsErrors
            Matcher m = MESSAGE.matcher(l);
            if (m.find()) {
                frame = Integer.parseInt(m.group(2));
                messages++;
                if (m.group(1).startsWith("request")) titles.add(frame + " " + pendingTitle);
                continue;
            }
            if (frame < 0) continue;
            if (HEX.matcher(l).find()) hex.computeIfAbsent(frame, k -> new ArrayList<>()).add(l);
            else if (l.startsWith("  ")) trees.computeIfAbsent(frame, k -> new ArrayList<>()).add(l);
        }
        assertEquals(expected, titles);
        assertEquals(6, messages);   // three requests, three NLMSG_ERRORs

        for (int f : hex.keySet()) {
            // the bytes: those tshark dumps for the frame, at the same offsets
            Map<Integer, String> want = bytes(tshark("-r", RTNL.toString(), "-Y", "frame.number == " + f, "-x"));
            Map<Integer, String> got = bytes(String.join("\n", hex.get(f)));
            int first = got.keySet().stream().min(Integer::compare).orElseThrow();
            assertEquals(16, first, "a frame's first message starts after the nlmon header");
            assertEquals(want.size() - 16, got.size(), "frame " + f + ": every byte of its one message");
            for (var e : got.entrySet()) assertEquals(want.get(e.getKey()), e.getValue(), "frame " + f + " offset " + e.getKey());
            // the tree: read -V's lines of the message, but for the link to its transaction
            List<String> verbose = run("read", "-V", "-q", RTNL.toString()).lines();
            int at = verbose.indexOf(verbose.stream().filter(v -> v.startsWith("Frame " + f + ":")).findFirst().orElseThrow());
            List<String> message = new ArrayList<>();
            for (String v : verbose.subList(at + 1, verbose.size())) {
                if (v.startsWith("Frame ")) break;
                if (v.startsWith("  Message ") || !message.isEmpty()) message.add(v);
            }
            message.removeIf(v -> v.trim().startsWith("[answered by") || v.trim().startsWith("[response to"));
            assertEquals(message, trees.get(f), "frame " + f);
        }
    }

    @Test
    void aFilterOfTheTransactionAndItsErrors() throws Exception {
        var r = run("fixture", "-q", RTNL.toString(), "-Y", "errno == ENETUNREACH", "-w", "-");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.out().contains("## transaction #27: RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH \"Nexthop has invalid gateway\", answered in 0.569 ms"), r.out());
        assertEquals(2, r.lines().stream().filter(l -> l.startsWith("### ")).count());

        var none = run("fixture", RTNL.toString(), "-Y", "errno == EPERM", "-w", tmp.resolve("x").toString());
        assertEquals(Main.OK, none.code());
        assertEquals("nlscope fixture: no transaction matched -Y 'errno == EPERM'; nothing written.\n", none.err());
        assertTrue(!Files.exists(tmp.resolve("x")));
        assertEquals(Main.USAGE, run("fixture", RTNL.toString()).code());
        assertEquals("nlscope fixture: IN is read twice, so it must be a file, not standard input.\n", run("fixture", "-", "-w", "-").err());
    }

    /** offset -> byte (two hex digits) of hex dump lines ("0010  2c 00 ...  ascii"). */
    private static Map<Integer, String> bytes(String dump) {
        Map<Integer, String> m = new HashMap<>();
        for (String l : dump.split("\n")) {
            Matcher h = Pattern.compile("^([0-9a-f]{4})  ((?:[0-9a-f]{2} )*[0-9a-f]{2})").matcher(l);
            if (!h.find()) continue;
            int at = Integer.parseInt(h.group(1), 16);
            for (String b : h.group(2).trim().split(" +")) m.put(at++, b);
        }
        return m;
    }
}
