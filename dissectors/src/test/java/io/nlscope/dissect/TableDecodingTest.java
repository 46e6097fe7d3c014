package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static io.nlscope.dissect.RtnetlinkRouteTest.field;
import static io.nlscope.dissect.RtnetlinkRouteTest.ip;
import static io.nlscope.dissect.RtnetlinkRouteTest.num;
import static io.nlscope.dissect.RtnetlinkRouteTest.value;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table keys beyond plain attributes: struct-attrs (VETH_INFO_PEER), struct-attrs-array
 * (RTA_MULTIPATH), submsg targets that are structs or nothing known (TCA_OPTIONS), uint
 * (RTA_EXPIRES), -nl-dump-header (XFRM_MSG_GETSA) and flag names by generic netlink command.
 */
class TableDecodingTest {
    private static final int RTM_NEWLINK = 16, RTM_NEWROUTE = 24, RTM_NEWQDISC = 36;
    private static final int NETLINK_ROUTE = 0, NETLINK_XFRM = 6, NETLINK_GENERIC = 16;
    private static final int GENL_ID_CTRL = 0x10, CTRL_CMD_NEWFAMILY = 1, CTRL_CMD_GETFAMILY = 3;
    private static final int XFRM_MSG_GETSA = 0x12;

    private final NetlinkDissector d = new NetlinkDissector();

    private NetlinkMessage one(int protocol, byte[] m) {
        return d.dissect(frame(1, protocol, m)).messages().get(0);
    }

