package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.nlscope.dissect.RtnetlinkRouteTest.messages;
import static io.nlscope.dissect.RtnetlinkRouteTest.num;
import static io.nlscope.dissect.RtnetlinkRouteTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rtnetlink netconf (struct netconfmsg, NETCONFA_*), on the real captures of testdata. */
class RtnetlinkNetconfTest {
    static final int RTM_NEWNETCONF = 80, RTM_DELNETCONF = 81, RTM_GETNETCONF = 82;

    @Test
    void netconfDumpMatchesIpNetconfShow() throws Exception {
        // ip netconf show: inet lo / nlmon0 / all / default "forwarding off rp_filter off ...", then the same for inet6 (no rp_filter)
        List<String> rows = new ArrayList<>();
        for (NetlinkMessage m : messages("rtnl-dump.pcap", t -> t == RTM_NEWNETCONF)) {
            Value idx = value(m, "NETCONFA_IFINDEX");
            String dev = idx instanceof Value.Named n ? n.name() : Long.toString(num(idx));
            rows.add(((Value.Named) value(m, "netconfmsg/ncm_family")).name() + " " + dev
                    + " fwd " + num(value(m, "NETCONFA_FORWARDING")) + " rp " + m.field("NETCONFA_RP_FILTER").map(f -> num(f.value())).orElse(-9L));
        }
        assertEquals(List.of(
                "AF_INET 1 fwd 0 rp 0", "AF_INET 2 fwd 0 rp 0",
                "AF_INET NETCONFA_IFINDEX_ALL fwd 0 rp 0", "AF_INET NETCONFA_IFINDEX_DEFAULT fwd 0 rp 0",
                "AF_INET6 1 fwd 0 rp -9", "AF_INET6 2 fwd 0 rp -9",
                "AF_INET6 NETCONFA_IFINDEX_ALL fwd 0 rp -9", "AF_INET6 NETCONFA_IFINDEX_DEFAULT fwd 0 rp -9"), rows);
        NetlinkMessage all = messages("rtnl-dump.pcap", t -> t == RTM_NEWNETCONF).get(2);
        assertEquals(new Value.Named(-1, "NETCONFA_IFINDEX_ALL"), value(all, "NETCONFA_IFINDEX"));
        assertEquals(0, num(value(all, "NETCONFA_IGNORE_ROUTES_WITH_LINKDOWN")));
    }

    @Test
    void deletedDeviceConfigurationNamesTheIndex() throws Exception {
        // ip link del dummy1 under ip monitor all: "[NETCONF]Deleted inet dummy1", "[NETCONF]Deleted inet6 dummy1" (dummy1 is 7)
        List<NetlinkMessage> del = messages("rtnl-monitor.pcap", t -> t == RTM_DELNETCONF);
        assertEquals(2, del.size());
        assertEquals(new Value.Named(2, "AF_INET"), value(del.get(0), "netconfmsg/ncm_family"));
        assertEquals(new Value.Named(10, "AF_INET6"), value(del.get(1), "netconfmsg/ncm_family"));
        for (NetlinkMessage m : del) assertEquals(7, num(value(m, "NETCONFA_IFINDEX")));
    }

    @Test
    void netconfMessagesHaveNoUnnamedAttributesInAnyCapture() throws Exception {
        int n = RtnetlinkRouteTest.assertAllNamedAndWellFormed(t -> t >= RTM_NEWNETCONF && t <= RTM_GETNETCONF);
        assertTrue(n >= 13, "netconf messages checked: " + n);
    }
}
