package io.nlscope.dissect;

import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

class GenericNetlinkTest {
    private static final int GENERIC = 16;
    /** The families the genetlink specs describe: none of their attributes may stay attr_N. */
    private static final Set<String> DESCRIBED = Set.of("nlctrl", "ethtool", "wireguard");

    private static List<NetlinkMessage> messages(List<DissectedFrame> frames) {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : frames) out.addAll(f.messages());
        return out;
    }

    private static List<NetlinkMessage> family(List<DissectedFrame> frames, String name) {
        return messages(frames).stream().filter(m -> m.protocol() == GENERIC && m.typeName().equals(name)).toList();
    }

    private static String cmd(NetlinkMessage m) {
        return ((Value.Named) m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value()).name();
    }

    private static Value value(Field parent, String... path) {
        Field f = parent;
        for (String p : path) f = f.child(p).orElseThrow(() -> new AssertionError("no " + p + " in " + parent.name()));
        return f.value();
    }

    private static Field nested(NetlinkMessage m, String name) {
        return m.field(name).orElseThrow(() -> new AssertionError(m.typeName() + " " + m.summary() + " has no " + name));
    }

    @Test
    void genlCtrlListLearnsEveryFamilyId() throws IOException {
        // `genl ctrl list`: the ids it printed (genl-ctrl.commands.log)
        GenlFamilies fam = new GenlFamilies();
        NetlinkDissector d = NetlinkCapture.dissector(fam);
        for (Frame f : TestData.frames(TestData.capture("genl-ctrl.pcap"))) d.dissect(f);
        Map<Integer, String> printed = Map.ofEntries(Map.entry(0x10, "nlctrl"), Map.entry(0x11, "VFS_DQUOT"),
                Map.entry(0x13, "thermal"), Map.entry(0x14, "ethtool"), Map.entry(0x15, "devlink"),
                Map.entry(0x16, "NLBL_MGMT"), Map.entry(0x17, "NLBL_CIPSOv4"), Map.entry(0x18, "NLBL_CALIPSO"),
                Map.entry(0x19, "NLBL_UNLBL"), Map.entry(0x1a, "acpi_event"), Map.entry(0x1b, "tcp_metrics"),
                Map.entry(0x1c, "mptcp_pm"), Map.entry(0x1d, "SEG6"), Map.entry(0x1e, "IOAM6"), Map.entry(0x1f, "TASKSTATS"));
        printed.forEach((id, name) -> assertEquals(name, fam.name(id).orElse(null), "id 0x" + Integer.toHexString(id)));
        assertTrue(fam.name(0x12).isEmpty(), "pmcraid was not announced and has no name in the header");
    }

    @Test
    void nlctrlNewFamilyDecodes() throws IOException {
        List<DissectedFrame> frames = TestData.dissectAll(TestData.capture("genl-ctrl.pcap"));
        List<NetlinkMessage> ctrl = family(frames, "nlctrl");
        // `genl ctrl list`: a GETFAMILY dump request, then one NEWFAMILY per family
        assertEquals("CTRL_CMD_GETFAMILY", cmd(ctrl.get(0)));
        NetlinkMessage nlctrl = ctrl.get(1);
        assertEquals("CTRL_CMD_NEWFAMILY", cmd(nlctrl));
        assertEquals("\"nlctrl\"", nested(nlctrl, "CTRL_ATTR_FAMILY_NAME").value().display());
        assertEquals(0x10L, ((Value.Num) nested(nlctrl, "CTRL_ATTR_FAMILY_ID").value()).value());
        assertEquals(2L, ((Value.Num) nested(nlctrl, "CTRL_ATTR_VERSION").value()).value());
        // "#1: ID-0x3 Capabilities (0xe): can doit; can dumpit; has policy", "#2: ID-0xa (0xc)"
        Field ops = nested(nlctrl, "CTRL_ATTR_OPS");
        assertEquals(2, ops.children().size());
        assertEquals(3L, ((Value.Num) value(ops, "[1]", "CTRL_ATTR_OP_ID")).value());
        Value.Flags caps = (Value.Flags) value(ops, "[1]", "CTRL_ATTR_OP_FLAGS");
        assertEquals(0xeL, caps.raw());
        assertEquals(List.of("GENL_CMD_CAP_DO", "GENL_CMD_CAP_DUMP", "GENL_CMD_CAP_HASPOL"), caps.names());
        assertEquals(10L, ((Value.Num) value(ops, "[2]", "CTRL_ATTR_OP_ID")).value());
        // "multicast groups: #1: ID-0x10 name: notify"
        Field groups = nested(nlctrl, "CTRL_ATTR_MCAST_GROUPS");
        assertEquals("\"notify\"", value(groups, "[1]", "CTRL_ATTR_MCAST_GRP_NAME").display());
        assertEquals(0x10L, ((Value.Num) value(groups, "[1]", "CTRL_ATTR_MCAST_GRP_ID")).value());
        // thermal: "max attribs: 23", group "event" ID-0x3
        NetlinkMessage thermal = ctrl.stream().filter(m -> m.field("CTRL_ATTR_FAMILY_NAME")
                .map(f -> f.value().display().equals("\"thermal\"")).orElse(false)).findFirst().orElseThrow();
        assertEquals(0x13L, ((Value.Num) nested(thermal, "CTRL_ATTR_FAMILY_ID").value()).value());
        assertEquals(23L, ((Value.Num) nested(thermal, "CTRL_ATTR_MAXATTR").value()).value());
        assertEquals("\"event\"", value(nested(thermal, "CTRL_ATTR_MCAST_GROUPS"), "[2]", "CTRL_ATTR_MCAST_GRP_NAME").display());
    }

    @Test
    void getFamilyOfAnUnknownNameIsEnoent() throws IOException {
        // `genl ctrl get name nosuchfamily` -> "No such file or directory"
        List<DissectedFrame> frames = TestData.dissectAll(TestData.capture("genl-ctrl.pcap"));
        NetlinkMessage err = messages(frames).stream().filter(m -> m.typeName().equals("NLMSG_ERROR")
                && m.summary().startsWith("error ENOENT")).findFirst().orElseThrow();
        assertTrue(err.summary().contains("for nlctrl"), err.summary());
        Field req = nested(err, "request");
        assertEquals("CTRL_CMD_GETFAMILY", ((Value.Named) value(req, "genlmsghdr", "cmd")).name());
        assertEquals("\"nosuchfamily\"", value(req, "CTRL_ATTR_FAMILY_NAME").display());
    }

    @Test
    void ethtoolRequestsNameTheDevice() throws IOException {
        List<DissectedFrame> frames = TestData.dissectAll(TestData.capture("genl-ethtool.pcap"));
        List<NetlinkMessage> eth = family(frames, "ethtool");
        List<NetlinkMessage> requests = eth.stream().filter(m -> m.direction() == Direction.TO_KERNEL).toList();
        assertFalse(requests.isEmpty());
        // `ethtool dummy2`, `ethtool -k dummy2`, `-l`, `-g`: every request names dummy2 in its header nest
        for (NetlinkMessage r : requests) {
            if (cmd(r).equals("ETHTOOL_MSG_STRSET_GET")) {
                // `ethtool -k`: the global string set ETH_SS_FEATURES (4), with an empty header
                assertEquals(4L, ((Value.Num) value(nested(r, "ETHTOOL_A_STRSET_STRINGSETS"), "ETHTOOL_A_STRINGSETS_STRINGSET",
                        "ETHTOOL_A_STRINGSET_ID")).value());
                continue;
            }
            Field header = r.fields().stream().filter(f -> f.name().startsWith("ETHTOOL_A_") && f.name().endsWith("_HEADER"))
                    .findFirst().orElseThrow(() -> new AssertionError(r.summary()));
            assertEquals("\"dummy2\"", value(header, "ETHTOOL_A_HEADER_DEV_NAME").display(), r.summary());
        }
        List<String> cmds = requests.stream().map(GenericNetlinkTest::cmd).distinct().toList();
        assertTrue(cmds.containsAll(List.of("ETHTOOL_MSG_LINKMODES_GET", "ETHTOOL_MSG_LINKINFO_GET", "ETHTOOL_MSG_FEATURES_GET",
                "ETHTOOL_MSG_STRSET_GET", "ETHTOOL_MSG_CHANNELS_GET", "ETHTOOL_MSG_RINGS_GET")), cmds.toString());
        // replies read by the kernel's table: FEATURES_GET (11) is answered by FEATURES_GET_REPLY (11),
        // LINKSTATE_GET (6) by LINKSTATE_GET_REPLY (6); the reply names ifindex 8 (dummy2 in RTM_NEWLINK)
        NetlinkMessage features = eth.stream().filter(m -> cmd(m).equals("ETHTOOL_MSG_FEATURES_GET_REPLY")).findFirst().orElseThrow();
        assertEquals(8L, ((Value.Num) value(nested(features, "ETHTOOL_A_FEATURES_HEADER"), "ETHTOOL_A_HEADER_DEV_INDEX")).value());
        assertTrue(features.field("ETHTOOL_A_FEATURES_ACTIVE").isPresent());
        // `ethtool -k dummy2`: the strings of ETH_SS_FEATURES include "tx-scatter-gather" and "highdma"
        NetlinkMessage strset = eth.stream().filter(m -> cmd(m).equals("ETHTOOL_MSG_STRSET_GET_REPLY")).findFirst().orElseThrow();
        List<String> strings = new ArrayList<>();
        collectStrings(strset.fields(), strings);
        assertTrue(strings.containsAll(List.of("\"tx-scatter-gather\"", "\"highdma\"", "\"rx-gro-list\"")), strings.toString());
        // `ethtool dummy2`: the link modes request fails with an extended ACK message
        assertTrue(messages(frames).stream().anyMatch(m -> m.summary().equals(
                "error EOPNOTSUPP \"Operation not supported on transport endpoint\" for ethtool seq=2: failed to retrieve link settings")));
    }

    @Test
    void wireguardDeviceDump() throws IOException {
        // `wg show` after `wg set wg0 private-key ... listen-port 51820`
        List<NetlinkMessage> wg = family(TestData.dissectAll(TestData.capture("genl-misc.pcap")), "wireguard");
        NetlinkMessage dev = wg.stream().filter(m -> m.direction() == Direction.FROM_KERNEL).findFirst().orElseThrow();
        assertEquals("WG_CMD_GET_DEVICE", cmd(dev));
        assertEquals("\"wg0\"", nested(dev, "WGDEVICE_A_IFNAME").value().display());
        assertEquals(51820L, ((Value.Num) nested(dev, "WGDEVICE_A_LISTEN_PORT").value()).value());
        byte[] pub = ((Value.Raw) nested(dev, "WGDEVICE_A_PUBLIC_KEY").value()).bytes();
        assertEquals("6BygTtOGyRj//KVGb/OBmipFR0rzpjPVFNd7ceOG42k=", java.util.Base64.getEncoder().encodeToString(pub));
        // `wg set`: WG_CMD_SET_DEVICE names wg0
        NetlinkMessage set = wg.stream().filter(m -> cmd(m).equals("WG_CMD_SET_DEVICE")).findFirst().orElseThrow();
        assertEquals("\"wg0\"", nested(set, "WGDEVICE_A_IFNAME").value().display());
    }

    private static void collectStrings(List<Field> fields, List<String> out) {
        for (Field f : fields) {
            if (f.name().equals("ETHTOOL_A_STRING_VALUE")) out.add(f.value().display());
            collectStrings(f.children(), out);
        }
    }

    /** genl-ethtool.pcap with every nlctrl frame moved to the end: ethtool is used before it is announced. */
    private static byte[] announcementsLast() throws IOException {
        List<Frame> frames = TestData.frames(TestData.capture("genl-ethtool.pcap"));
        List<Frame> ctrl = new ArrayList<>(), rest = new ArrayList<>();
        NetlinkDissector d = new NetlinkDissector();
        for (Frame f : frames) {
            DissectedFrame df = d.dissect(f);
            boolean isCtrl = df.messages().stream().anyMatch(m -> m.protocol() == GENERIC && m.type() == 0x10);
            (isCtrl ? ctrl : rest).add(f);
        }
        assertFalse(ctrl.isEmpty());
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (PcapWriter w = new PcapWriter(bo, 253, 65535)) {
            for (Frame f : rest) { byte[] b = f.copyOfData(); w.write(f.timestampNanos(), b, 0, b.length); }
            for (Frame f : ctrl) { byte[] b = f.copyOfData(); w.write(f.timestampNanos(), b, 0, b.length); }
        }
        return bo.toByteArray();
    }

    private static List<DissectedFrame> read(NetlinkCapture c) throws IOException {
        List<DissectedFrame> out = new ArrayList<>();
        try (c) { for (DissectedFrame f; (f = c.next()) != null; ) out.add(f); }
        return out;
    }

    @Test
    void anAnnouncementAfterTheFirstUseResolvesInAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.pcap");
        Files.write(file, announcementsLast());
        List<DissectedFrame> frames = read(NetlinkCapture.open(file));
        // the first generic message is now an ethtool request (ETHTOOL_MSG_LINKMODES_GET of `ethtool dummy2`)
        NetlinkMessage first = messages(frames).stream().filter(m -> m.protocol() == GENERIC && m.type() == 0x14).findFirst().orElseThrow();
        assertEquals("ethtool", first.typeName());
        assertEquals("ETHTOOL_MSG_LINKMODES_GET", cmd(first));
        assertEquals("\"dummy2\"", value(nested(first, "ETHTOOL_A_LINKMODES_HEADER"), "ETHTOOL_A_HEADER_DEV_NAME").display());
        assertTrue(messages(frames).stream().noneMatch(m -> m.typeName().startsWith("unresolved")));
    }

    @Test
    void aFileIsReadAgainOnlyWhenAnIdIsUsedBeforeItsAnnouncement(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.pcap");
        Files.write(file, announcementsLast());
        int[] opened = {0};
        GenlFamilies fam = new GenlFamilies();
        fam.preScanOnDemand(() -> { opened[0]++; return io.nlscope.capture.CaptureReader.openNetlink(file); });
        fam.learn(0x15, "nl80211");
        assertEquals("nl80211", fam.family(0x15).name);   // announced before its use: no second read
        assertEquals(0, opened[0]);
        assertEquals("ethtool", fam.family(0x14).name);   // used first: the file's announcements are read, once
        assertEquals(1, opened[0]);
        assertEquals("unresolved family 0x30", fam.family(0x30).name);
        assertEquals(1, opened[0]);
        assertEquals("nl80211", fam.family(0x15).name, "the pre-scan does not overwrite what is known");
    }

    @Test
    void onAStreamOnlyEarlierAnnouncementsCountAndUnresolvedIdsSaySo() throws IOException {
        byte[] pcap = announcementsLast();
        List<DissectedFrame> frames = read(NetlinkCapture.open(new ByteArrayInputStream(pcap)));
        NetlinkMessage first = messages(frames).stream().filter(m -> m.protocol() == GENERIC && m.type() == 0x14).findFirst().orElseThrow();
        assertEquals("unresolved family 0x14", first.typeName());
        assertEquals(Value.Num.of(4), first.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value());
        assertTrue(first.field("attr_1").isPresent(), "attributes of an unresolved family are attr_N");
        assertFalse(first.malformed());
        // the announcements at the end are still decoded, and teach the id from then on
        assertTrue(family(frames, "nlctrl").size() > 0);
    }

    @Test
    void aUserMapWins(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("late.pcap");
        Files.write(file, announcementsLast());
        // given on a stream, where nothing announces the id in time
        List<DissectedFrame> s = read(NetlinkCapture.open(new ByteArrayInputStream(Files.readAllBytes(file)), Map.of(0x14, "ethtool")));
        assertTrue(family(s, "ethtool").size() >= 20);
        assertTrue(messages(s).stream().noneMatch(m -> m.typeName().startsWith("unresolved")));
        // and over the capture's own announcements
        List<DissectedFrame> o = read(NetlinkCapture.open(file, Map.of(0x14, "wrongname")));
        assertEquals(0, family(o, "ethtool").size());
        assertTrue(family(o, "wrongname").size() >= 20);
        assertThrows(IllegalArgumentException.class, () -> GenlFamilies.parseMapping("ethtool"));
        assertThrows(IllegalArgumentException.class, () -> GenlFamilies.parseMapping("0x5=ethtool"));
        assertEquals(Map.entry(0x24, "ethtool"), GenlFamilies.parseMapping("0x24=ethtool"));
    }

    @Test
    void describedFamiliesHaveNoUnnamedAttributeAndNoMalformedNode() throws IOException {
        int seen = 0;
        for (Path p : TestData.allCaptures()) {
            for (NetlinkMessage m : messages(TestData.dissectAll(p))) {
                if (m.protocol() != GENERIC || !DESCRIBED.contains(m.typeName())) continue;
                seen++;
                assertFalse(m.malformed(), p.getFileName() + ": " + m.summary() + " " + m.problem());
                assertNoUnnamed(m.fields(), p.getFileName() + " " + m.typeName() + " " + m.summary());
            }
        }
        assertTrue(seen > 50, "described generic netlink messages seen: " + seen);
    }

    private static void assertNoUnnamed(List<Field> fields, String where) {
        for (Field f : fields) {
            assertFalse(f.name().startsWith("attr_"), where + ": " + f.name() + " at " + f.offset());
            assertNoUnnamed(f.children(), where);
        }
    }
}
