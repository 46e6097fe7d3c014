package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open vSwitch's ovs_datapath and ovs_vport families on 7.2.13 (testdata/kernels/7.2/genl-ovs.pcap,
 * scenarios-genl-ovs.txt): every message's struct ovs_header after genlmsghdr (the family's -nl-fixed-header), then
 * its attributes, against what ip -j link and the scenario printed.
 */
class GenlOvsTest {
    private static final Path FILE = TestData.root().resolve("testdata/kernels/7.2/genl-ovs.pcap");

    private static List<NetlinkMessage> ovs() throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(FILE))
            for (NetlinkMessage m : f.messages()) {
                assertFalse(m.malformed(), String.valueOf(m.problem()));
                FamilyAssertions.noUnnamed(m.fields(), "frame " + m.frame());
                if (m.typeName().startsWith("ovs_")) out.add(m);
            }
        return out;
    }

    private static String text(NetlinkMessage m, String path) { return FamilyAssertions.display(m, path); }

    private static String log(String regex) throws Exception {
        Matcher m = Pattern.compile(regex).matcher(Files.readString(FILE.resolveSibling("genl-ovs.commands.log")));
        assertTrue(m.find(), regex);
        return m.group(1);
    }

    @Test
    void everyMessageHasItsOvsHeaderThenAttributes() throws Exception {
        List<NetlinkMessage> all = ovs();
        assertTrue(all.size() >= 15, "ovs messages: " + all.size());
        for (NetlinkMessage m : all) {
            Field h = m.field("ovs_header").orElseThrow(() -> new AssertionError("no ovs_header in frame " + m.frame()));
            assertEquals(m.offset() + 16 + 4, h.offset(), "right after nlmsghdr and genlmsghdr");
            assertEquals(4, h.length());
        }
    }

    @Test
    void theDatapathAndItsPortAsTheKernelDescribesThem() throws Exception {
        List<NetlinkMessage> all = ovs();
        String dp = log("ovs0 ifindex (\\d+),");
        assertEquals(dp, log("\\[\\{\"ifindex\":(\\d+),\"ifname\":\"ovs0\""));
        NetlinkMessage get = all.stream().filter(m -> m.operation().equals("OVS_DP_CMD_GET") && m.direction() == Direction.FROM_KERNEL)
                .findFirst().orElseThrow();
        assertEquals("\"ovs0\"", text(get, "OVS_DP_ATTR_NAME"));
        assertEquals(dp, text(get, "ovs_header.dp_ifindex"));
        assertEquals("0", text(get, "OVS_DP_ATTR_STATS.n_flows"));
        // OVS_DP_CMD_SET with user features 1: the kernel's notification says OVS_DP_F_UNALIGNED
        NetlinkMessage set = all.stream().filter(m -> m.operation().equals("OVS_DP_CMD_SET") && m.direction() == Direction.FROM_KERNEL)
                .findFirst().orElseThrow();
        assertTrue(text(set, "OVS_DP_ATTR_USER_FEATURES").contains("OVS_DP_F_UNALIGNED"), text(set, "OVS_DP_ATTR_USER_FEATURES"));
        assertEquals("ovs_datapath", set.group().orElseThrow());
        // the dump of ports: the datapath's own internal port (number 0, ovs0) and ovsp0, with ip -j link's ifindex
        String port = log("\\[\\{\"ifindex\":(\\d+),\"ifname\":\"ovsp0\"");
        List<NetlinkMessage> ports = all.stream().filter(m -> m.operation().equals("OVS_VPORT_CMD_GET") && m.direction() == Direction.FROM_KERNEL).toList();
        assertEquals(List.of("\"ovs0\"", "\"ovsp0\""), ports.stream().map(m -> text(m, "OVS_VPORT_ATTR_NAME")).toList());
        assertEquals(List.of(dp, port), ports.stream().map(m -> text(m, "OVS_VPORT_ATTR_IFINDEX")).toList());
        assertEquals(List.of("0", "1"), ports.stream().map(m -> text(m, "OVS_VPORT_ATTR_PORT_NO")).toList());
        for (NetlinkMessage p : ports) assertEquals("OVS_VPORT_TYPE_INTERNAL (2)", text(p, "OVS_VPORT_ATTR_TYPE"));
        // and the group notifications, in the scenario's order: datapath new and set, port new and del, datapath del
        assertEquals(List.of("OVS_DP_CMD_NEW", "OVS_DP_CMD_SET", "OVS_VPORT_CMD_NEW", "OVS_VPORT_CMD_DEL", "OVS_DP_CMD_DEL"),
                all.stream().filter(m -> m.group().isPresent()).map(NetlinkMessage::operation).distinct().toList());
    }
}
