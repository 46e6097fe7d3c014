package io.nlscope.analysis.diff;

import io.nlscope.analysis.FuzzFrames;
import io.nlscope.analysis.FuzzSeeds;
import io.nlscope.analysis.RealSessions;
import io.nlscope.capture.Direction;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link DiffProperty} over the real inputs: every diff capture and pairing capture against itself, every two diff
 * captures against each other; and the byte diff's memory, linear in the messages' length.
 */
class DiffRobustnessTest {

    @Test
    void everyRealSessionAgainstItselfHasNoChange() throws Exception {
        List<Path> files = new ArrayList<>(FuzzSeeds.captures(RealSessions.testdata("diff")));
        for (Path p : FuzzSeeds.captures(RealSessions.testdata("captures")))
            if (p.getFileName().toString().startsWith("pairs-")) files.add(p);
        assertTrue(files.size() >= 15, files.toString());
        for (Path f : files) {
            Session s = Session.read(f, Normalizer.defaults(), true);
            assertTrue(!s.items().isEmpty(), f + " has items");
            DiffProperty.self(s);
        }
    }

    @Test
    void everyTwoDiffCapturesAccountForEveryItem() throws Exception {
        List<Session> sessions = new ArrayList<>();
        for (Path f : FuzzSeeds.captures(RealSessions.testdata("diff"))) sessions.add(Session.read(f, Normalizer.defaults(), true));
        assertEquals(6, sessions.size());
        for (int i = 0; i < sessions.size(); i++)
            for (int j = i + 1; j < sessions.size(); j++) DiffProperty.pair(sessions.get(i), sessions.get(j));
    }

    /** A 64 KiB RTM_NEWLINK whose attributes are random bytes, decoded by the real dissector. */
    private static ByteDiff.Message randomLink(long seed) {
        byte[] nl = new byte[64 << 10];
        new Random(seed).nextBytes(nl);
        ByteBuffer b = ByteBuffer.wrap(nl).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0, nl.length).putShort(4, (short) 16).putShort(6, (short) 0x5);   // RTM_NEWLINK, REQUEST|ACK
        nl[16] = 0;   // ifi_family AF_UNSPEC
        FuzzFrames.Record r = new FuzzFrames.Record(0, Direction.OUTBOUND, 1_700_000_000_000_000_000L, "", nl);
        Frame f = FuzzFrames.frames(List.of(r)).get(0);
        DissectedFrame d = FuzzFrames.dissect(List.of(f)).get(0);
        NetlinkMessage m = d.messages().get(0);
        assertEquals(nl.length, m.length());
        return ByteDiff.message(1, f.data(), m, Normalizer.defaults());
    }

    /**
     * ByteDiff compares field by field (each leaf's bytes, then the bytes no leaf covers), not by an edit distance
     * over the bytes: what it holds and reports is linear in the two messages, so two 64 KiB messages of random
     * bytes report at most twice their bytes, and one against itself nothing.
     */
    @Test
    void twoRandomSixtyFourKibMessagesDiffInLinearMemory() {
        ByteDiff.Message x = randomLink(1), y = randomLink(2);
        assertTrue(x.leaves().size() > 1, "the random attributes decode to leaves");
        List<ByteDiff.Difference> d = ByteDiff.of(x, y);
        long reported = 0;
        for (ByteDiff.Difference e : d) reported += e.before().length + e.after().length;
        long both = x.bytes().length + y.bytes().length;
        assertTrue(reported > 0 && reported <= 2 * both, reported + " bytes reported for two messages of " + both);
        assertTrue(d.size() <= x.leaves().size() + y.leaves().size() + x.bytes().length / 2);
        for (ByteDiff.Difference e : d) assertTrue(e.text().length() < 400, "a line shows at most " + ByteDiff.SHOWN + " bytes of each side");
        assertEquals(List.of(), ByteDiff.of(x, x));
        assertEquals(List.of(), ByteDiff.of(x, randomLink(1)));
    }
}
