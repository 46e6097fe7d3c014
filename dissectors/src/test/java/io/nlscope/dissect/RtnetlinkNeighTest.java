package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.dissect.RtnetlinkRouteTest.field;
import static io.nlscope.dissect.RtnetlinkRouteTest.ip;
import static io.nlscope.dissect.RtnetlinkRouteTest.messages;
import static io.nlscope.dissect.RtnetlinkRouteTest.num;
import static io.nlscope.dissect.RtnetlinkRouteTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rtnetlink neighbours (struct ndmsg, NDA_*), on the real captures of testdata. */
class RtnetlinkNeighTest {
    static final int RTM_NEWNEIGH = 28, RTM_DELNEIGH = 29, RTM_GETNEIGH = 30;

    @Test
    void neighbourAddIsPermanentWithItsLinkLayerAddress() throws Exception {
        // ip neigh add 192.0.2.9 lladdr 02:00:00:00:00:09 dev dummy0 (rtnl-changes.pcap)
        NetlinkMessage m = messages("rtnl-changes.pcap", t -> t == RTM_NEWNEIGH).get(0);
        assertEquals(new Value.Named(2, "AF_INET"), value(m, "ndmsg/ndm_family"));
        assertEquals(new Value.Flags(0x80, List.of("NUD_PERMANENT")), value(m, "ndmsg/ndm_state"));
        assertEquals(ip("192.0.2.9"), value(m, "NDA_DST"));
        assertEquals(new Value.Address(Value.Address.Kind.LINK, new byte[]{2, 0, 0, 0, 0, 9}), value(m, "NDA_LLADDR"));
        assertEquals("02:00:00:00:00:09", value(m, "NDA_LLADDR").display());
    }

    @Test
    void deletedMulticastNeighbourHasNoarpStateAndCacheinfo() throws Exception {
        // ip monitor all during `ip link del dummy1`: "[NEIGH]Deleted ff02::2 dev dummy1 lladdr 33:33:00:00:00:02 NOARP"
        NetlinkMessage m = messages("rtnl-monitor.pcap", t -> t == RTM_DELNEIGH).get(0);
        assertEquals(new Value.Named(10, "AF_INET6"), value(m, "ndmsg/ndm_family"));
        assertEquals(new Value.Flags(0x40, List.of("NUD_NOARP")), value(m, "ndmsg/ndm_state"));
        assertEquals(new Value.Named(5, "RTN_MULTICAST"), value(m, "ndmsg/ndm_type"));
        assertEquals(ip("ff02::2"), value(m, "NDA_DST"));
        assertEquals("33:33:00:00:00:02", value(m, "NDA_LLADDR").display());
        assertEquals(0, num(value(m, "NDA_PROBES")));
        Field ci = field(m, "NDA_CACHEINFO");
        assertEquals(List.of("ndm_confirmed", "ndm_used", "ndm_updated", "ndm_refcnt"), ci.children().stream().map(Field::name).toList());
        // the index of dummy1 in the monitor log ("7: dummy1")
        assertEquals(7, num(value(m, "ndmsg/ndm_ifindex")));
    }

    @Test
    void neighbourMessagesHaveNoUnnamedAttributesInAnyCapture() throws Exception {
        // ip neigh show (rtnl-dump), ip neigh add (rtnl-changes), the monitor's deleted neighbour
        int n = RtnetlinkRouteTest.assertAllNamedAndWellFormed(t -> t >= RTM_NEWNEIGH && t <= RTM_GETNEIGH);
        assertTrue(n >= 3, "neighbour messages checked: " + n);
    }
}
