package io.nlscope.dissect;

import io.nlscope.capture.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the seeds of {@link DissectorFuzzTest} from the real captures of testdata ({@link RealCaptures}): for each
 * kind of message (protocol, type name, operation, request/dump flags, direction, one message or several) the
 * smallest frame that holds it, up to {@link #MAX_FRAME} bytes. {@code nlmonFrame} and {@code depthsAgree} get the
 * frames, {@code protocolPayload} each frame's first message in its layout ({@link DissectorFuzzTest#message}).
 * Not part of the normal test run; to write them again:
 * {@code mvn -o -q -B test -pl dissectors -am -Dtest=FuzzSeedsWriter -Dnlscope.writeSeeds=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "nlscope.writeSeeds", matches = "true")
class FuzzSeedsWriter {
    /** Frames larger than this are left out: a seed is a few KB at most. */
    static final int MAX_FRAME = 2048;

    @Test
    void writeSeeds() throws IOException {
        Map<String, byte[]> frames = new TreeMap<>(), payloads = new TreeMap<>();
        for (Path p : RealCaptures.all()) {
            List<Frame> raw = RealCaptures.frames(p);
            List<DissectedFrame> dec = RealCaptures.dissect(p, Depth.FULL);
            for (int i = 0; i < raw.size() && i < dec.size(); i++) {
                byte[] bytes = bytes(raw.get(i));
                DissectedFrame d = dec.get(i);
                if (bytes.length > MAX_FRAME || d.messages().isEmpty()) continue;
                NetlinkMessage m = d.messages().get(0);
                String key = d.protocol() + " " + m.typeName() + " " + m.operation() + " " + (m.flags() & 0x301) + " " + m.direction()
                        + (d.messages().size() > 1 ? " many" : "") + (m.malformed() ? " malformed" : "");
                byte[] old = frames.get(key);
                if (old == null || bytes.length < old.length) {
                    frames.put(key, bytes);
                    payloads.put(key, layout(bytes, d, m));
                }
            }
        }
        Path dir = TestData.root().resolve("dissectors/src/test/resources/io/nlscope/dissect/DissectorFuzzTestInputs");
        write(dir.resolve("nlmonFrame"), frames);
        write(dir.resolve("depthsAgree"), frames);
        write(dir.resolve("protocolPayload"), payloads);
    }

    private static byte[] bytes(Frame f) {
        ByteBuffer b = f.data();
        byte[] out = new byte[b.limit()];
        b.get(0, out);
        return out;
    }

    /** The first message of a frame in {@link DissectorFuzzTest#message}'s layout. */
    private static byte[] layout(byte[] frame, DissectedFrame d, NetlinkMessage m) {
        boolean uevent = d.protocol() == 15;
        int body = uevent ? 16 : m.offset() + 16;
        int end = uevent ? frame.length : (int) Math.min(frame.length, m.offset() + Math.max(16, m.length()));
        int family = d.protocol() == 16 && end - body >= 4 ? FuzzFrames.FAMILIES.indexOf(m.typeName()) : -1;
        int from = family >= 0 ? body + 4 : Math.min(body, end);
        byte[] out = new byte[DissectorFuzzTest.HEADER + end - from];
        out[0] = (byte) d.protocol();
        out[1] = (byte) ((d.littleEndian() ? 0 : 1) | (m.direction() == Direction.TO_KERNEL ? 2 : 0) | (m.seq() == 0 ? 4 : 0));
        out[2] = (byte) m.flags();
        out[3] = (byte) (m.flags() >> 8);
        int sel = family >= 0 ? family : 0x8000 | m.type();
        out[4] = (byte) sel;
        out[5] = (byte) (sel >> 8);
        if (family >= 0) { out[6] = frame[body]; out[7] = frame[body + 1]; }
        System.arraycopy(frame, from, out, DissectorFuzzTest.HEADER, end - from);
        return out;
    }

    private static void write(Path dir, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        try (var old = Files.list(dir)) {
            for (Path p : old.toList()) if (p.getFileName().toString().startsWith("seed-")) Files.delete(p);
        }
        for (byte[] s : seeds.values()) {
            byte[] h;
            try { h = java.security.MessageDigest.getInstance("SHA-1").digest(s); } catch (java.security.NoSuchAlgorithmException e) { throw new IllegalStateException(e); }
            Files.write(dir.resolve("seed-" + HexFormat.of().formatHex(h, 0, 8)), s);
        }
    }
}
