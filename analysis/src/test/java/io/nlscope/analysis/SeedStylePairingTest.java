package io.nlscope.analysis;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.analysis.Synth.ACK;
import static io.nlscope.analysis.Synth.REQUEST;
import static io.nlscope.analysis.Synth.error;
import static io.nlscope.analysis.Synth.msg;
import static io.nlscope.analysis.Synth.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairing of the exchanges the tutorials' kernel modules make (../shared/seeds: the blog posts'
 * module and client code), with bytes laid out as their code lays them out, on nlmon captures
 * (no recorded direction). Units 25 and 30 are unassigned in netlink.h, as the tutorials'
 * NETLINK_TEST numbers are.
 */
class SeedStylePairingTest {
    private static final int UNIT = 30, USERSOCK = 2, NLMSG_NOOP = 1;

    @Test
    void flagsZeroRequestAnsweredWithSeqZeroPidZeroIsARequestWithItsReply() throws Exception {
        // seed 004: nlmsg_flags = 0, nlmsg_seq = 0, nlmsg_pid = own port; reply nlmsg_put(skb, 0, 0, NETLINK_TEST, len, 0)
        Synth.Result r = new Synth()
                .frame(UNIT, text(0, 0, 0, 4711, "hello netlink"))
                .frame(UNIT, text(UNIT, 0, 0, 0, "hello user")).pair();
        Transaction t = r.only();
        assertEquals(Outcome.REPLY, t.outcome());
        assertEquals(1, t.responseCount());
        assertTrue(t.has(Transaction.DIRECTION_INFERRED));
        assertTrue(r.unpaired().isEmpty());
    }

    @Test
    void aNoopReplyOfACustomUnitIsAReply() throws Exception {
        // seed 000: __nlmsg_put(skb, g_pid, 0, NLMSG_NOOP, size, 0) to the port that sent the request
        Synth.Result r = new Synth()
                .frame(UNIT, text(0x10, REQUEST, 0, 4711, "hi"))
                .frame(UNIT, text(NLMSG_NOOP, 0, 0, 4711, "kernel says hi")).pair();
        assertEquals(1, r.only().responseCount());
        assertEquals(Outcome.REPLY, r.only().outcome());
        assertTrue(r.unpaired().isEmpty());
    }

    @Test
    void repliesWithTheRequestsSeqAndPidZeroAnswerIt() throws Exception {
        // the module fills pid 0 ("from the kernel") although the request carried getpid(); ten replies of type 0x11
        Synth s = new Synth().frame(USERSOCK, text(0x10, REQUEST | ACK, 7, 4711, "ops"));
        for (int i = 0; i < 10; i++) s.frame(USERSOCK, text(0x11, 0, 7, 0, "reply " + i));
        Synth.Result r = s.pair();
        assertEquals(10, r.only().responseCount());
        assertTrue(r.unpaired().isEmpty(), "no reply is a notification");
    }

    @Test
    void aBurstOfSeqZeroRepliesAfterAnAckedRequestWithALargePayloadAllAnswerIt() throws Exception {
        // seed 001: ten nlmsg_put(skb, 0, 0, 0, MAX_MSGSIZE, 0) per request; the request with NLM_F_REQUEST|NLM_F_ACK, 1024 bytes
        Synth s = new Synth().frame(25, msg(0, REQUEST | ACK, 1, 4711, new byte[1024]));
        for (int i = 0; i < 10; i++) s.frame(25, msg(0, 0, 0, 0, new byte[1024]));
        Synth.Result r = s.pair();
        assertEquals(10, r.only().responseCount());
        assertTrue(r.only().has(Transaction.INFERRED));
        assertTrue(r.unpaired().isEmpty());
    }

    @Test
    void twoRequestsInOneDatagramTheKernelAnswersInOrder() throws Exception {
        // sendmsg of one buffer with two nlmsghdrs; the replies (seq 0, pid 0) come for the first, then the second
        byte[] a = text(0x10, REQUEST, 1, 4711, "one"), b = text(0x10, REQUEST, 2, 4711, "two");
        Synth.Result r = new Synth().frame(UNIT, a, b)
                .frame(UNIT, text(0x11, 0, 0, 0, "for one")).frame(UNIT, text(0x11, 0, 0, 0, "for two")).pair();
        List<Transaction> t = r.transactions();
        assertEquals(2, t.size());
        assertEquals(1, t.get(0).responseCount());
        assertEquals(3, t.get(0).first().number());
        assertEquals(1, t.get(1).responseCount());
        assertEquals(4, t.get(1).first().number());
    }

    @Test
    void anAckEchoingAFlagsZeroMessageMakesItARequest() throws Exception {
        // seed 003: the client sends nlmsg_flags = 0, nlmsg_seq = 0; the module calls netlink_ack(skb, nlh, 0)
        byte[] req = text(0x10, 0, 0, 4711, "data");
        Synth.Result r = new Synth().frame(UNIT, req).frame(UNIT, error(0, req, 4711)).pair();
        Transaction t = r.only();
        assertEquals(Outcome.ACK, t.outcome());
        assertTrue(t.has(Transaction.DIRECTION_INFERRED));
        assertEquals(0, r.counts().orphans());
        assertEquals(0, r.counts().notifications());
    }

    @Test
    void aFlagsZeroMessageNothingAnswersStaysANotification() throws Exception {
        // a module's unsolicited event: flags 0, nobody answers it
        Synth.Result r = new Synth().frame(UNIT, text(0x20, 0, 0, 0, "event")).pair();
        assertTrue(r.transactions().isEmpty());
        assertEquals(Unpaired.Kind.NOTIFICATION, r.unpaired().get(0).kind());
        assertEquals(1, r.counts().notifications());
        assertFalse(r.counts().transactions() > 0);
    }
}
