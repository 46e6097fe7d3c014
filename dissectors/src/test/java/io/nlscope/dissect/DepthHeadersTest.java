package io.nlscope.dissect;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Depth#HEADERS} on real captures: every message has the same header values, type name,
 * kind, operation, multicast group and typed control data (error, echoed header, extended ACK
 * message) as the full decoding; a protocol message has no tree and no summary (nlctrl's and
 * custom units' are decoded whole); a control message keeps its tree. The full decoding's
 * typed control data is what its tree shows.
 */
class DepthHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"rtnl-changes.pcap", "rtnl-dump.pcap", "genl-ctrl.pcap", "genl-ethtool.pcap", "genl-misc.pcap",
            "netfilter.pcap", "sock-diag.pcap", "xfrm.pcap", "pairs-genl-nft-ss.pcap"})
    void headersKeepWhatPairingNeeds(String name) throws Exception {
        List<NetlinkMessage> full = messages(name, Depth.FULL), shallow = messages(name, Depth.HEADERS);
        assertEquals(full.size(), shallow.size());
        int lean = 0, whole = 0, echoes = 0;
        for (int i = 0; i < full.size(); i++) {
            NetlinkMessage f = full.get(i), h = shallow.get(i);
            String at = name + " frame " + f.frame() + " #" + f.index();
            assertEquals(List.of(f.length(), f.type(), f.flags(), f.seq(), f.pid(), f.typeName(), f.kind(), f.protocolName(),
                            f.operation(), f.group(), f.control(), f.direction()),
                    List.of(h.length(), h.type(), h.flags(), h.seq(), h.pid(), h.typeName(), h.kind(), h.protocolName(),
                            h.operation(), h.group(), h.control(), h.direction()), at);
            // the typed control data is what the tree shows
            Control c = f.control();
            if (f.type() == 2 && !f.malformed()) {
                Value e = f.field("error").orElseThrow().value();
                assertEquals(e instanceof Value.Named n ? n.raw() : ((Value.Num) e).value(), (long) c.error(), at);
                Field rh = f.field("request").flatMap(r -> r.child("nlmsghdr")).orElseThrow();
                assertEquals(((Value.Named) rh.child("nlmsg_type").orElseThrow().value()).raw(), c.requestType(), at);
                assertEquals(((Value.Num) rh.child("nlmsg_seq").orElseThrow().value()).value(), c.requestSeq(), at);
                assertEquals(message(f.field("ext_ack")).orElse(""), c.extAckMessage(), at);
                echoes++;
            } else if (f.type() != 3) {
                assertEquals(Control.NONE, c, at);
            }
            if (f.protocol() == 16 && f.type() >= 16) {
                Field cmd = f.field("genlmsghdr").flatMap(g -> g.child("cmd")).orElseThrow();
                assertEquals(cmd.value() instanceof Value.Named n ? n.name() : "cmd " + ((Value.Num) cmd.value()).value(), f.operation(), at);
            } else {
                assertEquals(f.typeName(), f.operation(), at);
            }
            if (f.type() >= 16 && !(f.protocol() == 16 && f.type() == GenlFamilies.GENL_ID_CTRL)) {
                assertEquals(List.of(), h.fields(), at + ": no tree at HEADERS");
                assertEquals("", h.summary(), at);
                lean++;
            } else {
                if (f.type() >= 16) whole++;
                assertEquals(f.field("error"), h.field("error"), at);
                assertEquals(f.field("request").flatMap(r -> r.child("nlmsghdr")), h.field("request").flatMap(r -> r.child("nlmsghdr")), at);
            }
            if (f.problem().isEmpty()) assertFalse(h.malformed(), at);
        }
        assertTrue(echoes > 0, name + " has errors or ACKs");
        // genl-ctrl.pcap is all nlctrl, decoded whole; the others have protocol messages read as headers only
        assertTrue(name.equals("genl-ctrl.pcap") ? whole > 0 && lean == 0 : lean > 0, name + ": " + lean + " lean, " + whole + " whole");
    }

    private static Optional<String> message(Optional<Field> extAck) {
        return extAck.flatMap(DepthHeadersTest::message);
    }

    private static Optional<String> message(Field extAck) {
        return extAck.child("NLMSGERR_ATTR_MSG").map(m -> ((Value.Text) m.value()).text());
    }

    private static List<NetlinkMessage> messages(String name, Depth depth) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        try (NetlinkCapture cap = NetlinkCapture.open(TestData.capture(name)).withDepth(depth)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) out.addAll(f.messages());
        }
        return out;
    }
}
