package io.nlscope.analysis;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A capture made with a small snapshot length (tcpdump -s) still pairs: a cut message keeps its header (type, flags,
 * seq, port id) and an error its errno, so the transactions are those of the whole capture.
 */
class SnaplenCutPairingTest {

    @ParameterizedTest
    @ValueSource(ints = {36, 52, 64, 128})
    void cutFramesPairAsTheWholeCaptureDoes(int snaplen) throws Exception {
        Path file = CoverageTest.capture("pairs-rtnl.pcap");
        for (Depth depth : Depth.values()) {   // pairing decodes to the headers only; -V decodes whole
            Map<String, Long> whole = rows(file, Integer.MAX_VALUE, depth), cut = rows(file, snaplen, depth);
            assertTrue(whole.values().stream().mapToLong(Long::longValue).sum() > 20, "too few transactions to say anything");
            assertEquals(whole, cut, "snaplen " + snaplen + ", depth " + depth);
        }
    }

    /** Pairing's rows (family, operation, outcome, errno: counts) of the capture with each frame cut to {@code snaplen} bytes. */
    private static Map<String, Long> rows(Path file, int snaplen, Depth depth) throws Exception {
        Map<String, Long> got = new TreeMap<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> got.merge(GroundTruthPairsTest.row(e), 1L, Long::sum));
        NetlinkDissector d = NetlinkCapture.dissector(new GenlFamilies()).withDepth(depth);
        int cutFrames = 0;
        try (CaptureReader r = CaptureReader.open(file)) {
            for (Frame f; (f = r.next()) != null; ) {
                if (f.capturedLength() > snaplen) {
                    f = new Frame(f.index(), f.timestampNanos(), f.originalLength(), f.linkType(), f.interfaceId(), f.direction(),
                            Arrays.copyOf(f.copyOfData(), snaplen));
                    cutFrames++;
                }
                p.accept(d.dissect(f));
            }
        }
        p.finish();
        if (snaplen < Integer.MAX_VALUE) assertTrue(cutFrames > 10, "only " + cutFrames + " frames cut at " + snaplen);
        return got;
    }
}
