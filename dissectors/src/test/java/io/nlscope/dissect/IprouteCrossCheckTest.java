package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel's own tools as oracles: testdata/captures/crosscheck.pcap holds the netlink traffic
 * of `ip -j -d link show`, `ip -j addr show`, `ip -j route show table all`, `ip -j neigh show`
 * and `ip -j rule show` (scenario testdata/vm/scenarios-crosscheck.txt), and crosscheck.*.json
 * holds what those commands printed, in the same run. nlscope's decoded dump replies must carry
 * the same values. The subclasses run the same checks on the same scenario recorded on newer kernels
 * (testdata/kernels/6.12 and 7.2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IprouteCrossCheckTest {
    private static final int NLM_F_MULTI = 0x2;
    private List<NetlinkMessage> dumped;

    /** The folder of crosscheck.pcap and its views. */
    Path folder() { return TestData.captures(); }

    private Path file(String name) { return folder().resolve(name); }

    @BeforeAll
    void decode() throws Exception {
        dumped = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file("crosscheck.pcap"))) {
            for (NetlinkMessage m : f.messages()) if ((m.flags() & NLM_F_MULTI) != 0 && m.type() >= 16) dumped.add(m);
        }
    }

    private JsonNode json(String name) throws Exception {
        return new ObjectMapper().readTree(file("crosscheck." + name + ".json").toFile());
    }

    /** The display text of the first field with this name at any depth, or null. */
    static String find(List<Field> fields, String name) {
        for (Field f : fields) {
            if (f.name().equals(name)) return text(f.value());
            String inner = find(f.children(), name);
            if (inner != null) return inner;
        }
        return null;
    }

    static String text(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Num n) return n.display();
        if (v instanceof Value.Named n) return n.name();
        return v.display();
    }

    private List<NetlinkMessage> of(String type) {
        return dumped.stream().filter(m -> m.typeName().equals(type)).toList();
    }

    @Test
    void linksAgreeWithIpJDetailLinkShow() throws Exception {
        Map<String, List<Field>> byIndex = new HashMap<>();
        for (NetlinkMessage m : of("RTM_NEWLINK")) byIndex.put(find(m.fields(), "ifi_index"), m.fields());
        JsonNode links = json("link");
        assertEquals(7, links.size());
        for (JsonNode l : links) {
            List<Field> f = byIndex.get(l.get("ifindex").asText());
            String who = l.get("ifname").asText();
            assertTrue(f != null, "no RTM_NEWLINK for " + who);
            assertEquals(who, find(f, "IFLA_IFNAME"));
            assertEquals(l.get("mtu").asText(), find(f, "IFLA_MTU"), who);
            assertEquals(l.get("txqlen").asText(), find(f, "IFLA_TXQLEN"), who);
            assertEquals("IF_OPER_" + l.get("operstate").asText(), find(f, "IFLA_OPERSTATE"), who);
            if (l.has("address") && !who.equals("lo")) assertEquals(l.get("address").asText(), find(f, "IFLA_ADDRESS"), who);
            if (l.has("linkinfo")) assertEquals(l.get("linkinfo").get("info_kind").asText(), find(f, "IFLA_INFO_KIND"), who);
            Set<String> flags = new HashSet<>();
            l.get("flags").forEach(x -> flags.add(x.asText()));
            String decodedFlags = find(f, "ifi_flags");
            assertEquals(flags.contains("UP"), decodedFlags.contains("IFF_UP"), who + " " + decodedFlags);
        }
    }

    @Test
    void addressesAgreeWithIpJAddrShow() throws Exception {
        Set<String> ours = new HashSet<>();
        for (NetlinkMessage m : of("RTM_NEWADDR")) {
            String local = find(m.fields(), "IFA_LOCAL");
            if (local == null) local = find(m.fields(), "IFA_ADDRESS");
            ours.add(find(m.fields(), "ifa_index") + " " + local + "/" + find(m.fields(), "ifa_prefixlen"));
        }
        Set<String> theirs = new HashSet<>();
        for (JsonNode l : json("addr")) {
            for (JsonNode a : l.get("addr_info")) {
                theirs.add(l.get("ifindex").asText() + " " + a.get("local").asText() + "/" + a.get("prefixlen").asText());
            }
        }
        assertEquals(5, theirs.size());   // 127.0.0.1/8, ::1/128, 192.0.2.1/24, 2001:db8::1/64, fe80::.../64
        assertTrue(ours.containsAll(theirs), "ip -j addr: " + theirs + ", nlscope: " + ours);
    }

    @Test
    void routesAgreeWithIpJRouteShow() throws Exception {
        Set<String> ours = new HashSet<>();
        for (NetlinkMessage m : of("RTM_NEWROUTE")) {
            String dst = find(m.fields(), "RTA_DST");
            String len = find(m.fields(), "rtm_dst_len");
            String gw = find(m.fields(), "RTA_GATEWAY");
            String table = find(m.fields(), "RTA_TABLE");
            if (table == null) table = find(m.fields(), "rtm_table");
            table = table.startsWith("RT_TABLE_") ? table.substring(9).toLowerCase(java.util.Locale.ROOT) : table;
            ours.add((dst == null ? "default" : dst + "/" + len) + (gw == null ? "" : " via " + gw) + " table " + table);
        }
        int compared = 0;
        for (String file : List.of("route", "route6")) {
            for (JsonNode r : json(file)) {
                String dst = r.get("dst").asText();
                if (!dst.contains("/") && !dst.equals("default")) dst += dst.contains(":") ? "/128" : "/32";
                String key = dst + (r.has("gateway") ? " via " + r.get("gateway").asText() : "")
                        + " table " + (r.has("table") ? r.get("table").asText() : "main");
                assertTrue(ours.contains(key), "ip -j route shows " + key + "; nlscope decoded " + ours);
                compared++;
            }
        }
        assertTrue(compared >= 10, "compared " + compared);
    }

    @Test
    void socketsAgreeWithSsTanie() throws Exception {
        // `ss -tanie`: state, local address:port, peer address:port, inode
        java.util.regex.Pattern row = java.util.regex.Pattern.compile(
                "^(LISTEN|ESTAB)\\s+\\d+\\s+\\d+\\s+(\\S+):(\\d+)\\s+(\\S+):(\\S+)\\s+ino:(\\d+)");
        Map<String, List<Field>> byInode = new HashMap<>();
        for (NetlinkMessage m : of("SOCK_DIAG_BY_FAMILY")) byInode.put(find(m.fields(), "idiag_inode"), m.fields());
        int compared = 0;
        for (String line : java.nio.file.Files.readAllLines(file("crosscheck.ss.txt"))) {
            java.util.regex.Matcher x = row.matcher(line);
            if (!x.find()) continue;
            List<Field> f = byInode.get(x.group(6));
            assertTrue(f != null, "no sock_diag reply for inode " + x.group(6) + ": " + line);
            assertEquals(x.group(1).equals("LISTEN") ? "TCP_LISTEN" : "TCP_ESTABLISHED", find(f, "idiag_state"), line);
            assertEquals(x.group(2), find(f, "idiag_src"), line);
            assertEquals(x.group(3), find(f, "idiag_sport"), line);
            assertEquals(x.group(5).equals("*") ? "0" : x.group(5), find(f, "idiag_dport"), line);
            compared++;
        }
        assertEquals(3, compared, "the listener and both ends of the connection");
    }

    @Test
    void familyIdsAgreeWithGenlCtrlList() throws Exception {
        // `genl ctrl list`: "Name: nlctrl" then "ID: 0x10 ..."
        Map<String, String> theirs = new HashMap<>();
        String name = null;
        for (String line : java.nio.file.Files.readAllLines(file("crosscheck.genl.txt"))) {
            if (line.startsWith("Name: ")) name = line.substring(6).trim();
            else if (name != null && line.trim().startsWith("ID: ")) {
                theirs.put(name, Long.toString(Long.decode(line.trim().split("\\s+")[1])));
                name = null;
            }
        }
        Map<String, String> ours = new HashMap<>();
        for (DissectedFrame f : TestData.dissectAll(file("crosscheck.pcap"))) {
            for (NetlinkMessage m : f.messages()) {
                String n = find(m.fields(), "CTRL_ATTR_FAMILY_NAME"), id = find(m.fields(), "CTRL_ATTR_FAMILY_ID");
                if (n != null && id != null) ours.put(n, id);
            }
        }
        assertTrue(theirs.size() >= 10, "genl ctrl list printed " + theirs);
        assertEquals(theirs, ours);
    }

    @Test
    void neighboursAndRulesAgree() throws Exception {
        JsonNode n = json("neigh").get(0);
        NetlinkMessage neigh = of("RTM_NEWNEIGH").stream()
                .filter(m -> n.get("dst").asText().equals(find(m.fields(), "NDA_DST"))).findFirst().orElseThrow();
        assertEquals(n.get("lladdr").asText(), find(neigh.fields(), "NDA_LLADDR"));
        Set<String> ours = new HashSet<>();
        for (NetlinkMessage m : of("RTM_NEWRULE")) {
            String table = find(m.fields(), "FRA_TABLE");
            ours.add(find(m.fields(), "FRA_PRIORITY") + " " + table);
        }
        for (JsonNode r : json("rule")) {
            String table = r.get("table").asText();
            String expected = switch (table) {
                case "local" -> "RT_TABLE_LOCAL";
                case "main" -> "RT_TABLE_MAIN";
                case "default" -> "RT_TABLE_DEFAULT";
                default -> table;
            };
            String p = r.get("priority").asText();
            assertTrue(ours.contains(p + " " + expected) || (p.equals("0") && ours.contains("null " + expected)),
                    "ip -j rule shows priority " + p + " table " + table + "; nlscope decoded " + ours);
        }
    }
}
