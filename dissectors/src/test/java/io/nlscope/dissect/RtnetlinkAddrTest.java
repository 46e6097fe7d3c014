package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.nlscope.dissect.RtnetlinkLinkTest.*;
import static org.junit.jupiter.api.Assertions.*;

/** RTM_*ADDR messages of the real captures, checked against the commands' own output. */
class RtnetlinkAddrTest {
    static final int RTM_NEWADDR = 20, RTM_DELADDR = 21;

    static String addr(NetlinkMessage m, String attr) {
        Field f = at(m, attr);
        assertInstanceOf(Value.Address.class, f.value(), attr);
        return f.value().display();
    }

    @Test
    void loopbackAddressesFromIpAddrShow() throws IOException {
        // `ip addr show`: "inet 127.0.0.1/8 scope host lo  valid_lft forever preferred_lft forever"
        List<NetlinkMessage> addrs = messages("rtnl-dump.pcap", RTM_NEWADDR);
        NetlinkMessage v4 = find(addrs, m -> m.field("IFA_LABEL").isPresent(), "127.0.0.1");
        assertEquals("AF_INET", name(at(v4, "ifaddrmsg", "ifa_family")));
        assertEquals(8, num(at(v4, "ifaddrmsg", "ifa_prefixlen")));
        assertEquals("RT_SCOPE_HOST", name(at(v4, "ifaddrmsg", "ifa_scope")));
        assertEquals(1, num(at(v4, "ifaddrmsg", "ifa_index")));
        assertEquals(List.of("IFA_F_PERMANENT"), flags(at(v4, "ifaddrmsg", "ifa_flags")));
        assertEquals("127.0.0.1", addr(v4, "IFA_LOCAL"));
        assertEquals("127.0.0.1", addr(v4, "IFA_ADDRESS"));
        assertEquals("lo", text(at(v4, "IFA_LABEL")));
        assertEquals(List.of("IFA_F_PERMANENT"), flags(at(v4, "IFA_FLAGS")));
        assertEquals(0xffffffffL, num(at(v4, "IFA_CACHEINFO", "ifa_valid")), "forever");
        assertEquals(0xffffffffL, num(at(v4, "IFA_CACHEINFO", "ifa_prefered")), "forever");
        // the kernel's INFINITY_LIFE_TIME, shown as iproute2 shows it
        assertEquals("forever", name(at(v4, "IFA_CACHEINFO", "ifa_valid")));
        assertEquals("forever", name(at(v4, "IFA_CACHEINFO", "ifa_prefered")));
        assertEquals("forever (4294967295)", at(v4, "IFA_CACHEINFO", "ifa_valid").value().display());

        // "inet6 ::1/128 scope host  valid_lft forever preferred_lft forever"
        NetlinkMessage v6 = find(addrs, m -> m.field("IFA_ADDRESS").map(f -> f.value().display().equals("::1")).orElse(false), "::1");
        assertEquals("AF_INET6", name(at(v6, "ifaddrmsg", "ifa_family")));
        assertEquals(128, num(at(v6, "ifaddrmsg", "ifa_prefixlen")));
        assertEquals("RT_SCOPE_HOST", name(at(v6, "ifaddrmsg", "ifa_scope")));
        assertEquals("IFAPROT_KERNEL_LO", name(at(v6, "IFA_PROTO")));
        assertEquals(0xffffffffL, num(at(v6, "IFA_CACHEINFO", "ifa_valid")));
    }

    @Test
    void addressRequestsOnDummy0() throws IOException {
        List<NetlinkMessage> addrs = messages("rtnl-changes.pcap", RTM_NEWADDR, RTM_DELADDR);
        // `ip addr add 192.0.2.1/24 dev dummy0` (dummy0 is ifindex 3)
        NetlinkMessage v4 = find(addrs, m -> m.type() == RTM_NEWADDR && m.field("IFA_LOCAL").map(f -> f.value().display().equals("192.0.2.1")).orElse(false), "192.0.2.1");
        assertEquals(24, num(at(v4, "ifaddrmsg", "ifa_prefixlen")));
        assertEquals(3, num(at(v4, "ifaddrmsg", "ifa_index")));
        assertEquals("RT_SCOPE_UNIVERSE", name(at(v4, "ifaddrmsg", "ifa_scope")));
        assertEquals("192.0.2.1", addr(v4, "IFA_ADDRESS"));
        // `ip -6 addr add 2001:db8::1/64 dev dummy0 nodad`
        NetlinkMessage v6 = find(addrs, m -> m.field("IFA_LOCAL").map(f -> f.value().display().equals("2001:db8::1")).orElse(false), "2001:db8::1");
        assertEquals("AF_INET6", name(at(v6, "ifaddrmsg", "ifa_family")));
        assertEquals(64, num(at(v6, "ifaddrmsg", "ifa_prefixlen")));
        assertEquals(List.of("IFA_F_NODAD"), flags(at(v6, "ifaddrmsg", "ifa_flags")));
        // `ip addr del 192.0.2.1/24 dev dummy0`
        NetlinkMessage del = find(addrs, m -> m.type() == RTM_DELADDR, "RTM_DELADDR");
        assertEquals("192.0.2.1", addr(del, "IFA_LOCAL"));
        assertEquals(24, num(at(del, "ifaddrmsg", "ifa_prefixlen")));
    }

    @Test
    void monitoredNotification() throws IOException {
        // `ip addr add 203.0.113.1/24 dev dummy1` under `ip monitor all`: the kernel's RTM_NEWADDR
        NetlinkMessage n = find(messages("rtnl-monitor.pcap", RTM_NEWADDR), m -> m.pid() != 0 && m.field("IFA_LABEL").isPresent(), "203.0.113.1 from the kernel");
        assertEquals("dummy1", text(at(n, "IFA_LABEL")));
        assertEquals("203.0.113.1", addr(n, "IFA_LOCAL"));
        assertEquals("203.0.113.1", addr(n, "IFA_ADDRESS"));
        assertEquals(24, num(at(n, "ifaddrmsg", "ifa_prefixlen")));
        assertEquals(7, num(at(n, "ifaddrmsg", "ifa_index")));
        // and the kernel's own link-local IPv6 address of dummy1 when it came up
        NetlinkMessage ll = find(messages("rtnl-monitor.pcap", RTM_NEWADDR), m -> m.field("IFA_PROTO").isPresent(), "fe80:: from the kernel");
        assertEquals("IFAPROT_KERNEL_LL", name(at(ll, "IFA_PROTO")));
        assertEquals("RT_SCOPE_LINK", name(at(ll, "ifaddrmsg", "ifa_scope")));
        assertTrue(addr(ll, "IFA_ADDRESS").startsWith("fe80::"));
        assertEquals(List.of("IFA_F_PERMANENT"), flags(at(n, "IFA_FLAGS")));
    }

    @Test
    void everyAddressMessageOfEveryCaptureIsFullyNamed() throws IOException {
        assertAllNamed(20, 20, 21, 22, 58, 62);
    }
}
