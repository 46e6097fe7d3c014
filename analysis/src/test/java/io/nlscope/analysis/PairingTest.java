package io.nlscope.analysis;

import io.nlscope.capture.Direction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.analysis.Synth.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pairing rules on synthetic captures, one hard case each, decoded by the real dissector. */
class PairingTest {

    @Test
    void ackPairsByProtocolSeqAndPortWithLatency() throws Exception {
        byte[] req = route(RTM_NEWROUTE, REQUEST | ACK | CREATE | EXCL, 5, 0);
        Synth.Result r = new Synth().frame(ROUTE, req).after(210).frame(ROUTE, error(0, req, 1234)).pair();
        Transaction t = r.only();
        assertEquals(Outcome.ACK, t.outcome());
        assertEquals(1, t.number());
        assertEquals(2, t.first().number());
        assertEquals(1, t.responseCount());
        assertEquals(new Operation("route", "RTM_NEWROUTE"), t.operation());
        assertEquals("route NEWROUTE", t.operation().toString());
        assertEquals(211_000, t.firstLatencyNanos());   // 210 µs + the 1 µs each frame adds
        assertFalse(t.has(Transaction.AMBIGUOUS));
        assertEquals(1, r.counts().transactions());
    }

    @Test
    void errorCarriesErrnoAndExtendedAckMessage() throws Exception {
        byte[] req = route(RTM_NEWROUTE, REQUEST | ACK | CREATE | EXCL, 7, 0);
        Transaction t = new Synth().frame(ROUTE, req).frame(ROUTE, error(17, req, 99, "route exists")).pair().only();
        assertEquals(Outcome.ERROR, t.outcome());
        assertEquals(-17, t.errno());
        assertEquals("route exists", t.errorMessage());
    }

