package io.nlscope.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import io.nlscope.output.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.nlscope.testing.SessionAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NetlinkSession and SessionAssert on the real captures of testdata/ (qemu, kernel 6.1): what each holds is what
 * the commands next to it did (NAME.commands.log) and what pairing must make of it (NAME.expected.tsv).
 */
class NetlinkSessionTest {
    static Path capture(String name) {
        String r = System.getProperty("nlscope.root");
        return Path.of(r == null ? "." : r).resolve("testdata/captures").resolve(name);
    }

    private static final Path RTNL = capture("pairs-rtnl.pcap");

    @TempDir Path tmp;

    /** The session's transactions and notifications counted per family, operation, outcome and errno: the ground truth. */
    @ParameterizedTest
    @ValueSource(strings = {"pairs-rtnl", "pairs-monitor", "pairs-genl-nft-ss", "pairs-cut-end", "pairs-cut-start"})
    void holdsWhatTheGroundTruthSays(String name) throws Exception {
        NetlinkSession s = NetlinkSession.open(capture(name + ".pcap"));
        Map<String, Long> got = new TreeMap<>();
        for (SessionTransaction t : s.transactions())
            got.merge(t.family() + "\t" + t.operation() + "\t" + t.outcome() + "\t" + (t.errno().isEmpty() ? "-" : t.errno()), 1L, Long::sum);
        for (SessionMessage m : s.notifications()) got.merge(m.family() + "\t" + m.operation() + "\tNOTIFICATION\t-", 1L, Long::sum);
        for (SessionMessage m : s.unpaired()) got.merge(m.family() + "\t" + m.operation() + "\t" + m.kind() + "\t-", 1L, Long::sum);
        assertEquals(expected(capture(name + ".expected.tsv")), got, name);
        assertEquals(s.counts().transactions(), s.transactions().size());
        assertEquals(s.counts().notifications(), s.notifications().size());
    }