    private static List<NetlinkMessage> all(String capture) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(TestData.capture(capture))) out.addAll(f.messages());
        return out;
    }

    // ---- struct-attrs: VETH_INFO_PEER ----

    @Test
    void vethPeerIsIfinfomsgThenAttributes() throws IOException {
        // `ip link add veth0 type veth peer name veth1` (rtnl-changes.commands.log)
        NetlinkMessage veth = all("rtnl-changes.pcap").stream()
                .filter(m -> m.type() == RTM_NEWLINK && m.pid() == 0)
                .filter(m -> m.field("IFLA_IFNAME").map(f -> f.value().equals(new Value.Text("veth0"))).orElse(false))
                .filter(m -> m.field("IFLA_LINKINFO").flatMap(l -> l.child("IFLA_INFO_DATA")).isPresent())
                .findFirst().orElseThrow(() -> new AssertionError("no veth add request"));
        assertFalse(veth.malformed());
        assertEquals(new Value.Text("veth"), value(veth, "IFLA_LINKINFO/IFLA_INFO_KIND"));
        Field peer = field(veth, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER");
        assertEquals("ifinfomsg", peer.children().get(0).name());
        assertEquals(new Value.Named(0, "AF_UNSPEC"), value(veth, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER/ifinfomsg/ifi_family"));
        assertEquals(0, num(value(veth, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER/ifinfomsg/ifi_index")));
        assertEquals(new Value.Text("veth1"), value(veth, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER/IFLA_IFNAME"));
        // the peer's attribute starts after the 16-byte ifinfomsg and its own 4-byte header
        assertEquals(peer.offset() + 4 + 16, field(veth, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER/IFLA_IFNAME").offset());
    }

    @Test
    void vethPeerShorterThanIfinfomsgIsMalformed() {
        byte[] ifinfomsg = new byte[16];
        byte[] linkinfo = cat(attr(1, cstr("veth")), attr(2, attr(1, new byte[8])));   // VETH_INFO_PEER of 8 bytes
        NetlinkMessage m = one(NETLINK_ROUTE, msg(RTM_NEWLINK, 0x605, 1, 0, cat(ifinfomsg, attr(3, cstr("veth0")), attr(18, linkinfo))));
        assertTrue(m.malformed());
        assertInstanceOf(Value.Malformed.class, value(m, "IFLA_LINKINFO/IFLA_INFO_DATA/VETH_INFO_PEER/ifinfomsg"));
        assertEquals(new Value.Text("veth0"), value(m, "IFLA_IFNAME"));
    }

    // ---- struct-attrs-array: RTA_MULTIPATH ----

    private static byte[] rtmsg(int family, int dstLen, int type) {
        // family, dst_len, src_len, tos, table RT_TABLE_MAIN, protocol RTPROT_BOOT, scope universe, type, flags
        return Wire.le().u8(family).u8(dstLen).u8(0).u8(0).u8(254).u8(3).u8(0).u8(type).u32(0).bytes();
    }

    private static byte[] nexthop(int ifindex, byte[] attrs) {
        return Wire.le().u16(8 + attrs.length).u8(0).u8(0).u32(ifindex).raw(attrs).bytes();
    }

    @Test
    void multipathNexthopsAreStructsWithAttributes() throws Exception {
        // as `ip route add 10.0.0.0/24 nexthop via 192.0.2.1 dev <ifindex 3> nexthop via 192.0.2.2 dev <ifindex 4>` sends it
        byte[] mp = cat(nexthop(3, attr(5, new byte[]{(byte) 192, 0, 2, 1})), nexthop(4, attr(5, new byte[]{(byte) 192, 0, 2, 2})));
        byte[] payload = cat(rtmsg(2, 24, 1), attr(1, new byte[]{10, 0, 0, 0}), attr(9, mp));
        NetlinkMessage m = one(NETLINK_ROUTE, msg(RTM_NEWROUTE, 0x605, 7, 0, payload));
        assertFalse(m.malformed(), () -> m.problem().orElse(""));
        assertEquals(ip("10.0.0.0"), value(m, "RTA_DST"));
        assertEquals(2, field(m, "RTA_MULTIPATH").children().size());
        assertEquals(16, num(value(m, "RTA_MULTIPATH/[0]/rtnexthop/rtnh_len")));
        assertEquals(3, num(value(m, "RTA_MULTIPATH/[0]/rtnexthop/rtnh_ifindex")));
        assertEquals(ip("192.0.2.1"), value(m, "RTA_MULTIPATH/[0]/RTA_GATEWAY"));
        assertEquals(4, num(value(m, "RTA_MULTIPATH/[1]/rtnexthop/rtnh_ifindex")));
        assertEquals(ip("192.0.2.2"), value(m, "RTA_MULTIPATH/[1]/RTA_GATEWAY"));
        assertEquals(field(m, "RTA_MULTIPATH").offset() + 4 + 16, field(m, "RTA_MULTIPATH/[1]").offset());
    }

    @Test
    void multipathEntryOverrunningItsParentIsMalformedAfterTheGoodOnes() throws Exception {
        byte[] bad = Wire.le().u16(40).u8(0).u8(0).u32(4).bytes();   // rtnh_len 40, 8 bytes there
        byte[] mp = cat(nexthop(3, attr(5, new byte[]{(byte) 192, 0, 2, 1})), bad);
        NetlinkMessage m = one(NETLINK_ROUTE, msg(RTM_NEWROUTE, 0x605, 7, 0, cat(rtmsg(2, 24, 1), attr(9, mp))));
        assertTrue(m.malformed());
        assertEquals(ip("192.0.2.1"), value(m, "RTA_MULTIPATH/[0]/RTA_GATEWAY"));
        assertTrue(m.problem().orElseThrow().contains("rtnh_len") || m.problem().orElseThrow().contains("rtnexthop length 40"),
                m.problem().orElseThrow());
    }

    // ---- uint: RTA_EXPIRES ----

    @Test
    void expiresIsU32OrU64ByLength() {
        // an IPv6 route request with `expires 300` sends a u32 of seconds
        NetlinkMessage v6 = one(NETLINK_ROUTE, msg(RTM_NEWROUTE, 0x605, 1, 0,
                cat(rtmsg(10, 64, 1), attr(23, Wire.le().u32(300).bytes()))));
        assertFalse(v6.malformed());
        assertEquals(300, num(value(v6, "RTA_EXPIRES")));
        // a multicast (RTNL_FAMILY_IPMR) route reply sends a u64 of clock ticks
        NetlinkMessage mr = one(NETLINK_ROUTE, msg(RTM_NEWROUTE, 0x2, 1, 99,
                cat(rtmsg(128, 32, 1), attr(23, Wire.le().u32(0x1234).u32(1).bytes()))));
        assertFalse(mr.malformed());
        assertEquals(0x1_0000_1234L, num(value(mr, "RTA_EXPIRES")));
        // neither size: malformed
        NetlinkMessage odd = one(NETLINK_ROUTE, msg(RTM_NEWROUTE, 0x2, 1, 99,
                cat(rtmsg(128, 32, 1), attr(23, new byte[6]))));
        assertInstanceOf(Value.Malformed.class, value(odd, "RTA_EXPIRES"));
    }

    // ---- submsg to a struct, a set, or bytes: TCA_OPTIONS ----

    private static byte[] tcmsg(int ifindex) {
        return Wire.le().u8(0).u8(0).u16(0).u32(ifindex).u32(0).u32(0xffffffffL).u32(2).bytes();
    }

    @Test
    void qdiscOptionsByKind() {
        // `tc qdisc show dev eth0` answers: "qdisc pfifo_fast 0: root refcnt 2 bands 3 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1"
        byte[] priomap = {1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        NetlinkMessage pf = one(NETLINK_ROUTE, msg(RTM_NEWQDISC, 0x2, 5, 77,
                cat(tcmsg(2), attr(1, cstr("pfifo_fast")), attr(2, Wire.le().u32(3).raw(priomap).bytes()))));
        assertFalse(pf.malformed(), () -> pf.problem().orElse(""));
        assertEquals(3, num(value(pf, "TCA_OPTIONS/bands")));
        List<Field> bands = assertInstanceOf(Value.Nested.class, value(pf, "TCA_OPTIONS/priomap")).fields();
        assertEquals(16, bands.size());
        for (int i = 0; i < 16; i++) assertEquals(priomap[i], num(bands.get(i).value()), "priority " + i);

        // "qdisc fq_codel 0: root refcnt 2 limit 10240p flows 1024 quantum 1514 target 5ms interval 100ms ..."
        byte[] fq = cat(attr(1, Wire.le().u32(4999).bytes()), attr(2, Wire.le().u32(10240).bytes()),
                attr(3, Wire.le().u32(99999).bytes()), attr(5, Wire.le().u32(1024).bytes()), attr(6, Wire.le().u32(1514).bytes()));
        NetlinkMessage fc = one(NETLINK_ROUTE, msg(RTM_NEWQDISC, 0x2, 5, 77,
                cat(tcmsg(3), attr(1, cstr("fq_codel")), attr(0x8002, fq))));
        assertFalse(fc.malformed(), () -> fc.problem().orElse(""));
        assertEquals(10240, num(value(fc, "TCA_OPTIONS/TCA_FQ_CODEL_LIMIT")));
        assertEquals(1024, num(value(fc, "TCA_OPTIONS/TCA_FQ_CODEL_FLOWS")));
        assertEquals(1514, num(value(fc, "TCA_OPTIONS/TCA_FQ_CODEL_QUANTUM")));
        assertEquals(4999, num(value(fc, "TCA_OPTIONS/TCA_FQ_CODEL_TARGET")));

        // "qdisc noqueue 0: dev lo root refcnt 2": no TCA_OPTIONS at all
        NetlinkMessage nq = one(NETLINK_ROUTE, msg(RTM_NEWQDISC, 0x2, 5, 77, cat(tcmsg(1), attr(1, cstr("noqueue")))));
        assertFalse(nq.malformed());
        assertTrue(nq.field("TCA_OPTIONS").isEmpty());

        // a kind the tables do not list (here a made-up one): its options are bytes, not attr_N guesses
        byte[] opts = attr(1, Wire.le().u32(7).bytes());
        NetlinkMessage unk = one(NETLINK_ROUTE, msg(RTM_NEWQDISC, 0x2, 5, 77, cat(tcmsg(4), attr(1, cstr("nosuchqdisc")), attr(2, opts))));
        assertFalse(unk.malformed());
        assertArrayEquals(opts, assertInstanceOf(Value.Raw.class, value(unk, "TCA_OPTIONS")).bytes());
    }

    // ---- generic netlink flags by command ----

    private static byte[] genl(int cmd, byte[] attrs) { return cat(new byte[]{(byte) cmd, 1, 0, 0}, attrs); }

    @Test
    void genlFlagsNamedByCommandKind() throws IOException {
        // `genl ctrl list`: CTRL_CMD_GETFAMILY with NLM_F_DUMP
        NetlinkMessage dump = all("genl-ctrl.pcap").stream().filter(m -> m.type() == GENL_ID_CTRL && (m.flags() & 0x300) == 0x300)
                .findFirst().orElseThrow();
        assertEquals(List.of("REQUEST", "ROOT", "MATCH"), dump.flagNames());
        assertEquals(MessageKind.GET, dump.kind());
        assertEquals(List.of("REQUEST", "ROOT", "MATCH"),
                ((Value.Flags) value(dump, "nlmsghdr/nlmsg_flags")).names());
        // `genl ctrl get name nlctrl`: a GET without dump flags
        NetlinkMessage get = all("genl-ctrl.pcap").stream().filter(m -> m.type() == GENL_ID_CTRL && m.flags() == 0x5)
                .findFirst().orElseThrow();
        assertEquals(MessageKind.GET, get.kind());

        // hand-built: a GET with ROOT alone (only the GET table names 0x100 ROOT)
        NetlinkMessage root = one(NETLINK_GENERIC, msg(GENL_ID_CTRL, 0x101, 1, 0, genl(CTRL_CMD_GETFAMILY, attr(2, cstr("nlctrl")))));
        assertEquals(List.of("REQUEST", "ROOT"), root.flagNames());
        // a NEW-kind command's 0x400 is CREATE
        NetlinkMessage create = one(NETLINK_GENERIC, msg(GENL_ID_CTRL, 0x401, 2, 0, genl(CTRL_CMD_NEWFAMILY, new byte[0])));
        assertEquals(MessageKind.NEW, create.kind());
        assertEquals(List.of("REQUEST", "CREATE"), ((Value.Flags) value(create, "nlmsghdr/nlmsg_flags")).names());

        // the same command echoed in an error: its header names the flags by the command too
        byte[] request = msg(GENL_ID_CTRL, 0x401, 2, 0, genl(CTRL_CMD_NEWFAMILY, new byte[0]));
        NetlinkMessage err = one(NETLINK_GENERIC, msg(2, 0, 2, 55, cat(Wire.le().u32(-1).bytes(), request)));
        assertEquals(List.of("REQUEST", "CREATE"), ((Value.Flags) value(err, "request/nlmsghdr/nlmsg_flags")).names());
    }

    // ---- -nl-dump-header: XFRM_MSG_GETSA ----

    @Test
    void xfrmGetsaHeaderByDumpFlag() throws Exception {
        // `ip xfrm state list`: GETSA with NLM_F_DUMP, no xfrm_usersa_id, just XFRMA_ADDRESS_FILTER
        NetlinkMessage dump = all("xfrm.pcap").stream().filter(m -> m.type() == XFRM_MSG_GETSA).findFirst().orElseThrow();
        assertFalse(dump.malformed());
        assertEquals(0x301, dump.flags() & 0x301);
        assertTrue(dump.field("xfrm_usersa_id").isEmpty());
        assertEquals(new Value.Named(0, "AF_UNSPEC"), value(dump, "XFRMA_ADDRESS_FILTER/family"));
        assertEquals(ip("0.0.0.0"), value(dump, "XFRMA_ADDRESS_FILTER/saddr_a4"));

        // as `ip xfrm state get src 192.0.2.1 dst 192.0.2.2 proto esp spi 0x1000` sends it: struct xfrm_usersa_id, XFRMA_SRCADDR
        byte[] id = Wire.le().raw(new byte[]{(byte) 192, 0, 2, 2}).zeros(12).raw(new byte[]{0, 0, 0x10, 0}).u16(2).u8(50).u8(0).bytes();
        byte[] src = cat(new byte[]{(byte) 192, 0, 2, 1}, new byte[12]);
        NetlinkMessage get = one(NETLINK_XFRM, msg(XFRM_MSG_GETSA, 0x1, 3, 0, cat(id, attr(13, src))));
        assertFalse(get.malformed(), () -> get.problem().orElse(""));
        assertEquals(ip("192.0.2.2"), value(get, "xfrm_usersa_id/daddr_a4"));
        assertEquals(0x1000, num(value(get, "xfrm_usersa_id/spi")));
        assertEquals(new Value.Named(2, "AF_INET"), value(get, "xfrm_usersa_id/family"));
        assertEquals(50, num(value(get, "xfrm_usersa_id/proto")));
    }

    // ---- every capture: the new keys leave nothing unnamed or malformed ----

    @Test
    void noMalformedAndNoUnnamedUnderTheNewKeys() throws IOException {
        int checked = 0;
        for (Path p : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    assertFalse(m.malformed(), () -> p.getFileName() + " frame " + f.index() + ": " + m.problem().orElse(""));
                    for (Field top : m.fields()) checked += check(top, false, p + " " + m.summary());
                }
            }
        }
        assertTrue(checked > 0, "some VETH_INFO_PEER / RTA_MULTIPATH / TCA_OPTIONS / XFRM dump seen");
    }

    private static int check(Field f, boolean under, String where) {
        boolean here = under || f.name().equals("VETH_INFO_PEER") || f.name().equals("RTA_MULTIPATH") || f.name().equals("TCA_OPTIONS");
        if (here) assertFalse(f.name().startsWith("attr_"), () -> f.name() + " in " + where);
        int n = here && !under ? 1 : 0;
        for (Field c : f.children()) n += check(c, here, where);
        return n;
    }
}
