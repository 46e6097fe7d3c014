package io.nlscope.dissect;

import io.nlscope.capture.Frame;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hostile corpus of issue 16 for the dissection, each case with what it decodes to: lengths that lie (nlmsg_len
 * 0, 15 and 0xffffffff; nla_len 0, 3 and longer than its parent), nesting 10,000 deep on every recursive path, a
 * 64 KiB message of 16k zero-length attributes, and strings with every control byte and invalid UTF-8. Every frame
 * is also accounted for byte by byte ({@link ByteAccounting}) and its depths agree.
 */
class HostileInputTest {
    private static final int RTM_NEWLINK = 16, IFLA_IFNAME = 3, IFLA_LINKINFO = 18, IFLA_INFO_KIND = 1, NLMSG_ERROR = 2;
    private static final int NLM_F_REQUEST = 1, NLM_F_ACK = 4, NLM_F_CAPPED = 0x100, NLM_F_ACK_TLVS = 0x200;

    /** struct ifinfomsg of ifindex {@code index}. */
    private static byte[] ifinfomsg(int index) {
        return Wire.le().u8(0).u8(0).u16(1).u32(index).u32(0).u32(0).bytes();
    }

    private static byte[] newlink(byte[]... attrs) {
        return Wire.msg(RTM_NEWLINK, NLM_F_REQUEST | NLM_F_ACK, 7, 0, Wire.cat(ifinfomsg(2), Wire.cat(attrs)));
    }

    /** The frame decoded at every depth, accounted for at each, the depths agreeing; the FULL decoding. */
    private static DissectedFrame decode(Frame f) {
        DissectedFrame full = new NetlinkDissector().withByteOrder(true).dissect(f);
        DissectedFrame summary = new NetlinkDissector().withByteOrder(true).withDepth(Depth.SUMMARY).dissect(f);
        DissectedFrame headers = new NetlinkDissector().withByteOrder(true).withDepth(Depth.HEADERS).dissect(f);
        for (DissectedFrame d : List.of(full, summary, headers)) assertEquals(List.of(), ByteAccounting.check(d));
        assertEquals(List.of(), FuzzFrames.disagreements(full, summary, headers));
        return full;
    }

    private static byte[] withLength(byte[] msg, long len) {
        ByteBuffer.wrap(msg).order(ByteOrder.LITTLE_ENDIAN).putInt(0, (int) len);
        return msg;
    }

    // ---- nlmsg_len ----

    /** nlmsg_len 0 after a good message: the good one stays decoded, the rest of the frame is one malformed message with the header's values. */
    @Test
    void nlmsgLenZeroEndsTheFramingWithAMalformedMessage() {
        DissectedFrame f = decode(Wire.frame(1, 0, newlink(Wire.attr(IFLA_IFNAME, Wire.cstr("lo"))),
                withLength(newlink(Wire.attr(IFLA_IFNAME, Wire.cstr("eth0"))), 0)));
        assertEquals(2, f.messages().size());
        assertFalse(f.messages().get(0).malformed());
        assertEquals("IFLA_IFNAME", f.messages().get(0).fields().get(2).name());
        NetlinkMessage bad = f.messages().get(1);
        assertEquals("RTM_NEWLINK", bad.typeName());
        assertEquals(7, bad.seq());
        assertEquals(0, bad.length());
        assertTrue(bad.problem().orElseThrow().startsWith("nlmsg_len 0 is smaller than the 16-byte header"), bad.problem().toString());
        Field rest = bad.fields().get(1);
        assertEquals(f.capturedLength(), rest.offset() + rest.length());   // the bytes kept, to the frame's end
    }

    @Test
    void nlmsgLen15IsSmallerThanTheHeader() {
        DissectedFrame f = decode(Wire.frame(1, 0, withLength(newlink(), 15)));
        NetlinkMessage bad = f.messages().get(0);
        assertEquals(15, bad.length());
        assertTrue(bad.problem().orElseThrow().startsWith("nlmsg_len 15 is smaller than the 16-byte header"), bad.problem().toString());
        assertTrue(bad.fields().get(1).isMalformed());
    }

