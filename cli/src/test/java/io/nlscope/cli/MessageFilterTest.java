package io.nlscope.cli;

import io.nlscope.analysis.filter.FilterException;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

import static io.nlscope.cli.ReadCommandTest.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The display filter over messages of real captures: the frames it selects are the frames tshark's
 * equivalent filter selects (tshark as the independent oracle), and a few the decoded values select.
 */
class MessageFilterTest {
    private static final Path CHANGES = root().resolve("testdata/captures/rtnl-changes.pcap");
    private static final Path DUMP = root().resolve("testdata/captures/rtnl-dump.pcap");
    private static final Path ETHTOOL = root().resolve("testdata/captures/genl-ethtool.pcap");

    private static List<NetlinkMessage> messages(Path file) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; ) out.addAll(f.messages());
        }
        return out;
    }

    private static TreeSet<Long> frames(Path file, String filter) throws Exception {
        MessageFilter mf = MessageFilter.compile(filter);
        TreeSet<Long> s = new TreeSet<>();
        for (NetlinkMessage m : messages(file)) if (mf.test(m)) s.add(m.frame());
        return s;
    }

    private static TreeSet<Long> tshark(Path file, String filter) throws Exception {
        TreeSet<Long> s = new TreeSet<>();
        for (String l : StraceCaptureTest.exec("tshark", "-r", file.toString(), "-Y", filter, "-T", "fields", "-e", "frame.number").split("\n")) {
            if (l.matches("\\d+")) s.add(Long.parseLong(l));
        }
        return s;
    }

    private static void sameAsTshark(Path file, String ours, String theirs) throws Exception {
        TreeSet<Long> a = frames(file, ours), b = tshark(file, theirs);
        assertFalse(b.isEmpty(), "the oracle selects nothing: the check could not fail (" + theirs + ")");
        assertEquals(b, a, ours + " vs tshark " + theirs);
    }

    @Test
    void selectsTheFramesTsharkSelects() throws Exception {
        sameAsTshark(CHANGES, "attr.IFLA_IFNAME == \"dummy0\"", "netlink-route.ifla_ifname == \"dummy0\"");
        // tshark's netlink.hdr_* also name the header an NLMSG_ERROR echoes; nlscope's the message's own
        String noErrors = " && !(netlink.hdr_type == 2)";
        sameAsTshark(CHANGES, "flags.ACK", "netlink.hdr_flags.ack == 1" + noErrors);
        sameAsTshark(CHANGES, "type == RTM_NEWLINK", "netlink-route.nltype == 16");   // the route message's own type
        sameAsTshark(CHANGES, "type == 16 || type == RTM_NEWADDR", "netlink-route.nltype == 16 || netlink-route.nltype == 20");
        sameAsTshark(CHANGES, "type == NLMSG_ERROR", "netlink.hdr_type == 2");
        sameAsTshark(DUMP, "ifinfomsg.ifi_index == 1", "netlink-route.ifi_index == 1");
        sameAsTshark(DUMP, "attr.IFLA_MTU > 1500", "netlink-route.ifla_mtu > 1500");
        sameAsTshark(DUMP, "attr.IFLA_MTU in {1500 65536}", "netlink-route.ifla_mtu == 1500 || netlink-route.ifla_mtu == 65536");
        sameAsTshark(CHANGES, "!flags.REQUEST && seq == 0", "netlink.hdr_flags.request == 0 && netlink.hdr_seq == 0");
        sameAsTshark(DUMP, "flags.DUMP", "netlink.hdr_flags.request == 1 && netlink.hdr_flags.root == 1 && netlink.hdr_flags.match == 1" + noErrors);
    }

    /**
     * read -Y tests a frame decoded to its headers first and decodes further only the frames the filter may select
     * (a field of the tree is absent from messages of the types whose specs lack it): on every capture it shows the
     * frames that the filter selects among the fully decoded messages, not one fewer.
     */
    @Test
    void theHeaderPrefilterLosesNoFrame() throws Exception {
        List<String> filters = List.of("attr.IFLA_IFNAME", "attr.IFLA_MTU > 1000", "ifinfomsg.ifi_index == 1", "!attr.IFLA_IFNAME && route",
                "attr.RTA_OIF || attr.IFA_LABEL", "attr.CTA_TUPLE_ORIG", "attr.NFTA_TABLE_NAME contains \"t\"", "nlmsghdr.nlmsg_seq > 0 && flags.ACK",
                "attr.IFLA_LINKINFO.IFLA_INFO_KIND == \"dummy\"", "ethtool && attr.ETHTOOL_A_LINKINFO_HEADER", "malformed || attr.IFLA_MTU");
        int nonEmpty = 0, files = 0;
        try (var list = java.nio.file.Files.list(root().resolve("testdata/captures"))) {
            for (Path f : list.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList()) {
                List<NetlinkMessage> all = messages(f);
                files++;
                for (String filter : filters) {
                    MessageFilter mf = MessageFilter.compile(filter);
                    TreeSet<Long> want = new TreeSet<>();
                    for (NetlinkMessage m : all) if (mf.test(m)) want.add(m.frame());
                    TreeSet<Long> got = new TreeSet<>();
                    for (String l : ReadCommandTest.run("read", "-q", "--no-pairing", "-T", "fields", "-e", "frame", "-Y", filter, f.toString()).lines())
                        got.add(Long.parseLong(l));
                    assertEquals(want, got, filter + " on " + f.getFileName());
                    if (!want.isEmpty()) nonEmpty++;
                }
            }
        }
        assertTrue(files > 20 && nonEmpty > 60, files + " files, " + nonEmpty + " non-empty results");
    }

    /** What the decoded values say, message by message, for names tshark has no equivalent of. */
    @Test
    void agreesWithTheDecodedValues() throws Exception {
        List<NetlinkMessage> eth = messages(ETHTOOL);
        check(eth, "ethtool", m -> m.protocol() == 16 && m.typeName().equals("ethtool"));
        check(eth, "genl.family == \"ethtool\" && genl.cmd contains \"LINKINFO\"", m -> m.protocol() == 16
                && m.typeName().equals("ethtool") && m.operation().contains("LINKINFO"));
        check(eth, "route && type == RTM_NEWLINK", m -> m.protocol() == 0 && m.type() == 16);
        check(eth, "genl.family matches \"^eth\"", m -> m.protocol() == 16 && m.typeName().startsWith("eth"));
        List<NetlinkMessage> dump = messages(DUMP);
        check(dump, "attr.IFLA_LINKINFO.IFLA_INFO_KIND", m -> m.field("IFLA_LINKINFO").map(f -> f.child("IFLA_INFO_KIND").isPresent()).orElse(false));
        check(dump, "ifinfomsg.ifi_family == AF_UNSPEC && attr.IFLA_IFNAME != \"lo\"",
                m -> m.field("ifinfomsg").map(f -> f.child("ifi_family").orElseThrow().value().display().startsWith("AF_UNSPEC")).orElse(false)
                        && !m.field("IFLA_IFNAME").map(f -> f.value().display().equals("\"lo\"")).orElse(false));
        check(dump, "direction == from_kernel || malformed", m -> m.direction() == io.nlscope.dissect.Direction.FROM_KERNEL || m.malformed());
    }

    private static void check(List<NetlinkMessage> ms, String filter, Predicate<NetlinkMessage> truth) {
        MessageFilter f = MessageFilter.compile(filter);
        long matched = 0;
        for (NetlinkMessage m : ms) {
            assertEquals(truth.test(m), f.test(m), filter + " on frame " + m.frame() + ": " + m.summary());
            if (f.test(m)) matched++;
        }
        assertTrue(matched > 0 && matched < ms.size(), filter + " selects " + matched + " of " + ms.size() + ": the check could not fail");
    }

    @Test
    void namesNoSpecDefinesAreRefusedWithTheCloseOnes() {
        FilterException e = assertThrows(FilterException.class, () -> MessageFilter.compile("route && attr.IFLA_MTUU > 1500"));
        assertEquals(10, e.column());
        assertEquals("no spec names a field 'attr.IFLA_MTUU' (close names: attr.IFLA_MTU)", e.getMessage());
        FilterException n = assertThrows(FilterException.class, () -> MessageFilter.compile("attr.IFLA_LINKINFO.IFLA_INFO_KIN == \"vlan\""));
        assertTrue(n.getMessage().contains("close names: attr.IFLA_LINKINFO.IFLA_INFO_KIND"), n.getMessage());
        FilterException w = assertThrows(FilterException.class, () -> MessageFilter.compile("rout"));
        assertTrue(w.getMessage().startsWith("'rout' is no protocol, generic netlink family or field nlscope knows"), w.getMessage());
        assertTrue(w.getMessage().endsWith("genl.family == \"rout\""), w.getMessage());
        // what the specs do not know is still accepted where it can be meant: raw attributes, a user's own .ksy
        MessageFilter.compile("attr.IFLA_AF_SPEC.attr_3");
        MessageFilter.compile("attr.MY_OWN_ATTR == 3", false);
        // a field at the tree's top alone tests presence
        assertTrue(MessageFilter.compile("ifinfomsg").needsTree());
    }

    @Test
    void namesItCannotTestAreRefused() {
        FilterException e = assertThrows(FilterException.class, () -> MessageFilter.compile("route && extack.offset == 4"));
        assertEquals(10, e.column());
        assertEquals("'extack.offset' is no field of the extended ACK: filters test extack.msg", e.getMessage());
        assertTrue(MessageFilter.compile("route && outcome == ERROR").needsEvent());
        assertFalse(MessageFilter.compile("route && seq == 4").needsEvent());
        FilterException r = assertThrows(FilterException.class, () -> MessageFilter.compile("genl.family matches \"(\""));
        assertEquals(21, r.column());
    }

    /** read -Y shows the matching messages' lines exactly as read shows them unfiltered (pairing saw everything). */
    @Test
    void readShowsTheMatchingLines() throws Exception {
        List<String> all = ReadCommandTest.run("read", CHANGES.toString()).lines();
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-Y", "flags.ACK", CHANGES.toString());
        assertEquals(0, r.code(), r.err());
        TreeSet<Long> oracle = tshark(CHANGES, "netlink.hdr_flags.ack == 1 && !(netlink.hdr_type == 2)");
        List<String> expected = all.stream().filter(l -> oracle.contains(Long.parseLong(l.trim().split(" +")[0]))).toList();
        assertEquals(expected, r.lines());
        assertTrue(r.lines().get(1).contains("[answered by frame"), r.lines().get(1));
        // -c counts the lines shown
        assertEquals(expected.subList(0, 3), ReadCommandTest.run("read", "-c", "3", "-Y", "flags.ACK", CHANGES.toString()).lines());
        // -V: a frame appears only with a message shown; NDJSON: the same messages
        String tree = ReadCommandTest.run("read", "-V", "-Y", "attr.IFLA_IFNAME == \"dummy0\"", CHANGES.toString()).out();
        TreeSet<Long> named = tshark(CHANGES, "netlink-route.ifla_ifname == \"dummy0\"");
        assertEquals(named.size(), tree.lines().filter(l -> l.startsWith("Frame ")).count(), tree);
        for (long n : named) assertTrue(tree.contains("\nFrame " + n + ": ") || tree.startsWith("Frame " + n + ": "), "frame " + n);
        List<String> json = ReadCommandTest.run("read", "-T", "ndjson", "-Y", "attr.IFLA_IFNAME == \"dummy0\"", CHANGES.toString()).lines();
        assertEquals(named.size(), json.size());
    }

    /** Frames of several messages: a frame shows only its matching one; the JSON document stays one document; without pairing too. */
    @Test
    void framesOfSeveralMessagesShowOnlyTheMatchingOnes() throws Exception {
        String f = "ifinfomsg.ifi_index == 2";
        TreeSet<Long> oracle = tshark(DUMP, "netlink-route.ifi_index == 2");
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(ReadCommandTest.run("read", "-T", "json", "-Y", f, DUMP.toString()).out());
        TreeSet<Long> inJson = new TreeSet<>();
        for (com.fasterxml.jackson.databind.JsonNode m : doc.get("messages")) {
            inJson.add(m.get("frame").asLong());
            assertEquals(2, m.get("fields").get(1).get("fields").get(3).get("value").asLong(), m.toString());   // ifinfomsg.ifi_index
        }
        assertEquals(oracle, inJson);
        assertEquals(oracle.size(), doc.get("messages").size(), "one message of each (two-message) frame");
        for (String pairing : new String[] {"--no-pairing", "--timeout=5"}) {
            String tree = ReadCommandTest.run("read", "-V", pairing, "-Y", f, DUMP.toString()).out();
            assertEquals(oracle.size(), tree.lines().filter(l -> l.startsWith("Frame ")).count(), tree);
            assertEquals(oracle.size(), tree.lines().filter(l -> l.startsWith("  Message ")).count(), tree);
            assertTrue(tree.lines().filter(l -> l.startsWith("  Message ")).allMatch(l -> l.contains(" index 2 ")), tree);
        }
    }

    @Test
    void aFilterThatCannotBeUsedIsOneSentenceAndACaret() {
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-Y", "seq == && flags.ACK", CHANGES.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        assertEquals("nlscope read: -Y: column 8: expected a value after '==', not '&&'.\n  seq == && flags.ACK\n         ^\n", r.err());
    }
}
