package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The {@code -nl-group} of every message type in ksy/specs, checked against the kernel's UAPI
 * headers (the newest Debian ships, 7.2's, which scripts/test.sh fetches with scripts/uapi-headers.sh before the
 * tests; the system property nlscope.uapi names another include folder): a non-generic protocol's group must be an entry of the same
 * file's {@code multicast_groups} enum, and that enum must be the header's group enum, number
 * for number; a generic netlink family's group must be a group name its header #defines.
 */
class MulticastGroupSpecTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path UAPI = uapi();

    private static Path uapi() {
        String p = System.getProperty("nlscope.uapi");
        Path include = p != null ? Path.of(p) : Path.of(System.getProperty("user.home"), ".cache/nlscope/uapi/unstable/root/usr/include");
        if (!Files.isDirectory(include.resolve("linux")))
            throw new IllegalStateException("no kernel headers in " + include + ": run scripts/uapi-headers.sh unstable first (scripts/test.sh does)");
        return include.resolve("linux");
    }

    /** Which UAPI enum each spec's multicast_groups enum restates: spec file, header, C enum name. */
    private static final Map<String, String[]> GROUP_ENUMS = Map.of(
            "rtnetlink_message.ksy", new String[] {"rtnetlink.h", "rtnetlink_groups"},
            "netfilter_nftables.ksy", new String[] {"netfilter/nfnetlink.h", "nfnetlink_groups"},
            "netfilter_ctnetlink.ksy", new String[] {"netfilter/nfnetlink.h", "nfnetlink_groups"},
            "xfrm_message.ksy", new String[] {"xfrm.h", "xfrm_nlgroups"},
            "selinux_message.ksy", new String[] {"selinux_netlink.h", "selinux_nlgroups"},
            "audit_message.ksy", new String[] {"audit.h", "audit_nlgrps"});

    /**
     * Group names the kernel gives without a UAPI #define: nlctrl's genl_ctrl_groups names "notify" literally; nfc's
     * "events" is NFC_GENL_MCAST_EVENT_NAME, a name the #define pattern below (GRP or GROUP) does not match.
     */
    private static final Map<String, Set<String>> UNDEFINED_GENL_GROUPS = Map.of("genetlink_ctrl.ksy", Set.of("notify"),
            "genetlink_nfc.ksy", Set.of("events"));

    /** The spec files that annotate notifications; the checks below must see every one of them. */
    private static final Set<String> ANNOTATED = Set.of(
            "rtnetlink_message.ksy", "netfilter_nftables.ksy", "netfilter_ctnetlink.ksy", "xfrm_message.ksy",
            "selinux_message.ksy", "audit_message.ksy", "genetlink_ctrl.ksy", "genetlink_ethtool.ksy",
            "genetlink_devlink.ksy", "genetlink_nl80211.ksy", "genetlink_mptcp_pm.ksy", "genetlink_thermal.ksy",
            "genetlink_team.ksy", "genetlink_ioam6.ksy", "genetlink_ovs.ksy",
            "genetlink_netdev.ksy", "genetlink_psample.ksy", "genetlink_l2tp.ksy", "genetlink_handshake.ksy",
            "genetlink_nbd.ksy", "genetlink_batadv.ksy",
            "genetlink_nfsd.ksy", "genetlink_ovpn.ksy", "genetlink_gtp.ksy", "genetlink_dpll.ksy",
            "genetlink_nfc.ksy", "genetlink_binder.ksy", "genetlink_dev_energymodel.ksy",
            "genetlink_sunrpc.ksy", "genetlink_drbd.ksy");

    private static Path specs() { return TestData.root().resolve("ksy/specs"); }

    private static Map<String, JsonNode> allSpecs() throws IOException {
        Map<String, JsonNode> m = new TreeMap<>();
        try (Stream<Path> s = Files.list(specs())) {
            for (Path p : s.filter(p -> p.toString().endsWith(".ksy")).toList()) m.put(p.getFileName().toString(), YAML.readTree(p.toFile()));
        }
        assertTrue(m.size() > 30, "specs found in " + specs());
        return m;
    }

    /** One -nl-group value: where it is (enum.entry), the key of a map form (null for one group) and the group. */
    private record Use(String where, String key, String group) {}

    private static List<Use> groupsOf(JsonNode spec) {
        List<Use> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> en = spec.path("enums").fields(); en.hasNext(); ) {
            Map.Entry<String, JsonNode> e = en.next();
            for (Iterator<Map.Entry<String, JsonNode>> it = e.getValue().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                JsonNode g = entry.getValue().path("-nl-group");
                String where = e.getKey() + "." + entry.getValue().path("id").asText();
                if (g.isTextual()) out.add(new Use(where, null, g.asText()));
                else if (g.isObject()) g.fields().forEachRemaining(kv -> out.add(new Use(where, kv.getKey(), kv.getValue().asText())));
                else if (!g.isMissingNode()) fail(where + ": -nl-group is neither a group nor a map: " + g);
            }
        }
        return out;
    }

    /** value to upper-case name of a spec enum. */
    private static Map<Long, String> specEnum(JsonNode values) {
        Map<Long, String> m = new TreeMap<>();
        values.fields().forEachRemaining(kv -> {
            JsonNode v = kv.getValue();
            m.put(Long.decode(kv.getKey().trim()), (v.isObject() ? v.path("id").asText() : v.asText()).toUpperCase(Locale.ROOT));
        });
        return m;
    }

    private static String withoutComments(String c) {
        return c.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    /** value to upper-case name of a C enum in a UAPI header (#define lines and __*_MAX left out). */
    static Map<Long, String> headerEnum(String header, String name) throws IOException {
        String text = withoutComments(Files.readString(UAPI.resolve(header)));
        Matcher m = Pattern.compile("enum\\s+" + name + "\\s*\\{(.*?)\\};", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "no enum " + name + " in " + header);
        StringBuilder body = new StringBuilder();
        for (String line : m.group(1).split("\n")) if (!line.trim().startsWith("#")) body.append(line).append('\n');
        Map<Long, String> values = new TreeMap<>();
        Map<String, Long> byName = new LinkedHashMap<>();
        long next = 0;
        for (String item : body.toString().split(",")) {
            String t = item.trim();
            if (t.isEmpty()) continue;
            String[] nv = t.split("=", 2);
            String n = nv[0].trim();
            long v = next;
            if (nv.length == 2) {
                String x = nv[1].trim();
                v = byName.containsKey(x) ? byName.get(x) : Long.decode(x);
            }
            byName.put(n, v);
            next = v + 1;
            if (!n.startsWith("__")) values.put(v, n.toUpperCase(Locale.ROOT));
        }
        return values;
    }

    /** The strings a header #defines under a name that says group (…GRP…, …GROUP…): the genl group names. */
    static Set<String> headerGroupNames(String header) throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher m = Pattern.compile("#define\\s+(\\w*(?:GRP|GROUP)\\w*)\\s+\"([^\"]*)\"").matcher(Files.readString(UAPI.resolve(header)));
        while (m.find()) names.add(m.group(2));
        return names;
    }

    private static Set<String> docRefHeaders(JsonNode spec) {
        Set<String> h = new TreeSet<>();
        for (String ref : spec.path("doc-ref").asText().split(",")) {
            String r = ref.trim();
            if (r.startsWith("/usr/include/linux/")) h.add(r.substring("/usr/include/linux/".length()));
        }
        return h;
    }

    @Test
    void everyGroupOfANonGenericSpecIsAnEntryOfItsOwnMulticastGroupsEnum() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, JsonNode> s : allSpecs().entrySet()) {
            if (s.getKey().startsWith("genetlink_")) continue;
            List<Use> uses = groupsOf(s.getValue());
            if (uses.isEmpty()) continue;
            seen.add(s.getKey());
            JsonNode groups = s.getValue().path("enums").path("multicast_groups");
            assertTrue(groups.isObject(), s.getKey() + " uses -nl-group but has no multicast_groups enum");
            Set<String> ids = new TreeSet<>(specEnum(groups).values());
            for (Use u : uses)
                assertTrue(ids.contains(u.group().toUpperCase(Locale.ROOT)),
                        s.getKey() + " " + u.where() + ": group " + u.group() + " is no entry of multicast_groups " + ids);
        }
        assertEquals(new TreeSet<>(ANNOTATED.stream().filter(f -> !f.startsWith("genetlink_")).toList()), seen);
    }

    @Test
    void mapKeysOfGroupRulesAreCreateOtherOrAnAddressFamily() throws IOException {
        Map<String, JsonNode> all = allSpecs();
        Set<String> families = new TreeSet<>(specEnum(all.get("linux_common.ksy").path("enums").path("address_family")).values());
        assertTrue(families.contains("AF_INET6"), "address families read: " + families);
        int maps = 0;
        for (Map.Entry<String, JsonNode> s : all.entrySet())
            for (Use u : groupsOf(s.getValue())) {
                if (u.key() == null) continue;
                maps++;
                assertTrue(u.key().equals("create") || u.key().equals("other") || families.contains(u.key().toUpperCase(Locale.ROOT)),
                        s.getKey() + " " + u.where() + ": key " + u.key());
            }
        assertTrue(maps > 10, "map-form rules seen: " + maps);
    }

    @Test
    void everyMulticastGroupsEnumIsTheHeadersGroupEnum() throws IOException {
        Set<String> checked = new TreeSet<>();
        for (Map.Entry<String, JsonNode> s : allSpecs().entrySet()) {
            JsonNode groups = s.getValue().path("enums").path("multicast_groups");
            if (groups.isMissingNode()) continue;
            String[] h = GROUP_ENUMS.get(s.getKey());
            assertNotNull(h, s.getKey() + " has a multicast_groups enum, but this test does not know its header enum");
            Map<Long, String> header = headerEnum(h[0], h[1]);
            assertTrue(header.size() >= 2, h[0] + " enum " + h[1] + ": " + header);
            assertEquals(header, specEnum(groups), s.getKey() + " multicast_groups against enum " + h[1] + " of " + h[0]);
            checked.add(s.getKey());
        }
        assertEquals(new TreeSet<>(GROUP_ENUMS.keySet()), checked);
    }

    @Test
    void headerEnumParsingKeepsTheKernelsNumbers() throws IOException {
        // the parser the check above relies on, on values this test states from the headers
        Map<Long, String> nf = headerEnum("netfilter/nfnetlink.h", "nfnetlink_groups");
        assertEquals("NFNLGRP_NFTABLES", nf.get(7L));
        assertEquals("NFNLGRP_NFTRACE", nf.get(9L));
        assertEquals(10, nf.size());
        Map<Long, String> rt = headerEnum("rtnetlink.h", "rtnetlink_groups");
        assertEquals("RTNLGRP_IPV6_ROUTE", rt.get(11L));
        assertEquals("RTNLGRP_DECNET_IFADDR", rt.get(13L));
        assertEquals("XFRMNLGRP_MAPPING", headerEnum("xfrm.h", "xfrm_nlgroups").get(8L));
    }

    @Test
    void everyGenericNetlinkGroupIsANameTheFamilysHeaderDefines() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, JsonNode> s : allSpecs().entrySet()) {
            if (!s.getKey().startsWith("genetlink_")) continue;
            List<Use> uses = groupsOf(s.getValue());
            if (uses.isEmpty()) continue;
            seen.add(s.getKey());
            Set<String> names = new TreeSet<>(UNDEFINED_GENL_GROUPS.getOrDefault(s.getKey(), Set.of()));
            for (String h : docRefHeaders(s.getValue())) names.addAll(headerGroupNames(h));
            for (Use u : uses) {
                assertEquals(null, u.key(), s.getKey() + " " + u.where() + ": a generic netlink command has one group");
                assertTrue(names.contains(u.group()), s.getKey() + " " + u.where() + ": group \"" + u.group()
                        + "\" is not among the names its headers define: " + names);
            }
        }
        assertEquals(new TreeSet<>(ANNOTATED.stream().filter(f -> f.startsWith("genetlink_")).toList()), seen);
        assertEquals(Set.of("config", "mlme", "nan", "regulatory", "scan", "testmode", "vendor"), headerGroupNames("nl80211.h"));
    }
}
