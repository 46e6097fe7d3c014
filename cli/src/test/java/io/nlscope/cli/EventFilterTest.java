package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filters of the transaction ({@code outcome}, {@code errno}, {@code latency}, {@code process}, {@code extack.msg},
 * {@code notification}, {@code request}, {@code response}) on real captures: what {@code read -Y} shows, message by
 * message, and the rows {@code pairs -Y} keeps, equal what the pairing events say, computed here from
 * {@link Pairing} and from {@code pairs -T json}.
 */
class EventFilterTest {
    private static final Path CROSSCHECK = root().resolve("testdata/captures/crosscheck.pcap");
    private static final Path RTNL = root().resolve("testdata/captures/pairs-rtnl.pcap");
    private static final Path PROCESSES = root().resolve("testdata/captures/live-processes.pcapng");
    private static final Path GROUPS = root().resolve("testdata/captures/groups-nft.pcap");

    private static List<PairingEvent> events(Path file) throws Exception {
        List<PairingEvent> out = new ArrayList<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), out::add);
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; ) p.accept(f);
        }
        p.finish();
        return out;
    }

    /** "frame/index" of every message of the events that {@code select} chooses; {@code requestsOnly} leaves out responses. */
    private static TreeSet<String> expected(Path file, Predicate<PairingEvent> select, boolean requestsOnly) throws Exception {
        TreeSet<String> s = new TreeSet<>();
        for (PairingEvent e : events(file)) {
            if (!select.test(e)) continue;
            if (e instanceof Transaction t) {
                s.add(key(t.request()));
                if (!requestsOnly) for (MessageRef m : t.responses()) s.add(key(m));
            } else if (e instanceof Unpaired u) {
                s.add(key(u.message()));
            }
        }
        return s;
    }

    private static String key(MessageRef m) { return m.frame() + "/" + m.index(); }

    /** The messages {@code read -Y filter -T ndjson} shows. */
    private static TreeSet<String> read(Path file, String filter) throws Exception {
        var r = run("read", "-q", "-T", "ndjson", "-Y", filter, file.toString());
        assertEquals(Main.OK, r.code(), r.err());
        TreeSet<String> s = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String l : r.lines()) {
            JsonNode n = json.readTree(l);
            s.add(n.path("frame").asLong() + "/" + n.path("index").asInt());
        }
        return s;
    }

    private static void same(Path file, String filter, Predicate<PairingEvent> select, boolean requestsOnly) throws Exception {
        TreeSet<String> want = expected(file, select, requestsOnly);
        assertTrue(want.size() >= 2, filter + " selects " + want + ": the check could not fail");
        assertEquals(want, read(file, filter), "read -Y '" + filter + "' on " + file.getFileName());
    }

    private static boolean outcome(PairingEvent e, Outcome o) { return e instanceof Transaction t && t.outcome() == o; }

    @Test
    void readShowsTheMessagesOfTheMatchingEvents() throws Exception {
        same(CROSSCHECK, "outcome == ERROR", e -> outcome(e, Outcome.ERROR), false);
        same(CROSSCHECK, "outcome == ERROR && request", e -> outcome(e, Outcome.ERROR), true);
        same(CROSSCHECK, "errno == ENODEV", e -> e instanceof Transaction t && t.errno() == -19, false);
        same(CROSSCHECK, "errno == 19", e -> e instanceof Transaction t && t.errno() == -19, false);
        same(CROSSCHECK, "route && outcome in {DUMP REPLY} && latency >= 0.5ms", e -> e instanceof Transaction t && t.request().protocol() == 0
                && (t.outcome() == Outcome.DUMP || t.outcome() == Outcome.REPLY) && t.lastLatencyNanos() >= 500_000, false);
        same(RTNL, "extack.msg contains \"gateway\"", e -> e instanceof Transaction t && t.errorMessage().contains("gateway"), false);
        same(RTNL, "!(outcome == ACK) && responses == 1", e -> e instanceof Transaction t && t.outcome() != Outcome.ACK && t.responseCount() == 1, false);
        same(GROUPS, "notification", e -> e instanceof Unpaired u && u.kind() == Unpaired.Kind.NOTIFICATION, false);
        same(PROCESSES, "process == \"python3\"", e -> e instanceof Transaction t && t.process() != null && t.process().name().equals("python3")
                || e instanceof Unpaired u && u.message().process() != null && u.message().process().name().equals("python3"), false);
    }

    @Test
    void pairsKeepsTheRowsWhoseTransactionMatches() throws Exception {
        JsonNode all = new ObjectMapper().readTree(run("pairs", "-q", "-T", "json", CROSSCHECK.toString()).out()).path("rows");
        int slow = 0;
        for (JsonNode r : all) if (r.path("lastLatencyMs").asDouble() > 1) slow++;
        assertTrue(slow > 3 && slow < all.size(), slow + " of " + all.size());
        JsonNode got = new ObjectMapper().readTree(run("pairs", "-q", "-T", "json", "-Y", "latency > 1ms", CROSSCHECK.toString()).out()).path("rows");
        assertEquals(slow, got.size());
        for (JsonNode r : got) assertTrue(r.path("lastLatencyMs").asDouble() > 1, r.toString());
        var errors = run("pairs", "-q", "-Y", "outcome == ERROR && errno == ENODEV", CROSSCHECK.toString());
        assertTrue(errors.out().contains("6 rows shown, 33 left out by -Y 'outcome == ERROR && errno == ENODEV'"), errors.out());
    }

    @Test
    void statsCountsTheMatchingTransactions() throws Exception {
        JsonNode s = new ObjectMapper().readTree(run("stats", "-q", "-T", "json", "-Y", "outcome == ERROR", CROSSCHECK.toString()).out());
        assertEquals(6, s.path("operations").get(0).path("transactions").asLong(), s.toString());
        assertEquals(1, s.path("operations").size(), s.toString());
        assertEquals(6, s.path("selection").path("matched").asLong(), s.toString());
        assertEquals(33, s.path("selection").path("leftOut").asLong(), s.toString());
        assertEquals(39, s.path("counts").path("transactions").asLong(), "the totals count all");
        var text = run("stats", "-q", "-Y", "outcome == ERROR", CROSSCHECK.toString());
        assertTrue(text.out().contains("-Y 'outcome == ERROR' matched 6 of 39 events (33 left out)"), text.out());
        var none = run("stats", "-Y", "errno == EPERM", CROSSCHECK.toString());
        assertTrue(none.err().contains("nothing matched -Y 'errno == EPERM'"), none.err());
    }

    /** stats -T csv and -T ndjson hold what -T json holds, operation by operation. */
    @Test
    void statsFormatsAgree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode doc = json.readTree(run("stats", "-q", "-T", "json", "-Y", "route", RTNL.toString()).out());
        List<String> csv = run("stats", "-q", "-T", "csv", "-Y", "route", RTNL.toString()).lines();
        List<String> nd = run("stats", "-q", "-T", "ndjson", "-Y", "route", RTNL.toString()).lines();
        JsonNode ops = doc.path("operations");
        assertTrue(ops.size() > 5, doc.toString());
        assertEquals(ops.size() + 1, csv.size());
        int i = 0;
        for (JsonNode op : ops) {
            String[] c = csv.get(++i).split(",", -1);
            assertEquals(op.path("type").asText(), c[2]);
            assertEquals(op.path("transactions").asText(), c[3]);
            assertEquals(op.path("latencyNs").path("p99").asText(), c[12]);
            assertEquals(op, json.readTree(nd.get(i)).path("operation"));
        }
        assertEquals(doc.path("counts"), json.readTree(nd.get(nd.size() - 1)).path("counts"));
        assertEquals(doc.path("selection"), json.readTree(nd.get(nd.size() - 2)).path("selection"));
    }

    @Test
    void durationsAndEventFieldsAreChecked() {
        var r = run("read", "-q", "-Y", "latency > soon", CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("'soon' is not a duration such as 10ms, 1.5s, 250us or 800ns"), r.err());
        r = run("read", "-q", "-Y", "extack.offset == 4", CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("'extack.offset' is no field of the extended ACK: filters test extack.msg"), r.err());
        r = run("read", "-q", "--no-pairing", "-Y", "outcome == ERROR", CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("needs pairing"), r.err());
    }

    @Test
    void readCountsWhatItShowsWithCAndAFilterOfTheEvent() throws Exception {
        var r = run("read", "-q", "-c", "3", "-Y", "outcome == ERROR", CROSSCHECK.toString());
        assertEquals(3, r.lines().size(), r.out());
        assertTrue(r.lines().get(2).contains("RTM_NEWLINK") && r.lines().get(2).contains("ERROR ENODEV"), r.out());
    }
}
