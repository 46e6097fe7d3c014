package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static io.nlscope.cli.ExportCommandTest.tshark;
import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code -T fields -e}: the values {@code read} shows equal tshark's for the same fields (per frame, as tshark
 * aggregates them); {@code pairs}' equal its JSON rows; and what {@code read -Y} counts equals what the unfiltered
 * {@code -T ndjson} gives when the test applies the same condition itself.
 */
class FieldsOutputTest {
    private static final Path DUMP = root().resolve("testdata/captures/rtnl-dump.pcap");
    private static final Path CHANGES = root().resolve("testdata/captures/rtnl-changes.pcap");
    private static final Path CROSSCHECK = root().resolve("testdata/captures/crosscheck.pcap");

    /** Our lines grouped by their first column (the frame), each other column's non-empty values joined with ','. */
    private static List<String> byFrame(String out) {
        Map<String, List<List<String>>> frames = new LinkedHashMap<>();
        for (String l : out.split("\n")) {
            String[] c = l.split("\t", -1);
            List<List<String>> cols = frames.computeIfAbsent(c[0], k -> new ArrayList<>());
            for (int i = 1; i < c.length; i++) {
                if (cols.size() < i) cols.add(new ArrayList<>());
                if (!c[i].isEmpty()) cols.get(i - 1).add(c[i]);
            }
        }
        List<String> lines = new ArrayList<>();
        frames.forEach((f, cols) -> {
            StringBuilder b = new StringBuilder(f);
            for (List<String> v : cols) b.append('\t').append(String.join(",", v));
            lines.add(b.toString());
        });
        return lines;
    }

    @Test
    void readShowsWhatTsharkShowsForTheSameFields() throws Exception {
        String ours = run("read", "-q", "--no-pairing", "-T", "fields", "-e", "frame", "-e", "attr.IFLA_IFNAME", "-e", "attr.IFLA_MTU",
                "-e", "ifinfomsg.ifi_index", DUMP.toString()).out();
        String theirs = tshark("-r", DUMP.toString(), "-T", "fields", "-e", "frame.number", "-e", "netlink-route.ifla_ifname",
                "-e", "netlink-route.ifla_mtu", "-e", "netlink-route.ifi_index");
        List<String> want = theirs.lines().toList();
        assertTrue(want.stream().filter(l -> l.contains("lo")).count() >= 1, theirs);
        assertEquals(want, byFrame(ours));
    }

    /** The count of {@code read -Y F} against the unfiltered NDJSON with the condition applied here. */
    private static void countsAgree(Path file, String filter, Predicate<JsonNode> same) throws Exception {
        ObjectMapper json = new ObjectMapper();
        long expected = 0;
        for (String l : run("read", "-q", "-T", "ndjson", file.toString()).lines()) if (same.test(json.readTree(l))) expected++;
        long got = run("read", "-q", "-T", "fields", "-e", "frame", "-Y", filter, file.toString()).lines().size();
        assertTrue(expected > 0, filter + " selects nothing: the check could not fail");
        assertEquals(expected, got, "read -Y '" + filter + "' on " + file.getFileName());
    }

    private static boolean flag(JsonNode n, String name) {
        for (JsonNode f : n.path("flag_names")) if (f.asText().equals(name)) return true;
        return false;
    }

    @Test
    void filteredCountsEqualThoseOfTheNdjson() throws Exception {
        countsAgree(CHANGES, "type == RTM_NEWLINK", n -> n.path("type_name").asText().equals("RTM_NEWLINK"));
        countsAgree(CHANGES, "flags.ACK && !flags.EXCL", n -> flag(n, "ACK") && !flag(n, "EXCL"));
        countsAgree(CHANGES, "seq > 0 && len >= 40", n -> n.path("seq").asLong() > 0 && n.path("length").asLong() >= 40);
        countsAgree(CHANGES, "direction == from_kernel", n -> n.path("direction").asText().equals("from_kernel"));
        countsAgree(CROSSCHECK, "outcome == ERROR", n -> n.path("pairing").path("outcome").asText().equals("ERROR")
                || n.path("pairing").path("role").asText().equals("response") && n.path("type_name").asText().equals("NLMSG_ERROR")
                && n.path("summary").asText().startsWith("error "));
        countsAgree(CROSSCHECK, "outcome == DUMP && request", n -> n.path("pairing").path("outcome").asText().equals("DUMP"));
        countsAgree(CROSSCHECK, "route || sock_diag", n -> n.path("protocol_name").asText().equals("route") || n.path("protocol_name").asText().equals("sock_diag"));
    }

    @Test
    void pairsShowsWhatItsRowsSay() throws Exception {
        JsonNode rows = new ObjectMapper().readTree(run("pairs", "-q", "-T", "json", CROSSCHECK.toString()).out()).path("rows");
        List<String> want = new ArrayList<>();
        for (JsonNode r : rows) want.add(r.path("requestFrame").asText() + "," + r.path("outcome").asText() + "," + r.path("errno").asText()
                + "," + r.path("responses").asText());
        List<String> got = run("pairs", "-q", "-T", "fields", "-e", "frame", "-e", "outcome", "-e", "errno", "-e", "responses",
                "-E", "separator=,", CROSSCHECK.toString()).lines();
        assertEquals(39, want.size());
        assertEquals(want, got);
        // the request's decoded fields, read when it was decoded
        List<String> names = run("pairs", "-q", "-T", "fields", "-e", "attr.IFLA_IFNAME", "-Y", "type == RTM_NEWLINK && attr.IFLA_IFNAME",
                CROSSCHECK.toString()).lines();
        assertTrue(names.size() >= 3 && names.stream().allMatch(n -> !n.isEmpty()), names.toString());
    }

    @Test
    void optionsAsTsharksAndErrorsInOneSentence() {
        var r = run("read", "-q", "--no-pairing", "-T", "fields", "-e", "frame", "-e", "nlmsg.type", "-E", "header=y", "-E", "separator=/s",
                "-E", "quote=d", "-c", "2", CHANGES.toString());
        assertEquals(List.of("frame nlmsg.type", "\"1\" \"RTM_NEWLINK\"", "\"2\" \"NLMSG_ERROR\""), r.lines());
        r = run("read", "-q", "-T", "fields", "-e", "attr.IFLA_MTUU", CHANGES.toString());
        assertEquals(Main.USAGE, r.code());
        assertEquals("nlscope read: -e: no spec names a field 'attr.IFLA_MTUU' (close names: attr.IFLA_MTU).\n", r.err());
        r = run("read", "-q", "-e", "seq", CHANGES.toString());
        assertEquals("nlscope read: -e and -E go with -T fields.\n", r.err());
        r = run("pairs", "-q", "-T", "fields", "-e", "seq", "-E", "colour=red", CHANGES.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("-E knows separator, aggregator, header, quote and occurrence, not 'colour'"), r.err());
    }
}
