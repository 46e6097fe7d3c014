package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static io.nlscope.dissect.FamilyAssertions.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RTM_*ADDRLABEL (struct ifaddrlblmsg, IFAL_*) and RTA_VIA (struct rtvia) of RTM_NEWROUTE. The
 * testdata captures hold neither, so the messages are built as iproute2 sends them on a
 * little-endian host.
 */
class RtnetlinkAddrlabelTest {
    private static final int ROUTE = 0;

    private static byte[] ip(String a) throws IOException { return InetAddress.getByName(a).getAddress(); }

    private static NetlinkMessage decode(int type, int flags, byte[] payload) {
        return FamilyAssertions.decodeClean(ROUTE, type, flags, 9, payload);
    }

    @Test
    void addrlabelAdd() throws IOException {
        // ip addrlabel add prefix 2001:db8::/32 label 99
        byte[] payload = Wire.cat(Wire.le().u8(10).u8(0).u8(32).u8(0).u32(0).u32(0).bytes(),
                attr(1, ip("2001:db8::")), attr(2, Wire.le().u32(99).bytes()));
        NetlinkMessage m = decode(72, 0x605, payload);
        assertEquals("RTM_NEWADDRLABEL", m.typeName());
        assertEquals(MessageKind.NEW, m.kind());
        assertEquals("AF_INET6 (10)", display(m, "ifaddrlblmsg.ifal_family"));
        assertEquals("32", display(m, "ifaddrlblmsg.ifal_prefixlen"));
        assertEquals("0", display(m, "ifaddrlblmsg.ifal_index"));
        assertEquals("2001:db8::", display(m, "IFAL_ADDRESS"));
        assertEquals("99", display(m, "IFAL_LABEL"));
    }

    @Test
    void addrlabelListReply() throws IOException {
        // ip addrlabel list: the kernel's entry for ::1/128 label 0 (ip6addrlbl_fill), table seq 5
        byte[] payload = Wire.cat(Wire.le().u8(10).u8(0).u8(128).u8(0).u32(0).u32(5).bytes(),
                attr(1, ip("::1")), attr(2, Wire.le().u32(0).bytes()));
        NetlinkMessage m = decode(72, 0x2, payload);
        assertEquals("128", display(m, "ifaddrlblmsg.ifal_prefixlen"));
        assertEquals("5", display(m, "ifaddrlblmsg.ifal_seq"));
        assertEquals("::1", display(m, "IFAL_ADDRESS"));
        assertEquals("0", display(m, "IFAL_LABEL"));
    }

    @Test
    void routeViaInet6() throws IOException {
        // ip route add 10.0.0.0/24 via inet6 fe80::1 dev eth0 (eth0 is ifindex 2)
        byte[] rtmsg = Wire.le().u8(2).u8(24).u8(0).u8(0).u8(254).u8(3).u8(0).u8(1).u32(0).bytes();
        byte[] payload = Wire.cat(rtmsg, attr(1, ip("10.0.0.0")),
                attr(18, Wire.le().u16(10).raw(ip("fe80::1")).bytes()), attr(4, Wire.le().u32(2).bytes()));
        NetlinkMessage m = decode(24, 0x605, payload);
        assertEquals("RTM_NEWROUTE", m.typeName());
        assertEquals("10.0.0.0", display(m, "RTA_DST"));
        assertEquals("AF_INET6 (10)", display(m, "RTA_VIA.rtvia_family"));
        assertEquals("fe80::1", display(m, "RTA_VIA.rtvia_addr"));
        assertEquals("2", display(m, "RTA_OIF"));
        // an MPLS route's gateway is an IPv4 address or a link-layer address: never malformed
        NetlinkMessage mpls = decode(24, 0x605, Wire.cat(rtmsg, attr(18, Wire.le().u16(17).raw(new byte[]{2, 0, 0, 0, 0, 7}).bytes())));
        assertFalse(mpls.malformed());
        assertEquals("020000000007", display(mpls, "RTA_VIA.rtvia_addr"));
    }

    @Test
    void rtnetlinkCapturesStayClean() throws IOException {
        assertTrue(FamilyAssertions.assertCleanEverywhere(ROUTE) > 100);
    }
}
