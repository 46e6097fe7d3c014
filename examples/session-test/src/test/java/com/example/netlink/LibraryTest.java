package com.example.netlink;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's lower-level snippets (messages, streamed transactions), compiled and run as a user's code. */
class LibraryTest {
    static final Path RUN = RouteSetupTest.RUN;

    @Test
    void messages() throws IOException {
        List<String> lines = new ArrayList<>();
        try (NetlinkCapture cap = NetlinkCapture.open(RUN)) {
            for (DissectedFrame f; (f = cap.next()) != null; )
                for (NetlinkMessage m : f.messages())
                    lines.add(m.typeName() + " " + m.flagNames() + " " + m.summary());
        }
        // iproute2's probe before `ip link add` (pairs-rtnl.expected.tsv): an RTM_NEWLINK with no attributes, acked
        assertEquals("RTM_NEWLINK [REQUEST, ACK] ifinfomsg, 0 attributes", lines.get(0));
    }

    @Test
    void transactionsStreamed() throws IOException {
        List<String> lines = new ArrayList<>();
        Stats stats = new Stats();
        Pairing pairing = new Pairing(Pairing.Config.defaults(), event -> {
            stats.accept(event);
            if (event instanceof Transaction t)
                lines.add(t.operation() + " " + t.outcome() + " " + t.responseCount() + " " + t.lastLatencyNanos());
        });
        try (NetlinkCapture cap = NetlinkCapture.open(RUN)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) pairing.accept(f);
        }
        pairing.finish();
        assertEquals(pairing.counts().transactions(), lines.size());
        assertTrue(lines.get(0).startsWith("route NEWLINK ERROR 1 "), lines.get(0));
        assertEquals(lines.size(), stats.rows().stream().mapToLong(Stats.Row::transactions).sum());   // HdrHistogram behind it
    }
}
