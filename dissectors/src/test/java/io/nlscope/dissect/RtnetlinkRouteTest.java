package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** rtnetlink routes (struct rtmsg, RTA_*), on the real captures of testdata. */
class RtnetlinkRouteTest {
    static final int NLMSG_ERROR = 2;
    static final int RTM_NEWROUTE = 24, RTM_DELROUTE = 25, RTM_GETROUTE = 26;

    // ---- helpers shared by the rtnetlink family tests of this package ----

    /** Messages of NETLINK_ROUTE with one of the types, in capture order. */
    static List<NetlinkMessage> messages(String capture, IntPredicate type) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture))) {
            for (NetlinkMessage m : f.messages()) if (m.protocol() == 0 && type.test(m.type())) out.add(m);
        }
        return out;
    }

    static Field field(NetlinkMessage m, String path) {
        String[] parts = path.split("/");
        Field f = m.field(parts[0]).orElseThrow(() -> new AssertionError("no " + parts[0] + " in " + m.summary()));
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            Field parent = f;
            f = f.child(p).orElseThrow(() -> new AssertionError("no " + p + " under " + parent.name()));
        }
        return f;
    }

    static Value value(NetlinkMessage m, String path) { return field(m, path).value(); }

    static Value ip(String text) throws Exception {
        byte[] b = InetAddress.getByName(text).getAddress();
        return new Value.Address(b.length == 4 ? Value.Address.Kind.IPV4 : Value.Address.Kind.IPV6, b);
    }

    static long num(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags f) return f.raw();
        throw new AssertionError("not a number: " + v);
    }

    static String name(Value v) { return assertInstanceOf(Value.Named.class, v).name(); }

    /**
     * In every testdata capture, no NETLINK_ROUTE message of the given types (nor an echoed
     * request of those types inside NLMSG_ERROR) has an unnamed attribute or a malformed node.
     * Returns how many messages were checked.
     */
    static int assertAllNamedAndWellFormed(IntPredicate type) throws Exception {
        int checked = 0;
        for (var capture : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(capture)) {
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != 0) continue;
                    List<Field> fields = null;
                    if (type.test(m.type())) fields = m.fields();
                    else if (m.type() == NLMSG_ERROR) {
                        Optional<Field> req = m.field("request");
                        if (req.isPresent() && req.get().child("nlmsghdr").flatMap(h -> h.child("nlmsg_type"))
                                .map(t -> type.test((int) num(t.value()))).orElse(false)) fields = req.get().children();
                    }
                    if (fields == null) continue;
                    String where = capture.getFileName() + " frame " + m.frame() + " " + m.typeName();
                    assertFalse(m.malformed(), where + ": " + m.problem());
                    for (Field fl : fields) assertNamed(fl, where);
                    checked++;
                }
            }
        }
        return checked;
    }

    private static void assertNamed(Field f, String where) {
        if (f.name().startsWith("attr_")) fail(where + ": unnamed attribute " + f.name() + " = " + f.value().display());
        if (f.isMalformed()) fail(where + ": malformed " + f.name() + " = " + f.value().display());
        for (Field c : f.children()) assertNamed(c, where + " " + f.name());
    }

    // ---- routes ----

    /**
     * RTAX_LOCK is a mask of 1 << RTAX_* (net/dst.h dst_metric_locked): rtnl-metrics.pcap's
     * {@code ip route add 10.88.1.0/24 ... mtu lock 1400 window 20000 rtt 30ms advmss lock 1300}. The locked
     * metrics and the values are those {@code ip -d route show} printed in the guest (rtnl-metrics.commands.log).
     */
    @Test
    void lockedMetricsAreTheOnesIpShowsLocked() throws Exception {
        String shown = java.nio.file.Files.readAllLines(TestData.capture("rtnl-metrics.commands.log")).stream()
                .filter(l -> l.startsWith("unicast 10.88.1.0/24 ")).findFirst().orElseThrow();
        // "mtu lock 1400 window 20000 rtt 30ms advmss lock 1300": the metrics followed by "lock"
        Set<String> locked = new HashSet<>();
        Set<String> metrics = new HashSet<>();
        String[] w = shown.substring(shown.indexOf(" mtu ") + 1).trim().split(" ");
        for (int i = 0; i < w.length; i++) {
            if (w[i].equals("lock")) continue;
            if (i + 1 < w.length && w[i + 1].equals("lock")) locked.add("RTAX_" + w[i].toUpperCase());
            metrics.add("RTAX_" + w[i].toUpperCase());
            i += w[i + 1].equals("lock") ? 2 : 1;
        }
        assertEquals(Set.of("RTAX_MTU", "RTAX_ADVMSS"), locked);
        Value dst = ip("10.88.1.0");
        List<NetlinkMessage> routes = messages("rtnl-metrics.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(m -> m.field("RTA_DST").map(f -> f.value().equals(dst)).orElse(false)).toList();
        assertEquals(3, routes.size(), "the request, and the route in the replies to ip -d route show and ip -j -d route show");
        for (NetlinkMessage m : routes) {
            Value.Flags lock = (Value.Flags) value(m, "RTA_METRICS/RTAX_LOCK");
            assertEquals((1L << 2) | (1L << 8), lock.raw());   // RTAX_MTU 2, RTAX_ADVMSS 8 (linux/rtnetlink.h)
            assertEquals(locked, Set.copyOf(lock.names()));
            assertEquals(1400, num(value(m, "RTA_METRICS/RTAX_MTU")));
            assertEquals(20000, num(value(m, "RTA_METRICS/RTAX_WINDOW")));
            assertEquals(240, num(value(m, "RTA_METRICS/RTAX_RTT")));   // 30 ms in the kernel's 1/8 ms
            assertEquals(1300, num(value(m, "RTA_METRICS/RTAX_ADVMSS")));
            Set<String> present = new HashSet<>();
            for (Field f : m.field("RTA_METRICS").orElseThrow().children()) present.add(f.name());
            present.remove("RTAX_LOCK");
            assertEquals(metrics, present);
        }
    }

    @Test
    void routeAddRequestNamesTableProtocolScopeAndType() throws Exception {
        // ip route add 198.51.100.0/24 via 192.0.2.254 dev dummy0 (rtnl-changes.pcap: run twice, the second gets EEXIST)
        List<NetlinkMessage> adds = messages("rtnl-changes.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(m -> m.direction() == Direction.TO_KERNEL && m.field("rtmsg").isPresent()
                        && num(value(m, "rtmsg/rtm_family")) == 2).toList();
        assertEquals(2, adds.size());
        for (NetlinkMessage m : adds) {
            assertEquals(24, num(value(m, "rtmsg/rtm_dst_len")));
            assertEquals(new Value.Named(254, "RT_TABLE_MAIN"), value(m, "rtmsg/rtm_table"));
            assertEquals(new Value.Named(3, "RTPROT_BOOT"), value(m, "rtmsg/rtm_protocol"));
            assertEquals(new Value.Named(0, "RT_SCOPE_UNIVERSE"), value(m, "rtmsg/rtm_scope"));
            assertEquals(new Value.Named(1, "RTN_UNICAST"), value(m, "rtmsg/rtm_type"));
            assertEquals(ip("198.51.100.0"), value(m, "RTA_DST"));
            assertEquals(ip("192.0.2.254"), value(m, "RTA_GATEWAY"));
            assertInstanceOf(Value.Num.class, value(m, "RTA_OIF"));
        }
    }

    @Test
    void eexistErrorEchoesTheRouteRequestDecoded() throws Exception {
        // the second `ip route add 198.51.100.0/24 via 192.0.2.254 dev dummy0`: "RTNETLINK answers: File exists"
        NetlinkMessage err = messages("rtnl-changes.pcap", t -> t == NLMSG_ERROR).stream()
                .filter(m -> m.field("error").map(e -> e.value().equals(new Value.Named(-17, "EEXIST"))).orElse(false))
                .findFirst().orElseThrow();
        Field req = err.field("request").orElseThrow();
        assertEquals(new Value.Named(254, "RT_TABLE_MAIN"), req.child("rtmsg").orElseThrow().child("rtm_table").orElseThrow().value());
        assertEquals(ip("198.51.100.0"), req.child("RTA_DST").orElseThrow().value());
        assertEquals(ip("192.0.2.254"), req.child("RTA_GATEWAY").orElseThrow().value());
    }

    @Test
    void routeGetReplyIsTheClonedLookupResult() throws Exception {
        // ip route get 198.51.100.7 -> "198.51.100.7 via 192.0.2.254 dev dummy0 src 192.0.2.1 uid 0 cache"
        NetlinkMessage get = messages("rtnl-changes.pcap", t -> t == RTM_GETROUTE).get(0);
        assertEquals(ip("198.51.100.7"), value(get, "RTA_DST"));
        assertEquals(List.of("RTM_F_LOOKUP_TABLE"), ((Value.Flags) value(get, "rtmsg/rtm_flags")).names());
        NetlinkMessage reply = messages("rtnl-changes.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(m -> m.seq() == get.seq() && m.direction() == Direction.FROM_KERNEL).findFirst().orElseThrow();
        assertEquals(List.of("RTM_F_CLONED"), ((Value.Flags) value(reply, "rtmsg/rtm_flags")).names());
        assertEquals(32, num(value(reply, "rtmsg/rtm_dst_len")));
        assertEquals(new Value.Named(254, "RT_TABLE_MAIN"), value(reply, "RTA_TABLE"));
        assertEquals(ip("198.51.100.7"), value(reply, "RTA_DST"));
        assertEquals(ip("192.0.2.254"), value(reply, "RTA_GATEWAY"));
        assertEquals(ip("192.0.2.1"), value(reply, "RTA_PREFSRC"));
        assertEquals(0, num(value(reply, "RTA_UID")));
        Field ci = field(reply, "RTA_CACHEINFO");
        assertEquals(List.of("rta_clntref", "rta_lastuse", "rta_expires", "rta_error", "rta_used", "rta_id", "rta_ts", "rta_tsage"),
                ci.children().stream().map(Field::name).toList());
        assertEquals(0, num(ci.child("rta_error").orElseThrow().value()));
    }

    @Test
    void ipv6RouteAdd() throws Exception {
        // ip -6 route add 2001:db8:1::/48 via 2001:db8::fe dev dummy0
        NetlinkMessage m = messages("rtnl-changes.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(x -> x.direction() == Direction.TO_KERNEL && num(value(x, "rtmsg/rtm_family")) == 10).findFirst().orElseThrow();
        assertEquals(new Value.Named(10, "AF_INET6"), value(m, "rtmsg/rtm_family"));
        assertEquals(48, num(value(m, "rtmsg/rtm_dst_len")));
        assertEquals(ip("2001:db8:1::"), value(m, "RTA_DST"));
        assertEquals(ip("2001:db8::fe"), value(m, "RTA_GATEWAY"));
        // ip route del 198.51.100.0/24: a delete with scope nowhere
        NetlinkMessage del = messages("rtnl-changes.pcap", t -> t == RTM_DELROUTE).get(0);
        assertEquals(new Value.Named(255, "RT_SCOPE_NOWHERE"), value(del, "rtmsg/rtm_scope"));
        assertEquals(ip("198.51.100.0"), value(del, "RTA_DST"));
    }

    @Test
    void localTableDumpMatchesIpRouteShowTableAll() throws Exception {
        // ip -4 route show table all:
        //   local 127.0.0.0/8 dev lo table local proto kernel scope host src 127.0.0.1
        //   local 127.0.0.1 dev lo table local proto kernel scope host src 127.0.0.1
        //   broadcast 127.255.255.255 dev lo table local proto kernel scope link src 127.0.0.1
        List<NetlinkMessage> v4 = messages("rtnl-dump.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(m -> num(value(m, "rtmsg/rtm_family")) == 2).toList();
        assertEquals(3, v4.size());
        List<String> lines = new ArrayList<>();
        for (NetlinkMessage m : v4) {
            lines.add(name(value(m, "rtmsg/rtm_type")) + " " + value(m, "RTA_DST").display() + "/" + num(value(m, "rtmsg/rtm_dst_len"))
                    + " " + name(value(m, "RTA_TABLE")) + " " + name(value(m, "rtmsg/rtm_protocol")) + " "
                    + name(value(m, "rtmsg/rtm_scope")) + " src " + value(m, "RTA_PREFSRC").display() + " oif " + num(value(m, "RTA_OIF")));
        }
        assertEquals(List.of(
                "RTN_LOCAL 127.0.0.0/8 RT_TABLE_LOCAL RTPROT_KERNEL RT_SCOPE_HOST src 127.0.0.1 oif 1",
                "RTN_LOCAL 127.0.0.1/32 RT_TABLE_LOCAL RTPROT_KERNEL RT_SCOPE_HOST src 127.0.0.1 oif 1",
                "RTN_BROADCAST 127.255.255.255/32 RT_TABLE_LOCAL RTPROT_KERNEL RT_SCOPE_LINK src 127.0.0.1 oif 1"), lines);
    }

    @Test
    void ipv6KernelRoutesCarryPreferenceAndCacheinfo() throws Exception {
        // ip monitor all while `ip link set dummy1 up`: "[ROUTE]multicast ff00::/8 dev dummy1 table local proto kernel metric 256 pref medium"
        NetlinkMessage m = messages("rtnl-monitor.pcap", t -> t == RTM_NEWROUTE).stream()
                .filter(x -> value(x, "RTA_DST").equals(ipUnchecked("ff00::"))).findFirst().orElseThrow();
        assertEquals(8, num(value(m, "rtmsg/rtm_dst_len")));
        assertEquals(new Value.Named(5, "RTN_MULTICAST"), value(m, "rtmsg/rtm_type"));
        assertEquals(new Value.Named(255, "RT_TABLE_LOCAL"), value(m, "RTA_TABLE"));
        assertEquals(new Value.Named(2, "RTPROT_KERNEL"), value(m, "rtmsg/rtm_protocol"));
        assertEquals(256, num(value(m, "RTA_PRIORITY")));
        assertEquals(new Value.Named(0, "ICMPV6_ROUTER_PREF_MEDIUM"), value(m, "RTA_PREF"));
        assertEquals(8, field(m, "RTA_CACHEINFO").children().size());
    }

    @Test
    void bulkAddsAndDumpsCarryEveryRoute() throws Exception {
        // ip -batch of 400 `route add 10.200.x.y/32 via 10.99.0.254 dev dummy3`, then `ip route show` (401 lines)
        // and `ip -4 route show table all`
        List<NetlinkMessage> all = messages("rtnl-bulk.pcap", t -> t == RTM_NEWROUTE);
        Set<Value> requested = new HashSet<>(), dumped = new HashSet<>();
        int dumpedCount = 0;
        for (NetlinkMessage m : all) {
            Value dst = m.field("RTA_DST").map(Field::value).orElse(null);
            if (dst == null || !dst.display().startsWith("10.200.")) continue;
            assertEquals(32, num(value(m, "rtmsg/rtm_dst_len")));
            assertEquals(ip("10.99.0.254"), value(m, "RTA_GATEWAY"));
            if (m.direction() == Direction.TO_KERNEL) {
                requested.add(dst);
                assertEquals(new Value.Named(3, "RTPROT_BOOT"), value(m, "rtmsg/rtm_protocol"));
            } else {
                dumped.add(dst);
                dumpedCount++;
                assertEquals(new Value.Named(254, "RT_TABLE_MAIN"), value(m, "RTA_TABLE"));
            }
        }
        assertEquals(400, requested.size());
        assertEquals(requested, dumped);
        assertEquals(800, dumpedCount, "each route in both dumps");
        assertTrue(requested.contains(ip("10.200.0.1")));
    }

    @Test
    void routeMessagesHaveNoUnnamedAttributesInAnyCapture() throws Exception {
        int n = assertAllNamedAndWellFormed(t -> t >= RTM_NEWROUTE && t <= RTM_GETROUTE);
        assertTrue(n > 1000, "route messages checked: " + n);
    }

    @Test
    void everyRtnetlinkFamilyOfThisSpecSetIsNamedInEveryCapture() throws Exception {
        // route, neigh, rule, tc (qdisc/class/filter/chain), netconf, nsid, stats, nexthop
        int n = assertAllNamedAndWellFormed(t -> t >= 24 && t <= 46 && t != 27 && t != 31 && t != 35
                || t >= 80 && t <= 82 || t >= 88 && t <= 95 || t >= 100 && t <= 106);
        assertTrue(n > 1000, "messages checked: " + n);
    }

    private static Value ipUnchecked(String s) {
        try { return ip(s); } catch (Exception e) { throw new IllegalStateException(e); }
    }
}
