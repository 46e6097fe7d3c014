package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What pairing promises of any stream of messages, asserted by the fuzz target and by the tests over every real
 * capture: every message comes out exactly once, as a transaction's request or response or as an unpaired
 * message (count in = count out, no number twice or missing when every response is kept); the counts add up to the
 * events; in order mode events come in the order of their first messages; after each message the open
 * transactions and the events waiting behind them hold no more than {@link Pairing.Config#pendingBytes()}, and
 * pairing's own bookkeeping stays within a bound set by that budget and its named caps.
 */
public final class PairingProperty {
    private PairingProperty() {}

    /** The pairing configurations the fuzz input's first byte picks: order, a small budget, few kept responses, a short timeout. */
    public static Pairing.Config config(int mode) {
        Pairing.Config c = Pairing.Config.defaults().withOrdered((mode & 1) == 0);
        if ((mode & 2) != 0) c = c.withPendingBytes(4096);
        if ((mode & 4) != 0) c = c.withKeepResponses(2);
        if ((mode & 8) != 0) c = c.withTimeoutNanos(1_000_000);
        if ((mode & 16) != 0) c = c.withRequestKeys(false);
        return c;
    }

    /** Pairs the frames and asserts the property; returns the events. */
    public static List<PairingEvent> check(List<DissectedFrame> frames, Pairing.Config config) {
        List<PairingEvent> events = new ArrayList<>();
        Pairing p = new Pairing(config, events::add);
        long in = 0;
        for (DissectedFrame f : frames) {
            Socket s = p.frame(f);
            for (NetlinkMessage m : f.messages()) {
                in++;
                Pairing.Placement placement = p.accept(m, s);
                assertTrue(placement != null, "a placement for message " + in);
                assertTrue(p.heldBytes() <= config.pendingBytes(),
                        "held " + p.heldBytes() + " bytes after message " + in + ", over the budget of " + config.pendingBytes());
                long bound = 8 * (config.pendingBytes() / MessageRef.BYTES + 1) + Pairing.BOOKKEEPING_MAX;
                assertTrue(p.entries() <= bound, p.entries() + " entries after message " + in + ", over " + bound);
            }
        }
        p.finish();
        assertEquals(0, p.heldBytes(), "nothing held after finish()");
        assertEquals(in, p.counts().messages());

        BitSet seen = new BitSet();
        long out = 0, lastNumber = 0;
        boolean complete = true;
        for (PairingEvent e : events) {
            if (config.ordered()) {
                assertTrue(e.number() > lastNumber, "event " + e.number() + " after " + lastNumber + " in order mode");
                lastNumber = e.number();
            }
            if (e instanceof Transaction t) {
                out += 1 + t.responseCount();
                once(seen, t.request().number());
                for (MessageRef r : t.responses()) once(seen, r.number());
                if (t.responses().size() != t.responseCount()) complete = false;
                assertTrue(t.responses().size() <= config.keepResponses());
                assertEquals(t.number(), t.request().number());
            } else {
                Unpaired u = (Unpaired) e;
                out++;
                once(seen, u.number());
                assertEquals(u.number(), u.message().number());
            }
            assertFalse(e.describe().isEmpty());
        }
        assertEquals(in, out, "messages in = messages in the events");
        if (complete) assertEquals(in, seen.cardinality(), "every message number once");
        if (in > 0) assertTrue(seen.nextSetBit(0) >= 1 && seen.length() - 1 <= in, "numbers within 1.." + in);
        Pairing.Counts c = p.counts();
        assertEquals(events.size(), c.transactions() + c.notifications() + c.orphans() + c.unreadable() + c.late() + c.copies(),
                "the counts add up to the events: " + c);
        return events;
    }

    private static void once(BitSet seen, long number) {
        assertTrue(number >= 1 && number <= Integer.MAX_VALUE, "number " + number);
        assertFalse(seen.get((int) number), "message " + number + " in two events");
        seen.set((int) number);
    }
}
