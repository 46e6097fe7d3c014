package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.nlscope.dissect.FamilyAssertions.decodeClean;
import static io.nlscope.dissect.FamilyAssertions.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Members of the 7.2 headers the specs' enums did not name before issue 15's gap list (scripts/uapi-check.py
 * --missing): decoded from a 7.2 kernel's bytes where a guest can make it send them
 * (testdata/kernels/7.2/gaps-*.pcap, testdata/kernels/scenarios-gaps.txt), from bytes laid out as the header's
 * structs where no Debian kernel in the harness can (no devlink port, no iproute2 that sends XFRM_MSG_MIGRATE_STATE).
 */
class HeaderGapsTest {
    private static final Path POLICY = TestData.root().resolve("testdata/kernels/7.2/gaps-policy-uint.pcap");

    @Test
    void netdevsQstatsScopeIsAUintInThePolicyA72KernelSends() throws Exception {
        // python3 genlq.py nlctrl 10 --dump 2:strz=netdev 10:u32=12: the policy of NETDEV_CMD_QSTATS_GET, whose
        // NETDEV_A_QSTATS_SCOPE (4) is a uint with the scope bits as mask (netdev.yaml: "type: uint", enum-as-flags
        // over qstats-scope, whose only value is queue, 1); NETDEV_A_QSTATS_IFINDEX (1) a u32 from 1
        assertTrue(Files.readString(POLICY.resolveSibling("gaps-policy-uint.commands.log")).contains("genlq.py nlctrl 10 --dump 2:strz=netdev 10:u32=12"));
        List<Field> entries = new ArrayList<>();
        int messages = 0;
        for (DissectedFrame f : TestData.dissectAll(POLICY))
            for (NetlinkMessage m : f.messages()) {
                messages++;
                assertFalse(m.malformed(), String.valueOf(m.problem()));
                FamilyAssertions.noUnnamed(m.fields(), "frame " + m.frame());
                if (m.direction() == Direction.FROM_KERNEL && m.operation().equals("CTRL_CMD_GETPOLICY"))
                    m.field("CTRL_ATTR_POLICY").ifPresent(p -> entries.addAll(p.children()));
            }
        assertEquals(7, messages, "GETFAMILY and its reply, GETPOLICY and its dump of three and NLMSG_DONE");
        assertEquals(2, entries.size(), "the two attributes of policy [0]");
        Field scope = FamilyAssertions.at(entries.get(1), "[4]").orElseThrow(() -> new AssertionError(entries.get(1).children()));
        assertEquals("NL_ATTR_TYPE_UINT (17)", display(scope, "NL_POLICY_TYPE_ATTR_TYPE"));
        assertEquals("1", display(scope, "NL_POLICY_TYPE_ATTR_MASK"));
        Field ifindex = FamilyAssertions.at(entries.get(0), "[1]").orElseThrow();
        assertEquals("NL_ATTR_TYPE_U32 (4)", display(ifindex, "NL_POLICY_TYPE_ATTR_TYPE"));
        assertEquals("1", display(ifindex, "NL_POLICY_TYPE_ATTR_MIN_VALUE_U"));
    }

    private static String display(Field root, String path) {
        return FamilyAssertions.at(root, path).map(f -> f.value().display()).orElse(null);
    }

