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
 * kind, control fields (error, echoed header, extended ACK message) and fixed header as the full
 * decoding; what follows the fixed header is one raw {@code attributes} field holding exactly the
 * bytes the full decoding split into attributes.
 */
class DepthHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"rtnl-changes.pcap", "rtnl-dump.pcap", "genl-ctrl.pcap", "genl-ethtool.pcap", "genl-misc.pcap",
            "netfilter.pcap", "sock-diag.pcap", "xfrm.pcap", "pairs-genl-nft-ss.pcap"})
    void headersKeepWhatPairingNeedsAndTheAttributeBytes(String name) throws Exception {
        List<NetlinkMessage> full = messages(name, Depth.FULL), shallow = messages(name, Depth.HEADERS);
        assertEquals(full.size(), shallow.size());
        int withAttributes = 0;
        for (int i = 0; i < full.size(); i++) {
            NetlinkMessage f = full.get(i), h = shallow.get(i);
            String at = name + " frame " + f.frame() + " #" + f.index();
            assertEquals(List.of(f.length(), f.type(), f.flags(), f.seq(), f.pid(), f.typeName(), f.kind(), f.protocolName()),
                    List.of(h.length(), h.type(), h.flags(), h.seq(), h.pid(), h.typeName(), h.kind(), h.protocolName()), at);
            assertEquals(f.field("nlmsghdr"), h.field("nlmsghdr"), at);
            assertEquals(f.field("error"), h.field("error"), at);
            assertEquals(f.field("ext_ack").map(DepthHeadersTest::message), h.field("ext_ack").map(DepthHeadersTest::message), at);
            assertEquals(f.field("request").flatMap(r -> r.child("nlmsghdr")), h.field("request").flatMap(r -> r.child("nlmsghdr")), at);
            assertEquals(f.field("genlmsghdr"), h.field("genlmsghdr"), at);
            // the fields before the attributes are the same; the attributes are one raw field of the same bytes
            List<Field> ff = f.fields(), hf = h.fields();
            int k = 0;
            while (k < hf.size() && !hf.get(k).name().equals("attributes")) {
                if (!hf.get(k).name().equals("request") && !hf.get(k).name().equals("ext_ack")) assertEquals(ff.get(k), hf.get(k), at);
                k++;
            }
            if (k < hf.size()) {
                withAttributes++;
                Field raw = hf.get(k);
                assertEquals(k + 1, hf.size(), at + ": the attributes end the message");
                assertTrue(raw.value() instanceof Value.Raw, at);
                Field firstAttr = ff.get(k);
                assertEquals(firstAttr.offset(), raw.offset(), at);
                assertEquals(f.offset() + f.length(), raw.offset() + raw.length(), at + ": to the end of the message");
            } else {
                assertEquals(ff.size(), hf.size(), at);
            }
            if (f.problem().isEmpty()) assertFalse(h.malformed(), at);
            // the summary counts the same attributes ("ifinfomsg, 5 attributes"); an error's names the rejected attribute only in full
            if (f.problem().isEmpty() && !f.isControl()) assertEquals(f.summary(), h.summary(), at);
        }
        assertTrue(withAttributes > 0, name + " has messages with attributes");
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
