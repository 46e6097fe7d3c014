package io.nlscope.analysis.diff;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlscope.analysis.FuzzFrames;
import io.nlscope.analysis.RealSessions;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The diff of a session made from fuzzed frames ({@link FuzzFrames}, seeded with the diff captures of testdata/diff)
 * against itself and against a real one (the first frames of testdata/diff/diff-base.pcap, small so that a run is
 * quick), in both orders: {@link DiffProperty}.
 */
class DiffFuzzTest {
    private static Session real;
    private static Path file;

    @FuzzTest(maxDuration = "5m")
    void diff(byte[] data) throws IOException {
        if (real == null) {
            Path base = Files.createTempFile("nlscope-diff-base", ".pcapng");
            base.toFile().deleteOnExit();
            byte[] records = FuzzFrames.fromCapture(RealSessions.testdata("diff/diff-base.pcap"), 1, 40);
            try (OutputStream out = Files.newOutputStream(base)) {
                FuzzFrames.writePcapng(FuzzFrames.records(records), out);
            }
            real = Session.read(base, Normalizer.defaults(), true);
            file = Files.createTempFile("nlscope-diff-fuzz", ".pcapng");
            file.toFile().deleteOnExit();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            FuzzFrames.writePcapng(FuzzFrames.records(data), out);
        }
        Session fuzzed = Session.read(file, Normalizer.defaults(), true);
        DiffProperty.self(fuzzed, false);
        DiffProperty.pair(real, fuzzed, false);
    }
}
