package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.FieldNames;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nlscope fields, the list of display-filter names (FieldNames, from the specs), and a cross-check of that list
 * against the trees nlscope decodes from every capture in testdata.
 */
class FieldsCommandTest {
    private static final Pattern UNNAMED = Pattern.compile("attr_\\d+"), INDEX = Pattern.compile("\\[\\d+]");

    /** The text output's lines by name: {kind, name, type, protocol, description}. */
    private static Map<String, List<String[]>> byName(ReadCommandTest.Result r) {
        Map<String, List<String[]>> m = new HashMap<>();
        for (String line : r.lines()) {
            String[] c = line.split("\t", -1);
            assertEquals(5, c.length, line);
            m.computeIfAbsent(c[1], k -> new ArrayList<>()).add(c);
        }
        return m;
    }

    private static String[] only(Map<String, List<String[]>> m, String name) {
        List<String[]> l = m.get(name);
        assertNotNull(l, name + " is not listed");
        assertEquals(1, l.size(), name + " is listed more than once");
        return l.get(0);
    }

    private static void assertField(Map<String, List<String[]>> m, String name, String type, String protocol) {
        String[] c = only(m, name);
        assertEquals("F", c[0], name);
        assertEquals(type, c[2], name);
        assertEquals(protocol, c[3], name);
    }

