package io.nlscope.dissect;

import io.nlscope.capture.Frame;
import org.junit.jupiter.api.Test;

import java.nio.ByteOrder;
import java.util.List;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Edge cases of the core dissection, on bytes laid out as the kernel lays them out. */
class NetlinkDissectorTest {
    static final int ROUTE = 0, GENERIC = 16, USERSOCK = 2;
    static final int RTM_NEWLINK = 16, RTM_GETLINK = 18, RTM_NEWROUTE = 24, RTM_DELROUTE = 25;
    static final int NLMSG_ERROR = 2, NLMSG_DONE = 3;

    private final NetlinkDissector d = new NetlinkDissector();

    private static byte[] ifinfomsg() { return new byte[16]; }

    @Test
    void severalMessagesPerFrameAndUnpaddedLastMessage() {
        // like an xfrm flush: the last message is 17 bytes long and not padded
        byte[] m1 = msg(RTM_NEWLINK, 0x2, 7, 99, cat(ifinfomsg(), attr(3, cstr("lo"))));
        byte[] m2 = msg(ByteOrder.LITTLE_ENDIAN, RTM_NEWLINK, 0x2, 7, 99, new byte[]{1}, false);
        DissectedFrame f = d.dissect(frame(1, ROUTE, m1, m2));
        assertEquals(2, f.messages().size());
        NetlinkMessage a = f.messages().get(0), b = f.messages().get(1);
        assertFalse(a.malformed());
        assertFalse(b.malformed());
        assertEquals(16 + m1.length, b.offset());
        assertEquals(17, b.length());
        assertEquals("RTM_NEWLINK", a.typeName());
        assertEquals("ifinfomsg, 1 attribute", a.summary());
        Field ifname = a.field("IFLA_IFNAME").orElseThrow();
        assertEquals(16 + 16 + 16, ifname.offset());
        assertEquals(7, ifname.length());
        assertTrue(f.trailer().isEmpty());
    }

    @Test
    void trailingZerosAfterADumpRequestAreNoMessage() {
        // iproute2 sends its dump request in a larger zero-filled buffer
        byte[] req = msg(RTM_GETLINK, 0x301, 1, 0, new byte[]{0, 0, 0, 0});
        DissectedFrame f = d.dissect(frame(1, ROUTE, req, new byte[128]));
        assertEquals(1, f.messages().size());
        assertEquals(1, f.trailer().size());
        assertEquals(128, f.trailer().get(0).length());
        assertEquals(List.of("REQUEST", "ROOT", "MATCH"), f.messages().get(0).flagNames());
    }

    @Test
    void lengthSmallerThanHeaderIsMalformedAndTheNextFrameStillDecodes() {
        byte[] good = msg(RTM_NEWLINK, 0x2, 1, 5, ifinfomsg());
        byte[] bad = Wire.le().u32(8).u16(RTM_NEWLINK).u16(0).u32(2).u32(5).bytes();
        DissectedFrame f = d.dissect(frame(1, ROUTE, good, bad));
        assertEquals(2, f.messages().size());
        assertFalse(f.messages().get(0).malformed());
        NetlinkMessage m = f.messages().get(1);
        assertTrue(m.malformed());
        assertTrue(m.problem().orElseThrow().contains("nlmsg_len 8 is smaller than the 16-byte header"), m.problem().orElseThrow());
        assertEquals(2, m.seq(), "the header values are kept");
        assertEquals(16 + good.length, m.offset());
        DissectedFrame next = d.dissect(frame(2, ROUTE, good));
        assertFalse(next.messages().get(0).malformed());
    }

    @Test
    void lengthPastTheFrameIsMalformedWithItsHeaderKept() {
        byte[] m = Wire.le().u32(400).u16(RTM_NEWROUTE).u16(0x605).u32(42).u32(0).zeros(20).bytes();
        NetlinkMessage msg = d.dissect(frame(1, ROUTE, m)).messages().get(0);
        assertTrue(msg.malformed());
        assertEquals("RTM_NEWROUTE", msg.typeName());
        assertEquals(42, msg.seq());
        assertTrue(msg.problem().orElseThrow().contains("nlmsg_len 400 runs past the end of the frame (36 bytes left)"));
        Field rest = msg.fields().get(1);
        assertInstanceOf(Value.Malformed.class, rest.value());
        assertEquals(20, ((Value.Malformed) rest.value()).bytes().length, "no byte is lost");
    }

