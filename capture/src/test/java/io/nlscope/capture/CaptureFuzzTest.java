package io.nlscope.capture;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Coverage-guided fuzzing of the readers and writers (issue 16). Each target asserts {@link CaptureContract}:
 * only a {@link CaptureFormatException} escapes (a cut-short input is a warning, not an exception), frames stay
 * within {@link AbstractReader#MAX_FRAME}, any window size reads the same, a cut yields a prefix of the frames,
 * and, in a 256 MB heap, no length field makes the reader allocate what it claims. The seeds are real captures
 * of testdata cut to their first frames (CaptureSeedsTest makes them), in
 * {@code src/test/resources/io/nlscope/capture/CaptureFuzzTestInputs/<target>/}. A long run, one at a time:
 * <pre>JAZZER_FUZZ=1 mvn -o -B test -pl capture -am -Dtest='CaptureFuzzTest#pcapReader' -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx256m</pre>
 */
class CaptureFuzzTest {

    /** The cut tried on each input: its last byte picks where (every offset, as the input grows). */
    private static int cut(byte[] data) {
        return data.length == 0 ? -1 : (data[data.length - 1] & 0xFF) * 31 + data.length / 2;
    }

    /** Classic pcap (seeded with tcpdump's captures of every family, both byte orders, nanosecond and snapped). */
    @FuzzTest(maxDuration = "5m")
    void pcapReader(byte[] data) throws IOException {
        CaptureContract.readerContract(data, cut(data));
    }

    /** pcapng (seeded with nlscope's captures: comments, families, several sections of both byte orders). */
    @FuzzTest(maxDuration = "5m")
    void pcapngReader(byte[] data) throws IOException {
        CaptureContract.readerContract(data, cut(data));
    }

    /** What any input gives, written in every format, reads back as the same frames. */
    @FuzzTest(maxDuration = "5m")
    void roundTrip(byte[] data) throws IOException {
        CaptureContract.roundTripContract(data);
    }

    /** openNetlink: netlink frames only, WRONG_LINK_TYPE (never another failure) where another link type is declared. */
    @FuzzTest(maxDuration = "5m")
    void openNetlink(byte[] data) throws IOException {
        CaptureContract.netlinkContract(data);
    }
}
