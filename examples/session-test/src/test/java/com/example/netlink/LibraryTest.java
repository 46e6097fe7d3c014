package com.example.netlink;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's lower-level snippets (messages, streamed transactions), word for word but for the file's path,
 * compiled and run as a user's code; what they print is checked.
 */
class LibraryTest {
    static final Path RUN = RouteSetupTest.RUN;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private PrintStream stdout;

    @BeforeEach
    void capturePrinting() {
        stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restorePrinting() { System.setOut(stdout); }

    private List<String> lines() { return printed.toString(StandardCharsets.UTF_8).lines().toList(); }

    @Test
    void messages() throws IOException {
        try (NetlinkCapture cap = NetlinkCapture.open(RUN)) {
            for (DissectedFrame f; (f = cap.next()) != null; )
                for (NetlinkMessage m : f.messages())
                    System.out.println(m.typeName() + " " + m.flagNames() + " " + m.summary());
        }
        // iproute2's probe before `ip link add` (pairs-rtnl.expected.tsv): an RTM_NEWLINK with no attributes, acked
        assertEquals("RTM_NEWLINK [REQUEST, ACK] ifinfomsg, 0 attributes", lines().get(0));
    }

    @Test
    void transactionsStreamed() throws IOException {
        Stats stats = new Stats();
        Pairing pairing = new Pairing(Pairing.Config.defaults(), event -> {
            stats.accept(event);
            if (event instanceof Transaction t)
                System.out.println(t.operation() + " " + t.outcome() + " " + t.responseCount() + " " + t.lastLatencyNanos());
        });
        try (NetlinkCapture cap = NetlinkCapture.open(RUN)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) pairing.accept(f);
        }
        pairing.finish();
        stats.rows().forEach(r -> System.out.println(r.operation() + " " + r.transactions()));

        List<String> lines = lines();
        long transactions = pairing.counts().transactions();
        assertTrue(lines.get(0).startsWith("route NEWLINK ERROR 1 "), lines.get(0));
        // then one line per operation with its count (Stats keeps latencies in HdrHistograms)
        assertEquals(transactions, lines.subList((int) transactions, lines.size()).stream()
                .mapToLong(l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))).sum());
    }
}
