package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.nlscope.dissect.FamilyAssertions.at;
import static io.nlscope.dissect.FamilyAssertions.findAll;
import static org.junit.jupiter.api.Assertions.*;

/** nl80211 and devlink (genetlink_nl80211.ksy, genetlink_devlink.ksy) on genl-misc.pcap. */
class Nl80211Test {
    private static final int GENERIC = 16;

    private static List<NetlinkMessage> family(String capture, String name) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture)))
            for (NetlinkMessage m : f.messages()) if (m.protocol() == GENERIC && m.typeName().equals(name)) out.add(m);
        return out;
    }

    private static String cmd(NetlinkMessage m) {
        Value v = m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value();
        return v instanceof Value.Named n ? n.name() : v.display();
    }

    private static long num(Field f) { return ((Value.Num) f.value()).value(); }

    private static Field field(NetlinkMessage m, String path) {
        return at(m, path).orElseThrow(() -> new AssertionError(cmd(m) + " has no " + path));
    }

    private static List<NetlinkMessage> replies(List<NetlinkMessage> l, String cmd) {
        return l.stream().filter(m -> m.direction() == Direction.FROM_KERNEL && cmd(m).equals(cmd)).toList();
    }

    @Test
    void iwDevNamesTheInterface() throws IOException {
        List<NetlinkMessage> nl = family("genl-misc.pcap", "nl80211");
        // `iw dev`: a GET_INTERFACE dump, answered by NEW_INTERFACE
        NetlinkMessage req = nl.stream().filter(m -> m.direction() == Direction.TO_KERNEL && cmd(m).equals("NL80211_CMD_GET_INTERFACE"))
                .findFirst().orElseThrow();
        NetlinkMessage dev = replies(nl, "NL80211_CMD_NEW_INTERFACE").get(0);
        // "phy#0 Interface wlan0 ifindex 10 wdev 0x1 addr 02:00:00:00:00:00 type managed txpower 0.00 dBm"
        assertEquals("\"wlan0\"", field(dev, "NL80211_ATTR_IFNAME").value().display());
        assertEquals(10L, num(field(dev, "NL80211_ATTR_IFINDEX")));
        assertEquals(0L, num(field(dev, "NL80211_ATTR_WIPHY")));
        assertEquals(1L, num(field(dev, "NL80211_ATTR_WDEV")));
        assertEquals("02:00:00:00:00:00", field(dev, "NL80211_ATTR_MAC").value().display());
        Value.Named type = (Value.Named) field(dev, "NL80211_ATTR_IFTYPE").value();
        assertEquals("NL80211_IFTYPE_STATION", type.name());   // "type managed"
        assertEquals(0L, ((Value.Num) field(dev, "NL80211_ATTR_WIPHY_TX_POWER_LEVEL").value()).value());
    }

    @Test
    void iwPhyDumpsTheWiphyInParts() throws IOException {
        List<NetlinkMessage> nl = family("genl-misc.pcap", "nl80211");
        // `iw phy`: GET_WIPHY with NL80211_ATTR_SPLIT_WIPHY_DUMP, answered by many NEW_WIPHY parts
        NetlinkMessage req = nl.stream().filter(m -> m.direction() == Direction.TO_KERNEL && cmd(m).equals("NL80211_CMD_GET_WIPHY"))
                .findFirst().orElseThrow();
        assertEquals("true", field(req, "NL80211_ATTR_SPLIT_WIPHY_DUMP").value().display().split(" ")[0]);
        List<NetlinkMessage> parts = replies(nl, "NL80211_CMD_NEW_WIPHY");
        assertTrue(parts.size() > 20, "parts: " + parts.size());
        for (NetlinkMessage p : parts) assertEquals("\"phy0\"", field(p, "NL80211_ATTR_WIPHY_NAME").value().display());   // "Wiphy phy0"
        List<Field> all = new ArrayList<>();
        for (NetlinkMessage p : parts) all.addAll(p.fields());
        // "max # scan SSIDs: 4", "max scan IEs length: 2109 bytes", "Retry short limit: 7", "Retry long limit: 4"
        assertEquals(4L, num(findAll(all, "NL80211_ATTR_MAX_NUM_SCAN_SSIDS").get(0)));
        assertEquals(2109L, num(findAll(all, "NL80211_ATTR_MAX_SCAN_IE_LEN").get(0)));
        assertEquals(7L, num(findAll(all, "NL80211_ATTR_WIPHY_RETRY_SHORT").get(0)));
        assertEquals(4L, num(findAll(all, "NL80211_ATTR_WIPHY_RETRY_LONG").get(0)));
        assertEquals(0L, num(findAll(all, "NL80211_ATTR_WIPHY_COVERAGE_CLASS").get(0)));   // "Coverage class: 0"
        // "Supported Ciphers: * WEP40 (00-0f-ac:1) ... * GMAC-256 (00-0f-ac:12)": 11 u32 suites, binary
        byte[] ciphers = ((Value.Raw) findAll(all, "NL80211_ATTR_CIPHER_SUITES").get(0).value()).bytes();
        assertEquals(11 * 4, ciphers.length);
        assertArrayEquals(new byte[] {1, (byte) 0xac, 0x0f, 0}, java.util.Arrays.copyOf(ciphers, 4));
        // "Supported interface modes: IBSS, managed, AP, AP/VLAN, monitor, mesh point, P2P-client, P2P-GO, P2P-device, outside context of a BSS"
        Field iftypes = findAll(all, "NL80211_ATTR_SUPPORTED_IFTYPES").get(0);
        assertEquals(List.of("NL80211_IFTYPE_ADHOC", "NL80211_IFTYPE_STATION", "NL80211_IFTYPE_AP", "NL80211_IFTYPE_AP_VLAN",
                "NL80211_IFTYPE_MONITOR", "NL80211_IFTYPE_MESH_POINT", "NL80211_IFTYPE_P2P_CLIENT", "NL80211_IFTYPE_P2P_GO",
                "NL80211_IFTYPE_P2P_DEVICE", "NL80211_IFTYPE_OCB"), iftypes.children().stream().map(Field::name).toList());
        // "Band 1": 2.4 GHz frequencies 2412 ... 2484 MHz, in band [0] (NL80211_BAND_2GHZ)
        List<Long> freqs = new ArrayList<>();
        for (Field bands : findAll(all, "NL80211_ATTR_WIPHY_BANDS")) {
            for (Field band : bands.children()) {
                if (!band.name().equals("[0]")) continue;
                for (Field f : findAll(band.children(), "NL80211_FREQUENCY_ATTR_FREQ")) freqs.add(num(f));
            }
        }
        assertEquals(2412L, freqs.get(0));
        assertTrue(freqs.containsAll(List.of(2412L, 2437L, 2462L, 2484L)), freqs.toString());
        // "Capabilities: 0x107e" of band 1
        assertTrue(findAll(all, "NL80211_BAND_ATTR_HT_CAPA").stream().anyMatch(f -> num(f) == 0x107e));
        // bitrates of band 1: 1.0 Mbps (10 in 100 kbps)
        assertTrue(findAll(all, "NL80211_BITRATE_ATTR_RATE").stream().anyMatch(f -> num(f) == 10));
        // interface combinations: a limit of 1 IBSS, then 2048 of managed/AP/mesh ...
        Field comb = findAll(all, "NL80211_ATTR_INTERFACE_COMBINATIONS").get(0);
        Field limit1 = at(comb, "[1].NL80211_IFACE_COMB_LIMITS.[1]").orElseThrow();
        assertEquals(1L, num(limit1.child("NL80211_IFACE_LIMIT_MAX").orElseThrow()));
        assertTrue(limit1.child("NL80211_IFACE_LIMIT_TYPES").orElseThrow().child("NL80211_IFTYPE_ADHOC").isPresent());
        // the wiphy's addresses (NL80211_ATTR_MAC 02:00:00:00:00:00, then 42:00:00:00:00:00)
        Field addrs = findAll(all, "NL80211_ATTR_MAC_ADDRS").get(0);
        assertEquals("02:00:00:00:00:00", addrs.child("[1]").orElseThrow().value().display());
        // "Device supports T-DLS": NL80211_ATTR_TDLS_SUPPORT
        assertFalse(findAll(all, "NL80211_ATTR_TDLS_SUPPORT").isEmpty());
    }

    @Test
    void iwRegGetListsTheWorldRules() throws IOException {
        List<NetlinkMessage> nl = family("genl-misc.pcap", "nl80211");
        // `iw reg get`: "global country 00: DFS-UNSET" and its 8 rules
        NetlinkMessage reg = replies(nl, "NL80211_CMD_GET_REG").get(0);
        assertEquals("\"00\"", field(reg, "NL80211_ATTR_REG_ALPHA2").value().display());
        Field rules = field(reg, "NL80211_ATTR_REG_RULES");
        assertEquals(8, rules.children().size());
        // "(2402 - 2472 @ 40), (6, 20), (N/A)": kHz, mBi, mBm
        Field r0 = rules.children().get(0);
        assertEquals(2402000L, num(r0.child("NL80211_ATTR_FREQ_RANGE_START").orElseThrow()));
        assertEquals(2472000L, num(r0.child("NL80211_ATTR_FREQ_RANGE_END").orElseThrow()));
        assertEquals(40000L, num(r0.child("NL80211_ATTR_FREQ_RANGE_MAX_BW").orElseThrow()));
        assertEquals(600L, num(r0.child("NL80211_ATTR_POWER_RULE_MAX_ANT_GAIN").orElseThrow()));
        assertEquals(2000L, num(r0.child("NL80211_ATTR_POWER_RULE_MAX_EIRP").orElseThrow()));
        // "(5250 - 5330 @ 80), (6, 20), (0 ms), DFS, AUTO-BW, PASSIVE-SCAN"
        Field r4 = rules.children().get(4);
        assertEquals(5250000L, num(r4.child("NL80211_ATTR_FREQ_RANGE_START").orElseThrow()));
        Value.Flags fl = (Value.Flags) r4.child("NL80211_ATTR_REG_RULE_FLAGS").orElseThrow().value();
        assertEquals(List.of("NL80211_RRF_DFS", "NL80211_RRF_NO_IR", "NL80211_RRF_AUTO_BW"), fl.names());
        // "(57240 - 63720 @ 2160)"
        assertEquals(63720000L, num(rules.children().get(7).child("NL80211_ATTR_FREQ_RANGE_END").orElseThrow()));
    }

    @Test
    void devlinkDevShowIsANamedDumpRequest() throws IOException {
        // `devlink dev show`, `devlink -j dev show`: two DEVLINK_CMD_GET dumps ({"dev":{}}: no device answers)
        List<NetlinkMessage> dl = family("genl-misc.pcap", "devlink");
        assertEquals(2, dl.size());
        for (NetlinkMessage m : dl) {
            assertEquals(Direction.TO_KERNEL, m.direction());
            assertEquals("DEVLINK_CMD_GET", cmd(m));
            assertTrue(m.summary().startsWith("DEVLINK_CMD_GET"), m.summary());
        }
    }

    @Test
    void nl80211AndDevlinkHaveNoUnnamedAttributeAndNoMalformedNode() throws IOException {
        Set<String> mine = Set.of("nl80211", "devlink");
        int seen = 0;
        for (Path p : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != GENERIC || !mine.contains(m.typeName())) continue;
                    seen++;
                    String where = p.getFileName() + " frame " + m.frame() + " " + m.typeName() + " " + m.summary();
                    assertFalse(m.malformed(), where + ": " + m.problem());
                    assertFalse(m.summary().startsWith("cmd "), where + ": command not named");
                    for (Field x : m.fields()) assertFalse(x.containsMalformed(), where + ": malformed " + x.name());
                    FamilyAssertions.noUnnamed(m.fields(), where);
                }
            }
        }
        assertTrue(seen >= 190, "nl80211/devlink messages seen: " + seen);
    }
}
