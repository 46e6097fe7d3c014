package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairing of multicast notifications on real captures (testdata/vm/scenarios-groups.txt and
 * scenarios.txt, kernel 6.1), where a notification looks like an answer by seq or port.
 */
class MulticastPairingTest {

    /** Every message's role in words: "frame N TYPE: notification caused by frame M", "... response to frame M". */
    private static List<String> roles(String capture) throws Exception {
        List<String> out = new ArrayList<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> { });
        try (NetlinkCapture cap = NetlinkCapture.open(CoverageTest.capture(capture))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                for (NetlinkMessage m : f.messages()) {
                    Pairing.Placement pl = p.accept(m, null);
                    String role = pl.role().name().toLowerCase();
                    out.add("frame " + m.frame() + " " + m.typeName() + ": " + role
                            + (pl.requestFrame() > 0 ? (role.equals("notification") ? " caused by" : " to") + " frame " + pl.requestFrame() : "")
                            + m.group().map(g -> " group " + g).orElse(""));
                }
            }
        }
        p.finish();
        return out;
    }

    private static String of(List<String> roles, long frame, String type) {
        return roles.stream().filter(r -> r.startsWith("frame " + frame + " " + type + ":")).findFirst().orElseThrow(() ->
                new AssertionError("no " + type + " in frame " + frame + ": " + roles));
    }

    /**
     * groups-nft: four nft processes started in the same second all number their batches 0, 1, 2.
     * Each process's change is notified with its seq and the process's port (158, 159, ...): the
     * first notification binds the request to that port, so the next process's notifications go
     * to the next process's request. NEWSETELEM/DELSETELEM notifications carry seq 0 and are
     * caused by nothing in the capture (nft's batch markers, seq 0, ask for no data).
     */
    @Test
    void nftNotificationsAreCausedByTheirOwnProcessesBatch() throws Exception {
        List<String> r = roles("groups-nft.pcap");
        assertEquals("frame 18 NFT_MSG_NEWTABLE: notification caused by frame 17 group NFNLGRP_NFTABLES", of(r, 18, "NFT_MSG_NEWTABLE"));
        assertEquals("frame 19 NFT_MSG_NEWGEN: notification caused by frame 17 group NFNLGRP_NFTABLES", of(r, 19, "NFT_MSG_NEWGEN"));
        assertEquals("frame 28 NFT_MSG_NEWCHAIN: notification caused by frame 27 group NFNLGRP_NFTABLES", of(r, 28, "NFT_MSG_NEWCHAIN"));
        assertEquals("frame 56 NFT_MSG_NEWSETELEM: notification group NFNLGRP_NFTABLES", of(r, 56, "NFT_MSG_NEWSETELEM"));
        assertEquals("frame 96 NFT_MSG_DELSETELEM: notification group NFNLGRP_NFTABLES", of(r, 96, "NFT_MSG_DELSETELEM"));
        assertTrue(r.stream().noneMatch(x -> x.contains("NFNL_MSG_BATCH_BEGIN") && !x.contains(": request")), r.toString());
    }

    /**
     * groups-genl: team's change events are NLM_F_MULTI multicasts closed by NLMSG_DONE, with seq 0
     * and pid 0: notifications, not orphan dump parts. nl80211's TRIGGER_SCAN event (seq 0, pid 0)
     * right after `iw scan trigger`'s request is the "scan" group's event, not an inferred reply.
     */
    @Test
    void multicastDumpPartsAndSeqZeroEventsAreNotifications() throws Exception {
        List<String> r = roles("groups-genl.pcap");
        for (long f : new long[] {78, 87, 88, 96, 97}) {
            assertEquals("frame " + f + " team: notification group change_event", of(r, f, "team"));
        }
        assertTrue(r.stream().noneMatch(x -> x.contains(": orphan")), r.toString());
        assertEquals("frame 121 nl80211: notification group scan", of(r, 121, "nl80211"));
    }

    /** genl-ethtool: ETHTOOL_MSG_FEATURES_SET answers with FEATURES_SET_REPLY, which is no multicast type: a response. */
    @Test
    void aChangesReplyOfATypeNeverMulticastIsItsResponse() throws Exception {
        List<String> r = roles("genl-ethtool.pcap");
        assertEquals("frame 60 ethtool: response to frame 59", of(r, 60, "ethtool"));
        assertEquals("frame 61 NLMSG_ERROR: response to frame 59", of(r, 61, "NLMSG_ERROR"));
    }
}
