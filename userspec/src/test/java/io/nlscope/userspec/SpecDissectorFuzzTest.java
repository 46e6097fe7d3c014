package io.nlscope.userspec;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing (Jazzer) of a user's protocol decoded by the parser Kaitai made of the user's .ksy: the real
 * specs ({@link UserSpecs#SPECS}: the example plug-in's ops.ksy, this module's ops.ksy, and nest.ksy's recursive user
 * type) are compiled once per JVM, and the fuzzer's bytes are the payload of one message of the protocol the first
 * byte picks ({@link UserSpecs#decode}). Properties: no exception escapes {@link SpecDissector#dissect} (it documents
 * none: a payload its parser refuses is a malformed node); every byte of the payload lies in one top-level field and
 * raw and malformed nodes hold their bytes ({@link UserSpecs#accounted}); decoding ends (Jazzer's per-input timeout)
 * in the fuzz run's 256 MB heap, however deep the payload nests. Seeds: every payload of the real captures of the
 * ops protocol ({@code testdata/kmod/captures/kmod-usersock.pcap}, {@code kmod-ops17.pcapng}) for each spec, and
 * nest.ksy chains of several depths, written by {@link UserSpecSeedsWriter}.
 *
 * <p>{@code JAZZER_FUZZ=1 mvn -o -B test -pl userspec -am -Dtest='SpecDissectorFuzzTest#payload'
 * -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m}
 */
class SpecDissectorFuzzTest {
    @FuzzTest(maxDuration = "5m")
    void payload(byte[] data) {
        UserSpecs.decode(data);
    }
}
