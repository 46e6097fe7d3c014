package io.nlscope.userspec;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Coverage-guided fuzzing (Jazzer) of the text of a user's .ksy, as {@code read --ksy FILE} compiles it
 * ({@link KsyCompiler#dissector}): the seeds are the real specs ({@link UserSpecs#SPECS}) and the fuzzer mutates
 * their text. Property: the compilation ends in a dissector or in {@link KsyCompiler.KsyException}, the documented
 * error, whose message is one non-blank sentence naming the file, or the compilers' own; nothing else escapes (no
 * Kaitai compiler error, no StackOverflowError of a spec nested without end, no hang past the guard's time limit).
 *
 * <p>{@code JAZZER_FUZZ=1 mvn -o -B test -pl userspec -am -Dtest='KsyCompilerFuzzTest#ksyText'
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}. Jazzer instruments only this module's classes by
 * default, so the compiler's branches do not guide it; to have them guide it (some 30 times the coverage, a third of
 * the speed), add {@code JAZZER_INSTRUMENTATION_INCLUDES='io.nlscope.**:io.kaitai.**:fastparse.**'}.
 */
class KsyCompilerFuzzTest {
    private static final Path SPEC = spec();

    private static Path spec() {
        try {
            Path dir = Files.createTempDirectory("nlscope-ksy-fuzz");
            dir.toFile().deleteOnExit();
            Path p = dir.resolve("fuzzed.ksy");
            p.toFile().deleteOnExit();
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void ksyText(byte[] data) throws IOException {
        Files.write(SPEC, data);
        try {
            SpecDissector d = KsyCompiler.dissector(SPEC, -1);
            if (d.protocol() < 0 || d.protocol() > 31) throw new AssertionError("a dissector of protocol " + d.protocol());
        } catch (KsyCompiler.KsyException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) throw new AssertionError("a KsyException without a message", e);
        }
    }
}
