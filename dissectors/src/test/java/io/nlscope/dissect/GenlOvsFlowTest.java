package io.nlscope.dissect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open vSwitch's ovs_flow, ovs_packet, ovs_meter and ovs_ct_limit families on 7.2.13 and 6.12.117
 * (testdata/kernels/{7.2,6.12}/genl-ovs-flow.pcap, scenarios-ovs-flow.txt, made with genlq.py): what the kernel
 * answers and sends, against the genlq command lines of the commands log, conntrack -L and the scenario's traffic.
 */
class GenlOvsFlowTest {
    private static final List<String> FAMILIES = List.of("ovs_flow", "ovs_packet", "ovs_meter", "ovs_ct_limit");

    private static Path file(String kernel) { return TestData.root().resolve("testdata/kernels/" + kernel + "/genl-ovs-flow.pcap"); }

    /** Every message of the capture, checked clean (no malformed message, no attr_N at any depth). */
    private static List<NetlinkMessage> all(String kernel) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file(kernel)))
            for (NetlinkMessage m : f.messages()) {
                assertFalse(m.malformed(), kernel + " frame " + m.frame() + ": " + m.problem());
                FamilyAssertions.noUnnamed(m.fields(), kernel + " frame " + m.frame());
                out.add(m);
            }
        return out;
    }

    /** The kernel's messages of one family with this operation. */
    private static List<NetlinkMessage> fromKernel(List<NetlinkMessage> all, String family, String operation) {
        List<NetlinkMessage> out = all.stream().filter(m -> m.typeName().equals(family) && m.operation().equals(operation)
                && m.direction() == Direction.FROM_KERNEL).toList();
        assertFalse(out.isEmpty(), "no " + family + " " + operation + " from the kernel");
        return out;
    }

    private static String text(NetlinkMessage m, String path) { return FamilyAssertions.display(m, path); }

    private static String log(String kernel, String regex) throws Exception {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(file(kernel).resolveSibling("genl-ovs-flow.commands.log")));
        assertTrue(m.find(), kernel + ": " + regex);
        return m.group(1);
    }

    /** The first kernel-sent flow message with this field, e.g. the TCP flow by its OVS_KEY_ATTR_TCP. */
    private static NetlinkMessage flowWith(List<NetlinkMessage> all, String operation, String path) {
        Optional<NetlinkMessage> m = fromKernel(all, "ovs_flow", operation).stream().filter(x -> FamilyAssertions.at(x, path).isPresent()).findFirst();
        assertTrue(m.isPresent(), operation + " with " + path);
        return m.get();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void theCaptureIsCleanAndTheKernelSpeaksEachFamily(String kernel) throws Exception {
        List<NetlinkMessage> all = all(kernel);
        for (String family : FAMILIES) {
            long sent = all.stream().filter(m -> m.typeName().equals(family) && m.direction() == Direction.FROM_KERNEL).count();
            assertTrue(sent > 0, kernel + ": no " + family + " message from the kernel");
            // and each family is announced (CTRL_CMD_GETFAMILY by name); ovs_flow, ovs_meter and ovs_ct_limit with their group
            NetlinkMessage announced = all.stream().filter(m -> m.typeName().equals("nlctrl") && m.operation().equals("CTRL_CMD_NEWFAMILY")
                    && ("\"" + family + "\"").equals(text(m, "CTRL_ATTR_FAMILY_NAME"))).findFirst().orElseThrow(() -> new AssertionError(family));
            List<String> groups = FamilyAssertions.findAll(announced.fields(), "CTRL_ATTR_MCAST_GRP_NAME").stream().map(g -> g.value().display()).toList();
            assertEquals(family.equals("ovs_packet") ? List.of() : List.of("\"" + family + "\""), groups, kernel + " " + family);
        }
        for (NetlinkMessage m : all)
            if (FAMILIES.contains(m.typeName()))
                assertTrue(m.field("ovs_header").isPresent(), kernel + " frame " + m.frame() + ": ovs_header");
    }

    /** Flow 1: the key, mask and actions of the scenario's first OVS_FLOW_CMD_NEW, then its statistics after the SYN. */
    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void theTcpFlowAsTheKernelAnswersAGetForIt(String kernel) throws Exception {
        List<NetlinkMessage> all = all(kernel);
        // the command lines the values below come from
        log(kernel, "(KEY1=3:u32=1,4:hex=020000000001020000000002,6:be16=0x0800,7:hex=0a0000010a00000206004000,9:hex=9c400050,18:be16=0x0000)");
        log(kernel, "(MASK1=3:u32=0xffffffff,4:hex=ffffffffffffffffffffffff,6:be16=0xffff,7:hex=ffffffffffffffffff000000,9:hex=0000ffff)");
        String pid = log(kernel, "upcall port id (\\d+)");
        log(kernel, "(2:nest\\{12:nest\\{1:flag,2:u16=7,3:hex=2a000000ffffffff,6:nest\\{1:flag,3:hex=0a000064,4:hex=0a0000c8,5:u16=1000,6:u16=2000\\}\\},"
                + "3:nest\\{15:u32=42\\},11:nest\\{7:hex=00000000000000000000200000000000000000000000ff00\\},"
                + "11:nest\\{4:hex=000000000000020000000099000000000000ffffffffffff\\},4:hex=81001064,2:nest\\{1:u32=" + pid + ",2:hex=cafe0001\\},1:u32=2\\})");

        NetlinkMessage get = flowWith(all, "OVS_FLOW_CMD_GET", "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_TCP");
        assertEquals(log(kernel, "ovs0 ifindex (\\d+),"), text(get, "ovs_header.dp_ifindex"));
        String k = "OVS_FLOW_ATTR_KEY.";
        assertEquals("1", text(get, k + "OVS_KEY_ATTR_IN_PORT"));
        assertEquals("02:00:00:00:00:01", text(get, k + "OVS_KEY_ATTR_ETHERNET.eth_src"));
        assertEquals("02:00:00:00:00:02", text(get, k + "OVS_KEY_ATTR_ETHERNET.eth_dst"));
        assertEquals("ETH_P_IP (2048)", text(get, k + "OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("10.0.0.1", text(get, k + "OVS_KEY_ATTR_IPV4.ipv4_src"));
        assertEquals("10.0.0.2", text(get, k + "OVS_KEY_ATTR_IPV4.ipv4_dst"));
        assertEquals("IPPROTO_TCP (6)", text(get, k + "OVS_KEY_ATTR_IPV4.ipv4_proto"));
        assertEquals("64", text(get, k + "OVS_KEY_ATTR_IPV4.ipv4_ttl"));
        assertEquals("40000", text(get, k + "OVS_KEY_ATTR_TCP.tcp_src"));   // 0x9c40
        assertEquals("80", text(get, k + "OVS_KEY_ATTR_TCP.tcp_dst"));
        String mk = "OVS_FLOW_ATTR_MASK.";
        assertEquals("4294967295", text(get, mk + "OVS_KEY_ATTR_IN_PORT"));
        assertEquals("ff:ff:ff:ff:ff:ff", text(get, mk + "OVS_KEY_ATTR_ETHERNET.eth_dst"));
        assertEquals("65535", text(get, mk + "OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("255.255.255.255", text(get, mk + "OVS_KEY_ATTR_IPV4.ipv4_dst"));
        assertEquals("0", text(get, mk + "OVS_KEY_ATTR_IPV4.ipv4_ttl"));
        assertEquals("0", text(get, mk + "OVS_KEY_ATTR_TCP.tcp_src"));
        assertEquals("65535", text(get, mk + "OVS_KEY_ATTR_TCP.tcp_dst"));
        // the scenario's TCP SYN (and its retransmission) matched: packets counted, SYN seen, a last-used time
        assertTrue(Long.parseLong(text(get, "OVS_FLOW_ATTR_STATS.n_packets")) >= 1, text(get, "OVS_FLOW_ATTR_STATS.n_packets"));
        assertTrue(Long.parseLong(text(get, "OVS_FLOW_ATTR_STATS.n_bytes")) >= 54, text(get, "OVS_FLOW_ATTR_STATS.n_bytes"));
        assertEquals("2", text(get, "OVS_FLOW_ATTR_TCP_FLAGS"));   // TCP SYN
        assertTrue(get.field("OVS_FLOW_ATTR_USED").isPresent());
        String a = "OVS_FLOW_ATTR_ACTIONS.";
        assertEquals("true (1)", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_COMMIT"));
        assertEquals("7", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_ZONE"));
        assertEquals("42", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_MARK.value"));
        assertEquals("4294967295", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_MARK.mask"));
        assertEquals("true (1)", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_NAT.OVS_NAT_ATTR_SRC"));
        assertEquals("10.0.0.100", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_NAT.OVS_NAT_ATTR_IP_MIN"));
        assertEquals("10.0.0.200", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_NAT.OVS_NAT_ATTR_IP_MAX"));
        assertEquals("1000", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_NAT.OVS_NAT_ATTR_PROTO_MIN"));
        assertEquals("2000", text(get, a + "OVS_ACTION_ATTR_CT.OVS_CT_ATTR_NAT.OVS_NAT_ATTR_PROTO_MAX"));
        assertEquals("42", text(get, a + "OVS_ACTION_ATTR_SET.OVS_KEY_ATTR_SKB_MARK"));
        // the two SET_MASKED actions, in order: IPv4 TTL 32 under mask 0xff, Ethernet destination under ff:..:ff
        List<Field> masked = get.field("OVS_FLOW_ATTR_ACTIONS").orElseThrow().children().stream()
                .filter(f -> f.name().equals("OVS_ACTION_ATTR_SET_MASKED")).toList();
        assertEquals(2, masked.size());
        assertEquals("32", FamilyAssertions.at(masked.get(0), "OVS_KEY_ATTR_IPV4.[0].ipv4_ttl").orElseThrow().value().display());
        assertEquals("255", FamilyAssertions.at(masked.get(0), "OVS_KEY_ATTR_IPV4.[1].ipv4_ttl").orElseThrow().value().display());
        assertEquals("0.0.0.0", FamilyAssertions.at(masked.get(0), "OVS_KEY_ATTR_IPV4.[1].ipv4_src").orElseThrow().value().display());
        assertEquals("02:00:00:00:00:99", FamilyAssertions.at(masked.get(1), "OVS_KEY_ATTR_ETHERNET.[0].eth_dst").orElseThrow().value().display());
        assertEquals("ff:ff:ff:ff:ff:ff", FamilyAssertions.at(masked.get(1), "OVS_KEY_ATTR_ETHERNET.[1].eth_dst").orElseThrow().value().display());
        assertEquals("00:00:00:00:00:00", FamilyAssertions.at(masked.get(1), "OVS_KEY_ATTR_ETHERNET.[1].eth_src").orElseThrow().value().display());
        assertEquals("ETH_P_8021Q (33024)", text(get, a + "OVS_ACTION_ATTR_PUSH_VLAN.vlan_tpid"));
        assertEquals(String.valueOf(0x1064), text(get, a + "OVS_ACTION_ATTR_PUSH_VLAN.vlan_tci"));   // CFI | VLAN 100
        assertEquals(pid, text(get, a + "OVS_ACTION_ATTR_USERSPACE.OVS_USERSPACE_ATTR_PID"));
        assertEquals("cafe0001", text(get, a + "OVS_ACTION_ATTR_USERSPACE.OVS_USERSPACE_ATTR_USERDATA"));
        assertEquals("2", text(get, a + "OVS_ACTION_ATTR_OUTPUT"));
    }

    /** Flow 2 (exact match, a UFID) and flow 3 (tunnel key, VLAN around ARP) as the kernel dumps them. */
    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void theOtherFlowsInTheDump(String kernel) throws Exception {
        List<NetlinkMessage> all = all(kernel);
        log(kernel, "(9:hex=00112233445566778899aabbccddeeff)");
        log(kernel, "(8:hex=fe800000000000000000000000000001ff0200000000000000000001ff000002000000003a00ff00,12:hex=8700,14:hex=fe800000000000000000000000000002020000000001000000000000)");
        log(kernel, "(2:nest\\{19:u32=1,6:nest\\{1:u32=0xffffffff,2:nest\\{1:u32=2\\}\\},20:nest\\{1:u32=2\\},13:u32=64,1:u32=2,23:nest\\{1:nest\\{1:u32=2\\}\\},"
                + "25:nest\\{1:u32=3,2:hex=0102\\},8:hex=0000000001000000,7:u32=5,21:nest\\{1:u16=100,2:nest\\{1:u32=2\\},3:nest\\{24:u32=0\\}\\}\\})");
        NetlinkMessage nd = flowWith(all, "OVS_FLOW_CMD_GET", "OVS_FLOW_ATTR_UFID");
        assertEquals("00112233445566778899aabbccddeeff", text(nd, "OVS_FLOW_ATTR_UFID"));
        assertEquals("ETH_P_IPV6 (34525)", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("fe80::1", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_IPV6.ipv6_src"));
        assertEquals("ff02::1:ff00:2", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_IPV6.ipv6_dst"));
        assertEquals("IPPROTO_ICMPV6 (58)", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_IPV6.ipv6_proto"));
        assertEquals("255", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_IPV6.ipv6_hlimit"));
        assertEquals("135", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ICMPV6.icmpv6_type"));
        assertEquals("fe80::2", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ND.nd_target"));
        assertEquals("02:00:00:00:00:01", text(nd, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ND.nd_sll"));
        // no mask given: every bit of the key is matched
        assertEquals("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", text(nd, "OVS_FLOW_ATTR_MASK.OVS_KEY_ATTR_ND.nd_target"));
        String a = "OVS_FLOW_ATTR_ACTIONS.";
        assertEquals("1", text(nd, a + "OVS_ACTION_ATTR_METER"));
        assertEquals("4294967295", text(nd, a + "OVS_ACTION_ATTR_SAMPLE.OVS_SAMPLE_ATTR_PROBABILITY"));
        assertEquals("2", text(nd, a + "OVS_ACTION_ATTR_SAMPLE.OVS_SAMPLE_ATTR_ACTIONS.OVS_ACTION_ATTR_OUTPUT"));
        assertEquals("2", text(nd, a + "OVS_ACTION_ATTR_CLONE.OVS_ACTION_ATTR_OUTPUT"));
        assertEquals("64", text(nd, a + "OVS_ACTION_ATTR_TRUNC.max_len"));
        assertEquals("2", text(nd, a + "OVS_ACTION_ATTR_DEC_TTL.OVS_DEC_TTL_ATTR_ACTION.OVS_ACTION_ATTR_OUTPUT"));
        assertEquals("3", text(nd, a + "OVS_ACTION_ATTR_PSAMPLE.OVS_PSAMPLE_ATTR_GROUP"));
        assertEquals("0102", text(nd, a + "OVS_ACTION_ATTR_PSAMPLE.OVS_PSAMPLE_ATTR_COOKIE"));
        assertEquals("OVS_HASH_ALG_L4 (0)", text(nd, a + "OVS_ACTION_ATTR_HASH.hash_alg"));
        assertEquals("1", text(nd, a + "OVS_ACTION_ATTR_HASH.hash_basis"));
        assertEquals("5", text(nd, a + "OVS_ACTION_ATTR_RECIRC"));
        assertEquals("100", text(nd, a + "OVS_ACTION_ATTR_CHECK_PKT_LEN.OVS_CHECK_PKT_LEN_ATTR_PKT_LEN"));
        assertEquals("2", text(nd, a + "OVS_ACTION_ATTR_CHECK_PKT_LEN.OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_GREATER.OVS_ACTION_ATTR_OUTPUT"));
        assertEquals("0", text(nd, a + "OVS_ACTION_ATTR_CHECK_PKT_LEN.OVS_CHECK_PKT_LEN_ATTR_ACTIONS_IF_LESS_EQUAL.OVS_ACTION_ATTR_DROP"));

        log(kernel, "(KEY3='16:nest\\{0:hex=000000000000002a,1:hex=c0000201,2:hex=c0000202,3:u8=0,4:u8=64,10:be16=4789\\},3:u32=1,"
                + "4:hex=020000000001ffffffffffff,6:be16=0x8100,5:be16=0x1064,1:nest\\{6:be16=0x0806,13:hex=0a0000010a00000200010200000000010000000000000000\\}')");
        NetlinkMessage tun = flowWith(all, "OVS_FLOW_CMD_GET", "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_TUNNEL");
        String t = "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_TUNNEL.";
        assertEquals("42", text(tun, t + "OVS_TUNNEL_KEY_ATTR_ID"));
        assertEquals("192.0.2.1", text(tun, t + "OVS_TUNNEL_KEY_ATTR_IPV4_SRC"));
        assertEquals("192.0.2.2", text(tun, t + "OVS_TUNNEL_KEY_ATTR_IPV4_DST"));
        assertEquals("64", text(tun, t + "OVS_TUNNEL_KEY_ATTR_TTL"));
        assertEquals("4789", text(tun, t + "OVS_TUNNEL_KEY_ATTR_TP_DST"));
        assertEquals("ETH_P_8021Q (33024)", text(tun, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals(String.valueOf(0x1064), text(tun, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_VLAN"));
        assertEquals("ETH_P_ARP (2054)", text(tun, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("10.0.0.2", text(tun, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_ARP.arp_tip"));
        assertEquals("1", text(tun, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_ARP.arp_op"));
        assertEquals("65535", text(tun, "OVS_FLOW_ATTR_MASK.OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("true (1)", text(tun, a + "OVS_ACTION_ATTR_POP_VLAN"));
        assertEquals("42", text(tun, a + "OVS_ACTION_ATTR_SET.OVS_KEY_ATTR_TUNNEL.OVS_TUNNEL_KEY_ATTR_ID"));
        assertEquals("4789", text(tun, a + "OVS_ACTION_ATTR_SET.OVS_KEY_ATTR_TUNNEL.OVS_TUNNEL_KEY_ATTR_TP_DST"));
        // push_mpls 0006414088470000: label 100, bottom of stack, TTL 64
        assertEquals(String.valueOf(100 << 12 | 0x100 | 64), text(tun, a + "OVS_ACTION_ATTR_PUSH_MPLS.mpls_lse"));
        assertEquals("ETH_P_MPLS_UC (34887)", text(tun, a + "OVS_ACTION_ATTR_PUSH_MPLS.mpls_ethertype"));
        assertEquals("ETH_P_ARP (2054)", text(tun, a + "OVS_ACTION_ATTR_POP_MPLS"));
        assertEquals("02:00:00:00:00:02", text(tun, a + "OVS_ACTION_ATTR_PUSH_ETH.addresses_eth_dst"));
    }

    /** New, changed and deleted flows go to group ovs_flow; the flush of the last flow notifies nothing. */
    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void flowChangesAreNotifiedToTheFlowGroup(String kernel) throws Exception {
        List<NetlinkMessage> notified = all(kernel).stream().filter(m -> m.typeName().equals("ovs_flow") && m.group().isPresent()).toList();
        assertEquals(List.of("OVS_FLOW_CMD_NEW", "OVS_FLOW_CMD_NEW", "OVS_FLOW_CMD_NEW", "OVS_FLOW_CMD_SET", "OVS_FLOW_CMD_DEL", "OVS_FLOW_CMD_DEL"),
                notified.stream().map(NetlinkMessage::operation).toList());
        for (NetlinkMessage m : notified) assertEquals("ovs_flow", m.group().get());
        // the deleted TCP flow's last statistics
        NetlinkMessage del = notified.get(4);
        assertEquals("80", text(del, "OVS_FLOW_ATTR_KEY.OVS_KEY_ATTR_TCP.tcp_dst"));
        assertTrue(del.field("OVS_FLOW_ATTR_STATS").isPresent() || del.field("OVS_FLOW_ATTR_ACTIONS").isPresent());
        assertEquals("00112233445566778899aabbccddeeff", text(notified.get(5), "OVS_FLOW_ATTR_UFID"));
        // nothing on ovs_meter's and ovs_ct_limit's groups: those families answer only the requester
        assertTrue(all(kernel).stream().noneMatch(m -> (m.typeName().equals("ovs_meter") || m.typeName().equals("ovs_ct_limit")) && m.group().isPresent()));
    }

    /** Upcalls: the SYN through flow 1's userspace action, the UDP datagram no flow matched, the executed packet. */
    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void upcallsCarryTheKeyTheUserdataAndThePacket(String kernel) throws Exception {
        List<NetlinkMessage> all = all(kernel);
        List<NetlinkMessage> actions = fromKernel(all, "ovs_packet", "OVS_PACKET_CMD_ACTION");
        NetlinkMessage syn = actions.stream().filter(m -> "cafe0001".equals(text(m, "OVS_PACKET_ATTR_USERDATA"))).findFirst().orElseThrow();
        String k = "OVS_PACKET_ATTR_KEY.";
        assertEquals("1", text(syn, k + "OVS_KEY_ATTR_IN_PORT"));
        assertEquals("7", text(syn, k + "OVS_KEY_ATTR_CT_ZONE"));
        assertEquals("42", text(syn, k + "OVS_KEY_ATTR_CT_MARK"));
        assertEquals("42", text(syn, k + "OVS_KEY_ATTR_SKB_MARK"));
        String ct = text(syn, k + "OVS_KEY_ATTR_CT_STATE");
        assertTrue(ct.contains("OVS_CS_F_NEW") && ct.contains("OVS_CS_F_TRACKED") && ct.contains("OVS_CS_F_SRC_NAT"), ct);
        assertEquals("10.0.0.1", text(syn, k + "OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4.ipv4_src"));
        assertEquals("40000", text(syn, k + "OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4.src_port"));
        assertEquals("80", text(syn, k + "OVS_KEY_ATTR_CT_ORIG_TUPLE_IPV4.dst_port"));
        // after push_vlan the key is the tagged frame's: the IPv4 header inside OVS_KEY_ATTR_ENCAP, as NAT and
        // set_masked left it; conntrack -L shows the same translated source as the reply direction's destination
        assertEquals("ETH_P_8021Q (33024)", text(syn, k + "OVS_KEY_ATTR_ETHERTYPE"));
        assertEquals("02:00:00:00:00:99", text(syn, k + "OVS_KEY_ATTR_ETHERNET.eth_dst"));
        Matcher nat = Pattern.compile("dport=80 \\[UNREPLIED\\] src=10\\.0\\.0\\.2 dst=(\\S+) sport=80 dport=(\\d+) mark=42 zone=7")
                .matcher(Files.readString(file(kernel).resolveSibling("genl-ovs-flow.commands.log")));
        assertTrue(nat.find(), "conntrack -L -w 7 in the log");
        assertEquals(nat.group(1), text(syn, k + "OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_IPV4.ipv4_src"));
        assertEquals(nat.group(2), text(syn, k + "OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_TCP.tcp_src"));
        assertEquals("32", text(syn, k + "OVS_KEY_ATTR_ENCAP.OVS_KEY_ATTR_IPV4.ipv4_ttl"));

        NetlinkMessage miss = fromKernel(all, "ovs_packet", "OVS_PACKET_CMD_MISS").stream()
                .filter(m -> "53".equals(text(m, k + "OVS_KEY_ATTR_UDP.udp_dst"))).findFirst().orElseThrow();
        assertEquals("1", text(miss, k + "OVS_KEY_ATTR_IN_PORT"));
        assertEquals("10.0.0.2", text(miss, k + "OVS_KEY_ATTR_IPV4.ipv4_dst"));
        assertEquals("IPPROTO_UDP (17)", text(miss, k + "OVS_KEY_ATTR_IPV4.ipv4_proto"));

        String packet = log(kernel, "ovs_packet 3 --ack --hdr \\w+ 1:hex=(\\w+)");
        NetlinkMessage exec = actions.stream().filter(m -> "beef".equals(text(m, "OVS_PACKET_ATTR_USERDATA"))).findFirst().orElseThrow();
        assertEquals(packet, text(exec, "OVS_PACKET_ATTR_PACKET"));
        assertEquals("12345", text(exec, k + "OVS_KEY_ATTR_UDP.udp_src"));
        assertEquals("53", text(exec, k + "OVS_KEY_ATTR_UDP.udp_dst"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void metersAndZoneLimits(String kernel) throws Exception {
        List<NetlinkMessage> all = all(kernel);
        NetlinkMessage features = fromKernel(all, "ovs_meter", "OVS_METER_CMD_FEATURES").get(0);
        assertTrue(Long.parseLong(text(features, "OVS_METER_ATTR_MAX_METERS")) > 0);
        assertEquals("1", text(features, "OVS_METER_ATTR_MAX_BANDS"));
        assertEquals("OVS_METER_BAND_TYPE_DROP (1)", text(features, "OVS_METER_ATTR_BANDS.[0].OVS_BAND_ATTR_TYPE"));
        // ovs_meter 2 ... 1:u32=1 2:flag '4:nest{0:nest{1:u32=1,2:u32=1000,3:u32=100}}': meter 1, read back with its band's counters
        log(kernel, "(ovs_meter 2 --hdr \\w+ 1:u32=1 2:flag '4:nest\\{0:nest\\{1:u32=1,2:u32=1000,3:u32=100\\}\\}')");
        assertEquals("1", text(fromKernel(all, "ovs_meter", "OVS_METER_CMD_SET").get(0), "OVS_METER_ATTR_ID"));
        NetlinkMessage get = fromKernel(all, "ovs_meter", "OVS_METER_CMD_GET").get(0);
        assertEquals("1", text(get, "OVS_METER_ATTR_ID"));
        assertEquals("0", text(get, "OVS_METER_ATTR_STATS.n_packets"));
        assertEquals("0", text(get, "OVS_METER_ATTR_BANDS.[0].OVS_BAND_ATTR_STATS.n_packets"));
        assertEquals("1", text(fromKernel(all, "ovs_meter", "OVS_METER_CMD_DEL").get(0), "OVS_METER_ATTR_ID"));

        // 1:hex=ffffffff0a000000 00000000 07000000 05000000 00000000: the default zone's limit 10, zone 7's 5
        log(kernel, "(ovs_ct_limit 1 --ack --hdr \\w+ 1:hex=ffffffff0a00000000000000070000000500000000000000)");
        List<NetlinkMessage> gets = fromKernel(all, "ovs_ct_limit", "OVS_CT_LIMIT_CMD_GET");
        assertEquals(3, gets.size());
        String z = "OVS_CT_LIMIT_ATTR_ZONE_LIMIT.";
        NetlinkMessage both = gets.get(0);
        assertEquals("-1", text(both, z + "[0].zone_id"));
        assertEquals("10", text(both, z + "[0].limit"));
        assertEquals("7", text(both, z + "[1].zone_id"));
        assertEquals("5", text(both, z + "[1].limit"));
        // zone 7 holds the one connection conntrack -L -w 7 listed
        assertEquals(log(kernel, "\\(conntrack-tools\\): (\\d+) flow entries have been shown"), text(both, z + "[1].count"));
        assertEquals("7", text(gets.get(1), z + "[0].zone_id"));
        assertEquals(null, text(gets.get(1), z + "[1].zone_id"));
        // after OVS_CT_LIMIT_CMD_DEL of zone 7, only the default is left
        assertEquals("-1", text(gets.get(2), z + "[0].zone_id"));
        assertEquals(null, text(gets.get(2), z + "[1].zone_id"));
    }
}
