package io.nlscope.analysis;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.nlscope.dissect.DissectedFrame;

import java.util.List;

/**
 * Pairing of messages made from fuzzed frames ({@link FuzzFrames}: real nlmon frames, decoded by the real dissector,
 * seeded with windows of the testdata captures): {@link PairingProperty}. Pairing documents no malformed-input
 * exception, so none may escape.
 */
class PairingFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void pairing(byte[] data) {
        int mode = data.length == 0 ? 0 : data[0] & 0xff;
        byte[] rest = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        List<DissectedFrame> frames = FuzzFrames.dissect(FuzzFrames.frames(FuzzFrames.records(rest)));
        PairingProperty.check(frames, PairingProperty.config(mode));
    }
}