    @Test
    void nlmsgLenOfFourGigabytesRunsPastTheFrame() {
        DissectedFrame f = decode(Wire.frame(1, 0, withLength(newlink(Wire.attr(IFLA_IFNAME, Wire.cstr("lo"))), 0xffffffffL)));
        NetlinkMessage bad = f.messages().get(0);
        assertEquals(0xffffffffL, bad.length());
        assertEquals("RTM_NEWLINK", bad.typeName());
        assertTrue(bad.problem().orElseThrow().startsWith("nlmsg_len 4294967295 runs past the end of the frame (40 bytes left)"),
                bad.problem().toString());
    }

    // ---- nla_len ----

    private static NetlinkMessage withBadAttribute(int nlaLen) {
        byte[] bad = Wire.le().u16(nlaLen).u16(IFLA_INFO_KIND).u32(0).bytes();
        DissectedFrame f = decode(Wire.frame(1, 0, newlink(Wire.attr(IFLA_IFNAME, Wire.cstr("lo")), bad)));
        NetlinkMessage m = f.messages().get(0);
        assertEquals(new Value.Text("lo"), m.fields().get(2).value());   // the attribute before it stays decoded
        Field malformed = m.fields().get(3);
        assertEquals("malformed", malformed.name());
        assertEquals(16 + 16 + 16 + 8, malformed.offset());
        assertEquals(8, malformed.length());
        return m;
    }

    @Test
    void nlaLenZeroIsMalformedAndEndsTheRun() {
        assertEquals("nla_len 0 is smaller than the 4-byte attribute header (at offset 56)", withBadAttribute(0).problem().orElseThrow());
    }

    @Test
    void nlaLen3IsMalformedAndEndsTheRun() {
        assertEquals("nla_len 3 is smaller than the 4-byte attribute header (at offset 56)", withBadAttribute(3).problem().orElseThrow());
    }

    /** An attribute longer than the nest it is in: malformed inside the nest, the attribute after the nest still decoded. */
    @Test
    void nlaLenLongerThanItsParentIsMalformedInsideIt() {
        byte[] overrun = Wire.le().u16(100).u16(IFLA_INFO_KIND).raw("dumm".getBytes(StandardCharsets.US_ASCII)).bytes();
        DissectedFrame f = decode(Wire.frame(1, 0, newlink(Wire.attr(IFLA_LINKINFO, overrun), Wire.attr(IFLA_IFNAME, Wire.cstr("d0")))));
        NetlinkMessage m = f.messages().get(0);
        Field linkinfo = m.fields().get(2);
        assertEquals("IFLA_LINKINFO", linkinfo.name());
        assertEquals("nla_len 100 runs past the end of its parent (8 bytes left)", ((Value.Malformed) linkinfo.children().get(0).value()).reason());
        assertEquals(new Value.Text("d0"), m.fields().get(3).value());
    }

    // ---- nesting ----

    /** {@code levels} nests, one inside the other, of an attribute type {@code type} (NLA_F_NESTED set), innermost empty. */
    private static byte[] deepNest(int type, int levels) {
        byte[] inner = new byte[0];
        for (int i = 0; i < levels; i++) inner = Wire.attr(0x8000 | type, inner);
        return inner;
    }

    private static final String TOO_DEEP = "attributes nested deeper than " + AttributeWalker.MAX_DEPTH + " levels";