    /** ip route add 10.77.0.0/16 via 203.0.113.1 -> "Error: Nexthop has invalid gateway." (pairs-rtnl.commands.log). */
    @Test
    void aTransactionHoldsTheRequestsDecodedFieldsAndTheExtendedAck() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL);
        List<SessionTransaction> unreachable = s.errors().stream().filter(t -> t.errno().equals("ENETUNREACH")).toList();
        assertEquals(1, unreachable.size());
        SessionTransaction t = unreachable.get(0);
        assertEquals("RTM_NEWROUTE", t.operation());
        assertEquals("route", t.family());
        assertTrue(t.is("NEWROUTE") && t.is("route NEWROUTE") && !t.is("RTM_DELROUTE"));
        assertEquals(Outcome.ERROR, t.outcome());
        assertEquals("Nexthop has invalid gateway", t.errorMessage());
        assertEquals("10.77.0.0", t.attribute("RTA_DST").orElseThrow());
        assertEquals("203.0.113.1", t.attribute("RTA_GATEWAY").orElseThrow());
        assertEquals("16", t.attribute("rtm_dst_len").orElseThrow(), "by the path's end");
        assertEquals("16", t.attribute("rtmsg.rtm_dst_len").orElseThrow(), "by the whole path");
        assertEquals("RT_TABLE_MAIN", t.attribute("rtm_table").orElseThrow(), "an enum by its name");
        assertTrue(t.attribute("RTA_PRIORITY").isEmpty());
        assertEquals("10.77.0.0/16 via 203.0.113.1", t.keys());
        assertEquals(1, t.responses());
        assertTrue(t.latencyNanos() > 0);
        assertEquals(t.transaction().last().timestampNanos() - t.transaction().request().timestampNanos(), t.latencyNanos());
        assertEquals("frame " + t.frame() + " route RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH \"Nexthop has invalid gateway\"",
                t.toString());
        // ip link add pr1 type veth peer name pr2: a nested attribute by its path
        SessionTransaction veth = s.transactions("RTM_NEWLINK").stream().filter(x -> x.attribute("IFLA_IFNAME").orElse("").equals("pr1")
                && x.outcome() == Outcome.ACK).findFirst().orElseThrow();
        assertEquals("veth", veth.attribute("IFLA_INFO_KIND").orElseThrow());
        assertEquals("pr2", veth.attribute("IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.IFLA_IFNAME").orElseThrow());
        assertThrows(UnsupportedOperationException.class, () -> veth.attributes().put("x", "y"));
    }

    @Test
    void noErrorsExceptThoseAllowedPasses() throws Exception {
        assertThat(NetlinkSession.open(RTNL))
                .hasNoErrorsExcept("ENODEV on RTM_NEWLINK", "ENODEV on GETLINK", "EEXIST", "ENETUNREACH on route NEWROUTE",
                        "ESRCH on RTM_DELROUTE", "EINVAL on RTM_NEWLINK", "EOPNOTSUPP", "ENOENT on RTM_DELNEIGH", "EADDRNOTAVAIL")
                .hasNoUnanswered()
                .hasNoUnpaired();
    }

    @Test
    void anErrorNotAllowedFailsNamingItsFrameAndOperation() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL);
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(s)
                .hasNoErrorsExcept("EEXIST on RTM_NEWROUTE", "ENODEV", "EEXIST on RTM_NEWLINK", "EEXIST on RTM_NEWADDR", "EINVAL",
                        "EOPNOTSUPP", "ENOENT", "EADDRNOTAVAIL"));
        List<String> lines = e.getMessage().lines().toList();
        SessionTransaction unreachable = s.errors().stream().filter(t -> t.errno().equals("ENETUNREACH")).findFirst().orElseThrow();
        SessionTransaction noProcess = s.errors().stream().filter(t -> t.errno().equals("ESRCH")).findFirst().orElseThrow();
        assertEquals(List.of("pairs-rtnl.pcap: expected no errors except EEXIST on RTM_NEWROUTE, ENODEV, EEXIST on RTM_NEWLINK, "
                        + "EEXIST on RTM_NEWADDR, EINVAL, EOPNOTSUPP, ENOENT, EADDRNOTAVAIL, but 2 transactions were refused:",
                "  frame " + unreachable.frame() + " route RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH \"Nexthop has invalid gateway\"",
                "  frame " + noProcess.frame() + " route RTM_DELROUTE 203.0.113.0/24: ERROR ESRCH"), lines);
        assertTrue(unreachable.frame() < noProcess.frame(), "in capture order");

        // EEXIST allowed on routes only: the link and the address that existed are named
        e = assertThrows(AssertionError.class, () -> assertThat(s).hasNoErrorsExcept("EEXIST on RTM_NEWROUTE", "ENODEV", "ENETUNREACH",
                "ESRCH", "EINVAL", "EOPNOTSUPP", "ENOENT", "EADDRNOTAVAIL"));
        lines = e.getMessage().lines().toList();
        assertEquals(3, lines.size(), e.getMessage());
        assertTrue(lines.get(1).matches("  frame \\d+ route RTM_NEWLINK pr0 type dummy: ERROR EEXIST"), lines.get(1));
        assertTrue(lines.get(2).matches("  frame \\d+ route RTM_NEWADDR 192.0.2.1/24 dev pr0: ERROR EEXIST"), lines.get(2));

        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class, () -> assertThat(s).hasNoErrorsExcept("EEXITS on RTM_NEWROUTE"));
        assertEquals("'EEXITS on RTM_NEWROUTE': EEXITS is no errno name (EEXIST, ENOENT, ...; * for any)", typo.getMessage());

        e = assertThrows(AssertionError.class, () -> assertThat(s).hasNoErrors());
        assertTrue(e.getMessage().startsWith("pairs-rtnl.pcap: expected no errors, but " + s.errors().size() + " transactions were refused:"),
                e.getMessage());
        assertEquals(s.errors().size(), e.getMessage().lines().count() - 1);
    }

    /** pairs-cut-end: the capture stops before the answers of its last two requests. */
    @Test
    void unansweredRequestsFailNamingThem() throws Exception {
        NetlinkSession s = NetlinkSession.open(capture("pairs-cut-end.pcap"));
        List<SessionTransaction> open = s.transactions().stream().filter(t -> t.outcome() == Outcome.UNANSWERED).toList();
        assertEquals(List.of("CTRL_CMD_GETFAMILY", "RTM_NEWLINK"), open.stream().map(SessionTransaction::operation).toList());
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(s).hasNoUnanswered());
        assertEquals("pairs-cut-end.pcap: expected every request answered, but 2 requests were not:\n"
                + "  frame " + open.get(0).frame() + " nlctrl CTRL_CMD_GETFAMILY: UNANSWERED\n"
                + "  frame " + open.get(1).frame() + " route RTM_NEWLINK index 1: UNANSWERED", e.getMessage());
    }

    /** pairs-cut-start: the capture starts in the middle of answers. */
    @Test
    void orphansAreUnpaired() throws Exception {
        NetlinkSession s = NetlinkSession.open(capture("pairs-cut-start.pcap"));
        assertFalse(s.unpaired().isEmpty());
        assertTrue(s.unpaired().stream().allMatch(m -> m.kind() == Unpaired.Kind.ORPHAN));
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(s).hasNoUnpaired());
        assertTrue(e.getMessage().startsWith("pairs-cut-start.pcap: expected every message paired, but " + s.unpaired().size() + " messages were not:\n"
                + "  frame " + s.unpaired().get(0).frame() + " " + s.unpaired().get(0).family() + " " + s.unpaired().get(0).operation() + " (orphan)"),
                e.getMessage());
    }

    /** pairs-rtnl.commands.log: link, address twice, route twice, unreachable route, route deleted. */
    @Test
    void containsInOrder() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL);
        assertThat(s).containsInOrder("RTM_NEWLINK ACK", "RTM_NEWLINK EEXIST", "RTM_NEWADDR ACK", "RTM_NEWADDR EEXIST", "NEWROUTE ACK",
                "RTM_NEWROUTE EEXIST", "route NEWROUTE ENETUNREACH", "RTM_DELROUTE ESRCH", "RTM_GETLINK ENODEV", "RTM_GETROUTE DUMP",
                "RTM_DELLINK", "RTM_DELLINK");
        SessionTransaction route = s.transactions("RTM_NEWROUTE").get(0);
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(s).containsInOrder("RTM_NEWROUTE", "RTM_NEWLINK EEXIST"));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("pairs-rtnl.pcap: expected RTM_NEWROUTE, RTM_NEWLINK EEXIST in this order, but found RTM_NEWROUTE, then no RTM_NEWLINK EEXIST "
                + "after " + route + " (there is one before it); what came after:", lines.get(0));
        int after = s.transactions().indexOf(route) + 1;
        assertEquals("  " + s.transactions().get(after), lines.get(1));
        assertTrue(lines.size() == SessionAssert.SHOWN + 2 && lines.get(lines.size() - 1).equals("  ... and "
                + (s.transactions().size() - after - SessionAssert.SHOWN) + " more"), e.getMessage());
        e = assertThrows(AssertionError.class, () -> assertThat(s).containsInOrder("RTM_NEWROUTE EINVAL"));
        assertTrue(e.getMessage().startsWith("pairs-rtnl.pcap: expected RTM_NEWROUTE EINVAL in this order, but found no RTM_NEWROUTE EINVAL; what came:\n"
                + "  " + s.transactions().get(0)), e.getMessage());
    }

    /** Display filters mark what they select; containsInOrder names them "@NAME". */
    @Test
    void filtersMarkWhatTheySelect() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL, NetlinkSession.Options.defaults()
                .withFilter("to 198.51.100/24", "attr.RTA_DST == 198.51.100.0")
                .withFilter("unreachable", "outcome == ERROR && errno == ENETUNREACH"));
        List<Object> to = s.marked("to 198.51.100/24");
        assertEquals(s.transactions().stream().filter(t -> t.attribute("RTA_DST").orElse("").equals("198.51.100.0")).toList(), to);
        assertTrue(to.size() >= 2, "the route added, and added again: " + to);
        assertEquals(s.errors().stream().filter(t -> t.errno().equals("ENETUNREACH")).toList(), s.marked("unreachable"));
        assertThat(s).containsInOrder("@to 198.51.100/24", "RTM_NEWROUTE EEXIST", "@unreachable");
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(s).containsInOrder("@unreachable", "RTM_NEWROUTE ACK"));
        assertTrue(e.getMessage().startsWith("pairs-rtnl.pcap: expected @unreachable, RTM_NEWROUTE ACK in this order, but found @unreachable, "
                + "then no RTM_NEWROUTE ACK after " + s.marked("unreachable").get(0) + " (there is one before it)"), e.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> assertThat(s).containsInOrder("@nosuch"));
        assertEquals("'@nosuch': the session has no filter nosuch (NetlinkSession.Options.withFilter)", unknown.getMessage());
        assertThrows(io.nlscope.analysis.filter.FilterException.class, () -> NetlinkSession.Options.defaults().withFilter("bad", "attr.RTA_DST =="));
    }

    /** pairs-monitor: `ip monitor` listens while addresses and routes come and go; the kernel's events name their requests. */
    @Test
    void notifications() throws Exception {
        NetlinkSession s = NetlinkSession.open(capture("pairs-monitor.pcap"));
        assertFalse(s.notifications().isEmpty());
        SessionMessage added = s.notifications().stream().filter(m -> m.is("RTM_NEWROUTE") && m.causedBy() != 0).findFirst().orElseThrow();
        SessionTransaction cause = s.transactions().stream().filter(t -> t.number() == added.causedBy()).findFirst().orElseThrow();
        assertEquals("RTM_NEWROUTE", cause.operation());
        assertEquals(cause.attribute("RTA_DST"), added.attribute("RTA_DST"), "the route the request added is the one notified");
        assertEquals(cause.attribute("RTA_GATEWAY"), added.attribute("RTA_GATEWAY"));
        assertThat(s).containsInOrder("RTM_NEWROUTE", "RTM_NEWROUTE notification", "RTM_DELROUTE notification", "RTM_DELLINK notification");
    }

    /** live-processes.pcapng was written by nlscope capture, which records the process behind each port id. */
    @Test
    void processesAsTheCaptureRecordedThem() throws Exception {
        NetlinkSession s = NetlinkSession.open(capture("live-processes.pcapng"));
        Set<String> recorded = Files.readAllLines(capture("live-processes.pids")).stream().map(l -> l.split(" ")[0] + "[" + l.split(" ")[1] + "]")
                .collect(Collectors.toSet());
        Set<String> seen = s.transactions().stream().flatMap(t -> t.process().stream()).map(ProcessRef::label).collect(Collectors.toSet());
        assertFalse(seen.isEmpty());
        assertTrue(recorded.containsAll(seen), seen + " not all in " + recorded);
    }

    @Test
    void equivalentToItselfAndNotToAChangedCopy() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL);
        assertThat(s).isEquivalentTo(RTNL).isEquivalentToUnordered(RTNL);
        Path changed = withMtu(9000);
        NetlinkSession c = NetlinkSession.open(changed);
        AssertionError e = assertThrows(AssertionError.class, () -> assertThat(c).isEquivalentTo(RTNL));
        List<String> lines = e.getMessage().lines().toList();
        assertEquals("changed.pcap: expected equivalent to pairs-rtnl.pcap, but 1 change:", lines.get(0));
        assertEquals("--- pairs-rtnl.pcap (" + (s.transactions().size() + s.notifications().size()) + " transactions and notifications)", lines.get(1));
        assertEquals("+++ changed.pcap (" + (c.transactions().size() + c.notifications().size()) + " transactions and notifications)", lines.get(2));
        SessionTransaction mtu = c.transactions().stream().filter(t -> t.attribute("IFLA_MTU").isPresent()).findFirst().orElseThrow();
        assertEquals("9000", mtu.attribute("IFLA_MTU").orElseThrow());
        assertTrue(lines.get(4).startsWith("~ frames " + mtu.frame() + "-" + mtu.transaction().last().frame()), lines.get(4));
        assertEquals("      IFLA_MTU 70000 -> 9000", lines.get(5));
        assertTrue(lines.get(6).endsWith("1 changed: different"), lines.get(6));
        assertThat(c).isEquivalentTo(RTNL, "IFLA_MTU");
    }

    @Test
    void writesItsRowsAsPairsJson() throws Exception {
        NetlinkSession s = NetlinkSession.open(RTNL);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.writePairs(out, OutputFormat.PAIRS_JSON);
        JsonNode j = new ObjectMapper().readTree(out.toByteArray());
        assertEquals(RTNL.toString(), j.path("file").asText());
        assertEquals(s.transactions().size() + s.notifications().size() + s.unpaired().size(), j.path("rows").size());
        for (int i = 0; i < s.transactions().size(); i++) {
            SessionTransaction t = s.transactions().get(i);
            JsonNode r = j.path("rows").get(i);
            assertEquals(t.frame(), r.path("requestFrame").asLong());
            assertEquals(t.outcome().name(), r.path("outcome").asText());
            assertEquals(t.errno(), r.path("errno").asText());
        }
        assertEquals(s.counts().transactions(), j.path("counts").path("transactions").asLong());
        assertThrows(IllegalArgumentException.class, () -> s.writePairs(out, OutputFormat.PAIRS_FIELDS));
    }

    /** pairs-rtnl with its `ip link set pr1 mtu 70000` request's MTU written over (as DiffCommandTest does). */
    private Path withMtu(int mtu) throws Exception {
        byte[] bytes = Files.readAllBytes(RTNL);
        long frame = -1;
        int offset = -1;
        try (NetlinkCapture c = NetlinkCapture.open(RTNL)) {
            outer:
            for (DissectedFrame f; (f = c.next()) != null; ) {
                for (NetlinkMessage m : f.messages()) {
                    Field f70000 = m.field("IFLA_MTU").orElse(null);
                    if (f70000 != null && f70000.value() instanceof Value.Num n && n.value() == 70000) {
                        frame = f.index();
                        offset = f70000.offset();
                        break outer;
                    }
                }
            }
        }
        assertTrue(frame > 0);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 24;
        for (long i = 1; i < frame; i++) pos += 16 + b.getInt(pos + 8);
        b.putInt(pos + 16 + offset + 4, mtu);
        Path changed = tmp.resolve("changed.pcap");
        Files.write(changed, bytes);
        return changed;
    }

    private static Map<String, Long> expected(Path tsv) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        for (String l : Files.readAllLines(tsv)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            int tab = l.lastIndexOf('\t');
            m.merge(l.substring(0, tab), Long.parseLong(l.substring(tab + 1)), Long::sum);
        }
        return m;
    }
}
