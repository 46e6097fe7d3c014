package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static io.nlscope.dissect.FamilyAssertions.at;
import static io.nlscope.dissect.FamilyAssertions.noUnnamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bridge's VLAN and multicast databases on Linux 7.2 and 6.12 (testdata/kernels/scenarios-bridge.txt): the
 * kernel's RTM_NEWVLAN and RTM_NEWMDB answers decode to what iproute2's bridge printed of the same dumps
 * (bridge-vlan-mdb.{vlan,global,mdb}.json), and bridge's RTM_NEWMDB request to the entry its command line names. (iproute2
 * 6.1's `bridge -s vlan show`, kept as .stats.json, asks RTM_GETSTATS, not RTM_GETVLAN.)
 */
class BridgeVlanMdbTest {
    private static Path file(String kernel, String name) { return TestData.root().resolve("testdata/kernels/" + kernel + "/bridge-vlan-mdb" + name); }

    private static JsonNode json(String kernel, String view) throws Exception {
        return new ObjectMapper().readTree(file(kernel, "." + view + ".json").toFile());
    }

    private static long num(Field f, String path) {
        Field x = at(f, path).orElseThrow(() -> new AssertionError("no " + path + " in " + f.name()));
        return x.value() instanceof Value.Named n ? n.raw() : ((Value.Num) x.value()).value();
    }

    private static String name(Field f, String path) {
        return ((Value.Named) at(f, path).orElseThrow(() -> new AssertionError("no " + path)).value()).name();
    }

    private static List<Field> all(NetlinkMessage m, String name) {
        return m.fields().stream().filter(f -> f.name().equals(name)).toList();
    }

    private record Capture(List<NetlinkMessage> ms, Map<Long, String> names) {
        /** The kernel's answers of one type (dump parts), in order. */
        List<NetlinkMessage> answers(int type) {
            return ms.stream().filter(m -> m.type() == type && m.direction() == Direction.FROM_KERNEL).toList();
        }
    }

