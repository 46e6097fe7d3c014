package io.nlscope.capture.strace;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

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
}