    @Test
    void aDevlinkPortsHandleIsReadWithDevlinksOwnAttributes() {
        // RTM_NEWLINK of a netdevsim port (bytes as rtnl_fill_devlink_port lays them out: devlink's handle, the
        // DEVLINK_ATTR_* of linux/devlink.h); IFLA_DEVLINK_PORT's nest is genetlink_devlink.devlink_attr, so
        // every devlink attribute has its name and type there, not only the three of the handle
        byte[] ifinfomsg = Wire.le().u8(0).u8(0).u16(1).u32(3).u32(0x1003).u32(0).bytes();
        byte[] port = Wire.cat(Wire.attr(1, Wire.cstr("netdevsim")), Wire.attr(2, Wire.cstr("netdevsim1")),
                Wire.attr(3, Wire.le().u32(0).bytes()), Wire.attr(77, Wire.le().u16(0).bytes()));
        byte[] payload = Wire.cat(ifinfomsg, Wire.attr(3, Wire.cstr("eni1np1")), Wire.attr(0x8000 | 62, port));
        NetlinkMessage m = decodeClean(0, 16, 0, 1, payload);
        assertEquals("\"netdevsim\"", FamilyAssertions.display(m, "IFLA_DEVLINK_PORT.DEVLINK_ATTR_BUS_NAME"));
        assertEquals("\"netdevsim1\"", FamilyAssertions.display(m, "IFLA_DEVLINK_PORT.DEVLINK_ATTR_DEV_NAME"));
        assertEquals("0", FamilyAssertions.display(m, "IFLA_DEVLINK_PORT.DEVLINK_ATTR_PORT_INDEX"));
        assertEquals("DEVLINK_PORT_FLAVOUR_PHYSICAL (0)", FamilyAssertions.display(m, "IFLA_DEVLINK_PORT.DEVLINK_ATTR_PORT_FLAVOUR"));
    }

    @Test
    void xfrmMigrateStateCarriesStructXfrmUserMigrateState() {
        // XFRM_MSG_MIGRATE_STATE (0x29, 7.2), laid out as linux/xfrm.h's struct xfrm_user_migrate_state (132 bytes:
        // xfrm_usersa_id, the new addresses, old_mark, the new selector, new_reqid, flags, new_family), then XFRMA_*
        Wire w = new Wire(ByteOrder.LITTLE_ENDIAN);
        w.raw(new byte[] {(byte) 192, 0, 2, 2}).zeros(12).raw(new byte[] {0, 0, 0x10, 0}).u16(2).u8(50).zeros(1);   // id: dst, spi 0x1000 (big-endian), AF_INET, ESP
        w.raw(new byte[] {(byte) 198, 51, 100, 2}).zeros(12).raw(new byte[] {(byte) 198, 51, 100, 1}).zeros(12);       // new_daddr, new_saddr
        w.u32(7).u32(0xffffffffL);                                                                                   // old_mark
        w.zeros(32).u16(0).u16(0).u16(0).u16(0).u16(2).u8(32).u8(32).u8(0).zeros(3).u32(0).u32(0);                      // new_sel
        w.u32(42).u32(1).u16(2).u16(0);                                                                               // new_reqid, flags, new_family
        assertEquals(132, w.size());
        byte[] payload = Wire.cat(w.bytes(), Wire.attr(21, Wire.le().u32(9).u32(0xff).bytes()));                        // XFRMA_MARK
        NetlinkMessage m = decodeClean(6, 0x29, 0x5, 1, payload);
        assertEquals("XFRM_MSG_MIGRATE_STATE", m.typeName());
        assertEquals("4096", FamilyAssertions.display(m, "xfrm_user_migrate_state.id_spi"));
        assertEquals("IPPROTO_ESP (50)", FamilyAssertions.display(m, "xfrm_user_migrate_state.id_proto"));
        assertEquals("192.0.2.2", FamilyAssertions.display(m, "xfrm_user_migrate_state.id_daddr_a4"));
        assertEquals("198.51.100.2", FamilyAssertions.display(m, "xfrm_user_migrate_state.new_daddr_a4"));
        assertEquals("198.51.100.1", FamilyAssertions.display(m, "xfrm_user_migrate_state.new_saddr_a4"));
        assertEquals("7", FamilyAssertions.display(m, "xfrm_user_migrate_state.old_mark_v"));
        assertEquals("32", FamilyAssertions.display(m, "xfrm_user_migrate_state.new_sel_prefixlen_d"));
        assertEquals("42", FamilyAssertions.display(m, "xfrm_user_migrate_state.new_reqid"));
        assertTrue(FamilyAssertions.display(m, "xfrm_user_migrate_state.flags").contains("XFRM_MIGRATE_STATE_CLEAR_OFFLOAD"));
        assertEquals("AF_INET (2)", FamilyAssertions.display(m, "xfrm_user_migrate_state.new_family"));
        assertEquals("9", FamilyAssertions.display(m, "XFRMA_MARK.v"));
    }
}
