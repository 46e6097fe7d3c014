package io.nlscope.capture.strace;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer target for the strace-log importer: any text, read as the CLI reads a log (ISO-8859-1, so every byte is
 * one character). {@link StraceLogCheck} asserts the properties. Seeds: pieces of the real logs of
 * testdata/strace, cut by {@link StraceSeeds}, in StraceImporterFuzzTestInputs/importAnyLog/.
 */
class StraceImporterFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void importAnyLog(byte[] data) throws IOException {
        StraceLogCheck.check(new String(data, StandardCharsets.ISO_8859_1));
    }

    /** Every line of the real logs and of the hand-made seeds: the pool {@link #mixRealLines} draws from. */
    private static final List<String> POOL = pool();

    private static List<String> pool() {
        try {
            List<String> lines = new ArrayList<>();
            for (Path log : StraceImporterRobustnessTest.realLogs()) lines.addAll(Files.readAllLines(log, StandardCharsets.ISO_8859_1));
            Path seeds = StraceImporterRobustnessTest.root()
                    .resolve("capture/src/test/resources/io/nlscope/capture/strace/StraceImporterFuzzTestInputs/importAnyLog");
            try (var s = Files.list(seeds)) {
                for (Path p : s.filter(p -> p.getFileName().toString().startsWith("handmade-")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(p, StandardCharsets.ISO_8859_1));
                }
            }
            return List.copyOf(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Real lines in a fuzzed order: runs of consecutive lines from anywhere in the pool (so calls keep their
     * dumps), single lines, lines cut at a fuzzed point, and lines with a fuzzed pid: the importer's state
     * (sockets, unfinished calls, the datagram being read) meets sequences no byte-level mutation finds.
     */
    @FuzzTest(maxDuration = "5m")
    void mixRealLines(FuzzedDataProvider d) throws IOException {
        StringBuilder log = new StringBuilder();
        int pieces = d.consumeInt(0, 64);
        for (int i = 0; i < pieces && d.remainingBytes() > 0; i++) {
            int at = d.consumeInt(0, POOL.size() - 1);
            switch (d.consumeInt(0, 3)) {
                case 0 -> {
                    int n = d.consumeInt(1, 40);
                    for (int k = at; k < Math.min(POOL.size(), at + n); k++) log.append(POOL.get(k)).append('\n');
                }
                case 1 -> log.append(POOL.get(at)).append('\n');
                case 2 -> {
                    String l = POOL.get(at);
                    log.append(l, 0, d.consumeInt(0, l.length())).append('\n');
                }
                default -> log.append(POOL.get(at).replaceFirst("^\\d+", Integer.toString(d.consumeInt(0, 5)))).append('\n');
            }
        }
        StraceLogCheck.check(log.toString());
    }
}
