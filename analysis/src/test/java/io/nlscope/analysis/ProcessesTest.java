package io.nlscope.analysis;

import io.nlscope.capture.Direction;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.analysis.Synth.ACK;
import static io.nlscope.analysis.Synth.REQUEST;
import static io.nlscope.analysis.Synth.ROUTE;
import static io.nlscope.analysis.Synth.RTM_NEWROUTE;
import static io.nlscope.analysis.Synth.error;
import static io.nlscope.analysis.Synth.route;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The processes a capture records in its frame comments, as pairing attaches them to transactions and notifications. */
class ProcessesTest {

    @Test
    void commentsOfBothForms() {
        FrameComment trace = FrameComment.parse("pid=32263 fd=3 proto=0 portid=32263");
        assertEquals(new FrameComment(32263, 3, 0, 32263, null), trace);
        assertTrue(trace.namesSocket());
        assertEquals("pid 32263", trace.process().label());
        FrameComment named = FrameComment.parse("pid=7 fd=4 proto=16 portid=? comm=Web Content");
        assertEquals(new FrameComment(7, 4, 16, -1, "Web Content"), named);
        assertEquals("Web Content[7]", named.process().label());
        FrameComment live = FrameComment.parse("pid=178 portid=178 proto=0 comm=ip");
        assertFalse(live.namesSocket(), "what nlscope capture records names a process, not a traced socket");
        assertEquals(new ProcessRef(178, "ip"), live.process());
        assertNull(FrameComment.parse("added by nlscope, not captured: the kernel's generic netlink families"));
        assertNull(FrameComment.parse("pid=x"));
        assertEquals(java.util.Optional.empty(), Socket.of(List.of("pid=178 portid=178 proto=0 comm=ip")));
    }

    /**
     * nlmon: iproute2's request carries nlmsg_pid 0, so only the answer (to port 178) and the notification the
     * change caused (stamped with port 178) name the process; the transaction takes it from its answer. Pairing
     * stays as for any nlmon capture (not EXACT).
     */
    @Test
    void anNlmonTransactionTakesItsProcessFromTheAnswer() throws Exception {
        byte[] req = route(RTM_NEWROUTE, REQUEST | ACK, 5, 0);
        String ip = "pid=178 portid=178 proto=0 comm=ip";
        Synth.Result r = new Synth()
                .frame(ROUTE, Direction.UNKNOWN, null, req)
                .frame(ROUTE, Direction.UNKNOWN, ip, route(RTM_NEWROUTE, 0, 5, 178))   // the notification
                .frame(ROUTE, Direction.UNKNOWN, ip, error(0, req, 178))
                .frame(ROUTE, Direction.UNKNOWN, null, route(RTM_NEWROUTE, REQUEST | ACK, 6, 0))
                .frame(ROUTE, Direction.UNKNOWN, null, error(0, route(RTM_NEWROUTE, REQUEST | ACK, 6, 0), 999))
                .pair();
        Transaction t = r.transactions().get(0);
        assertNull(t.request().process());
        assertEquals(new ProcessRef(178, "ip"), t.process());
        assertFalse(t.has(Transaction.EXACT));
        Unpaired n = r.unpaired().get(0);
        assertEquals(Unpaired.Kind.NOTIFICATION, n.kind());
        assertEquals(new ProcessRef(178, "ip"), n.message().process());
        assertNull(r.transactions().get(1).process(), "port 999 was never traced to a process");
    }

    /** trace: every frame names its process; the comm of a later frame names the pid from then on. */
    @Test
    void aTracedTransactionTakesItsProcessFromItsSocket() throws Exception {
        byte[] a = route(RTM_NEWROUTE, REQUEST | ACK, 1, 0);
        Synth.Result r = new Synth()
                .frame(ROUTE, Direction.OUTBOUND, "pid=10 fd=3 proto=0 portid=100 comm=nft", a)
                .frame(ROUTE, Direction.INBOUND, "pid=10 fd=3 proto=0 portid=100 comm=nft", error(0, a, 100))
                .frame(ROUTE, Direction.OUTBOUND, "pid=11 fd=3 proto=0 portid=200", a)
                .frame(ROUTE, Direction.INBOUND, "pid=11 fd=3 proto=0 portid=200", error(0, a, 200))
                .pair();
        assertEquals(new ProcessRef(10, "nft"), r.transactions().get(0).request().process());
        assertEquals(new ProcessRef(11, ""), r.transactions().get(1).process());
        assertTrue(r.transactions().get(0).has(Transaction.EXACT));

        Stats s = new Stats();
        r.events().forEach(s);
        assertEquals(List.of(new Stats.ProcessRow(new ProcessRef(10, "nft"), 1, 0, 0), new Stats.ProcessRow(new ProcessRef(11, ""), 1, 0, 0)),
                s.processes());
    }
}