    @Test
    void attributeOverrunningItsParentIsMarkedAndTheNextMessageDecodes() {
        // generic netlink: genlmsghdr, one good attribute, then one claiming 200 bytes
        byte[] payload = cat(new byte[]{3, 1, 0, 0}, attr(2, cstr("nlctrl")), Wire.le().u16(200).u16(1).u32(0).bytes());
        byte[] first = msg(GENERIC, 0x1, 3, 0, payload);
        byte[] second = msg(GENERIC, 0x1, 4, 0, cat(new byte[]{3, 1, 0, 0}, attr(2, cstr("ethtool"))));
        DissectedFrame f = d.dissect(frame(1, GENERIC, first, second));
        // nlctrl's attributes are known: the good one stays decoded, the overrun is a malformed node
        NetlinkMessage a = f.messages().get(0);
        assertTrue(a.malformed());
        assertEquals("\"nlctrl\"", a.field("CTRL_ATTR_FAMILY_NAME").orElseThrow().value().display());
        assertEquals("nlctrl", f.messages().get(1).typeName());
        assertFalse(f.messages().get(1).malformed());
        assertEquals(2, f.messages().get(1).fields().size() - 1, "genlmsghdr + CTRL_ATTR_FAMILY_NAME");
    }

    @Test
    void nestedAttributeOverrunIsAMalformedNodeAtItsOffset() {
        // an extended ACK whose POLICY nest holds a good attribute and then an overrun
        byte[] policy = cat(attr(1, le32(4)), Wire.le().u16(40).u16(6).u32(1).bytes());
        byte[] ext = cat(attr(1, cstr("bad value")), attr(0x8004, policy));
        byte[] err = cat(le32(-22), msg(RTM_NEWLINK, 0x605, 9, 0, new byte[0]), ext);
        NetlinkMessage m = d.dissect(frame(1, ROUTE, msg(NLMSG_ERROR, 0x300, 9, 77, err))).messages().get(0);
        assertTrue(m.malformed());
        Field ea = m.field("ext_ack").orElseThrow();
        assertEquals("bad value", ((Value.Text) ea.child("NLMSGERR_ATTR_MSG").orElseThrow().value()).text());
        Field pol = ea.child("NLMSGERR_ATTR_POLICY").orElseThrow();
        assertEquals(new Value.Named(4, "NL_ATTR_TYPE_U32"), pol.child("NL_POLICY_TYPE_ATTR_TYPE").orElseThrow().value());
        Field bad = pol.child("malformed").orElseThrow();
        assertTrue(((Value.Malformed) bad.value()).reason().contains("nla_len 40 runs past the end of its parent (8 bytes left)"));
        int policyStart = 16 + 16 + 4 + 16 + 16 + 4;   // cooked, nlmsghdr, error, echoed hdr, MSG attr (4+10 padded), nest hdr
        assertEquals(policyStart + 8, bad.offset());
        assertEquals("error EINVAL \"Invalid argument\" for RTM_NEWLINK seq=9: bad value", m.summary());
    }

