package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every frame of every real capture in testdata (captures/, every kernel under kernels/, diff/, kmod/, the strace
 * logs imported) is accounted for byte by byte ({@link ByteAccounting}) at every depth, and the depths agree on it
 * ({@link FuzzFrames#disagreements}). Before the fixes that came with ByteAccounting, FULL decoding left the cooked
 * header's address as a copy (18,542 frames) and the separators of 9 uevents out (40 gaps).
 */
class ByteAccountingCapturesTest {

    private static void accounted(Depth depth) throws IOException {
        List<String> found = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long frames = 0;
        for (Path p : RealCaptures.all()) {
            for (DissectedFrame f : RealCaptures.dissect(p, depth)) {
                frames++;
                for (ByteAccounting.Gap g : ByteAccounting.check(f)) {
                    if (found.size() < 40) found.add(TestData.root().relativize(p) + " " + g);
                    kinds.merge(g.problem().replaceAll("[0-9]+", "N") + " @ " + g.where().replaceAll("message [0-9]+", "message"), 1, Integer::sum);
                }
            }
        }
        kinds.forEach((k, n) -> System.out.println(depth + " " + n + "x " + k));
        assertTrue(frames > 15_000, "only " + frames + " frames");
        assertEquals(List.of(), found, depth + ": bytes the tree does not account for");
    }

    @Test void everyByteOfEveryRealCaptureIsAccountedForInFull() throws IOException { accounted(Depth.FULL); }

    @Test void everyByteOfEveryRealCaptureIsAccountedForInSummaries() throws IOException { accounted(Depth.SUMMARY); }

    @Test void everyByteOfEveryRealCaptureIsAccountedForInHeaders() throws IOException { accounted(Depth.HEADERS); }

    /** The property DissectorFuzzTest#depthsAgree asserts, on every frame of every real capture: the depths agree. */
    @Test
    void everyDepthAgreesWithFullDecodingOnEveryRealCapture() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path p : RealCaptures.all()) {
            List<DissectedFrame> full = RealCaptures.dissect(p, Depth.FULL), summary = RealCaptures.dissect(p, Depth.SUMMARY),
                    headers = RealCaptures.dissect(p, Depth.HEADERS);
            assertEquals(full.size(), summary.size(), p.toString());
            assertEquals(full.size(), headers.size(), p.toString());
            for (int i = 0; i < full.size() && found.size() < 20; i++)
                for (String d : FuzzFrames.disagreements(full.get(i), summary.get(i), headers.get(i))) found.add(TestData.root().relativize(p) + " " + d);
        }
        assertEquals(List.of(), found);
    }
}
