package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Multicast and anycast addresses through rtnetlink, on 7.2.13 (testdata/kernels/7.2/rtnl-mcaddr.pcap, scenario
 * testdata/kernels/scenarios-mcaddr.txt): a listener on groups 37-39, an IPv4 join of 239.1.2.3 and an IPv6 join of
 * ff15::4 on mc0, IPv6 forwarding on and off (the subnet-router anycast addresses), and the RTM_GETMULTICAST /
 * RTM_GETANYCAST dumps, whose answers the kernel types as the request's type.
 */
class RtnetlinkMcaddrTest {
    private static final Path FILE = TestData.root().resolve("testdata/kernels/7.2/rtnl-mcaddr.pcap");

    private static List<NetlinkMessage> messages() throws Exception { return messages(FILE); }

    private static List<NetlinkMessage> messages(Path file) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file)) out.addAll(f.messages());
        return out;
    }

    @Test
    void a612KernelHasNoSuchGroupsButAnswersTheDumps() throws Exception {
        // the same scenario on 6.12.117: joining group 37 fails (EINVAL in the log), no notification, the dumps answer
        Path file = TestData.root().resolve("testdata/kernels/6.12/rtnl-mcaddr.pcap");
        assertTrue(Files.readString(file.resolveSibling("rtnl-mcaddr.commands.log")).contains("OSError: [Errno 22] Invalid argument"));
        List<NetlinkMessage> all = messages(file);
        for (String t : List.of("RTM_NEWMULTICAST", "RTM_DELMULTICAST", "RTM_NEWANYCAST", "RTM_DELANYCAST"))
            assertEquals(List.of(), notifications(all, t), t);
        assertTrue(all.stream().filter(m -> m.typeName().equals("RTM_GETMULTICAST") && m.direction() == Direction.FROM_KERNEL
                && FamilyAssertions.display(m, "IFA_MULTICAST").equals("ff02::1")).count() >= 2, "lo's and mc0's ff02::1 at least");
        for (NetlinkMessage m : all) FamilyAssertions.noUnnamed(m.fields(), "6.12 frame " + m.frame());
    }

    /** mc0's ifindex, as the scenario printed it (`cat /sys/class/net/mc0/ifindex`). */
    private static long mc0() throws Exception {
        List<String> log = Files.readAllLines(FILE.resolveSibling("rtnl-mcaddr.commands.log"));
        for (int i = 0; i + 1 < log.size(); i++)
            if (log.get(i).equals("++ cat /sys/class/net/mc0/ifindex") || log.get(i).equals("+ cat /sys/class/net/mc0/ifindex"))
                if (log.get(i + 1).matches("\\d+")) return Long.parseLong(log.get(i + 1));
        throw new AssertionError("no ifindex of mc0 in the commands log");
    }

    private static String text(NetlinkMessage m, String path) { return FamilyAssertions.display(m, path); }

    private static List<NetlinkMessage> notifications(List<NetlinkMessage> all, String type) {
        return all.stream().filter(m -> m.typeName().equals(type) && m.seq() == 0 && m.direction() == Direction.FROM_KERNEL).toList();
    }

    @Test
    void joinsAndLeavesAreNotifiedOnTheirGroups() throws Exception {
        List<NetlinkMessage> all = messages();
        long index = mc0();
        List<NetlinkMessage> add = notifications(all, "RTM_NEWMULTICAST"), del = notifications(all, "RTM_DELMULTICAST");
        assertEquals(2, add.size(), "an IPv4 and an IPv6 join");
        assertEquals(2, del.size());
        for (List<NetlinkMessage> l : List.of(add, del)) {
            assertEquals("AF_INET (2)", text(l.get(0), "ifaddrmsg.ifa_family"));
            assertEquals("239.1.2.3", text(l.get(0), "IFA_MULTICAST"));
            assertEquals("RTNLGRP_IPV4_MCADDR", l.get(0).group().orElseThrow());
            assertEquals("AF_INET6 (10)", text(l.get(1), "ifaddrmsg.ifa_family"));
            assertEquals("ff15::4", text(l.get(1), "IFA_MULTICAST"));
            assertEquals("RTNLGRP_IPV6_MCADDR", l.get(1).group().orElseThrow());
            for (NetlinkMessage m : l) assertEquals(String.valueOf(index), text(m, "ifaddrmsg.ifa_index"));
        }
        // forwarding on mc0 adds the subnet-router anycast address of each IPv6 prefix (2001:db8:44::/64 and fe80::/64)
        List<NetlinkMessage> any = notifications(all, "RTM_NEWANYCAST"), gone = notifications(all, "RTM_DELANYCAST");
        Set<String> expected = Set.of("2001:db8:44::", "fe80::");
        for (List<NetlinkMessage> l : List.of(any, gone)) {
            Set<String> addrs = new TreeSet<>();
            for (NetlinkMessage m : l) {
                addrs.add(text(m, "IFA_ANYCAST"));
                assertEquals("RTNLGRP_IPV6_ACADDR", m.group().orElseThrow());
                assertEquals(String.valueOf(index), text(m, "ifaddrmsg.ifa_index"));
            }
            assertEquals(expected, addrs);
        }
    }

    @Test
    void dumpAnswersAreWhatIpMaddrShows() throws Exception {
        List<NetlinkMessage> all = messages();
        long index = mc0();
        // ip -j maddr show dev mc0 (the log's last JSON line): inet 224.0.0.1, inet6 ff02::1 and ff01::1
        String json = Files.readAllLines(FILE.resolveSibling("rtnl-mcaddr.commands.log")).stream()
                .filter(l -> l.startsWith("[{\"ifindex\"")).findFirst().orElseThrow();
        Set<String> v4 = new TreeSet<>(), v6 = new TreeSet<>();
        for (NetlinkMessage m : all) {
            if (!m.typeName().equals("RTM_GETMULTICAST") || m.direction() != Direction.FROM_KERNEL) continue;
            if (!text(m, "ifaddrmsg.ifa_index").equals(String.valueOf(index))) continue;
            (text(m, "ifaddrmsg.ifa_family").startsWith("AF_INET6") ? v6 : v4).add(text(m, "IFA_MULTICAST"));
        }
        assertEquals(Set.of("224.0.0.1"), v4);
        assertEquals(Set.of("ff02::1", "ff01::1"), v6);
        for (String a : List.of("224.0.0.1", "ff02::1", "ff01::1")) assertTrue(json.contains("\"address\":\"" + a + "\""), json);
        long anycast = all.stream().filter(m -> m.typeName().equals("RTM_GETANYCAST") && m.direction() == Direction.FROM_KERNEL && m.seq() == 1).count();
        assertEquals(2, anycast, "the two anycast addresses, while forwarding was on");
    }

    @Test
    void everyMessageDecodesWhole() throws Exception {
        int n = 0;
        for (NetlinkMessage m : messages()) {
            FamilyAssertions.noUnnamed(m.fields(), "frame " + m.frame() + " " + m.typeName());
            assertTrue(!m.malformed(), m.problem().toString());
            n++;
        }
        assertTrue(n > 30, "messages: " + n);
    }
}