    private static Capture open(String kernel) throws Exception {
        List<NetlinkMessage> ms = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file(kernel, ".pcap"))) ms.addAll(f.messages());
        Map<Long, String> names = new HashMap<>();   // ifindex -> name, from the kernel's link answers
        for (NetlinkMessage m : ms) {
            assertFalse(m.malformed(), m.summary());
            noUnnamed(m.fields(), kernel + " frame " + m.frame());
            if (m.type() == 16 && m.direction() == Direction.FROM_KERNEL && m.field("IFLA_IFNAME").isPresent())
                names.put(((Value.Num) at(m, "ifinfomsg.ifi_index").orElseThrow().value()).value(),
                        ((Value.Text) m.field("IFLA_IFNAME").get().value()).text());
        }
        return new Capture(ms, names);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void vlansTheirStatesGlobalOptionsAndStatistics(String kernel) throws Exception {
        Capture c = open(kernel);
        List<NetlinkMessage> vlans = c.answers(112);   // RTM_NEWVLAN
        assertTrue(vlans.size() >= 4, kernel + ": vlan answers " + vlans.size());
        // bridge -d -j vlan show: each port's VLANs (ranges as vlan..vlanEnd), flags and STP state, per port in one answer
        int compared = 0;
        for (JsonNode port : json(kernel, "vlan")) {
            String ifname = port.path("ifname").asText();
            NetlinkMessage m = vlans.stream().filter(v -> ifname.equals(c.names().get(num(v.fields().get(1), "ifindex")))
                    && !all(v, "BRIDGE_VLANDB_ENTRY").isEmpty()).findFirst().orElseThrow(() -> new AssertionError(kernel + ": no vlans of " + ifname));
            List<Field> entries = all(m, "BRIDGE_VLANDB_ENTRY");
            assertEquals(port.path("vlans").size(), entries.size(), kernel + " " + ifname);
            for (int i = 0; i < entries.size(); i++) {
                JsonNode v = port.path("vlans").get(i);
                Field e = entries.get(i);
                String w = kernel + " " + ifname + " vlan " + v.path("vlan").asInt();
                assertEquals(v.path("vlan").asLong(), num(e, "BRIDGE_VLANDB_ENTRY_INFO.vid"), w);
                assertEquals(v.path("vlanEnd").asLong(v.path("vlan").asLong()),
                        at(e, "BRIDGE_VLANDB_ENTRY_RANGE").isPresent() ? num(e, "BRIDGE_VLANDB_ENTRY_RANGE") : v.path("vlan").asLong(), w);
                String flags = at(e, "BRIDGE_VLANDB_ENTRY_INFO.flags").orElseThrow().value().display();
                boolean pvid = false, untagged = false;
                for (JsonNode f : v.path("flags")) { pvid |= f.asText().equals("PVID"); untagged |= f.asText().equals("Egress Untagged"); }
                assertEquals(pvid, flags.contains("BRIDGE_VLAN_INFO_PVID"), w + " " + flags);
                assertEquals(untagged, flags.contains("BRIDGE_VLAN_INFO_UNTAGGED"), w + " " + flags);
                assertEquals("BR_STATE_" + v.path("state").asText().toUpperCase(), name(e, "BRIDGE_VLANDB_ENTRY_STATE"), w);
                assertEquals(v.path("mcast_router").asLong(), num(e, "BRIDGE_VLANDB_ENTRY_MCAST_ROUTER"), w);
                compared++;
            }
        }
        assertTrue(compared >= 8, kernel + ": vlans compared " + compared);
        // bv2's vid 20 set to blocking by `bridge vlan set ... state blocking`, an RTM_NEWVLAN request
        assertTrue(c.ms().stream().anyMatch(m -> m.type() == 112 && m.direction() == Direction.TO_KERNEL
                && all(m, "BRIDGE_VLANDB_ENTRY").stream().anyMatch(e -> at(e, "BRIDGE_VLANDB_ENTRY_STATE").isPresent()
                && name(e, "BRIDGE_VLANDB_ENTRY_STATE").equals("BR_STATE_BLOCKING"))), kernel);
        // bridge -j vlan global show dev brv0: vid 10 was set to IGMPv3 and a last member count of 3
        NetlinkMessage global = vlans.stream().filter(v -> !all(v, "BRIDGE_VLANDB_GLOBAL_OPTIONS").isEmpty()).findFirst().orElseThrow();
        List<Field> opts = all(global, "BRIDGE_VLANDB_GLOBAL_OPTIONS");
        JsonNode shown = json(kernel, "global").get(0).path("vlans");
        assertEquals(shown.size(), opts.size(), kernel);
        for (int i = 0; i < opts.size(); i++) {
            JsonNode v = shown.get(i);
            Field o = opts.get(i);
            String w = kernel + " global vlan " + v.path("vlan").asInt();
            assertEquals(v.path("vlan").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_ID"), w);
            assertEquals(v.path("mcast_snooping").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_SNOOPING"), w);
            assertEquals(v.path("mcast_igmp_version").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_IGMP_VERSION"), w);
            assertEquals(v.path("mcast_mld_version").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_MLD_VERSION"), w);
            assertEquals(v.path("mcast_last_member_count").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_CNT"), w);
            assertEquals(v.path("mcast_last_member_interval").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_LAST_MEMBER_INTVL"), w);
            assertEquals(v.path("mcast_membership_interval").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_MEMBERSHIP_INTVL"), w);
            assertEquals(v.path("mcast_query_interval").asLong(), num(o, "BRIDGE_VLANDB_GOPTS_MCAST_QUERY_INTVL"), w);
        }
        assertEquals(3, shown.get(1).path("mcast_igmp_version").asInt(), "the scenario's global set");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void multicastDatabaseEntriesAndRequests(String kernel) throws Exception {
        Capture c = open(kernel);
        // bridge -d -j mdb show dev brv0: the answer's MDBA_MDB entries, each a br_mdb_entry (and a source for S,G)
        JsonNode shown = json(kernel, "mdb").get(0).path("mdb");
        List<Field> entries = new ArrayList<>();
        List<NetlinkMessage> answers = c.answers(86);   // the kernel answers an MDB dump with RTM_GETMDB
        NetlinkMessage dump = answers.stream().filter(m -> m.field("MDBA_MDB").isPresent()
                && FamilyAssertions.findAll(m.fields(), "MDBA_MDB_ENTRY_INFO").size() == shown.size()).findFirst()
                .orElseThrow(() -> new AssertionError(kernel + ": no mdb answer with " + shown.size() + " entries"));
        entries.addAll(FamilyAssertions.findAll(dump.fields(), "MDBA_MDB_ENTRY_INFO"));
        for (JsonNode e : shown) {
            String w = kernel + " " + e.path("grp").asText() + " vid " + e.path("vid").asInt();
            Field f = entries.stream().filter(x -> num(x, "br_mdb_entry.vid") == e.path("vid").asLong()
                    && group(x).equals(shownGroup(e.path("grp").asText()))
                    && e.path("port").asText().equals(c.names().get(num(x, "br_mdb_entry.ifindex")))).findFirst()
                    .orElseThrow(() -> new AssertionError(w + ": not in the kernel's answer"));
            assertEquals("MDB_" + (e.path("state").asText().equals("temp") ? "TEMPORARY" : "PERMANENT"), name(f, "br_mdb_entry.state"), w);
            if (e.has("src"))
                assertEquals(e.path("src").asText(), at(f, "MDBA_MDB_EATTR_SOURCE").orElseThrow().value().display(), w);
            if (e.has("protocol"))
                assertEquals("RTPROT_" + e.path("protocol").asText().toUpperCase(), name(f, "MDBA_MDB_EATTR_RTPROT"), w);
        }
        // bridge mdb add dev brv0 port bv1 grp 239.1.1.1 permanent vid 10: RTM_NEWMDB with MDBA_SET_ENTRY
        NetlinkMessage add = c.ms().stream().filter(m -> m.type() == 84 && m.direction() == Direction.TO_KERNEL).findFirst().orElseThrow();
        Field set = add.field("MDBA_SET_ENTRY").orElseThrow(() -> new AssertionError("the request's set is MDBA_SET_*"));
        assertEquals(10, num(set, "vid"));
        assertEquals("MDB_PERMANENT", name(set, "state"));
        assertEquals("ETH_P_IP", name(set, "addr_proto"));
        assertEquals("bv1", c.names().get(num(set, "ifindex")));
        assertEquals("239.1.1.1", group(set));
        // bridge mdb del dev brv0 port bv1 grp 239.1.1.1 vid 10: an RTM_DELMDB request
        assertTrue(c.ms().stream().anyMatch(m -> m.type() == 85 && m.direction() == Direction.TO_KERNEL), kernel + ": RTM_DELMDB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void bridgeVlanAddIsAnAfBridgeSetlink(String kernel) throws Exception {
        Capture c = open(kernel);
        // bridge vlan add dev bv1 vid 10 pvid untagged; ... vid 20-23; bridge vlan del dev bv1 vid 21: RTM_SETLINK and
        // RTM_DELLINK of family AF_BRIDGE, whose IFLA_AF_SPEC holds IFLA_BRIDGE_VLAN_INFO (-nl-nest-by-family)
        List<NetlinkMessage> sets = c.ms().stream().filter(m -> (m.type() == 19 || m.type() == 17) && m.direction() == Direction.TO_KERNEL
                && "AF_BRIDGE".equals(((Value.Named) at(m, "ifinfomsg.ifi_family").orElseThrow().value()).name())).toList();
        assertEquals(6, sets.size(), kernel + ": five vlan adds and a del");
        Field pvid = sets.get(0).field("IFLA_AF_SPEC").orElseThrow();
        assertEquals("bv1", c.names().get(((Value.Num) at(sets.get(0), "ifinfomsg.ifi_index").orElseThrow().value()).value()));
        assertEquals(10, num(pvid, "IFLA_BRIDGE_VLAN_INFO.vid"));
        assertEquals("BRIDGE_VLAN_INFO_PVID|BRIDGE_VLAN_INFO_UNTAGGED", at(pvid, "IFLA_BRIDGE_VLAN_INFO.flags").orElseThrow().value().display().replaceAll("^0x\\w+ \\((.*)\\)$", "$1"));
        List<Field> range = FamilyAssertions.findAll(sets.get(1).fields(), "IFLA_BRIDGE_VLAN_INFO");
        assertEquals(List.of(20L, 23L), range.stream().map(f -> num(f, "vid")).toList(), kernel + ": vid 20-23 as a begin and an end");
        assertTrue(range.get(0).child("flags").orElseThrow().value().display().contains("RANGE_BEGIN"));
        assertTrue(range.get(1).child("flags").orElseThrow().value().display().contains("RANGE_END"));
        NetlinkMessage del = sets.get(5);
        assertEquals(17, del.type(), "RTM_DELLINK");
        assertEquals(21, num(del.field("IFLA_AF_SPEC").orElseThrow(), "IFLA_BRIDGE_VLAN_INFO.vid"));
        // an AF_UNSPEC link message keeps one nest per address family in its IFLA_AF_SPEC
        assertTrue(c.ms().stream().anyMatch(m -> m.type() == 16 && at(m, "IFLA_AF_SPEC.AF_INET6").isPresent()), kernel);
    }

    /** The group of a br_mdb_entry (or of the struct itself), as InetAddress or a MAC address writes it, by addr_proto. */
    private static String group(Field f) {
        Field e = f.child("br_mdb_entry").orElse(f);
        byte[] u = ((Value.Raw) e.child("addr_u").orElseThrow().value()).bytes();
        String proto = e.child("addr_proto").orElseThrow().value() instanceof Value.Named n ? n.name() : "";
        try {
            return switch (proto) {
                case "ETH_P_IP" -> InetAddress.getByAddress(java.util.Arrays.copyOf(u, 4)).getHostAddress();
                case "ETH_P_IPV6" -> InetAddress.getByAddress(u).getHostAddress();
                default -> String.join(":", HexFormat.of().formatHex(u, 0, 6).split("(?<=\\G..)"));
            };
        } catch (java.net.UnknownHostException x) {
            throw new AssertionError(x);
        }
    }

    /** A group as bridge printed it, written as {@link #group} writes it (IPv6 addresses in full). */
    private static String shownGroup(String text) {
        if (text.matches("([0-9a-f]{2}:){5}[0-9a-f]{2}")) return text;
        try {
            return InetAddress.getByName(text).getHostAddress();   // a literal: no lookup
        } catch (java.net.UnknownHostException x) {
            throw new AssertionError(x);
        }
    }
}
