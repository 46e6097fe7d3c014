package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Route encapsulations, multipath routes, nexthop objects and groups, policy rules, neighbours, neighbour tables
 * and addresses as a 7.2.13 kernel sends them: testdata/kernels/7.2/routes-*.pcap, recorded by the qemu harness from
 * testdata/kernels/scenarios-routes.txt (NLVM_SUITE=unstable). The values expected come from the scenario's
 * command lines and from iproute2's own {@code ip -j} output in each capture's commands.log; the messages checked
 * are the kernel's (dump parts, ACKed requests' echoes are not used).
 */
class RouteEncapNexthopTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RTM_NEWADDR = 20, RTM_NEWROUTE = 24, RTM_NEWNEIGH = 28, RTM_NEWRULE = 32,
            RTM_NEWNEIGHTBL = 64, RTM_GETNEIGHTBL = 66, RTM_SETNEIGHTBL = 67, RTM_NEWNEXTHOP = 104, RTM_GETNEXTHOP = 106,
            RTM_NEWNEXTHOPBUCKET = 116, RTM_GETNEXTHOPBUCKET = 118;
    /** The rtnetlink types whose attribute sets this test owns (route, nexthop, rule, neighbour, address specs). */
    private static final Set<Integer> OWN_TYPES = Set.of(20, 21, 22, 24, 25, 26, 28, 29, 30, 32, 33, 34, 64, 66, 67,
            104, 105, 106, 116, 117, 118);
    private static final List<String> CAPTURES = List.of("routes-encap", "routes-multipath", "routes-nexthop", "routes-rule",
            "routes-neigh", "routes-addr");

    private static Path pcap(String name) { return pcap("7.2", name); }

    private static Path pcap(String kernel, String name) { return TestData.root().resolve("testdata/kernels/" + kernel + "/" + name + ".pcap"); }

    /** The kernel's messages of type {@code type} in a capture. */
    private static List<NetlinkMessage> fromKernel(String capture, int type) throws IOException { return fromKernel("7.2", capture, type); }

    private static List<NetlinkMessage> fromKernel(String kernel, String capture, int type) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(pcap(kernel, capture)))
            for (NetlinkMessage m : f.messages())
                if (m.protocol() == 0 && m.type() == type && m.direction() == Direction.FROM_KERNEL) out.add(m);
        assertFalse(out.isEmpty(), "no message of type " + type + " from the kernel in " + capture);
        return out;
    }

    /** The first kernel message of the type that {@code which} picks, failing when there is none. */
    private static NetlinkMessage one(String capture, int type, Predicate<NetlinkMessage> which, String what) throws IOException {
        return fromKernel(capture, type).stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no " + what + " in " + capture));
    }

    /** The JSON iproute2 printed after the traced command line {@code + COMMAND} of the capture's commands.log. */
    private static JsonNode json(String capture, String command) throws IOException {
        List<String> lines = Files.readAllLines(TestData.root().resolve("testdata/kernels/7.2/" + capture + ".commands.log"));
        int i = lines.indexOf("+ " + command);
        assertTrue(i >= 0 && i + 1 < lines.size(), "no '" + command + "' in " + capture + ".commands.log");
        return JSON.readTree(lines.get(i + 1));
    }

    private static JsonNode element(JsonNode array, String key, String value) {
        for (JsonNode e : array) if (e.path(key).asText().equals(value)) return e;
        throw new AssertionError("no element with " + key + " " + value + " in " + array);
    }

    private static Field at(NetlinkMessage m, String path) {
        return FamilyAssertions.at(m, path).orElseThrow(() -> new AssertionError("no " + path + " in " + m.summary()));
    }

    private static Field at(Field f, String path) {
        return FamilyAssertions.at(f, path).orElseThrow(() -> new AssertionError("no " + path + " under " + f.name()));
    }

    private static long num(Field f) {
        Value v = f.value();
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags n) return n.raw();
        throw new AssertionError(f.name() + " is no number: " + v);
    }

    private static long num(NetlinkMessage m, String path) { return num(at(m, path)); }

    private static String name(Field f) { return ((Value.Named) f.value()).name(); }

    private static String text(Field f) {
        Value v = f.value();
        return v instanceof Value.Text t ? t.text() : v.display();
    }

    private static Predicate<NetlinkMessage> dst(String address, int len) {
        return m -> m.field("RTA_DST").map(f -> f.value().display().equals(address)).orElse(false)
                && m.field("rtmsg").map(h -> num(h.child("rtm_dst_len").orElseThrow()) == len).orElse(false);
    }

    /** The numbered entries ([0], [1] ...) of an array-valued field. */
    private static List<Field> entries(Field f) {
        List<Field> out = f.children();
        for (int i = 0; i < out.size(); i++) assertEquals("[" + i + "]", out.get(i).name(), f.name());
        return out;
    }

    /** The labels of an MPLS label stack (struct mpls_label: label in bits 31-12), bottom of stack (bit 8) on the last only. */
    private static List<Long> labels(Field stack) {
        List<Long> out = new ArrayList<>();
        List<Field> e = entries(stack);
        for (int i = 0; i < e.size(); i++) {
            long entry = num(at(e.get(i), "entry"));
            out.add(entry >>> 12);
            assertEquals(i == e.size() - 1, (entry & 0x100) != 0, "bottom of stack bit of entry " + i);
        }
        return out;
    }

    private static List<String> addresses(Field list) {
        return entries(list).stream().map(f -> f.value().display()).toList();
    }

    private static List<String> reversed(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array) out.add(0, s.asText());
        return out;
    }

    // ---- the encapsulations of lwtunnel.h, chosen by RTA_ENCAP_TYPE's name ----

    @Test
    void everyEncapsulationTheKernelBuildsIsDecoded() throws IOException {
        Set<String> seen = new TreeSet<>();
        for (NetlinkMessage m : fromKernel("routes-encap", RTM_NEWROUTE)) {
            if (m.field("RTA_ENCAP").isEmpty()) continue;
            seen.add(name(at(m, "RTA_ENCAP_TYPE")));
            Field encap = at(m, "RTA_ENCAP");
            assertTrue(encap.value() instanceof Value.Nested n && !n.fields().isEmpty(), "RTA_ENCAP of " + m.summary() + " is " + encap.value());
        }
        assertEquals(new TreeSet<>(List.of("LWTUNNEL_ENCAP_MPLS", "LWTUNNEL_ENCAP_IP", "LWTUNNEL_ENCAP_IP6", "LWTUNNEL_ENCAP_ILA",
                "LWTUNNEL_ENCAP_SEG6", "LWTUNNEL_ENCAP_SEG6_LOCAL", "LWTUNNEL_ENCAP_BPF", "LWTUNNEL_ENCAP_RPL", "LWTUNNEL_ENCAP_XFRM")), seen);
        // Debian's 7.2 kernel is built without CONFIG_IPV6_IOAM6_LWTUNNEL: the ioam6 route is refused, so no IOAM6 encap
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/7.2/routes-encap.commands.log"))
                .contains("encap ioam6 trace prealloc type 0x800000 ns 1 size 12 dev d0\nError: lwt encapsulation type not supported."));
    }

    @Test
    void mplsLabelStacksAreTheCommandsLabels() throws IOException {
        JsonNode routes = json("routes-encap", "ip -j -d route show");
        // ip route add 10.60.0.0/24 encap mpls 100/200 via 10.1.0.2 dev d0
        NetlinkMessage r = one("routes-encap", RTM_NEWROUTE, dst("10.60.0.0", 24), "the route to 10.60.0.0/24");
        assertEquals("LWTUNNEL_ENCAP_MPLS", name(at(r, "RTA_ENCAP_TYPE")));
        assertEquals(List.of(100L, 200L), labels(at(r, "RTA_ENCAP.MPLS_IPTUNNEL_DST")));
        assertEquals("100/200", routes.get(1).path("dst").asText(), "ip -j shows the labels as the route's second dst");
        // ip route add 10.61.0.0/24 encap mpls 300 ttl 7 ...
        r = one("routes-encap", RTM_NEWROUTE, dst("10.61.0.0", 24), "the route to 10.61.0.0/24");
        assertEquals(List.of(300L), labels(at(r, "RTA_ENCAP.MPLS_IPTUNNEL_DST")));
        assertEquals(7, num(r, "RTA_ENCAP.MPLS_IPTUNNEL_TTL"));
        assertEquals(7, routes.get(2).path("ttl").asInt());
        // ip -f mpls route add 500 as 600 via inet 10.1.0.2 dev d0: RTA_NEWDST is a label stack, RTA_VIA struct rtvia
        NetlinkMessage mpls = one("routes-encap", RTM_NEWROUTE, m -> m.field("RTA_NEWDST").isPresent(), "an MPLS route");
        assertEquals(List.of(600L), labels(at(mpls, "RTA_NEWDST")));
        assertEquals("AF_INET", name(at(mpls, "RTA_VIA.rtvia_family")));
        assertEquals("10.1.0.2", at(mpls, "RTA_VIA.rtvia_addr").value().display());
        JsonNode m = json("routes-encap", "ip -j -d -f mpls route show").get(0);
        assertEquals("600", m.path("to").asText());
        assertEquals("10.1.0.2", m.path("via").path("host").asText());
    }

    @Test
    void ipAndIp6TunnelMetadata() throws IOException {
        // ip route add 10.62.0.0/24 encap ip id 42 dst 10.9.9.9 ttl 10 tos 0x10 dev vx0 (vx0: vxlan external)
        JsonNode j = element(json("routes-encap", "ip -j -d route show"), "dev", "vx0");
        NetlinkMessage r = one("routes-encap", RTM_NEWROUTE, dst("10.62.0.0", 24), "the route to 10.62.0.0/24");
        assertEquals(j.path("id").asLong(), num(r, "RTA_ENCAP.LWTUNNEL_IP_ID"));
        assertEquals(42, num(r, "RTA_ENCAP.LWTUNNEL_IP_ID"));
        assertEquals(j.path("dst").asText(), at(r, "RTA_ENCAP.LWTUNNEL_IP_DST").value().display());
        assertEquals(j.path("ttl").asLong(), num(r, "RTA_ENCAP.LWTUNNEL_IP_TTL"));
        assertEquals(j.path("tos").asLong(), num(r, "RTA_ENCAP.LWTUNNEL_IP_TOS"));
        // ip -6 route add fd00:62::/64 encap ip6 id 43 dst fd00::99 hoplimit 5 tc 0x20 dev vx0
        r = one("routes-encap", RTM_NEWROUTE, dst("fd00:62::", 64), "the route to fd00:62::/64");
        assertEquals("LWTUNNEL_ENCAP_IP6", name(at(r, "RTA_ENCAP_TYPE")));
        assertEquals(43, num(r, "RTA_ENCAP.LWTUNNEL_IP6_ID"));
        assertEquals("fd00::99", at(r, "RTA_ENCAP.LWTUNNEL_IP6_DST").value().display());
        assertEquals(5, num(r, "RTA_ENCAP.LWTUNNEL_IP6_HOPLIMIT"));
        assertEquals(0x20, num(r, "RTA_ENCAP.LWTUNNEL_IP6_TC"));
    }

    @Test
    void segmentRoutingHeadersHoldTheSegments() throws IOException {
        JsonNode routes6 = json("routes-encap", "ip -j -d -6 route show");
        // ip -6 route add fd00:63::/64 encap seg6 mode encap segs fc00::1,fc00::2: the SRH lists the last segment first
        NetlinkMessage r = one("routes-encap", RTM_NEWROUTE, dst("fd00:63::", 64), "the route to fd00:63::/64");
        Field srh = at(r, "RTA_ENCAP.SEG6_IPTUNNEL_SRH");
        assertEquals("SEG6_IPTUN_MODE_ENCAP", name(at(srh, "mode")));
        assertEquals("IPV6_SRCRT_TYPE_4", name(at(srh, "type")));
        assertEquals(List.of("fc00::2", "fc00::1"), addresses(at(srh, "segments")));
        assertEquals(reversed(element(routes6, "dst", "fd00:63::/64").path("segs")), addresses(at(srh, "segments")));
        assertEquals(1, num(at(srh, "first_segment")));
        // mode inline: segment 0 is left for the packet's own destination
        srh = at(one("routes-encap", RTM_NEWROUTE, dst("fd00:64::", 64), "the route to fd00:64::/64"), "RTA_ENCAP.SEG6_IPTUNNEL_SRH");
        assertEquals("SEG6_IPTUN_MODE_INLINE", name(at(srh, "mode")));
        assertEquals(List.of("::", "fc00::3"), addresses(at(srh, "segments")));
        // encap rpl segs fc00::1,fc00::2: an RPL source routing header (type 3)
        srh = at(one("routes-encap", RTM_NEWROUTE, dst("fd00:65::", 64), "the route to fd00:65::/64"), "RTA_ENCAP.RPL_IPTUNNEL_SRH");
        assertEquals("IPV6_SRCRT_TYPE_3", name(at(srh, "type")));
        assertEquals(reversed(element(routes6, "dst", "fd00:65::/64").path("segs")), addresses(at(srh, "segments")));
    }

    @Test
    void seg6LocalActionsAndTheirParameters() throws IOException {
        JsonNode routes6 = json("routes-encap", "ip -j -d -6 route show");
        Map<String, String> actions = Map.of("fc00:a::1", "SEG6_LOCAL_ACTION_END_DX6", "fc00:a::2", "SEG6_LOCAL_ACTION_END",
                "fc00:a::3", "SEG6_LOCAL_ACTION_END_DT6", "fc00:a::4", "SEG6_LOCAL_ACTION_END_X", "fc00:a::5", "SEG6_LOCAL_ACTION_END_DX4",
                "fc00:a::6", "SEG6_LOCAL_ACTION_END_B6");
        for (Map.Entry<String, String> a : actions.entrySet()) {
            NetlinkMessage r = one("routes-encap", RTM_NEWROUTE, dst(a.getKey(), 128), "the route to " + a.getKey());
            assertEquals("LWTUNNEL_ENCAP_SEG6_LOCAL", name(at(r, "RTA_ENCAP_TYPE")));
            assertEquals(a.getValue(), name(at(r, "RTA_ENCAP.SEG6_LOCAL_ACTION")));
            // iproute2's action word is the kernel's name: End.DX6 for SEG6_LOCAL_ACTION_END_DX6
            String word = element(routes6, "dst", a.getKey()).path("action").asText();
            assertEquals(a.getValue().substring("SEG6_LOCAL_ACTION_".length()), word.toUpperCase().replace('.', '_'));
        }
        NetlinkMessage dx6 = one("routes-encap", RTM_NEWROUTE, dst("fc00:a::1", 128), "End.DX6");
        assertEquals(element(routes6, "dst", "fc00:a::1").path("nh6").asText(), at(dx6, "RTA_ENCAP.SEG6_LOCAL_NH6").value().display());
        assertEquals(100, num(one("routes-encap", RTM_NEWROUTE, dst("fc00:a::3", 128), "End.DT6"), "RTA_ENCAP.SEG6_LOCAL_TABLE"));
        assertEquals("10.1.0.2", at(one("routes-encap", RTM_NEWROUTE, dst("fc00:a::5", 128), "End.DX4"), "RTA_ENCAP.SEG6_LOCAL_NH4").value().display());
        // End count: the kernel reports its counters (none counted yet)
        NetlinkMessage end = one("routes-encap", RTM_NEWROUTE, dst("fc00:a::2", 128), "End");
        assertEquals(0, num(end, "RTA_ENCAP.SEG6_LOCAL_COUNTERS.SEG6_LOCAL_CNT_PACKETS"));
        assertEquals(0, num(end, "RTA_ENCAP.SEG6_LOCAL_COUNTERS.SEG6_LOCAL_CNT_ERRORS"));
        // End.B6 srh segs fc00::7,fc00::8: ip -j lists fc00::7, fc00::8 and the reserved segment 0
        Field srh = at(one("routes-encap", RTM_NEWROUTE, dst("fc00:a::6", 128), "End.B6"), "RTA_ENCAP.SEG6_LOCAL_SRH");
        assertEquals(reversed(element(routes6, "dst", "fc00:a::6").path("srh").path("segs")), addresses(at(srh, "segments")));
    }

    @Test
    void ilaBpfAndXfrmEncapsulations() throws IOException {
        JsonNode routes = json("routes-encap", "ip -j -d route show"), routes6 = json("routes-encap", "ip -j -d -6 route show");
        // encap ila 2001:0:0:1 csum-mode adj-transport ident-type luid hook-type output: the locator is 64 bits, network order
        NetlinkMessage ila = one("routes-encap", RTM_NEWROUTE, m -> m.field("RTA_ENCAP").flatMap(f -> f.child("ILA_ATTR_LOCATOR")).isPresent(), "an ILA route");
        JsonNode j = element(routes6, "encap", "ila");
        assertEquals("2001:0:0:1", j.path("locator").asText());
        assertEquals(0x2001000000000001L, num(ila, "RTA_ENCAP.ILA_ATTR_LOCATOR"));
        assertEquals("ILA_CSUM_ADJUST_TRANSPORT", name(at(ila, "RTA_ENCAP.ILA_ATTR_CSUM_MODE")));
        assertEquals("ILA_ATYPE_LUID", name(at(ila, "RTA_ENCAP.ILA_ATTR_IDENT_TYPE")));
        assertEquals("ILA_HOOK_ROUTE_OUTPUT", name(at(ila, "RTA_ENCAP.ILA_ATTR_HOOK_TYPE")));
        // the LWT_XMIT program the scenario loaded, by name (lwtbpf.py)
        NetlinkMessage bpf = one("routes-encap", RTM_NEWROUTE, dst("10.71.0.0", 24), "the route to 10.71.0.0/24");
        assertEquals("LWTUNNEL_ENCAP_BPF", name(at(bpf, "RTA_ENCAP_TYPE")));
        assertEquals(element(routes, "encap", "bpf").path("xmit").asText(), text(at(bpf, "RTA_ENCAP.LWT_BPF_XMIT.LWT_BPF_PROG_NAME")));
        // ip route add 10.70.0.0/24 dev xfrm1 encap xfrm if_id 5 link_dev d0: LWT_XFRM_LINK is d0's index
        NetlinkMessage x = one("routes-encap", RTM_NEWROUTE, dst("10.70.0.0", 24), "the route to 10.70.0.0/24");
        assertEquals(element(routes, "encap", "xfrm").path("if_id").asLong(), num(x, "RTA_ENCAP.LWT_XFRM_IF_ID"));
        assertEquals(5, num(x, "RTA_ENCAP.LWT_XFRM_IF_ID"));
        long d0 = num(one("routes-encap", RTM_NEWROUTE, dst("10.60.0.0", 24), "the route via d0"), "RTA_OIF");
        assertEquals(d0, num(x, "RTA_ENCAP.LWT_XFRM_LINK"));
    }

    // ---- multipath routes: struct rtnexthop entries with their own attributes ----

    @Test
    void multipathNexthopsWithWeightsAndEncaps() throws IOException {
        JsonNode routes = json("routes-multipath", "ip -j -d route show");
        // nexthop via 10.1.0.2 dev d0 weight 1 nexthop via 10.2.0.2 dev d1 weight 3: rtnh_hops is weight - 1
        NetlinkMessage r = one("routes-multipath", RTM_NEWROUTE, dst("10.80.0.0", 24), "the route to 10.80.0.0/24");
        List<Field> hops = entries(at(r, "RTA_MULTIPATH"));
        JsonNode jh = element(routes, "dst", "10.80.0.0/24").path("nexthops");
        assertEquals(2, hops.size());
        for (int i = 0; i < 2; i++) {
            assertEquals(jh.get(i).path("weight").asLong(), num(at(hops.get(i), "rtnexthop.rtnh_hops")) + 1);
            assertEquals(jh.get(i).path("gateway").asText(), at(hops.get(i), "RTA_GATEWAY").value().display());
        }
        // nexthop encap mpls 300 ... nexthop encap mpls 400/401 ...: each next hop's RTA_ENCAP by its own RTA_ENCAP_TYPE
        r = one("routes-multipath", RTM_NEWROUTE, dst("10.81.0.0", 24), "the route to 10.81.0.0/24");
        hops = entries(at(r, "RTA_MULTIPATH"));
        assertEquals("LWTUNNEL_ENCAP_MPLS", name(at(hops.get(0), "RTA_ENCAP_TYPE")));
        assertEquals(List.of(300L), labels(at(hops.get(0), "RTA_ENCAP.MPLS_IPTUNNEL_DST")));
        assertEquals(List.of(400L, 401L), labels(at(hops.get(1), "RTA_ENCAP.MPLS_IPTUNNEL_DST")));
        assertEquals("400/401", element(routes, "dst", "10.81.0.0/24").path("nexthops").get(1).path("dst").asText());
        // IPv6: fd00:80::/64 nexthop via fd00:1::2 dev d0 nexthop via fd00:2::2 dev d1 weight 2
        r = one("routes-multipath", RTM_NEWROUTE, dst("fd00:80::", 64), "the route to fd00:80::/64");
        hops = entries(at(r, "RTA_MULTIPATH"));
        assertEquals(List.of(1L, 2L), hops.stream().map(h -> num(at(h, "rtnexthop.rtnh_hops")) + 1).toList());
        // MPLS: ip -f mpls route add 700 nexthop as 701 via inet 10.1.0.2 dev d0 nexthop as 702 via inet 10.2.0.2 dev d1
        r = one("routes-multipath", RTM_NEWROUTE, m -> m.field("RTA_MULTIPATH").map(f -> f.children().size() == 2
                && f.children().get(0).child("RTA_NEWDST").isPresent()).orElse(false), "the MPLS multipath route");
        hops = entries(at(r, "RTA_MULTIPATH"));
        assertEquals(List.of(701L), labels(at(hops.get(0), "RTA_NEWDST")));
        assertEquals(List.of(702L), labels(at(hops.get(1), "RTA_NEWDST")));
        assertEquals("10.2.0.2", at(hops.get(1), "RTA_VIA.rtvia_addr").value().display());
        // 10.82.0.0/24 via inet6 fd00:1::2: an IPv4 route with an IPv6 gateway is RTA_VIA
        r = one("routes-multipath", RTM_NEWROUTE, dst("10.82.0.0", 24), "the route to 10.82.0.0/24");
        assertEquals("AF_INET6", name(at(r, "RTA_VIA.rtvia_family")));
        assertEquals("fd00:1::2", at(r, "RTA_VIA.rtvia_addr").value().display());
    }

    // ---- nexthop objects, groups, resilient buckets, group statistics ----

    private static Predicate<NetlinkMessage> nhId(long id) {
        return m -> m.field("NHA_ID").map(f -> num(f) == id).orElse(false);
    }

    @Test
    void nexthopsAndGroupsAreTheCommands() throws IOException {
        JsonNode nhs = json("routes-nexthop", "ip -j -d nexthop show");
        assertEquals("10.1.0.2", at(one("routes-nexthop", RTM_NEWNEXTHOP, nhId(1), "nexthop 1"), "NHA_GATEWAY").value().display());
        // id 3 encap mpls 800: NHA_ENCAP by NHA_ENCAP_TYPE
        NetlinkMessage three = one("routes-nexthop", RTM_NEWNEXTHOP, nhId(3), "nexthop 3");
        assertEquals("LWTUNNEL_ENCAP_MPLS", name(at(three, "NHA_ENCAP_TYPE")));
        assertEquals(List.of(800L), labels(at(three, "NHA_ENCAP.MPLS_IPTUNNEL_DST")));
        assertEquals("800", element(nhs, "id", "3").path("dst").asText());
        assertTrue(one("routes-nexthop", RTM_NEWNEXTHOP, nhId(4), "nexthop 4").field("NHA_BLACKHOLE").isPresent());
        // groups 1/2 and 1,2/2,5: struct nexthop_grp entries; iproute2's weight is the wire's weight + 1
        for (long id : new long[] {10, 11, 12}) {
            NetlinkMessage g = one("routes-nexthop", RTM_NEWNEXTHOP, nhId(id), "group " + id);
            List<Field> members = entries(at(g, "NHA_GROUP"));
            JsonNode jg = element(nhs, "id", Long.toString(id)).path("group");
            assertEquals(jg.size(), members.size());
            for (int i = 0; i < members.size(); i++) {
                assertEquals(jg.get(i).path("id").asLong(), num(at(members.get(i), "id")));
                long weight = num(at(members.get(i), "weight")) + 1 + 256 * num(at(members.get(i), "weight_high"));
                assertEquals(jg.get(i).path("weight").asLong(1), weight, "group " + id + " member " + i);
            }
        }
        assertEquals(List.of(2L, 5L), entries(at(one("routes-nexthop", RTM_NEWNEXTHOP, nhId(11), "group 11"), "NHA_GROUP"))
                .stream().map(f -> num(at(f, "weight")) + 1).toList());
        // type resilient buckets 8 idle_timer 60 unbalanced_timer 120 (the kernel reports the timers in USER_HZ, 100 a second)
        NetlinkMessage res = one("routes-nexthop", RTM_NEWNEXTHOP, nhId(12), "group 12");
        assertEquals("NEXTHOP_GRP_TYPE_RES", name(at(res, "NHA_GROUP_TYPE")));
        JsonNode args = element(nhs, "id", "12").path("resilient_args");
        assertEquals(8, num(res, "NHA_RES_GROUP.NHA_RES_GROUP_BUCKETS"));
        assertEquals(args.path("buckets").asLong(), num(res, "NHA_RES_GROUP.NHA_RES_GROUP_BUCKETS"));
        assertEquals(args.path("idle_timer").asLong() * 100, num(res, "NHA_RES_GROUP.NHA_RES_GROUP_IDLE_TIMER"));
        assertEquals(args.path("unbalanced_timer").asLong() * 100, num(res, "NHA_RES_GROUP.NHA_RES_GROUP_UNBALANCED_TIMER"));
    }

    @Test
    void resilientGroupBuckets() throws IOException {
        // ip -j nexthop bucket show id 12: eight buckets, each with the member it is given to
        JsonNode buckets = json("routes-nexthop", "ip -j nexthop bucket show id 12");
        assertEquals(8, buckets.size());
        Map<Long, Long> fromKernel = new java.util.TreeMap<>();
        for (NetlinkMessage m : fromKernel("routes-nexthop", RTM_NEWNEXTHOPBUCKET)) {
            assertEquals(12, num(m, "NHA_ID"));
            long index = num(m, "NHA_RES_BUCKET.NHA_RES_BUCKET_INDEX"), nh = num(m, "NHA_RES_BUCKET.NHA_RES_BUCKET_NH_ID");
            Long before = fromKernel.put(index, nh);
            assertTrue(before == null || before == nh, "bucket " + index + " moved between the dumps");
        }
        assertEquals(8, fromKernel.size());
        for (JsonNode b : buckets) assertEquals(b.path("bucket").path("nhid").asLong(), fromKernel.get(b.path("bucket").path("index").asLong()));
    }

    @Test
    void groupStatisticsAnswerNhaOpFlags() throws IOException {
        // rtnlq.py nh-stats 10: RTM_GETNEXTHOP id 10 with NHA_OP_FLAGS DUMP_STATS|DUMP_HW_STATS; the answer has one entry per member
        boolean asked = false;
        for (DissectedFrame f : TestData.dissectAll(pcap("routes-nexthop")))
            for (NetlinkMessage m : f.messages())
                if (m.protocol() == 0 && m.type() == RTM_GETNEXTHOP && m.direction() == Direction.TO_KERNEL && m.field("NHA_OP_FLAGS").isPresent())
                    asked |= ((Value.Flags) m.field("NHA_OP_FLAGS").get().value()).names().contains("NHA_OP_FLAG_DUMP_STATS");
        assertTrue(asked, "the request with NHA_OP_FLAG_DUMP_STATS");
        List<NetlinkMessage> withStats = fromKernel("routes-nexthop", RTM_NEWNEXTHOP).stream()
                .filter(m -> m.field("NHA_GROUP_STATS").isPresent()).toList();
        assertFalse(withStats.isEmpty(), "no NHA_GROUP_STATS");
        NetlinkMessage g10 = withStats.stream().filter(nhId(10)).findFirst().orElseThrow();
        List<Long> ids = new ArrayList<>();
        for (Field e : g10.field("NHA_GROUP_STATS").orElseThrow().children()) {
            assertEquals("NHA_GROUP_STATS_ENTRY", e.name());
            ids.add(num(at(e, "NHA_GROUP_STATS_ENTRY_ID")));
            assertEquals(0, num(at(e, "NHA_GROUP_STATS_ENTRY_PACKETS")));
        }
        assertEquals(List.of(1L, 2L), ids, "group 10 is 1/2");
        // the kernel's answer says it cleared the members' reserved bytes
        assertEquals(List.of("NHA_OP_FLAG_RESP_GRP_RESVD_0"), ((Value.Flags) at(g10, "NHA_OP_FLAGS").value()).names());
    }

    // ---- policy rules ----

    private static Predicate<NetlinkMessage> priority(long p) {
        return m -> m.field("FRA_PRIORITY").map(f -> num(f) == p).orElse(false);
    }

    @Test
    void rulePortRangesUidRangeAndNewerMatches() throws IOException {
        JsonNode rules = json("routes-rule", "ip -j -d rule show");
        // ip rule add priority 1000 sport 1000-2000 dport 80-443 ipproto tcp table 100
        NetlinkMessage r = one("routes-rule", RTM_NEWRULE, priority(1000), "rule 1000");
        JsonNode j = element(rules, "priority", "1000");
        assertEquals(j.path("sport_start").asLong(), num(r, "FRA_SPORT_RANGE.start"));
        assertEquals(2000, num(r, "FRA_SPORT_RANGE.end"));
        assertEquals(j.path("sport_end").asLong(), num(r, "FRA_SPORT_RANGE.end"));
        assertEquals(80, num(r, "FRA_DPORT_RANGE.start"));
        assertEquals(j.path("dport_end").asLong(), num(r, "FRA_DPORT_RANGE.end"));
        assertEquals("IPPROTO_TCP", name(at(r, "FRA_IP_PROTO")));
        assertEquals(100, num(r, "FRA_TABLE"));
        // uidrange 1000-1999
        r = one("routes-rule", RTM_NEWRULE, priority(1001), "rule 1001");
        j = element(rules, "priority", "1001");
        assertEquals(1000, num(r, "FRA_UID_RANGE.start"));
        assertEquals(j.path("uid_start").asLong(), num(r, "FRA_UID_RANGE.start"));
        assertEquals(j.path("uid_end").asLong(), num(r, "FRA_UID_RANGE.end"));
        // fwmark 0x20/0xff iif lo; protocol bgp goto 1005; suppress_prefixlength 0; tun_id 77
        r = one("routes-rule", RTM_NEWRULE, priority(1002), "rule 1002");
        assertEquals(0x20, num(r, "FRA_FWMARK"));
        assertEquals(0xff, num(r, "FRA_FWMASK"));
        assertEquals("lo", text(at(r, "FRA_IIFNAME")));
        r = one("routes-rule", RTM_NEWRULE, priority(1003), "rule 1003");
        assertEquals("RTPROT_BGP", name(at(r, "FRA_PROTOCOL")));
        assertEquals(1005, num(r, "FRA_GOTO"));
        assertEquals(0, num(one("routes-rule", RTM_NEWRULE, priority(1004), "rule 1004"), "FRA_SUPPRESS_PREFIXLEN"));
        assertEquals(77, num(one("routes-rule", RTM_NEWRULE, priority(1006), "rule 1006"), "FRA_TUN_ID"));
        // rtnlq.py: FRA_DSCP 46 / FRA_DSCP_MASK 0x3f; IPv6 FRA_FLOWLABEL 0x12345 / mask 0xfffff; port values under masks
        r = one("routes-rule", RTM_NEWRULE, priority(1100), "rule 1100");
        assertEquals(46, num(r, "FRA_DSCP"));
        assertEquals(0x3f, num(r, "FRA_DSCP_MASK"));
        r = one("routes-rule", RTM_NEWRULE, priority(1101), "rule 1101");
        assertEquals(0x12345, num(r, "FRA_FLOWLABEL"));
        assertEquals(0xfffff, num(r, "FRA_FLOWLABEL_MASK"));
        r = one("routes-rule", RTM_NEWRULE, priority(1102), "rule 1102");
        assertEquals(0x100, num(r, "FRA_SPORT_RANGE.start"));
        assertEquals(0xff00, num(r, "FRA_SPORT_MASK"));
        assertEquals(0xf000, num(r, "FRA_DPORT_MASK"));
        assertEquals(element(rules, "priority", "1102").path("dport").asLong(), num(r, "FRA_DPORT_RANGE.start"));
    }

    // ---- neighbours, neighbour tables, bridge fdb ----

    @Test
    void neighboursAndNeighbourTables() throws IOException {
        JsonNode neigh = json("routes-neigh", "ip -j -d neigh show");
        NetlinkMessage n = one("routes-neigh", RTM_NEWNEIGH, m -> m.field("NDA_DST").map(f -> f.value().display().equals("10.1.0.5")).orElse(false), "10.1.0.5");
        assertEquals(element(neigh, "dst", "10.1.0.5").path("lladdr").asText(), at(n, "NDA_LLADDR").value().display());
        assertEquals(List.of("NUD_PERMANENT"), ((Value.Flags) at(n, "ndmsg.ndm_state").value()).names());
        n = one("routes-neigh", RTM_NEWNEIGH, m -> m.field("NDA_DST").map(f -> f.value().display().equals("fd00:1::5")).orElse(false), "fd00:1::5");
        assertTrue(((Value.Flags) at(n, "ndmsg.ndm_flags").value()).names().contains("NTF_ROUTER"));
        // bridge fdb add 02:00:00:00:00:25 dev d2 master static vlan 1
        n = one("routes-neigh", RTM_NEWNEIGH, m -> m.field("NDA_LLADDR").map(f -> f.value().display().equals("02:00:00:00:00:25")).orElse(false), "the fdb entry");
        assertEquals("AF_BRIDGE", name(at(n, "ndmsg.ndm_family")));
        assertEquals(1, num(n, "NDA_VLAN"));
        // ip ntable change name arp_cache dev d0 queue 8 app_probes 2 base_reachable 20000; ip ntable show dev d0
        List<NetlinkMessage> tables = fromKernel("routes-neigh", RTM_NEWNEIGHTBL);
        NetlinkMessage arp = tables.stream().filter(m -> m.field("NDTA_CONFIG").isPresent()
                && text(m.field("NDTA_NAME").orElseThrow()).equals("arp_cache")).findFirst().orElseThrow();
        assertTrue(num(arp, "NDTA_CONFIG.ndtc_entry_size") > 0);
        assertTrue(arp.field("NDTA_STATS").flatMap(f -> f.child("ndts_allocs")).isPresent());
        assertTrue(num(arp, "NDTA_GC_INTERVAL") > 0);
        long d0 = num(one("routes-neigh", RTM_NEWNEIGH, m -> m.field("NDA_DST").isPresent()
                && m.field("NDA_DST").get().value().display().equals("10.1.0.5"), "10.1.0.5 on d0"), "ndmsg.ndm_ifindex");
        NetlinkMessage parms = tables.stream().filter(m -> text(m.field("NDTA_NAME").orElseThrow()).equals("arp_cache")
                && m.field("NDTA_PARMS").flatMap(f -> f.child("NDTPA_IFINDEX")).map(f -> num(f) == d0).orElse(false))
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no arp_cache parameters of d0"));
        assertEquals(8, num(parms, "NDTA_PARMS.NDTPA_QUEUE_LEN"));
        assertEquals(2, num(parms, "NDTA_PARMS.NDTPA_APP_PROBES"));
        assertEquals(20000, num(parms, "NDTA_PARMS.NDTPA_BASE_REACHABLE_TIME"));
    }

    // ---- addresses ----

    @Test
    void addressMetricsLifetimesAndKernelProtocols() throws IOException {
        JsonNode links = json("routes-addr", "ip -j -d addr show");
        JsonNode d0 = element(links, "ifname", "d0").path("addr_info");
        List<NetlinkMessage> addrs = fromKernel("routes-addr", RTM_NEWADDR);
        NetlinkMessage a = addrs.stream().filter(m -> m.field("IFA_LOCAL").map(f -> f.value().display().equals("10.1.0.1")).orElse(false)).findFirst().orElseThrow();
        assertEquals(element(d0, "local", "10.1.0.1").path("metric").asLong(), num(a, "IFA_RT_PRIORITY"));
        assertEquals(55, num(a, "IFA_RT_PRIORITY"));
        a = addrs.stream().filter(m -> m.field("IFA_LABEL").map(f -> text(f).equals("d0:lab")).orElse(false)).findFirst().orElseThrow();
        assertEquals("10.1.1.255", at(a, "IFA_BROADCAST").value().display());
        a = addrs.stream().filter(m -> m.field("IFA_ADDRESS").map(f -> f.value().display().equals("fd00:2::1")).orElse(false)).findFirst().orElseThrow();
        assertEquals(77, num(a, "IFA_RT_PRIORITY"));
        assertTrue(((Value.Flags) at(a, "IFA_FLAGS").value()).names().contains("IFA_F_NOPREFIXROUTE"));
        // valid_lft 1000 preferred_lft 500: the kernel reports what is left; the last dump of d0 is the one ip -j printed
        a = addrs.stream().filter(m -> m.field("IFA_ADDRESS").map(f -> f.value().display().equals("fd00:1::1")).orElse(false))
                .reduce((x, y) -> y).orElseThrow();
        JsonNode j = element(d0, "local", "fd00:1::1");
        assertEquals(500, num(a, "IFA_CACHEINFO.ifa_valid") - num(a, "IFA_CACHEINFO.ifa_prefered"));
        assertEquals(j.path("valid_life_time").asLong(), num(a, "IFA_CACHEINFO.ifa_valid"));
        assertEquals(j.path("preferred_life_time").asLong(), num(a, "IFA_CACHEINFO.ifa_prefered"));
        // 7.2 says who made the addresses it made itself: ::1 on lo (IFAPROT_KERNEL_LO), link-local fe80:: (IFAPROT_KERNEL_LL)
        assertTrue(addrs.stream().anyMatch(m -> m.field("IFA_ADDRESS").map(f -> f.value().display().equals("::1")).orElse(false)
                && m.field("IFA_PROTO").map(f -> name(f).equals("IFAPROT_KERNEL_LO")).orElse(false)));
        assertTrue(addrs.stream().anyMatch(m -> m.field("IFA_ADDRESS").map(f -> f.value().display().startsWith("fe80:")).orElse(false)
                && m.field("IFA_PROTO").map(f -> name(f).equals("IFAPROT_KERNEL_LL")).orElse(false)));
    }

    // ---- everything of these captures ----

    @Test
    void theCapturesDecodeCleanAndHoldEveryTypeClaimed() throws IOException {
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/7.2/summary.txt")).startsWith("kernel 7.2.13"));
        assertClean("7.2");
    }

    @Test
    void the612CapturesToo() throws IOException {
        // the same scenarios on 6.12.117 (NLVM_SUITE=trixie)
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/6.12/summary.txt")).startsWith("kernel 6.12."));
        assertClean("6.12");
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/6.12/routes-encap.commands.log"))
                .contains("encap rpl segs fc00::1,fc00::2 dev d0\nError: lwt encapsulation type not supported."), "6.12 of Debian has no RPL tunnels");
        NetlinkMessage r = fromKernel("6.12", "routes-encap", RTM_NEWROUTE).stream().filter(dst("10.60.0.0", 24)).findFirst().orElseThrow();
        assertEquals(List.of(100L, 200L), labels(at(r, "RTA_ENCAP.MPLS_IPTUNNEL_DST")));
        NetlinkMessage g = fromKernel("6.12", "routes-nexthop", RTM_NEWNEXTHOP).stream().filter(nhId(11)).findFirst().orElseThrow();
        assertEquals(List.of(2L, 5L), entries(at(g, "NHA_GROUP")).stream().map(f -> num(at(f, "weight")) + 1).toList());
        // 6.12 has FRA_DSCP but not yet its mask nor the flow label match: its dumps leave them out
        List<NetlinkMessage> rules = fromKernel("6.12", "routes-rule", RTM_NEWRULE);
        NetlinkMessage dscp = rules.stream().filter(priority(1100)).findFirst().orElseThrow();
        assertEquals(46, num(dscp, "FRA_DSCP"));
        assertTrue(dscp.field("FRA_DSCP_MASK").isEmpty());
        assertTrue(rules.stream().filter(priority(1101)).allMatch(m -> m.field("FRA_FLOWLABEL").isEmpty()));
    }

    /** Every message of the kernel's route captures decodes with no malformed node and no attr_N. */
    private static void assertClean(String kernel) throws IOException {
        Set<Integer> seen = new TreeSet<>();
        int own = 0;
        for (String c : CAPTURES) {
            for (DissectedFrame f : TestData.dissectAll(pcap(kernel, c))) {
                for (NetlinkMessage m : f.messages()) {
                    String where = kernel + "/" + c + " frame " + m.frame() + " " + m.typeName();
                    assertFalse(m.malformed(), where + ": " + m.problem());
                    for (Field x : m.fields()) assertFalse(x.containsMalformed(), where + ": malformed " + x.name());
                    FamilyAssertions.noUnnamed(m.fields(), where);   // the links the scenarios make (vxlan, xfrm, bridge) too
                    if (m.protocol() != 0 || !OWN_TYPES.contains(m.type())) continue;
                    own++;
                    seen.add(m.type());
                }
            }
        }
        assertTrue(own > 300, "messages of the route, nexthop, rule, neighbour and address specs: " + own);
        for (int t : List.of(RTM_NEWADDR, RTM_NEWROUTE, RTM_NEWNEIGH, RTM_NEWRULE, RTM_NEWNEIGHTBL, RTM_GETNEIGHTBL, RTM_SETNEIGHTBL,
                RTM_NEWNEXTHOP, RTM_GETNEXTHOP, RTM_NEWNEXTHOPBUCKET, RTM_GETNEXTHOPBUCKET, 21, 25, 29, 33, 105))
            assertTrue(seen.contains(t), "no message of type " + t + " in the " + kernel + " route captures");
    }
}