    @Test
    void ackIsCappedAndErrorEchoesTheRequestWithExtendedAck() {
        byte[] ack = msg(NLMSG_ERROR, 0x100, 5, 1234, cat(le32(0), msg(RTM_NEWROUTE, 0x605, 5, 0, new byte[0])));
        NetlinkMessage a = d.dissect(frame(1, ROUTE, ack)).messages().get(0);
        assertEquals(new Value.Named(0, "ACK"), a.field("error").orElseThrow().value());
        assertEquals(List.of("CAPPED"), a.flagNames());
        assertEquals("ACK RTM_NEWROUTE seq=5", a.summary());
        assertEquals(MessageKind.ACK, a.kind());

        byte[] request = msg(RTM_NEWROUTE, 0x605, 6, 0, cat(new byte[12], attr(1, new byte[]{(byte) 198, 51, 100, 0})));
        byte[] ext = cat(attr(1, cstr("Nexthop has invalid gateway")), attr(2, le32(28)));
        byte[] err = msg(NLMSG_ERROR, 0x200, 6, 1234, cat(le32(-22), request, ext));
        NetlinkMessage e = d.dissect(frame(2, ROUTE, err)).messages().get(0);
        assertFalse(e.malformed());
        assertEquals(List.of("ACK_TLVS"), e.flagNames());
        assertEquals(new Value.Named(-22, "EINVAL"), e.field("error").orElseThrow().value());
        Field req = e.field("request").orElseThrow();
        Field hdr = req.child("nlmsghdr").orElseThrow();
        assertEquals(new Value.Flags(0x605, List.of("REQUEST", "ACK", "EXCL", "CREATE")), hdr.child("nlmsg_flags").orElseThrow().value());
        assertTrue(req.child("rtmsg").isPresent(), "the echoed request is decoded as the protocol's own message");
        assertTrue(req.child("RTA_DST").isPresent());
        Field ea = e.field("ext_ack").orElseThrow();
        assertEquals(Value.Num.of(28), ea.child("NLMSGERR_ATTR_OFFS").orElseThrow().value());
        assertTrue(e.summary().endsWith("for RTM_NEWROUTE seq=6: Nexthop has invalid gateway (at RTA_DST)"), e.summary());
    }

    @Test
    void extendedAckOffsetIsResolvedToTheAttributePathInTheEchoedRequest() {
        // `ip link add vx0 type vxlan id 99999999 ...`: the kernel rejects IFLA_VXLAN_ID inside
        // IFLA_LINKINFO > IFLA_INFO_DATA and points at it with NLMSGERR_ATTR_OFFS
        byte[] vxlanId = attr(1, le32(99999999));                     // IFLA_VXLAN_ID
        byte[] linkinfo = attr(18, cat(attr(1, cstr("vxlan")), attr(2, vxlanId)));   // IFLA_LINKINFO { KIND, DATA { ID } }
        byte[] request = msg(RTM_NEWLINK, 0x605, 11, 0, cat(ifinfomsg(), attr(3, cstr("vx0")), linkinfo));
        int offs = 16 + 16 + 8 + 4 + 12 + 4;   // nlmsghdr, ifinfomsg, IFLA_IFNAME, LINKINFO hdr, KIND, DATA hdr
        byte[] ext = cat(attr(1, cstr("VXLAN ID must be lower than 16777216")), attr(2, le32(offs)));
        NetlinkMessage m = d.dissect(frame(1, ROUTE, msg(NLMSG_ERROR, 0x200, 11, 300, cat(le32(-34), request, ext)))).messages().get(0);
        Field path = m.field("ext_ack").orElseThrow().child("NLMSGERR_ATTR_OFFS_PATH").orElseThrow();
        assertEquals(new Value.Text("IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VXLAN_ID"), path.value());
        assertEquals(16 + 16 + 4 + offs, path.offset(), "the path field covers the attribute in the echoed request");
        assertEquals(8, path.length());
        assertTrue(m.summary().endsWith(": VXLAN ID must be lower than 16777216 (at IFLA_LINKINFO > IFLA_INFO_DATA > IFLA_VXLAN_ID)"), m.summary());
    }

    @Test
    void aStructValueLongerThanItsStructKeepsTheExtraBytes() {
        // RTA_CACHEINFO (struct rta_cacheinfo, 32 bytes) as a newer kernel might send it, 4 bytes longer
        byte[] cacheinfo = new byte[36];
        cacheinfo[32] = 0x7f;
        byte[] route = msg(RTM_NEWROUTE, 0x2, 1, 9, cat(new byte[12], attr(12, cacheinfo)));
        NetlinkMessage m = d.dissect(frame(1, ROUTE, route)).messages().get(0);
        assertFalse(m.malformed());
        Field ci = m.field("RTA_CACHEINFO").orElseThrow();
        assertEquals(9, ci.children().size(), "8 members of rta_cacheinfo + the extra bytes");
        Field extra = ci.child("extra_bytes").orElseThrow();
        assertEquals(4, extra.length());
        assertEquals(0x7f, ((Value.Raw) extra.value()).bytes()[0]);
    }

