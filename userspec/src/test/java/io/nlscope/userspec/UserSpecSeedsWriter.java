package io.nlscope.userspec;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Writes the seeds of the user-.ksy fuzz targets from the real inputs: for {@link SpecDissectorFuzzTest#payload},
 * every distinct payload of the ops protocol in {@code testdata/kmod/captures/kmod-usersock.pcap} and
 * {@code kmod-ops17.pcapng}, once for each ops spec, and nest.ksy chains of several depths; for
 * {@link KsyCompilerFuzzTest#ksyText}, the real specs' text. Run it when the captures or specs change:
 * {@code mvn -o -q -B test -pl userspec -am -Dtest=UserSpecSeedsWriter -Dnlscope.writeSeeds=true}.
 */
@EnabledIfSystemProperty(named = "nlscope.writeSeeds", matches = "true")
class UserSpecSeedsWriter {
    private static final Path INPUTS = UserSpecs.root().resolve("userspec/src/test/resources/io/nlscope/userspec");

    @Test void write() throws Exception {
        Set<String> payloads = new LinkedHashSet<>();
        for (String c : new String[] {"kmod-usersock.pcap", "kmod-ops17.pcapng"}) {
            try (CaptureReader r = CaptureReader.openNetlink(UserSpecs.root().resolve("testdata/kmod/captures").resolve(c))) {
                for (Frame f; (f = r.next()) != null; ) {
                    byte[] d = f.copyOfData();
                    int protocol = ByteBuffer.wrap(d, 14, 2).order(ByteOrder.BIG_ENDIAN).getShort();
                    if (protocol != 2 && protocol != 17) continue;
                    ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
                    for (int pos = UserSpecs.COOKED; pos + UserSpecs.NLMSG_HDRLEN <= d.length; ) {
                        long len = b.getInt(pos) & 0xffffffffL;
                        int type = b.getShort(pos + 4) & 0xffff;
                        if (len < UserSpecs.NLMSG_HDRLEN || pos + len > d.length) break;
                        if (type >= 16) payloads.add(type + ":" + HexFormat.of().formatHex(d, pos + UserSpecs.NLMSG_HDRLEN, (int) (pos + len)));
                        pos += (int) ((len + 3) & ~3);
                    }
                }
            }
        }
        Path payloadDir = INPUTS.resolve("SpecDissectorFuzzTestInputs/payload");
        Files.createDirectories(payloadDir);
        int n = 0;
        for (String p : payloads) {
            int type = Integer.parseInt(p.substring(0, p.indexOf(':')));
            byte[] body = HexFormat.of().parseHex(p.substring(p.indexOf(':') + 1));
            for (int spec = 0; spec < 2; spec++) {
                byte[] seed = new byte[1 + body.length];
                seed[0] = (byte) (spec | (type == 17 ? 0x80 : 0));
                System.arraycopy(body, 0, seed, 1, body.length);
                Files.write(payloadDir.resolve(String.format("ops-%02d-spec%d", n, spec)), seed);
            }
            n++;
        }
        for (int depth : new int[] {0, 1, 3, SpecDissector.MAX_DEPTH - 1, SpecDissector.MAX_DEPTH, 200}) {
            byte[] seed = new byte[1 + depth + 3];
            seed[0] = 2;
            Arrays.fill(seed, 1, 1 + depth, (byte) 1);
            seed[1 + depth + 1] = 5;
            Files.write(payloadDir.resolve("nest-depth-" + depth), seed);
        }
        Path textDir = INPUTS.resolve("KsyCompilerFuzzTestInputs/ksyText");
        Files.createDirectories(textDir);
        String[] names = {"example-ops.ksy", "userspec-ops.ksy", "nest.ksy"};
        for (int i = 0; i < names.length; i++) Files.copy(UserSpecs.SPECS.get(i), textDir.resolve(names[i]), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
