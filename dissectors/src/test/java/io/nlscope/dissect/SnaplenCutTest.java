package io.nlscope.dissect;

import io.nlscope.capture.Frame;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Frames the capture's snapshot length cut (captured length below the original length): every item captured whole is
 * decoded as in the uncut frame, the item the cut falls in is a cut node of its captured bytes, the header stays the
 * message's, and nothing is malformed.
 */
class SnaplenCutTest {

    /** The frame with only its first {@code n} bytes captured, as tcpdump -s n would have kept them. */
    static Frame cut(Frame f, int n) {
        return new Frame(f.index(), f.timestampNanos(), f.originalLength(), f.linkType(), f.interfaceId(), f.direction(),
                Arrays.copyOf(f.copyOfData(), n));
    }

    private static Frame real(String capture, int index) throws IOException {
        return TestData.frames(TestData.capture(capture)).get(index - 1);
    }

    private static DissectedFrame dissect(List<Frame> earlier, Frame f) {
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies());
        for (Frame e : earlier) d.dissect(e);   // what the frames before it teach (generic netlink family ids)
        return d.dissect(f);
    }

    @Test
    void theLinkOfLoKeepsItsNameAndEveryAttributeCapturedWhole() throws IOException {
        Frame f = real("rtnl-dump.pcap", 4);
        NetlinkMessage m = new NetlinkDissector().dissect(cut(f, 200)).messages().get(0);
        assertEquals("RTM_NEWLINK", m.typeName());
        assertEquals(1400, m.length());
        assertEquals(1795417081L, m.seq());
        assertFalse(m.malformed(), m.problem().orElse(""));
        assertEquals(new Value.Text("lo"), m.field("IFLA_IFNAME").orElseThrow().value());
        assertEquals(Value.Num.of(65536), m.field("IFLA_MTU").orElseThrow().value());
        Field qdisc = m.field("IFLA_QDISC").orElseThrow();   // "noqueue" needs 12 bytes, 8 were captured
        Value.Cut c = assertInstanceOf(Value.Cut.class, qdisc.value());
        assertEquals(12, c.claimed());
        assertEquals(8, c.length());
        assertEquals(192, qdisc.offset());
        assertTrue(m.keys().startsWith("lo index 1 mtu 65536"), m.keys());
        assertTrue(m.summary().endsWith("[cut by the capture's snapshot length: 184 of 1400 bytes captured]"), m.summary());
    }

    @Test
    void aNestTheCutFallsInHoldsItsAttributesCapturedWhole() throws IOException {
        NetlinkMessage m = new NetlinkDissector().dissect(cut(real("rtnl-dump.pcap", 4), 1300)).messages().get(0);
        Field spec = m.field("IFLA_AF_SPEC").orElseThrow();
        assertEquals(1300, spec.offset() + spec.length());   // the nest as far as it was captured
        Field inet6 = spec.child("AF_INET6").orElseThrow();
        assertEquals(Value.Num.signed(65536), inet6.child("IFLA_INET6_CONF").orElseThrow().child("mtu6").orElseThrow().value());
        Value.Cut stats = assertInstanceOf(Value.Cut.class, inet6.child("IFLA_INET6_STATS").orElseThrow().value());
        assertEquals(300, stats.claimed());
        assertEquals(272, stats.length());
        assertFalse(m.malformed(), m.problem().orElse(""));
    }

    @Test
    void aCutBetweenTwoAttributesEndsTheTreeWithAnEmptyCutNode() throws IOException {
        NetlinkMessage m = new NetlinkDissector().dissect(cut(real("rtnl-dump.pcap", 4), 184)).messages().get(0);
        Field last = m.fields().get(m.fields().size() - 1);
        assertEquals("cut", last.name());
        assertEquals(184, last.offset());
        assertEquals(0, last.length());
        assertEquals(16 + 1400 - 184, assertInstanceOf(Value.Cut.class, last.value()).claimed());
        assertEquals(Value.Num.of(1), m.field("IFLA_NUM_RX_QUEUES").orElseThrow().value());
    }

    @Test
    void aCutInTheHeaderIsACutMessageAndACutInTheFixedHeaderACutStruct() throws IOException {
        Frame f = real("rtnl-dump.pcap", 4);
        NetlinkMessage head = new NetlinkDissector().dissect(cut(f, 26)).messages().get(0);
        assertEquals("CUT", head.typeName());
        assertFalse(head.malformed());
        assertEquals(10, assertInstanceOf(Value.Cut.class, head.fields().get(0).value()).length());
        NetlinkMessage fixed = new NetlinkDissector().dissect(cut(f, 40)).messages().get(0);
        assertEquals("RTM_NEWLINK", fixed.typeName());
        assertEquals(1795417081L, fixed.seq());
        assertFalse(fixed.malformed(), fixed.problem().orElse(""));
        assertInstanceOf(Value.Cut.class, fixed.fields().get(fixed.fields().size() - 1).value());
    }

    /**
     * Found by DissectorFuzzTest#nlmonFrame (crash-aad2a8c3...): a cut NLMSG_ERROR whose echoed request header says
     * nlmsg_len 2 made the header's parser throw out of the dissector. The header is a malformed node, the rest cut.
     */
    @Test
    void aCutErrorWhoseEchoedHeaderIsBadIsMalformedThere() throws IOException {
        Frame f = real("genl-ethtool.pcap", 15);
        byte[] b = f.copyOfData();
        b[36] = 2; b[37] = 0; b[38] = 0; b[39] = 0;   // the echoed request's nlmsg_len (little-endian): 2
        Frame bad = new Frame(f.index(), f.timestampNanos(), f.originalLength(), f.linkType(), f.interfaceId(), f.direction(), b);
        NetlinkMessage m = new NetlinkDissector().dissect(cut(bad, 70)).messages().get(0);
        assertEquals("NLMSG_ERROR", m.typeName());
        assertTrue(m.malformed());
        assertTrue(m.problem().orElseThrow().startsWith("echoed request header does not parse"), m.problem().orElseThrow());
        assertEquals(new Value.Named(-95, "EOPNOTSUPP"), m.field("error").orElseThrow().value());
        assertInstanceOf(Value.Cut.class, m.fields().get(m.fields().size() - 1).value());
        assertEquals(-95, m.control().error());
    }

    /**
     * Found by DissectorFuzzTest#nlmonFrame (crash-ac3b826a...): a cut in the padding after the last attribute left the
     * captured padding byte in no field. The cut node holds it.
     */
    @Test
    void aCutInThePaddingAfterAnAttributeHoldsThePaddingCaptured() throws IOException {
        Frame f = real("rtnl-dump.pcap", 4);   // IFLA_OPERSTATE, 5 bytes, at 64: its padding is 69..72
        NetlinkMessage m = new NetlinkDissector().dissect(cut(f, 70)).messages().get(0);
        Field last = m.fields().get(m.fields().size() - 1);
        assertEquals("cut", last.name());
        assertEquals(69, last.offset());
        assertEquals(1, last.length());
        assertEquals(List.of(), ByteAccounting.check(new NetlinkDissector().dissect(cut(f, 70))));
    }

    @Test
    void aFrameNotCutWhoseLengthRunsPastItsEndIsStillMalformed() throws IOException {
        Frame f = real("rtnl-dump.pcap", 4);
        byte[] b = Arrays.copyOf(f.copyOfData(), 200);
        Frame lying = new Frame(f.index(), f.timestampNanos(), 200, f.linkType(), f.interfaceId(), f.direction(), b);
        NetlinkMessage m = new NetlinkDissector().dissect(lying).messages().get(0);
        assertTrue(m.malformed());
        assertTrue(m.problem().orElseThrow().contains("nlmsg_len 1400 runs past the end of the frame"), m.problem().orElseThrow());
    }

    /**
     * Real frames of several protocols and shapes cut at every byte: whatever was captured whole decodes as it does in
     * the uncut frame, the tree ends in a cut node, and the header values stay.
     */
    @Test
    void everyCutOfRealFramesKeepsWhatWasCapturedWhole() throws IOException {
        check("rtnl-dump.pcap", 4);          // two RTM_NEWLINK of lo and nlmon0, nests of every kind
        check("genl-ethtool.pcap", 15);       // NLMSG_ERROR with its echoed request and an extended ACK
        check("netfilter.pcap", 0);           // every nf_tables message with rule expressions (first big one)
        check("families-uevent.listener.pcapng", 0);   // a datagram without nlmsghdr framing
    }

    private static void check(String capture, int index) throws IOException {
        List<Frame> frames = TestData.frames(TestData.capture(capture));
        if (index == 0)   // the largest frame of the capture
            for (int i = 0; i < frames.size(); i++) if (index == 0 || frames.get(i).capturedLength() > frames.get(index - 1).capturedLength()) index = i + 1;
        Frame f = frames.get(index - 1);
        List<Frame> before = frames.subList(0, index - 1);
        DissectedFrame whole = dissect(before, f);
        assertTrue(whole.messages().stream().noneMatch(NetlinkMessage::malformed), capture + " frame " + index + " is malformed uncut");
        int checked = 0;
        for (int n = 17; n < f.capturedLength(); n++) {
            DissectedFrame part = dissect(before, cut(f, n));
            assertEquals(n, part.capturedLength());
            assertEquals(List.of(), ByteAccounting.check(part), capture + " frame " + index + " cut at " + n);
            for (NetlinkMessage m : part.messages()) {
                String where = capture + " frame " + index + " cut at " + n + ", message " + m.index();
                assertFalse(m.malformed(), where + ": " + m.problem().orElse(""));
                NetlinkMessage u = whole.messages().get(m.index());
                boolean cutHere = m.offset() + u.length() > n;
                if (!cutHere) { assertEquals(u.fields(), m.fields(), where); continue; }
                if (m.typeName().equals("CUT")) continue;   // the cut fell in the header: no header values
                assertEquals(u.seq(), m.seq(), where);
                assertEquals(u.pid(), m.pid(), where);
                assertEquals(u.type(), m.type(), where);
                assertEquals(u.length(), m.length(), where);
                assertTrue(endsCut(m.fields()), where + ": the tree does not end in a cut node");
                sameWhereWhole(u.fields(), m.fields(), n, where);
                checked++;
            }
        }
        assertTrue(checked > f.capturedLength() / 2, capture + ": only " + checked + " cuts checked");
    }

    /**
     * tshark as the oracle: a capture cut with editcap -s N, read by both; the attributes of lo's RTM_NEWLINK that tshark
     * decodes whole are those nlscope decodes whole, in order, and nlscope's next node is the cut one.
     */
    @Test
    void theAttributesCapturedWholeAreThoseTsharkDecodes(@TempDir Path tmp) throws Exception {
        for (int snaplen : new int[]{64, 100, 200, 300, 500, 700}) {
            Path cut = tmp.resolve("cut" + snaplen + ".pcap");
            List<String> tshark = run("editcap", "-s", Integer.toString(snaplen), TestData.capture("rtnl-dump.pcap").toString(), cut.toString());
            List<String> out = run("tshark", "-n", "-r", cut.toString(), "-Y", "frame.number==4", "-T", "fields",
                    "-e", "netlink-route.ifla_attr_type", "-E", "occurrence=a");
            assertEquals(1, out.size(), String.join("\n", tshark) + String.join("\n", out));
            List<String> want = List.of(out.get(0).split(","));
            DissectedFrame f = TestData.dissectAll(cut).get(3);
            NetlinkMessage m = f.messages().get(0);
            List<String> got = new ArrayList<>();
            ByteBufferHolder b = new ByteBufferHolder(TestData.frames(cut).get(3));
            for (Field x : m.fields())
                if (x.name().startsWith("IFLA_") && !endsCut(List.of(x))) got.add(Integer.toString(b.u16(x.offset() + 2) & 0x3fff));
            assertEquals(want, got, "snaplen " + snaplen);
            assertTrue(endsCut(m.fields()), "snaplen " + snaplen);
            assertFalse(m.malformed(), "snaplen " + snaplen);
        }
    }

    private record ByteBufferHolder(Frame f) {
        int u16(int at) { return Bytes.u16(f.data(), at, true); }
    }

    private static List<String> run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = List.of(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), String.join(" ", cmd));
        assertEquals(0, p.exitValue(), String.join(" ", cmd));
        return lines.stream().filter(l -> !l.isBlank()).toList();
    }

    /** Every field of the uncut tree that ends before the cut is in the cut tree as it was; one the cut falls in is cut or holds its captured part. */
    private static void sameWhereWhole(List<Field> whole, List<Field> part, int n, String where) {
        for (Field w : whole) {
            if (w.offset() >= n) continue;
            Field p = part.stream().filter(x -> x.offset() == w.offset() && (x.name().equals(w.name()) || x.name().equals("cut"))).findFirst()
                    .orElseThrow(() -> new AssertionError(where + ": " + w.name() + " at " + w.offset() + " is missing"));
            // text that ends at a delimiter (a uevent's ACTION before its '@') ends exactly at the cut without being known whole
            if (w.offset() + w.length() == n && p.name().equals("cut") && p.value() instanceof Value.Cut) continue;
            if (w.offset() + w.length() <= n) assertEquals(w, p, where);
            else if (p.value() instanceof Value.Nested) sameWhereWhole(w.children(), p.children(), n, where + " > " + w.name());
            else assertInstanceOf(Value.Cut.class, p.value(), where + " > " + w.name());
        }
    }

    private static boolean endsCut(List<Field> fields) {
        if (fields.isEmpty()) return false;
        Field last = fields.get(fields.size() - 1);
        return last.value() instanceof Value.Cut || endsCut(last.children());
    }
}