    /** 10,000 nests: the walker stops at MAX_DEPTH with a malformed node saying so; no StackOverflowError at any depth. */
    @Test
    void nesting10000DeepStopsAtTheCap() {
        byte[] nest = deepNest(200, 10_000);
        assertEquals(40_000, nest.length);
        DissectedFrame f = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> decode(Wire.frame(1, 0, newlink(nest))));
        NetlinkMessage m = f.messages().get(0);
        assertTrue(m.problem().orElseThrow().startsWith(TOO_DEEP), m.problem().toString());
        Field at = m.fields().get(2);
        int levels = 0;
        while (at.value() instanceof Value.Nested n) { at = n.fields().get(0); levels++; }
        assertEquals(AttributeWalker.MAX_DEPTH, levels);
        assertEquals(TOO_DEEP, ((Value.Malformed) at.value()).reason());
    }

    /**
     * Nests through the specs' own recursion: IFLA_PROP_LIST, whose set is IFLA_* again, 10,000 deep; the veth peer
     * (IFLA_LINKINFO > IFLA_INFO_DATA, a submsg by IFLA_INFO_KIND "veth", > VETH_INFO_PEER, a struct then IFLA_*
     * attributes) inside itself as deep as nla_len's 16 bits allow; and a generic netlink message of a described
     * family (nlctrl's CTRL_ATTR_OPS, a nest-array).
     */
    @Test
    void nesting10000DeepInsideSpecSetsStopsAtTheCap() {
        DissectedFrame rt = decode(Wire.frame(1, 0, newlink(deepNest(52, 10_000))));
        assertTrue(rt.messages().get(0).problem().orElseThrow().startsWith(TOO_DEEP), rt.messages().get(0).problem().toString());
        assertEquals("IFLA_PROP_LIST", rt.messages().get(0).fields().get(2).children().get(0).name());
        byte[] peer = new byte[0];
        for (int i = 0; i < 1_600; i++) {
            byte[] linkinfo = Wire.attr(IFLA_LINKINFO, Wire.cat(Wire.attr(IFLA_INFO_KIND, Wire.cstr("veth")),
                    Wire.attr(2, Wire.attr(1, Wire.cat(ifinfomsg(3), peer)))));
            if (linkinfo.length > 0xffff) break;
            peer = linkinfo;
        }
        DissectedFrame veth = decode(Wire.frame(1, 0, newlink(peer)));
        assertTrue(veth.messages().get(0).problem().orElseThrow().startsWith(TOO_DEEP), veth.messages().get(0).problem().toString());
        byte[] genl = Wire.msg(16, NLM_F_REQUEST, 1, 0, Wire.cat(new byte[] {3, 1, 0, 0}, deepNest(6, 10_000)));   // CTRL_CMD_GETFAMILY, CTRL_ATTR_OPS
        DissectedFrame g = decode(Wire.frame(1, 16, genl));
        assertEquals("CTRL_CMD_GETFAMILY", g.messages().get(0).operation());
        assertTrue(g.messages().get(0).problem().orElseThrow().startsWith(TOO_DEEP), g.messages().get(0).problem().toString());
    }

    /**
     * An NLMSG_ERROR echoing a request that nests 10,000 deep, with an extended ACK whose policy nest is as deep: the
     * echoed request and the ACK's attributes are decoded to the cap, the error itself stays readable.
     */
    @Test
    void nesting10000DeepInAnErrorsEchoedRequestAndExtendedAck() {
        byte[] request = newlink(deepNest(200, 5_000));
        byte[] ack = deepNest(4, 5_000);   // NLMSGERR_ATTR_POLICY, then nests in nests
        byte[] err = Wire.msg(NLMSG_ERROR, NLM_F_ACK_TLVS, 7, 0, Wire.cat(Wire.le().u32(-22).bytes(), request, ack));
        DissectedFrame f = decode(Wire.frame(1, 0, err));
        NetlinkMessage m = f.messages().get(0);
        assertEquals(-22, m.control().error());
        assertEquals(RTM_NEWLINK, m.control().requestType());
        assertTrue(m.problem().orElseThrow().startsWith(TOO_DEEP), m.problem().toString());
        assertEquals("ext_ack", m.fields().get(3).name());
        assertTrue(m.fields().get(3).containsMalformed());
    }

    // ---- attributes per message ----

    /**
     * A 64 KiB message of 16k zero-length attributes decodes whole, each attribute a node: no cap is needed, since a
     * message holds at most nlmsg_len / 4 attributes and a frame is as large as its capture allows (memory grows with
     * the frame, not more).
     */
    @Test
    void sixteenThousandZeroLengthAttributesDecodeInBoundedTime() {
        int n = (65_536 - 32) / 4 - 4;
        ByteArrayOutputStream attrs = new ByteArrayOutputStream();
        for (int i = 0; i < n; i++) attrs.writeBytes(Wire.le().u16(4).u16(0).bytes());
        byte[] msg = newlink(attrs.toByteArray());
        assertTrue(msg.length > 65_000 && msg.length <= 65_536, msg.length + " bytes");
        DissectedFrame f = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> decode(Wire.frame(1, 0, msg)));
        NetlinkMessage m = f.messages().get(0);
        assertFalse(m.malformed());
        assertEquals(2 + n, m.fields().size());
        assertEquals("ifinfomsg, " + n + " attributes", m.summary());
    }

    // ---- strings ----

    /** Every control byte, DEL, the C1 range as raw bytes and as UTF-8, and UTF-8 that is not well-formed. */
    static byte[] hostileText() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write('a');
        for (int c = 0x00; c <= 0x1f; c++) b.write(c);
        b.write(0x7f);
        for (int c = 0x80; c <= 0x9f; c++) b.write(c);                        // lone continuation bytes
        for (int c = 0x80; c <= 0x9f; c++) { b.write(0xc2); b.write(c); }    // U+0080..U+009F, well-formed
        b.writeBytes(new byte[] {(byte) 0xc0, (byte) 0xaf});                   // an overlong '/'
        b.writeBytes(new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80});      // an encoded surrogate
        b.writeBytes(new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80});   // above U+10FFFF
        b.writeBytes(new byte[] {(byte) 0xe2, (byte) 0x82, 'x', (byte) 0xff, (byte) 0xfe});   // a cut sequence, bytes never in UTF-8
        b.writeBytes("é€😀z".getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static void keepsEveryByte(Value v) {
        Value.Text t = (Value.Text) v;
        assertArrayEquals(hostileText(), t.bytes());
        assertEquals(-1, t.text().indexOf('\ufffd'));
        assertTrue(t.text().indexOf('\u0085') > 0 && t.text().indexOf('\u001b') > 0 && t.text().indexOf('\udc80') > 0);
        assertTrue(t.text().endsWith("é€😀z"));
    }

    @Test
    void anInterfaceNameKeepsEveryCapturedByte() {
        byte[] name = Wire.cat(hostileText(), new byte[1]);
        NetlinkDissector d = new NetlinkDissector().withByteOrder(true);
        NetlinkMessage m = d.dissect(Wire.frame(1, 0, newlink(Wire.attr(IFLA_IFNAME, name)))).messages().get(0);
        decode(Wire.frame(1, 0, newlink(Wire.attr(IFLA_IFNAME, name))));
        assertEquals("IFLA_IFNAME", m.fields().get(2).name());
        keepsEveryByte(m.fields().get(2).value());
        // the name an index gets ends at the first NUL, as the kernel's copy of IFLA_IFNAME does (nla_strscpy)
        assertEquals("a", d.interfaces().name(2).orElseThrow());
    }

    @Test
    void anExtendedAckMessageKeepsEveryCapturedByte() {
        byte[] request = Wire.le().u32(32).u16(RTM_NEWLINK).u16(NLM_F_REQUEST | NLM_F_ACK).u32(7).u32(0).bytes();
        byte[] err = Wire.msg(NLMSG_ERROR, NLM_F_CAPPED | NLM_F_ACK_TLVS, 7, 0,
                Wire.cat(Wire.le().u32(-22).bytes(), request, Wire.attr(1, Wire.cat(hostileText(), new byte[1]))));
        NetlinkMessage m = decode(Wire.frame(1, 0, err)).messages().get(0);
        keepsEveryByte(new Value.Text(m.control().extAckMessage()));
        assertTrue(m.summary().startsWith("error EINVAL"), m.summary());
        assertTrue(m.summary().contains(m.control().extAckMessage()));
    }

    /** A uevent's fields sit at their bytes' offsets whatever the bytes are (a character is not always one byte). */
    @Test
    void aUeventWithHostileTextKeepsItsBytesAndOffsets() {
        byte[] devpath = Wire.cat("/devices/".getBytes(StandardCharsets.US_ASCII), hostileText()).clone();
        for (int i = 0; i < devpath.length; i++) if (devpath[i] == 0 || devpath[i] == '@') devpath[i] = '_';   // NUL and @ separate
        byte[] dgram = Wire.cat("add@".getBytes(StandardCharsets.US_ASCII), devpath, new byte[1], Wire.cstr("SUBSYSTEM=net"), new byte[3]);
        byte[] f = Wire.cat(new byte[] {0, 0, 3, 0x38, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15}, dgram);
        NetlinkMessage m = decode(new Frame(1, 0, f.length, 253, 0, io.nlscope.capture.Direction.UNKNOWN, f)).messages().get(0);
        Field dev = m.fields().get(1);
        assertEquals("DEVPATH", dev.name());
        assertEquals(16 + 4, dev.offset());
        assertEquals(devpath.length + 1, dev.length());
        assertArrayEquals(devpath, ((Value.Text) dev.value()).bytes());
        Field subsystem = m.fields().get(2);
        assertEquals(List.of("SUBSYSTEM", 16 + 4 + devpath.length + 1, 14), List.of(subsystem.name(), subsystem.offset(), subsystem.length()));
        assertEquals(List.of("padding", 3), List.of(m.fields().get(3).name(), m.fields().get(3).length()));
    }

    // ---- findings of DissectorFuzzTest ----

    /**
     * nlmonFrame's crash-9385325a: an NLMSG_ERROR (NETLINK_CRYPTO, error 18, flags 0: no NLM_F_ACK_TLVS) whose
     * nlmsg_len covers 4 bytes more than the 16-byte request header it echoes: those bytes were in no field; they
     * are {@code trailing} now. Likewise an NLMSG_DONE longer than its error.
     */
    @Test
    void controlMessagesKeepTheBytesAfterTheirLayout() {
        byte[] request = Wire.le().u32(16).u16(16).u16(1).u32(3).u32(0x1f8b13).bytes();
        byte[] err = Wire.msg(NLMSG_ERROR, 0, 7, 0xffffffeaL, Wire.cat(Wire.le().u32(18).bytes(), request, new byte[] {0, 0, 1, 0}));
        NetlinkMessage m = decode(Wire.frame(1, 21, err)).messages().get(0);
        assertEquals(18, m.control().error());
        assertEquals(3, m.control().requestSeq());
        Field t = m.fields().get(m.fields().size() - 1);
        assertEquals(List.of("trailing", 52, 4), List.of(t.name(), t.offset(), t.length()));
        assertEquals(Value.Raw.of(new byte[] {0, 0, 1, 0}), t.value());
        NetlinkMessage done = decode(Wire.frame(1, 0, Wire.msg(3, 2, 7, 0, new byte[12]))).messages().get(0);
        assertEquals(List.of("error", "trailing"), done.fields().stream().skip(1).map(Field::name).toList());
        assertEquals("end of dump", done.summary());
    }

    /**
     * nlmonFrame's crash-e5db64c4: a kernel audit record (AUDIT_EOE, nlmsg_len 25 counting its text only) in a
     * 58-byte frame: the record spans 41 bytes, one byte of its padding is left before the frame's end, which cuts
     * the rest. It decodes as the record, and the byte is padding, not a gap.
     */
    @Test
    void anAuditRecordWhosePaddingTheFramesEndCuts() throws java.io.IOException {
        byte[] b;
        try (var in = getClass().getResourceAsStream("DissectorFuzzTestInputs/nlmonFrame/crash-e5db64c448ee01d7db6645ffa8f38e1765150c90")) {
            b = in.readAllBytes();
        }
        NetlinkMessage m = decode(new Frame(1, 0, b.length, 253, 0, io.nlscope.capture.Direction.UNKNOWN, b)).messages().get(0);
        assertEquals("AUDIT_EOE", m.typeName());
        assertFalse(m.malformed());
        Field text = m.fields().get(1);
        assertEquals(List.of("text", 32, 25), List.of(text.name(), text.offset(), text.length()));
    }

    /**
     * nlmonFrame's crash-55bdf1e8: an audit text record "audit(17" whose NUL and the zero after it (within nlmsg_len
     * 25) were in no field: the text field holds its NULs now, as a string attribute's field holds its NUL.
     */
    @Test
    void anAuditTextHoldsTheNulsAfterIt() {
        byte[] record = Wire.cat(Wire.le().u32(25).u16(1320).u16(0).u32(0).u32(0).bytes(), "audit(17".getBytes(StandardCharsets.US_ASCII), new byte[3]);
        NetlinkMessage m = decode(Wire.frame(1, 9, record)).messages().get(0);
        Field text = m.fields().get(1);
        assertEquals(List.of("text", new Value.Text("audit(17"), 32, 9), List.of(text.name(), text.value(), text.offset(), text.length()));
        assertEquals(2, m.fields().size());
    }

    /**
     * An extended ACK's NLMSGERR_ATTR_OFFS_PATH names the attribute of the echoed request the offset points at, and
     * sits at that attribute's bytes: a reference ByteAccounting skips, not bytes of the ACK (no real capture holds
     * one; the fuzzers make them).
     */
    @Test
    void anOffsetPathIsAReferenceIntoTheEchoedRequest() {
        byte[] request = newlink(Wire.attr(IFLA_IFNAME, Wire.cstr("lo")));
        byte[] err = Wire.msg(NLMSG_ERROR, NLM_F_ACK_TLVS, 7, 0, Wire.cat(Wire.le().u32(-22).bytes(), request, Wire.attr(2, Wire.le().u32(32).bytes())));
        NetlinkMessage m = decode(Wire.frame(1, 0, err)).messages().get(0);
        List<Field> ack = m.fields().get(3).children();
        assertEquals(List.of("NLMSGERR_ATTR_OFFS", "NLMSGERR_ATTR_OFFS_PATH"), ack.stream().map(Field::name).toList());
        assertEquals(new Value.Text("IFLA_IFNAME"), ack.get(1).value());
        assertEquals(16 + 16 + 4 + 32, ack.get(1).offset());
    }

    /**
     * protocolPayload's crash-a13749a1: a dissector of the caller's (PluginDissectorTest's EchoProtocol, protocol 30)
     * that adds a field and then throws on a 3-byte payload. The message is one malformed node over the payload, not
     * the field it added (which ran past the message) overlapped by that node; so for an echoed request in an error.
     */
    @Test
    void aDissectorThatThrowsLeavesOneMalformedNodeNotHalfATree() {
        ProtocolRegistry r = ProtocolRegistry.tablesOnly().with(new PluginDissectorTest.EchoProtocol());
        Frame f = Wire.frame(1, 30, Wire.msg(0x11, 0, 0, 0, new byte[] {0, 0x4b, 0}));
        DissectedFrame d = new NetlinkDissector(r).withByteOrder(true).dissect(f);
        assertEquals(List.of(), ByteAccounting.check(d));
        NetlinkMessage m = d.messages().get(0);
        assertEquals(List.of("nlmsghdr", "malformed"), m.fields().stream().map(Field::name).toList());
        assertEquals(List.of(32, 3), List.of(m.fields().get(1).offset(), m.fields().get(1).length()));
        assertTrue(m.problem().orElseThrow().startsWith("payload does not parse as ECHO_MSG: "), m.problem().toString());
        byte[] err = Wire.msg(NLMSG_ERROR, 0, 5, 0, Wire.cat(Wire.le().u32(-22).bytes(), Wire.msg(0x11, 1, 5, 0, new byte[] {0, 0x4b, 0})));
        DissectedFrame e = new NetlinkDissector(r).withByteOrder(true).dissect(Wire.frame(2, 30, err));
        assertEquals(List.of(), ByteAccounting.check(e));
        assertEquals(List.of("nlmsghdr", "malformed"), e.messages().get(0).fields().get(2).children().stream().map(Field::name).toList());
    }
}
