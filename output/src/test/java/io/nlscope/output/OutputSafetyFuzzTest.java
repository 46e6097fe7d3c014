package io.nlscope.output;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;

/**
 * Coverage-guided fuzzing (Jazzer) of the output formats with hostile captured strings: the fuzzer's bytes become
 * strings as {@link HostileOutput.Strings} makes them (UTF-8 with U+FFFD, the dissector's captured text with lone
 * surrogates for bytes that are no UTF-8, raw UTF-16 with any char, Latin-1 with C1 controls), put in every place a
 * captured string reaches output, and rendered by every messages and pairs format ({@link HostileOutput#all}).
 * Properties: the text formats hold no unescaped control, bidi or lone-surrogate character and keep one line per
 * message, row or field; JSON parses and gives every string back exactly; no exception. Seeds: strings of the real
 * captures (interface names, extended ACK messages, uevent properties, frame comments with process names), and
 * each kind of hostile character, written by {@link OutputSeedsWriter}.
 *
 * <p>{@code JAZZER_FUZZ=1 mvn -o -B test -pl output -am -Dtest='OutputSafetyFuzzTest#hostileStrings'
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}
 */
class OutputSafetyFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void hostileStrings(byte[] data) throws IOException {
        HostileOutput.all(new HostileOutput.Strings(data));
    }
}