    @Test
    void listsTheFiltersOwnNamesFirstThenTheSpecsWithTheirTypes() {
        ReadCommandTest.Result r = run("fields");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.size() > 5000, "only " + lines.size() + " names");
        assertTrue(lines.get(0).startsWith("F\tnlmsg.len\tu32\tnetlink\t"), lines.get(0));
        Map<String, List<String[]>> m = byName(r);
        // the filter language's own names (MessageFilter)
        assertField(m, "nlmsg.flags", "u16", "netlink");
        assertField(m, "seq", "u32", "netlink");
        assertField(m, "flags.ACK", "flag", "netlink");
        assertField(m, "flags.EXCL", "flag", "netlink");   // a NEW request's bit (nlm_f_new)
        assertField(m, "frame", "u64", "netlink");
        assertField(m, "direction", "string", "netlink");
        assertField(m, "malformed", "flag", "netlink");
        assertField(m, "genl.family", "string", "generic");
        assertField(m, "genl.cmd", "string", "generic");
        assertEquals("P", only(m, "route")[0]);
        assertEquals("P", only(m, "ethtool")[0]);
        assertEquals("generic", only(m, "ethtool")[3]);
        assertTrue(lines.indexOf(String.join("\t", only(m, "genl.cmd"))) < lines.indexOf(String.join("\t", only(m, "route"))));
        // the tree's names, from the specs
        assertField(m, "attr.IFLA_MTU", "u32", "route");
        assertField(m, "attr.IFLA_LINKINFO.IFLA_INFO_KIND", "string", "route");
        assertField(m, "attr.IFLA_LINKINFO.IFLA_INFO_DATA", "submsg", "route");
        assertField(m, "attr.IFLA_LINKINFO.IFLA_INFO_DATA.IFLA_VLAN_ID", "u16", "route");   // when IFLA_INFO_KIND is vlan
        assertTrue(only(m, "attr.IFLA_LINKINFO.IFLA_INFO_DATA.IFLA_VLAN_ID")[4].contains("when IFLA_INFO_KIND is vlan"));
        assertField(m, "ifinfomsg.ifi_index", "s32", "route");
        assertTrue(only(m, "ifinfomsg.ifi_index")[4].isEmpty());
        assertTrue(only(m, "ifinfomsg.ifi_flags")[4].contains("flags rtnetlink_link.iff"));
        assertTrue(only(m, "ifinfomsg")[4].contains("RTM_NEWLINK"), "a fixed header's description names its message types");
        assertField(m, "attr.RTA_DST", "ipaddr", "route");
        assertField(m, "attr.NL80211_ATTR_IFNAME", "string", "nl80211");
        assertField(m, "attr.ETHTOOL_A_LINKINFO_HEADER.ETHTOOL_A_HEADER_DEV_NAME", "string", "ethtool");
        assertField(m, "attr.CTA_TUPLE_ORIG.CTA_TUPLE_IP.CTA_IP_V4_SRC", "ipv4", "netfilter");
        assertField(m, "attr.NFTA_TABLE_NAME", "string", "netfilter");
        assertField(m, "nfgenmsg.res_id", "u16", "netfilter");
        assertField(m, "genlmsghdr.cmd", "u8", "generic");
        assertField(m, "nlmsghdr.nlmsg_seq", "u32", "netlink");
        assertField(m, "ext_ack.NLMSGERR_ATTR_MSG", "string", "netlink");
        // recursion: veth's peer holds IFLA_* again, listed once and marked, not expanded again
        String[] peer = only(m, "attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER");
        assertEquals("struct-attrs", peer[2]);
        assertTrue(peer[4].contains("recursive"), peer[4]);
        assertField(m, "attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.ifinfomsg.ifi_index", "s32", "route");
        assertFalse(m.containsKey("attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.IFLA_MTU"));
        // arrays stop at the array: their numbered entries cannot be named
        assertField(m, "attr.RTA_MULTIPATH", "struct-attrs-array", "route");
        assertTrue(m.keySet().stream().noneMatch(n -> n.contains("[") || UNNAMED.matcher(n).find()));
    }

    @Test
    void aWordListsTheNamesOrProtocolsThatContainIt() {
        ReadCommandTest.Result r = run("fields", "IFLA_LINKINFO");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.lines().size() > 20, r.out());
        for (String l : r.lines()) assertTrue(l.split("\t")[1].contains("IFLA_LINKINFO"), l);
        assertTrue(r.lines().contains(String.join("\t", only(byName(run("fields")), "attr.IFLA_LINKINFO.IFLA_INFO_KIND"))));

        ReadCommandTest.Result e = run("fields", "ethtool");
        assertEquals(0, e.code(), e.err());
        Map<String, List<String[]>> m = byName(e);
        assertEquals("P", only(m, "ethtool")[0]);
        assertField(m, "attr.ETHTOOL_A_LINKINFO_HEADER.ETHTOOL_A_HEADER_DEV_NAME", "string", "ethtool");
        for (String l : e.lines()) assertTrue(l.toLowerCase(Locale.ROOT).split("\t")[1].contains("ethtool")
                || l.split("\t")[3].equals("ethtool"), l);
        assertFalse(m.containsKey("attr.IFLA_MTU"));

        ReadCommandTest.Result none = run("fields", "attr.IFLA_MTUU");
        assertEquals(0, none.code());
        assertEquals("", none.out());
        assertTrue(none.err().contains("did you mean attr.IFLA_MTU"), none.err());
    }

    @Test
    void jsonHasTheSameNamesAsText() throws Exception {
        ReadCommandTest.Result text = run("fields");
        ReadCommandTest.Result json = run("fields", "-T", "json");
        assertEquals(0, json.code(), json.err());
        JsonNode doc = new ObjectMapper().readTree(json.out());
        assertTrue(doc.isArray());
        assertEquals(text.lines().size(), doc.size());
        JsonNode mtu = null;
        for (JsonNode n : doc) if (n.get("name").asText().equals("attr.IFLA_MTU")) mtu = n;
        assertNotNull(mtu);
        assertEquals("field", mtu.get("kind").asText());
        assertEquals("u32", mtu.get("type").asText());
        assertEquals("route", mtu.get("protocol").asText());
        assertEquals(byName(run("fields", "ethtool")).values().stream().mapToInt(List::size).sum(),
                new ObjectMapper().readTree(run("fields", "--format", "json", "ethtool").out()).size());
    }

    @Test
    void usageErrorsSayWhatIsWrongInOneSentence() {
        ReadCommandTest.Result two = run("fields", "a", "b");
        assertEquals(2, two.code());
        assertTrue(two.err().startsWith("nlscope fields: give at most one PREFIX or WORD"), two.err());
        ReadCommandTest.Result format = run("fields", "-T", "xml");
        assertEquals(2, format.code());
        assertEquals("nlscope fields: unknown format 'xml'; use text or json.\n", format.err());
        ReadCommandTest.Result help = run("fields", "--help");
        assertEquals(0, help.code());
        assertTrue(help.out().contains("nlscope fields [OPTIONS] [PREFIX-or-WORD]"), help.out());
    }

    @Test
    void namesResolveAsTheFilterResolvesThemAndMisspeltOnesGetSuggestions() {
        FieldNames names = FieldNames.standard();
        assertTrue(names.exists("attr.IFLA_MTU"));
        assertTrue(names.exists("IFLA_MTU"), "attr. is only a prefix the filter drops");
        assertTrue(names.exists("attr.ifinfomsg.ifi_index"));
        assertTrue(names.exists("request.IFLA_IFNAME"), "a field of an echoed request");
        assertTrue(names.exists("request.ifinfomsg.ifi_index"));
        assertTrue(names.exists("request.nlmsghdr.nlmsg_seq"));
        assertFalse(names.exists("request.error"), "an echoed request holds no error");
        assertEquals("attr.IFLA_IFNAME", names.lookup("attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.IFLA_IFNAME")
                .orElseThrow().name(), "a path through a recursive nest resolves as the name it repeats");
        assertTrue(names.exists("attr.IFLA_PROP_LIST.IFLA_ALT_IFNAME"));
        assertFalse(names.exists("attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.nlmsghdr.nlmsg_seq"));
        assertFalse(names.exists("attr.IFLA_NOPE"));
        assertFalse(names.exists("attr.attr.IFLA_MTU"));
        assertFalse(names.exists("attr.IFLA_LINKINFO.[0]"));
        assertEquals("attr.IFLA_MTU", names.suggest("attr.IFLA_MTUU").get(0));
        assertEquals("attr.IFLA_MTU", names.suggest("attr.ifla_mtu").get(0), "case aside");
        assertEquals("attr.IFLA_MTU", names.suggest("IFLA_MTUU").get(0), "without attr.");
        assertTrue(names.suggest("ifinfomsg.ifi_indx").contains("ifinfomsg.ifi_index"));
        assertEquals(List.of(), names.suggest("attr.IFLA_MTU"), "no suggestion for a name that exists");
        assertEquals(List.of(), names.suggest("zzzzzzzzzzzzzzzzzz"));
    }

    /**
     * The cross-check: every path of every decoded tree of the captures in testdata/captures and testdata/vm, named
     * as MessageFilter walks the tree (top-level names joined by '.' with their children, top-level attributes, named
     * in upper case, under attr.), is a name FieldNames lists, with a type that fits the decoded value. Left out, as
     * no filter can name them or no spec does: malformed nodes, attributes no table names (attr_N), the numbered
     * entries of arrays ([N]: the path stops at the array), the node "request" itself (a name of the event in
     * MessageFilter; the fields under it are checked), and the KEY=VALUE properties of kobject uevents other than
     * ACTION and DEVPATH (named by the sender's keys).
     */
    @Test
    void everyPathOfEveryDecodedCaptureIsListed() throws Exception {
        FieldNames names = FieldNames.standard();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("testdata/captures", "testdata/vm")) {
            Path d = root().resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.list(d)) {
                s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().forEach(files::add);
            }
        }
        assertTrue(files.size() >= 20, "captures: " + files);
        Map<String, String> found = new TreeMap<>();   // path, where it was first seen
        Map<String, Set<String>> protocols = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try (NetlinkCapture cap = NetlinkCapture.open(f)) {
                for (DissectedFrame frame; (frame = cap.next()) != null; ) {
                    for (NetlinkMessage m : frame.messages()) {
                        String where = f.getFileName() + " frame " + m.frame() + " " + m.typeName();
                        for (Field top : m.fields()) {
                            if (m.protocol() == 15 && top.value() instanceof Value.Text
                                    && !top.name().equals("ACTION") && !top.name().equals("DEVPATH")) continue;   // a property
                            String name = top.name().equals(top.name().toLowerCase(Locale.ROOT)) ? top.name() : "attr." + top.name();
                            walk(names, top, name, where, m, found, protocols, problems);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(found.size() > 1000, "only " + found.size() + " paths decoded: " + found.keySet());
        for (String p : List.of("route", "generic", "netfilter", "sock_diag", "xfrm"))
            assertTrue(protocols.getOrDefault(p, Set.of()).size() > 5, p + ": " + protocols.get(p));
        for (String p : List.of("attr.IFLA_LINKINFO.IFLA_INFO_KIND", "ifinfomsg.ifi_index", "nlmsghdr.nlmsg_seq",
                "request.nlmsghdr.nlmsg_type", "genlmsghdr.cmd", "nfgenmsg.res_id", "error"))
            assertTrue(found.containsKey(p), p + " was decoded nowhere");
    }

    private static void walk(FieldNames names, Field f, String path, String where, NetlinkMessage m,
                             Map<String, String> found, Map<String, Set<String>> protocols, List<String> problems) {
        if (f.isMalformed() || UNNAMED.matcher(f.name()).matches() || INDEX.matcher(f.name()).matches()) return;
        if (!path.equals("request")) {
            FieldNames.Entry e = names.lookup(path).orElse(null);
            if (found.putIfAbsent(path, where) == null) {
                protocols.computeIfAbsent(m.protocolName(), k -> new TreeSet<>()).add(path);
                if (e == null) problems.add(path + " (" + where + ") is not listed");
                else if (!path.startsWith("request.") && !e.name().equals(path) && !underRecursive(names, path))
                    problems.add(path + " (" + where + ") resolves to " + e.name() + " but no recursive nest leads there");
            }
            String wrong = e == null || fits(e.type(), f.value()) ? null
                    : path + " is listed as " + e.type() + " but holds a " + f.value().getClass().getSimpleName();
            if (wrong != null && !problems.contains(wrong)) problems.add(wrong);   // every occurrence checked, each kind said once
        }
        for (Field c : f.children()) walk(names, c, path + "." + c.name(), where, m, found, protocols, problems);
    }

    private static boolean underRecursive(FieldNames names, String path) {
        for (int i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
            FieldNames.Entry e = names.lookup(path.substring(0, i)).orElse(null);
            if (e != null && e.description().contains("recursive")) return true;
        }
        return false;
    }

    /** Whether a decoded value is one a field of the listed type(s) holds. */
    private static boolean fits(String types, Value v) {
        for (String t : types.split("\\|")) {
            boolean integer = t.matches("[us](8|16|32|64)|uint|sint");
            if (v instanceof Value.Text ? t.equals("string")
                    : v instanceof Value.Address ? Set.of("ipv4", "ipv6", "ipaddr", "lladdr").contains(t)
                    : v instanceof Value.Nested ? Set.of("nest", "nest-array", "struct", "struct-array", "struct-attrs", "struct-attrs-array", "submsg", "ipv6-list", "array").contains(t)
                    : v instanceof Value.Raw ? t.equals("binary") || t.equals("submsg")   // a submsg whose selector names no target
                    : v instanceof Value.Named ? integer || t.equals("flag")
                    : integer) return true;
        }
        return false;
    }
}
