package io.nlscope.analysis;

import io.nlscope.capture.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.nlscope.analysis.Synth.ACK;
import static io.nlscope.analysis.Synth.REQUEST;
import static io.nlscope.analysis.Synth.ROUTE;
import static io.nlscope.analysis.Synth.RTM_GETLINK;
import static io.nlscope.analysis.Synth.RTM_NEWROUTE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PairingProperty} over every real capture in testdata, in the configurations the fuzz target uses; and the
 * memory bound of open transactions: when the budget is hit the oldest is reported as evicted (and counted), a
 * response that comes later names it, and pairing's own indexes stay bounded however long the capture.
 */
class PairingRobustnessTest {

    @Test
    void everyRealCaptureKeepsEveryMessageOnceInEveryConfiguration() throws IOException {
        List<Path> captures = FuzzSeeds.captures(RealSessions.root().resolve("testdata"));
        assertTrue(captures.size() > 100, "testdata's captures: " + captures.size());
        long messages = 0;
        for (Path c : captures) {
            List<DissectedFrame> frames = new ArrayList<>();
            try (NetlinkCapture cap = NetlinkCapture.open(c)) {
                for (DissectedFrame f; (f = cap.next()) != null; ) frames.add(f);
            }
            for (int mode : new int[] {0, 1, 2 | 4 | 8, 1 | 2 | 16}) {
                try {
                    messages += PairingProperty.check(frames, PairingProperty.config(mode)).size();
                } catch (AssertionError e) {
                    throw new AssertionError(c + ", mode " + mode + ": " + e.getMessage(), e);
                }
            }
        }
        assertTrue(messages > 10_000);
    }

    /** Requests nothing answers, one frame each 1 ms apart, as records of {@link FuzzFrames}. */
    private static List<DissectedFrame> requests(int count, java.util.function.IntFunction<byte[]> message) {
        List<FuzzFrames.Record> records = new ArrayList<>();
        long t = 1_700_000_000_000_000_000L;
        for (int i = 0; i < count; i++) records.add(new FuzzFrames.Record(ROUTE, Direction.UNKNOWN, t += 1_000_000, "", message.apply(i)));
        return FuzzFrames.dissect(FuzzFrames.frames(records));
    }

    @Test
    void theBudgetEvictsTheOldestAndSaysSo() {
        List<DissectedFrame> frames = new ArrayList<>(requests(2000, i -> Synth.link(RTM_GETLINK, REQUEST | ACK, 1000 + i, 0, 1)));
        // the answer to the first request comes after it was evicted
        byte[] first = Synth.link(RTM_GETLINK, REQUEST | ACK, 1000, 0, 1);
        frames.addAll(FuzzFrames.dissect(FuzzFrames.frames(List.of(
                new FuzzFrames.Record(ROUTE, Direction.UNKNOWN, 1_700_000_003_000_000_000L, "", Synth.error(0, first, 4242))))));
        Pairing.Config config = Pairing.Config.defaults().withPendingBytes(64 << 10);
        List<PairingEvent> events = PairingProperty.check(frames, config);
        List<Transaction> evicted = events.stream().filter(e -> e instanceof Transaction t && t.has(Transaction.EVICTED))
                .map(e -> (Transaction) e).toList();
        assertTrue(evicted.size() > 1000, "most of 2,000 open requests do not fit in 64 KiB: " + evicted.size());
        for (Transaction t : evicted) assertEquals(Outcome.UNANSWERED, t.outcome());
        Unpaired late = (Unpaired) events.get(events.size() - 1);
        assertEquals(Unpaired.Kind.LATE, late.kind());
        assertEquals(1, late.request(), "names the evicted first request");
    }

    /**
     * Found by reading Pairing: a NEW without NLM_F_ACK that nothing answered stayed in the list of requests waiting
     * to be settled after it timed out or was evicted, for good: memory grew with the capture.
     */
    @Test
    void unansweredChangesDoNotAccumulate() {
        List<DissectedFrame> frames = requests(30_000, i -> Synth.route(RTM_NEWROUTE, REQUEST, 1 + i, 0));
        PairingProperty.check(frames, Pairing.Config.defaults().withPendingBytes(4096));
        PairingProperty.check(frames, Pairing.Config.defaults().withTimeoutNanos(1_000_000));
    }

    /** A custom unit's requests all carry seq 0: 100,000 open at once, never timed out (as diff pairs), are one chain. */
    @Test
    void oneSeqForEveryOpenRequestStaysLinear() {
        List<FuzzFrames.Record> records = new ArrayList<>();
        for (int i = 0; i < 100_000; i++)
            records.add(new FuzzFrames.Record(25, Direction.UNKNOWN, 1_700_000_000_000_000_000L + i, "", Synth.text(0x10, REQUEST, 0, 77, "q" + i)));
        List<DissectedFrame> frames = FuzzFrames.dissect(FuzzFrames.frames(records));
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            List<PairingEvent> events = new ArrayList<>();
            Pairing p = new Pairing(Pairing.Config.defaults().withTimeoutNanos(Long.MAX_VALUE).withPendingBytes(1L << 30), events::add);
            for (DissectedFrame f : frames) p.accept(f);
            p.finish();
            assertEquals(100_000, events.size());
            assertEquals(0, p.heldBytes());
        }, "a hang guard: appending to the chain walked it, 100,000² steps");
    }
}
