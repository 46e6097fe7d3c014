package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.*;

/** RTM_*LINK messages of the real captures, checked against the commands' own output. */
class RtnetlinkLinkTest {
    static final int RTM_NEWLINK = 16;

    /** Messages of NETLINK_ROUTE with one of the types, including the requests echoed in NLMSG_ERROR. */
    static List<NetlinkMessage> messages(String capture, int... types) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture))) {
            for (NetlinkMessage m : f.messages()) {
                if (m.protocol() != 0) continue;
                for (int t : types) if (m.type() == t) out.add(m);
            }
        }
        return out;
    }

    static Field at(NetlinkMessage m, String... path) {
        Optional<Field> f = m.field(path[0]);
        for (int i = 1; i < path.length && f.isPresent(); i++) f = f.get().child(path[i]);
        return f.orElseThrow(() -> new AssertionError("no " + String.join("/", path) + " in " + m.summary()));
    }

    static long num(Field f) {
        Value v = f.value();
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags n) return n.raw();
        throw new AssertionError(f.name() + " is no number: " + v.display());
    }

    static String name(Field f) {
        assertInstanceOf(Value.Named.class, f.value(), f.name());
        return ((Value.Named) f.value()).name();
    }

    static List<String> flags(Field f) {
        assertInstanceOf(Value.Flags.class, f.value(), f.name());
        return ((Value.Flags) f.value()).names();
    }

    static String text(Field f) {
        assertInstanceOf(Value.Text.class, f.value(), f.name());
        return ((Value.Text) f.value()).text();
    }

    static NetlinkMessage find(List<NetlinkMessage> ms, Predicate<NetlinkMessage> p, String what) {
        return ms.stream().filter(p).findFirst().orElseThrow(() -> new AssertionError("no message: " + what));
    }

    static boolean hasText(NetlinkMessage m, String attr, String text) {
        Optional<Field> f = m.field(attr);
        return f.isPresent() && f.get().value() instanceof Value.Text t && t.text().equals(text);
    }

    @Test
    void loopbackAndNlmonFromIpDLinkShow() throws IOException {
        // `ip -d link show` in rtnl-dump: "1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN ... qlen 1000
        //  link/loopback ... minmtu 0 maxmtu 0 addrgenmode eui64 numtxqueues 1 ... tso_max_size 524280 ..."
        List<NetlinkMessage> links = messages("rtnl-dump.pcap", RTM_NEWLINK);
        NetlinkMessage lo = find(links, m -> hasText(m, "IFLA_IFNAME", "lo"), "lo");
        assertEquals(1, num(at(lo, "ifinfomsg", "ifi_index")));
        assertEquals("ARPHRD_LOOPBACK", name(at(lo, "ifinfomsg", "ifi_type")));
        assertEquals(772, num(at(lo, "ifinfomsg", "ifi_type")));
        assertEquals(List.of("IFF_UP", "IFF_LOOPBACK", "IFF_RUNNING", "IFF_LOWER_UP"), flags(at(lo, "ifinfomsg", "ifi_flags")));
        assertEquals(65536, num(at(lo, "IFLA_MTU")));
        assertEquals("IF_OPER_UNKNOWN", name(at(lo, "IFLA_OPERSTATE")));
        assertEquals("IF_LINK_MODE_DEFAULT", name(at(lo, "IFLA_LINKMODE")));
        assertEquals(1000, num(at(lo, "IFLA_TXQLEN")));
        assertEquals("noqueue", text(at(lo, "IFLA_QDISC")));
        assertEquals(524280, num(at(lo, "IFLA_TSO_MAX_SIZE")));
        assertEquals(65535, num(at(lo, "IFLA_GSO_MAX_SEGS")));
        assertEquals(1, num(at(lo, "IFLA_NUM_TX_QUEUES")));
        assertEquals("00:00:00:00:00:00", at(lo, "IFLA_BROADCAST").value().display());
        assertEquals("IN6_ADDR_GEN_MODE_EUI64", name(at(lo, "IFLA_AF_SPEC", "AF_INET6", "IFLA_INET6_ADDR_GEN_MODE")));
        assertEquals(65536, num(at(lo, "IFLA_AF_SPEC", "AF_INET6", "IFLA_INET6_CONF", "mtu6")));
        assertEquals(64, num(at(lo, "IFLA_AF_SPEC", "AF_INET6", "IFLA_INET6_CONF", "hoplimit")));
        // `ip netconf show`: "inet lo forwarding off rp_filter off"
        assertEquals(0, num(at(lo, "IFLA_AF_SPEC", "AF_INET", "IFLA_INET_CONF", "forwarding")));
        assertEquals("XDP_ATTACHED_NONE", name(at(lo, "IFLA_XDP", "IFLA_XDP_ATTACHED")));

        // "2: nlmon0: <NOARP,UP,LOWER_UP> mtu 3776 ... link/netlink promiscuity 1 allmulti 0 minmtu 16 maxmtu 0 nlmon"
        NetlinkMessage nl = find(links, m -> hasText(m, "IFLA_IFNAME", "nlmon0"), "nlmon0");
        assertEquals(2, num(at(nl, "ifinfomsg", "ifi_index")));
        assertEquals("ARPHRD_NETLINK", name(at(nl, "ifinfomsg", "ifi_type")));
        assertEquals(824, num(at(nl, "ifinfomsg", "ifi_type")));
        assertEquals(List.of("IFF_UP", "IFF_RUNNING", "IFF_NOARP", "IFF_LOWER_UP"), flags(at(nl, "ifinfomsg", "ifi_flags")));
        assertEquals(3776, num(at(nl, "IFLA_MTU")));
        assertEquals(1, num(at(nl, "IFLA_PROMISCUITY")));
        assertEquals(16, num(at(nl, "IFLA_MIN_MTU")));
        assertEquals(0, num(at(nl, "IFLA_ALLMULTI")));
        assertEquals("nlmon", text(at(nl, "IFLA_LINKINFO", "IFLA_INFO_KIND")));
    }

    @Test
    void statisticsFromIpSSLinkShow() throws IOException {
        // `ip -s -s link show`: nlmon0 "RX: bytes 8660 packets 20 errors 0 dropped 0"
        List<NetlinkMessage> links = messages("rtnl-dump.pcap", RTM_NEWLINK);
        NetlinkMessage nl = find(links, m -> hasText(m, "IFLA_IFNAME", "nlmon0")
                && num(at(m, "IFLA_STATS64", "rx_packets")) == 20, "nlmon0 with 20 packets received");
        assertEquals(8660, num(at(nl, "IFLA_STATS64", "rx_bytes")));
        assertEquals(0, num(at(nl, "IFLA_STATS64", "tx_packets")));
        assertEquals(0, num(at(nl, "IFLA_STATS64", "rx_errors")));
        assertEquals(20, num(at(nl, "IFLA_STATS", "rx_packets")));
        assertEquals(8660, num(at(nl, "IFLA_STATS", "rx_bytes")));
    }

    @Test
    void dummyAndVethRequests() throws IOException {
        List<NetlinkMessage> links = messages("rtnl-changes.pcap", RTM_NEWLINK);
        // `ip link add dummy0 type dummy`
        NetlinkMessage add = find(links, m -> m.pid() == 0 && (m.flags() & 0x400) != 0 && hasText(m, "IFLA_IFNAME", "dummy0"), "dummy0 add");
        assertEquals("dummy", text(at(add, "IFLA_LINKINFO", "IFLA_INFO_KIND")));
        // `ip link set dummy0 mtu 1400`
        find(links, m -> m.field("IFLA_MTU").map(f -> num(f) == 1400).orElse(false), "MTU 1400");
        // the kernel's answers: dummy0 is ifindex 3, an Ethernet link of kind dummy
        NetlinkMessage dummy = find(links, m -> m.pid() != 0 && hasText(m, "IFLA_IFNAME", "dummy0"), "dummy0 from the kernel");
        assertEquals(3, num(at(dummy, "ifinfomsg", "ifi_index")));
        assertEquals("ARPHRD_ETHER", name(at(dummy, "ifinfomsg", "ifi_type")));
        assertEquals("dummy", text(at(dummy, "IFLA_LINKINFO", "IFLA_INFO_KIND")));
        assertEquals("ff:ff:ff:ff:ff:ff", at(dummy, "IFLA_BROADCAST").value().display());

        // `ip link add veth0 type veth peer name veth1`: VETH_INFO_PEER is an ifinfomsg then the peer's IFLA_IFNAME
        NetlinkMessage veth = find(links, m -> hasText(m, "IFLA_IFNAME", "veth0") && m.field("IFLA_LINKINFO").isPresent()
                && at(m, "IFLA_LINKINFO").child("IFLA_INFO_DATA").isPresent(), "veth add");
        assertEquals("veth", text(at(veth, "IFLA_LINKINFO", "IFLA_INFO_KIND")));
        assertEquals("veth1", text(at(veth, "IFLA_LINKINFO", "IFLA_INFO_DATA", "VETH_INFO_PEER", "IFLA_IFNAME")));
        assertEquals(0, num(at(veth, "IFLA_LINKINFO", "IFLA_INFO_DATA", "VETH_INFO_PEER", "ifinfomsg", "ifi_index")));

        // `ip link set veth0 master dummy0`: IFLA_MASTER is dummy0's index
        NetlinkMessage master = find(links, m -> m.field("IFLA_MASTER").isPresent(), "master request");
        assertEquals(3, num(at(master, "IFLA_MASTER")));
    }

    @Test
    void wireguardLink() throws IOException {
        // `ip link add wg0 type wireguard` in genl-misc: a link without hardware header
        List<NetlinkMessage> links = messages("genl-misc.pcap", RTM_NEWLINK);
        NetlinkMessage wg = find(links, m -> m.pid() != 0 && hasText(m, "IFLA_IFNAME", "wg0"), "wg0 from the kernel");
        assertEquals("wireguard", text(at(wg, "IFLA_LINKINFO", "IFLA_INFO_KIND")));
        assertEquals("ARPHRD_NONE", name(at(wg, "ifinfomsg", "ifi_type")));
        assertTrue(flags(at(wg, "ifinfomsg", "ifi_flags")).contains("IFF_NOARP"));
    }

    @Test
    void dumpRequestAsksForVfInfo() throws IOException {
        // every `ip link show` dump request carries IFLA_EXT_MASK RTEXT_FILTER_VF
        NetlinkMessage req = find(messages("rtnl-dump.pcap", 18), m -> m.field("IFLA_EXT_MASK").isPresent(), "RTM_GETLINK with IFLA_EXT_MASK");
        assertEquals(List.of("RTEXT_FILTER_VF"), flags(at(req, "IFLA_EXT_MASK")));
    }

    /** No attr_N and nothing malformed at any depth, in the messages of the types (and requests echoed in errors). */
    static void assertAllNamed(int atLeast, int... types) throws IOException {
        int seen = 0;
        for (Path p : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != 0) continue;
                    List<Field> fields = null;
                    for (int t : types) if (m.type() == t) fields = m.fields();
                    if (m.type() == 2 && m.field("request").isPresent()) {
                        Field req = m.field("request").get();
                        long t0 = req.child("nlmsghdr").flatMap(h -> h.child("nlmsg_type")).map(RtnetlinkLinkTest::num).orElse(-1L);
                        for (int t : types) if (t0 == t) fields = req.children();
                    }
                    if (fields == null) continue;
                    seen++;
                    String where = p.getFileName() + " frame " + m.frame();
                    assertFalse(m.malformed(), where + ": " + m.problem());
                    check(fields, where);
                }
            }
        }
        assertTrue(seen >= atLeast, "messages seen: " + seen);
    }

    private static void check(List<Field> fields, String where) {
        for (Field f : fields) {
            assertFalse(f.name().matches("attr_\\d+"), where + ": unnamed " + f.name());
            assertFalse(f.isMalformed(), where + ": " + f.name() + " " + f.value().display());
            check(f.children(), where);
        }
    }

    @Test
    void everyLinkMessageOfEveryCaptureIsFullyNamed() throws IOException {
        assertAllNamed(50, 16, 17, 18, 19);
    }
}