    @Test
    void doneCarriesItsErrorAndExtendedAck() {
        byte[] done = msg(NLMSG_DONE, 0x202, 8, 99, cat(le32(-4), attr(1, cstr("dump interrupted"))));
        NetlinkMessage m = d.dissect(frame(1, ROUTE, done)).messages().get(0);
        assertFalse(m.malformed());
        assertEquals(List.of("MULTI", "ACK_TLVS"), m.flagNames());
        assertEquals(new Value.Named(-4, "EINTR"), m.field("error").orElseThrow().value());
        assertEquals("end of dump, error EINTR \"Interrupted system call\": dump interrupted", m.summary());
        NetlinkMessage plain = d.dissect(frame(2, ROUTE, msg(NLMSG_DONE, 0x2, 8, 99, le32(0)))).messages().get(0);
        assertEquals("end of dump", plain.summary());
    }

    @Test
    void flagsAreNamedByWhatTheMessageIs() {
        assertEquals(List.of("REQUEST", "ACK", "EXCL", "CREATE"), NlFlags.names(0x605, MessageKind.NEW));
        assertEquals(List.of("REQUEST", "ROOT", "MATCH"), NlFlags.names(0x301, MessageKind.GET));
        assertEquals(List.of("REQUEST", "ACK", "NONREC"), NlFlags.names(0x105, MessageKind.DELETE));
        assertEquals(List.of("CAPPED", "ACK_TLVS"), NlFlags.names(0x300, MessageKind.ACK));
        assertEquals(List.of("REQUEST", "ROOT", "MATCH"), NlFlags.names(0x301, MessageKind.OTHER), "a dump request is a GET");
        assertEquals(List.of("REQUEST", "0x100"), NlFlags.names(0x101, MessageKind.OTHER), "no guessing between meanings");
        NetlinkMessage del = d.dissect(frame(1, ROUTE, msg(RTM_DELROUTE, 0x105, 1, 0, new byte[12]))).messages().get(0);
        assertEquals(MessageKind.DELETE, del.kind());
        assertEquals(List.of("REQUEST", "ACK", "NONREC"), del.flagNames());
    }

    @Test
    void customProtocolTextPayloadIsShownAsText() {
        // the tutorials' modules send plain strings
        NetlinkMessage m = d.dissect(frame(1, USERSOCK, msg(0x11, 0, 0, 100, cstr("hello netlink!!")))).messages().get(0);
        assertEquals("usersock", m.protocolName());
        assertEquals("\"hello netlink!!\"", m.summary());
        assertEquals(Direction.FROM_KERNEL, m.direction());
        assertTrue(m.directionInferred());
        assertTrue(m.field("payload").orElseThrow().value().display().endsWith("\"hello netlink!!\""));
    }

    @Test
    void framesTooShortForTheCookedHeaderBecomeMalformedMessages() {
        Frame tiny = new Frame(1, 0, 3, 253, 0, io.nlscope.capture.Direction.UNKNOWN, new byte[]{0, 4, 3});
        DissectedFrame f = d.dissect(tiny);
        assertEquals(1, f.messages().size());
        assertTrue(f.messages().get(0).malformed());
        byte[] junk = {1, 2, 3, 4, 5, 6, 7};
        NetlinkMessage m = d.dissect(frame(2, ROUTE, junk)).messages().get(0);
        assertTrue(m.problem().orElseThrow().contains("7 bytes after the last message are too few"));
    }

    @Test
    void everyProtocolNumberHasANameOrANumber() {
        assertEquals("NETLINK_ROUTE", ProtocolRegistry.kernelName(0));
        assertEquals("NETLINK_GENERIC", ProtocolRegistry.kernelName(16));
        assertEquals("NETLINK_SMC", ProtocolRegistry.kernelName(22));
        assertEquals("protocol 17", ProtocolRegistry.kernelName(17));
        ProtocolRegistry r = ProtocolRegistry.standard();
        for (int p = 0; p < 32; p++) assertEquals(p, r.get(p).protocol());
        assertEquals("crypto", r.get(21).name());
        assertEquals("proto30", ProtocolRegistry.tablesOnly().get(30).name());
    }

    static byte[] le32(int v) { return Wire.le().u32(v).bytes(); }
}