    @Test
    void dumpAcrossFramesClosedByDoneWithInterruptAndDoneError() throws Exception {
        byte[] req = link(RTM_GETLINK, REQUEST | DUMP, 9, 0, 0);
        Synth s = new Synth().frame(ROUTE, req)
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 9, 77, 1), link(RTM_NEWLINK, MULTI | DUMP_INTR, 9, 77, 2))
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 9, 77, 3))
                .frame(ROUTE, done(9, 77, 4));
        Synth.Result r = s.pair();
        Transaction t = r.only();
        assertEquals(Outcome.DUMP, t.outcome());
        assertEquals(4, t.responseCount());
        assertEquals(2, t.first().number());
        assertEquals(5, t.last().number());
        assertEquals(4, t.last().frame());
        assertTrue(t.has(Transaction.INTERRUPTED));
        assertEquals(-4, t.errno());   // NLMSG_DONE's own error (EINTR)
    }

    @Test
    void echoIsTheAnswerOnlyWhenAskedForElseTheSameTypeIsACausedNotification() throws Exception {
        byte[] echoReq = link(RTM_NEWLINK, REQUEST | ACK | ECHO, 20, 0, 5);
        byte[] plainReq = link(RTM_NEWLINK, REQUEST | ACK, 21, 0, 6);
        Synth.Result r = new Synth()
                .frame(ROUTE, echoReq).frame(ROUTE, link(RTM_NEWLINK, 0, 20, 50, 5)).frame(ROUTE, error(0, echoReq, 50))
                .frame(ROUTE, plainReq).frame(ROUTE, link(RTM_NEWLINK, 0, 21, 50, 6)).frame(ROUTE, error(0, plainReq, 50))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(Outcome.ECHO, t.get(0).outcome());
        assertEquals(2, t.get(0).responseCount());
        assertEquals(Outcome.ACK, t.get(1).outcome());
        assertEquals(1, t.get(1).responseCount());
        Unpaired n = r.unpaired().get(0);
        assertEquals(Unpaired.Kind.NOTIFICATION, n.kind());
        assertEquals(5, n.number());
        assertEquals(4, n.causedBy());
        // events come in the order of their first message
        assertEquals(List.of(1L, 4L, 5L), r.events().stream().map(PairingEvent::number).toList());
    }

    @Test
    void noReplyWithoutAckFlagUnansweredWithIt() throws Exception {
        Synth.Result r = new Synth()
                .frame(ROUTE, route(RTM_DELROUTE, REQUEST, 30, 0))
                .frame(ROUTE, route(RTM_DELROUTE, REQUEST | ACK, 31, 0))
                .frame(ROUTE, link(RTM_GETLINK, REQUEST, 32, 0, 1))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(List.of(Outcome.NO_REPLY, Outcome.UNANSWERED, Outcome.UNANSWERED), t.stream().map(Transaction::outcome).toList());
        assertEquals(0, t.get(1).responseCount());
        assertNull(t.get(1).first());
    }

    @Test
    void timeoutClosesAndALateAnswerNamesTheRequest() throws Exception {
        byte[] req = route(RTM_NEWROUTE, REQUEST | ACK, 40, 0);
        Synth.Result r = new Synth().frame(ROUTE, req).after(6_000_000).frame(ROUTE, error(0, req, 8)).pair();
        Transaction t = r.only();
        assertEquals(Outcome.UNANSWERED, t.outcome());
        assertTrue(t.has(Transaction.TIMED_OUT));
        assertEquals(Unpaired.Kind.LATE, r.unpaired().get(0).kind());
        assertEquals(1, r.unpaired().get(0).request(), "the late ACK still names the request that timed out");
        assertEquals(1, r.counts().timedOut());
        assertEquals(1, r.counts().late());
        assertEquals(0, r.counts().orphans());
        // a longer timeout lets it pair
        Synth.Result r2 = new Synth().frame(ROUTE, req).after(6_000_000).frame(ROUTE, error(0, req, 8))
                .pair(Pairing.Config.defaults().withTimeoutNanos(10_000_000_000L));
        assertEquals(Outcome.ACK, r2.only().outcome());
    }

    @Test
    void orphansAndNotifications() throws Exception {
        Synth.Result r = new Synth()
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 3, 60, 1))   // capture started mid-dump
                .frame(ROUTE, done(3, 60, 0))
                .frame(ROUTE, link(RTM_NEWLINK, 0, 0, 0, 2))        // multicast event
                .pair();
        assertEquals(List.of(Unpaired.Kind.ORPHAN, Unpaired.Kind.ORPHAN, Unpaired.Kind.NOTIFICATION),
                r.unpaired().stream().map(Unpaired::kind).toList());
        assertEquals(0, r.transactions().size());
        assertEquals(2, r.counts().orphans());
        assertEquals(1, r.counts().notifications());
    }

    @Test
    void seqWrapsAndIsReusedByTheNextProcess() throws Exception {
        byte[] a = route(RTM_NEWROUTE, REQUEST | ACK, 0xffffffffL, 0);
        byte[] b = route(RTM_NEWROUTE, REQUEST | ACK, 0, 0);
        byte[] c = route(RTM_NEWROUTE, REQUEST | ACK, 0xffffffffL, 0);   // another process, same seq, later
        Synth.Result r = new Synth()
                .frame(ROUTE, a).frame(ROUTE, b).frame(ROUTE, error(0, a, 10)).frame(ROUTE, error(17, b, 10))
                .frame(ROUTE, c).frame(ROUTE, error(0, c, 11))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(3, t.size());
        assertEquals(0xffffffffL, t.get(0).request().seq());
        assertEquals(Outcome.ACK, t.get(0).outcome());
        assertEquals(3, t.get(0).first().number());
        assertEquals(Outcome.ERROR, t.get(1).outcome());
        assertEquals(4, t.get(1).first().number());
        assertEquals(6, t.get(2).first().number());
        assertEquals(0, r.counts().ambiguous());
    }

    @Test
    void twoProcessesWithTheSameSeqOpenAtOnceAreAmbiguousOnceThenBound() throws Exception {
        byte[] a = link(RTM_GETLINK, REQUEST | DUMP, 100, 0, 0);
        byte[] b = link(RTM_GETLINK, REQUEST | DUMP, 100, 0, 0);
        Synth.Result r = new Synth()
                .frame(ROUTE, a).frame(ROUTE, b)
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 100, 300, 1))     // process with port 300
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 100, 400, 1))     // port 400: only the second is unbound
                .frame(ROUTE, done(100, 400, 0))
                .frame(ROUTE, link(RTM_NEWLINK, MULTI, 100, 300, 2))     // port 300 again: bound to the first
                .frame(ROUTE, done(100, 300, 0))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(List.of(3L, 6L, 7L), t.get(0).responses().stream().map(MessageRef::number).toList());
        assertEquals(List.of(4L, 5L), t.get(1).responses().stream().map(MessageRef::number).toList());
        // the first part could have been either's: both are marked, each naming the other
        assertTrue(t.get(0).has(Transaction.AMBIGUOUS));
        assertTrue(t.get(1).has(Transaction.AMBIGUOUS));
        assertEquals(List.of(2L), t.get(0).alternatives().stream().map(MessageRef::number).toList());
        assertEquals(List.of(1L), t.get(1).alternatives().stream().map(MessageRef::number).toList());
        assertEquals(2, r.counts().ambiguous());
    }

    @Test
    void batchOfRequestsInOneFrameEachGetsItsOwnAnswer() throws Exception {
        byte[] a = route(RTM_NEWROUTE, REQUEST | ACK, 10, 0), b = route(RTM_NEWROUTE, REQUEST | ACK, 11, 0),
                c = route(RTM_NEWROUTE, REQUEST | ACK, 12, 0);
        Synth.Result r = new Synth().frame(ROUTE, a, b, c)
                .frame(ROUTE, error(0, a, 5)).frame(ROUTE, error(17, b, 5)).frame(ROUTE, error(0, c, 5)).pair();
        assertEquals(List.of(Outcome.ACK, Outcome.ERROR, Outcome.ACK), r.transactions().stream().map(Transaction::outcome).toList());
        assertEquals(List.of(4L, 5L, 6L), r.transactions().stream().map(x -> x.first().number()).toList());
    }

    @Test
    void dumpInterleavedWithNotifications() throws Exception {
        byte[] req = route(RTM_GETROUTE, REQUEST | DUMP, 50, 0);
        Synth.Result r = new Synth().frame(ROUTE, req)
                .frame(ROUTE, route(RTM_NEWROUTE, MULTI, 50, 9))
                .frame(ROUTE, link(RTM_NEWLINK, 0, 0, 0, 3))
                .frame(ROUTE, route(RTM_NEWROUTE, MULTI, 50, 9), done(50, 9, 0)).pair();
        assertEquals(Outcome.DUMP, r.only().outcome());
        assertEquals(3, r.only().responseCount());
        assertEquals(3, r.unpaired().get(0).number());
        assertEquals(List.of(1L, 3L), r.events().stream().map(PairingEvent::number).toList());
    }

    @Test
    void aChangeWithoutAckSettlesWhenALaterRequestIsAnsweredAndALateErrorStillNamesIt() throws Exception {
        // `ip route add` as a daemon sends it (no NLM_F_ACK), then a GET on another socket; the GET's answer means
        // the kernel is past the route: without an error so far it got none
        byte[] add = route(RTM_NEWROUTE, REQUEST | CREATE, 60, 0), get = link(RTM_GETLINK, REQUEST, 61, 0, 1);
        Synth.Result r = new Synth().frame(ROUTE, add).frame(ROUTE, get)
                .frame(ROUTE, link(RTM_NEWLINK, 0, 61, 7, 1))
                .frame(ROUTE, error(-17, add, 7)).pair();
        List<Transaction> t = r.transactions();
        assertEquals(Outcome.NO_REPLY, t.get(0).outcome());
        assertTrue(t.get(0).has(Transaction.SETTLED));
        assertEquals(List.of(1L, 2L, 4L), r.events().stream().map(PairingEvent::number).toList(),
                "the NEWROUTE is reported once the GET is answered, not after the timeout");
        Unpaired late = r.unpaired().get(0);
        assertEquals(Unpaired.Kind.LATE, late.kind());
        assertEquals(1, late.request());
        assertEquals(1, r.counts().settled());
        assertEquals(1, r.counts().late());
    }

    @Test
    void tooManyPendingEvictsTheOldestAndCountsIt() throws Exception {
        Synth s = new Synth();
        for (int i = 0; i < 5; i++) s.frame(ROUTE, route(RTM_NEWROUTE, REQUEST | ACK, 200 + i, 0));
        Synth.Result r = s.pair(Pairing.Config.defaults().withPendingBytes(700));
        assertEquals(5, r.transactions().size());
        assertEquals(2, r.counts().evicted());
        assertTrue(r.transactions().get(0).has(Transaction.EVICTED));
        assertFalse(r.transactions().get(4).has(Transaction.EVICTED));
    }

    @Test
    void recordedSocketsMakePairingExact() throws Exception {
        // two sockets send seq 1 with nlmsg_pid 0; the second one's answer comes first
        byte[] a = route(RTM_NEWROUTE, REQUEST | ACK, 1, 0), b = route(RTM_NEWROUTE, REQUEST | ACK, 1, 0);
        Synth.Result r = new Synth()
                .frame(ROUTE, Direction.OUTBOUND, "pid=10 fd=3 proto=0 portid=100", a)
                .frame(ROUTE, Direction.OUTBOUND, "pid=11 fd=3 proto=0 portid=200", b)
                .frame(ROUTE, Direction.INBOUND, "pid=11 fd=3 proto=0 portid=200", error(17, b, 200))
                .frame(ROUTE, Direction.INBOUND, "pid=10 fd=3 proto=0 portid=100", error(0, a, 100))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(Outcome.ACK, t.get(0).outcome());
        assertEquals(4, t.get(0).first().number());
        assertEquals(Outcome.ERROR, t.get(1).outcome());
        assertEquals(3, t.get(1).first().number());
        assertTrue(t.get(0).has(Transaction.EXACT));
        assertEquals(0, r.counts().ambiguous());
    }

    @Test
    void seqZeroReplyToTheSendingPortIsInferred() throws Exception {
        // a tutorial module on unit 30: the user sends with its pid as port, the kernel answers with seq 0
        Synth.Result r = new Synth()
                .frame(30, text(16, REQUEST, 1, 555, "hello netlink!!"))
                .frame(30, text(16, 0, 0, 555, "hello from kernel"))
                .frame(30, text(16, 0, 0, 0, "more from kernel"))
                .pair();
        Transaction t = r.only();
        assertEquals(Outcome.REPLY, t.outcome());
        assertTrue(t.has(Transaction.INFERRED));
        assertEquals(2, t.first().number());
        // seq 0, pid 0 right after the reply, no other request between: the same burst (seed 001 sends ten)
        assertEquals(3, t.last().number());
        assertTrue(r.unpaired().isEmpty());
        assertEquals(2, r.counts().inferred(), "each inferred reply counts");
    }

    @Test
    void tracedSeqZeroRepliesWithoutPortAreInferredBySocket() throws Exception {
        Synth.Result r = new Synth()
                .frame(30, Direction.OUTBOUND, "pid=7 fd=3 proto=30 portid=100", text(16, 0, 0, 100, "hello"))
                .frame(30, Direction.OUTBOUND, "pid=8 fd=3 proto=30 portid=4242", text(16, 0, 0, 0, "hello"))
                .frame(30, Direction.INBOUND, "pid=8 fd=3 proto=30 portid=4242", text(16, 0, 0, 0, "reply"))
                .frame(30, Direction.INBOUND, "pid=7 fd=3 proto=30 portid=100", text(16, 0, 0, 0, "reply"))
                .pair();
        List<Transaction> t = r.transactions();
        assertEquals(List.of(4L, 3L), t.stream().map(x -> x.first().number()).toList());
        assertTrue(t.stream().allMatch(x -> x.outcome() == Outcome.REPLY && x.has(Transaction.EXACT)));
    }
}
