package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Interface indexes in key fields named from the RTM_NEWLINK messages read before them, as iproute2 names them. */
class InterfaceNamesTest {
    static final int RTM_NEWLINK = 16, RTM_NEWROUTE = 24, RTA_OIF = 4, RTA_DST = 1, IFLA_IFNAME = 3;

    /** rtnl-changes.pcap: `ip link add dummy0 type dummy` (index 3), then addresses and a route on it. */
    @Test
    void aRealSessionNamesTheDummyInterface() throws Exception {
        List<DissectedFrame> frames = TestData.dissectAll(TestData.capture("rtnl-changes.pcap"));
        // frame 8: the kernel's RTM_NEWLINK reply names index 3 dummy0
        assertEquals("dummy0 index 3 type dummy mtu 1500", frames.get(7).messages().get(0).keys());
        // `ip addr add 192.0.2.1/24 dev dummy0` and `ip route add 198.51.100.0/24 via 192.0.2.254 dev dummy0`
        assertEquals("192.0.2.1/24 dev dummy0", frames.get(18).messages().get(0).keys());
        assertEquals("198.51.100.0/24 via 192.0.2.254 oif dummy0", frames.get(26).messages().get(0).keys());
        // the interface's own index stays a number: it is what the name is for
        assertEquals("index 3 mtu 1400", frames.get(14).messages().get(0).keys());
    }

    private static byte[] ifinfomsg(int index) {
        return Wire.le().u8(0).u8(0).u16(1).u32(index).u32(0).u32(0).bytes();
    }

    private static byte[] route(int oif) {
        byte[] rtmsg = Wire.le().u8(2).u8(24).u8(0).u8(0).u8(254).u8(3).u8(0).u8(1).u32(0).bytes();
        return msg(RTM_NEWROUTE, 0x605, 9, 0, cat(rtmsg, attr(RTA_DST, new byte[] {10, 0, 0, 0}), attr(RTA_OIF, Wire.le().u32(oif).bytes())));
    }

    @Test
    void anIndexNoLinkNamedStaysANumberAndARenameWins() {
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true).withDepth(Depth.SUMMARY);
        assertEquals("10.0.0.0/24 oif 7", d.dissect(frame(1, 0, route(7))).messages().get(0).keys());
        d.dissect(frame(2, 0, msg(RTM_NEWLINK, 0, 0, 0, cat(ifinfomsg(7), attr(IFLA_IFNAME, cstr("veth-a"))))));
        assertEquals("10.0.0.0/24 oif veth-a", d.dissect(frame(3, 0, route(7))).messages().get(0).keys());
        d.dissect(frame(4, 0, msg(RTM_NEWLINK, 0, 0, 0, cat(ifinfomsg(7), attr(IFLA_IFNAME, cstr("uplink"))))));
        assertEquals("10.0.0.0/24 oif uplink", d.dissect(frame(5, 0, route(7))).messages().get(0).keys());
        assertEquals("uplink", d.interfaces().name(7).orElseThrow());
        assertTrue(d.interfaces().name(8).isEmpty());

        // the same at full depth, where the keys are read from the decoded tree's dissector path
        NetlinkDissector full = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true);
        full.dissect(frame(1, 0, msg(RTM_NEWLINK, 0, 0, 0, cat(ifinfomsg(7), attr(IFLA_IFNAME, cstr("veth-a"))))));
        assertEquals("10.0.0.0/24 oif veth-a", full.dissect(frame(2, 0, route(7))).messages().get(0).keys());
    }

    @Test
    void aNameWithControlBytesStaysDataAndADamagedLinkTeachesNothing() {
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true).withDepth(Depth.SUMMARY);
        // a name attribute that overruns its message: nothing learnt
        byte[] bad = cat(ifinfomsg(5), Wire.le().u16(40).u16(IFLA_IFNAME).raw(cstr("eth0")).bytes());
        d.dissect(frame(1, 0, msg(RTM_NEWLINK, 0, 0, 0, bad)));
        assertTrue(d.interfaces().name(5).isEmpty());
        // control bytes are kept as they are: the output escapes them, not the dissector
        d.dissect(frame(2, 0, msg(RTM_NEWLINK, 0, 0, 0, cat(ifinfomsg(5), attr(IFLA_IFNAME, cstr("e\u001b[2J"))))));
        assertEquals("e\u001b[2J", d.interfaces().name(5).orElseThrow());
    }
}
