package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope diff} on real recordings (testdata/diff, testdata/vm/scenarios-diff.txt, the qemu 6.1 kernel):
 * diff-base recorded twice is equivalent although every interface index differs; each variant differs from it in
 * exactly its one known way, and the report is the committed VARIANT.expected.txt.
 */
class DiffRecordingsTest {
    private static final Path DIR = root().resolve("testdata/diff");
    private static final Path BASE = DIR.resolve("diff-base.pcap");

    private static ReadCommandTest.Result diff(String variant, String... options) {
        List<String> args = new ArrayList<>(List.of("diff"));
        args.addAll(List.of(options));
        args.add(BASE.toString());
        args.add(DIR.resolve(variant + ".pcap").toString());
        return run(args.toArray(String[]::new));
    }

    private static String expected(String variant) throws Exception {
        return Files.readString(DIR.resolve(variant + ".expected.txt"), StandardCharsets.UTF_8);
    }

    /** The changes of a report: its lines after the two file lines, without the footer. */
    private static List<String> body(ReadCommandTest.Result r) {
        List<String> l = r.lines();
        return l.subList(2, l.size() - 1);
    }

    /** The ifa_index of every RTM_NEWADDR request in a capture, as recorded. */
    private static List<Long> addressIndexes(Path file) throws Exception {
        List<Long> out = new ArrayList<>();
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; )
                for (NetlinkMessage m : f.messages()) {
                    if (!m.typeName().equals("RTM_NEWADDR") || m.direction() != io.nlscope.dissect.Direction.TO_KERNEL) continue;
                    Field ifa = m.field("ifaddrmsg").flatMap(h -> h.child("ifa_index")).orElseThrow();
                    out.add(ifa.value() instanceof Value.Num n ? n.value() : ((Value.Named) ifa.value()).raw());
                }
        }
        return out;
    }

    @Test
    void theSameScenarioRecordedTwiceIsEquivalent() throws Exception {
        // the second run's interfaces have other kernel indexes: the requests differ in their bytes, not in what they ask
        List<Long> a = addressIndexes(BASE), b = addressIndexes(DIR.resolve("diff-base-again.pcap"));
        assertEquals(2, a.size());
        assertEquals(2, b.size());
        assertNotEquals(a, b);
        var r = diff("diff-base-again");
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        assertEquals(expected("diff-base-again"), r.out());
        assertEquals(List.of(), body(r));
        assertEquals("35 equal; 0 added, 0 removed, 0 changed: equivalent", r.lines().get(2));
    }

    @Test
    void oneRouteMoreIsOneAddedTransaction() throws Exception {
        var r = diff("diff-extra-route");
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out() + r.err());
        assertEquals(expected("diff-extra-route"), r.out());
        assertEquals(List.of(
                "  frames 41-42 | frames 41-42  route NEWROUTE RTA_DST=10.83.3.0 RTA_OIF=dfv0 RTA_PRIORITY=300  (ACK)",
                "+ - | frames 43-44  route NEWROUTE RTA_DST=10.84.0.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100  (ACK)"), body(r));
        assertTrue(r.out().endsWith("35 equal; 1 added, 0 removed, 0 changed: different\n"), r.out());
        // the later dumps list the extra route too: they are compared by their outcome (DUMP), not by their parts
        JsonNode j = new ObjectMapper().readTree(diff("diff-extra-route", "-T", "json").out());
        assertEquals(1, j.path("changes").size());
        JsonNode c = j.path("changes").get(0);
        assertEquals("added", c.path("kind").asText());
        assertEquals("route NEWROUTE", c.path("operation").asText());
        assertTrue(c.path("candidate").path("identity").asText().contains("RTA_DST=10.84.0.0"), c.toString());
    }

    @Test
    void anotherMetricIsOneChangedTransactionNamingIt() throws Exception {
        var r = diff("diff-metric");
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out() + r.err());
        assertEquals(expected("diff-metric"), r.out());
        List<String> b = body(r);
        assertEquals(3, b.size(), r.out());
        assertTrue(b.get(1).startsWith("~ frames 37-38 | frames 37-38  route NEWROUTE RTA_DST=10.83.2.0 RTA_GATEWAY=10.82.0.254"), b.get(1));
        assertEquals("      RTA_PRIORITY 100 -> 200", b.get(2));
        assertTrue(r.out().endsWith("34 equal; 0 added, 0 removed, 1 changed: different\n"), r.out());
        assertEquals(Main.OK, diff("diff-metric", "-q", "--ignore", "RTA_PRIORITY").code());
    }

    @Test
    void aFailingCommandIsOneAddedTransactionWithItsError() throws Exception {
        var r = diff("diff-failing");
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out() + r.err());
        assertEquals(expected("diff-failing"), r.out());
        // the first add is aligned with the baseline's (equal, the context); the repeated one is added and failed
        assertEquals(List.of(
                "  frames 35-36 | frames 35-36  route NEWROUTE RTA_DST=10.83.1.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100  (ACK)",
                "+ - | frames 37-38  route NEWROUTE RTA_DST=10.83.1.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100  (ERROR EEXIST)"), body(r));
        JsonNode j = new ObjectMapper().readTree(diff("diff-failing", "-T", "json").out());
        assertEquals(1, j.path("changes").size());
        assertEquals("ERROR EEXIST", j.path("changes").get(0).path("candidate").path("outcome").asText());
        // the same two sessions the other way round: the failed add is the one removed
        var back = run("diff", DIR.resolve("diff-failing.pcap").toString(), BASE.toString());
        assertEquals(DiffCommand.DIFFERENT, back.code());
        assertEquals(List.of("- frames 37-38 | -  route NEWROUTE RTA_DST=10.83.1.0 RTA_GATEWAY=10.81.0.254 RTA_PRIORITY=100  (ERROR EEXIST)"),
                body(back).stream().filter(l -> !l.startsWith("  ")).toList());
    }

    @Test
    void interfacesCreatedInAnotherOrderAreOnlyMoved() throws Exception {
        // every index differs, and the link dump lists the links in another order: neither counts; the creation
        // of dfd0 (with iproute2's probe before it) comes after the veth pair's instead of before
        assertNotEquals(addressIndexes(BASE), addressIndexes(DIR.resolve("diff-iface-order.pcap")));
        var r = diff("diff-iface-order");
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out() + r.err());
        assertEquals(expected("diff-iface-order"), r.out());
        List<String> moved = body(r).stream().filter(l -> !l.startsWith("  ")).toList();
        assertEquals(List.of(
                "> frames 3-4 | frames 7-8  route NEWLINK IFLA_IFNAME=dfd0 ifi_index=0 IFLA_INFO_KIND=dummy  (ACK)",
                "> frames 5-6 | frames 5-6  route NEWLINK ifi_index=0  (ERROR ENODEV)"), moved);
        assertTrue(r.out().endsWith("33 equal; 0 added, 0 removed, 0 changed, 2 moved: different\n"), r.out());
        // with --unordered the order does not count: equivalent
        var u = diff("diff-iface-order", "--unordered");
        assertEquals(Main.OK, u.code(), u.out());
        assertTrue(u.out().endsWith("35 equal; 0 added, 0 removed, 0 changed: equivalent\n"), u.out());
        JsonNode j = new ObjectMapper().readTree(diff("diff-iface-order", "-T", "json").out());
        assertEquals("moved", j.path("changes").get(0).path("kind").asText());
        assertEquals(7, j.path("changes").get(0).path("candidate").path("frame").asInt());
    }
}
