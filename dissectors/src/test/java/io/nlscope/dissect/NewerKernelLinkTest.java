package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RTM_NEWLINK as a 7.2.13 kernel sends it (testdata/kernels/7.2/link-dump.pcap, from the qemu harness with
 * NLVM_SUITE=unstable): the attributes 6.1 did not have, named and read at the sizes the kernel sends.
 */
class NewerKernelLinkTest {
    private static List<NetlinkMessage> links() throws Exception { return links("7.2"); }

    private static List<NetlinkMessage> links(String kernel) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.root().resolve("testdata/kernels/" + kernel + "/link-dump.pcap")))
            for (NetlinkMessage m : f.messages())
                if (m.protocol() == 0 && m.type() == 16 && m.direction() == Direction.FROM_KERNEL && m.field("IFLA_IFNAME").isPresent()) out.add(m);
        return out;
    }

    private static long num(NetlinkMessage m, String name) {
        return ((Value.Num) m.field(name).orElseThrow(() -> new AssertionError("no " + name + " in " + m.summary())).value()).value();
    }

    @Test
    void attributes62To69AreNamed() throws Exception {
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/7.2/summary.txt")).startsWith("kernel 7.2.13"));
        List<NetlinkMessage> links = links();
        assertEquals(5, links.size(), "lo twice (ip -d link show), kx0 three times (its NEWLINK notification-less reply and -j)");
        for (NetlinkMessage m : links) {
            String name = ((Value.Text) m.field("IFLA_IFNAME").orElseThrow().value()).text();
            for (Field f : m.fields()) assertTrue(!f.name().startsWith("attr_"), name + ": " + f.name() + " raw");
            // the kernel sets the IPv4 GSO/GRO limits with the others (netif_set_gso_max_size, ...): below 64 KiB they are equal
            assertEquals(num(m, "IFLA_GSO_MAX_SIZE"), num(m, "IFLA_GSO_IPV4_MAX_SIZE"), name);
            assertEquals(num(m, "IFLA_GRO_MAX_SIZE"), num(m, "IFLA_GRO_IPV4_MAX_SIZE"), name);
            // loopback cannot move to another namespace; a dummy can
            assertEquals(name.equals("lo") ? 1 : 0, num(m, "IFLA_NETNS_IMMUTABLE"), name);
            assertEquals(0, num(m, "IFLA_HEADROOM"), name);
            assertEquals(0, num(m, "IFLA_TAILROOM"), name);
            assertEquals(0, num(m, "IFLA_MAX_PACING_OFFLOAD_HORIZON"), name);
            Field port = m.field("IFLA_DEVLINK_PORT").orElseThrow();   // no devlink port: an empty nest
            assertEquals(4, port.length());
            assertEquals(List.of(), ((Value.Nested) port.value()).fields());
            assertEquals(4, m.field("IFLA_DPLL_PIN").orElseThrow().length());
        }
        // ipv6_devconf grows (-nl-grows): 7.2 sends one more DEVCONF_* entry than 6.1, FORCE_FORWARDING, read here ...
        NetlinkMessage lo = links.get(0);
        Field conf = inet6Conf(lo);
        assertEquals(0, num(conf.child("force_forwarding").orElseThrow()));
        assertTrue(conf.child("extra_bytes").isEmpty());
        assertEquals(conf.offset() + conf.length(), last(conf).offset() + last(conf).length());
    }

    @Test
    void a612KernelSendsTheFirstFourOfThem() throws Exception {
        // 6.12.117 (testdata/kernels/6.12, NLVM_SUITE=trixie): IFLA 62-65 are there, 66-69 and FORCE_FORWARDING came later
        assertTrue(Files.readString(TestData.root().resolve("testdata/kernels/6.12/summary.txt")).startsWith("kernel 6.12."));
        List<NetlinkMessage> links = links("6.12");
        assertEquals(5, links.size());
        for (NetlinkMessage m : links) {
            for (Field f : m.fields()) assertTrue(!f.name().startsWith("attr_"), f.name() + " raw");
            for (String a : List.of("IFLA_DEVLINK_PORT", "IFLA_GSO_IPV4_MAX_SIZE", "IFLA_GRO_IPV4_MAX_SIZE", "IFLA_DPLL_PIN"))
                assertTrue(m.field(a).isPresent(), a);
            for (String a : List.of("IFLA_MAX_PACING_OFFLOAD_HORIZON", "IFLA_NETNS_IMMUTABLE", "IFLA_HEADROOM", "IFLA_TAILROOM"))
                assertTrue(m.field(a).isEmpty(), a);
            assertEquals(num(m, "IFLA_GSO_MAX_SIZE"), num(m, "IFLA_GSO_IPV4_MAX_SIZE"));
            Field conf = inet6Conf(m);
            assertTrue(conf.child("force_forwarding").isEmpty());
            assertTrue(conf.child("extra_bytes").isEmpty());
        }
    }

    @Test
    void anOlderKernelsShorterDevconfIsItsFirstMembers() throws Exception {
        // ... and 6.1's value, 4 bytes shorter, is its first members, not a damaged struct
        int seen = 0;
        for (DissectedFrame f : TestData.dissectAll(TestData.capture("rtnl-dump.pcap"))) {
            for (NetlinkMessage m : f.messages()) {
                if (m.protocol() != 0 || m.type() != 16 || m.field("IFLA_AF_SPEC").isEmpty()) continue;
                Field conf = inet6Conf(m);
                assertTrue(conf.child("force_forwarding").isEmpty());
                assertTrue(conf.child("extra_bytes").isEmpty());
                assertTrue(conf.child("accept_ra_min_lft").isPresent());
                assertEquals(conf.offset() + conf.length(), last(conf).offset() + last(conf).length(), "every byte in a member");
                assertEquals(59, ((Value.Nested) conf.value()).fields().size(), "DEVCONF_FORWARDING .. DEVCONF_ACCEPT_RA_MIN_LFT");
                seen++;
            }
        }
        assertTrue(seen > 5, "link messages with IFLA_INET6_CONF in rtnl-dump.pcap: " + seen);
    }

    private static Field inet6Conf(NetlinkMessage m) {
        return m.field("IFLA_AF_SPEC").flatMap(f -> f.child("AF_INET6")).flatMap(f -> f.child("IFLA_INET6_CONF")).orElseThrow();
    }

    private static Field last(Field f) {
        List<Field> l = ((Value.Nested) f.value()).fields();
        return l.get(l.size() - 1);
    }

    private static long num(Field f) { return ((Value.Num) f.value()).value(); }
}
