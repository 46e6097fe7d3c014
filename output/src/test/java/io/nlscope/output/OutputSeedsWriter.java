package io.nlscope.output;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the seeds of {@link OutputSafetyFuzzTest#hostileStrings} in {@link HostileOutput.Strings}' layout: the strings
 * of the real captures in testdata (text values such as interface names, extended ACK messages and uevent properties,
 * frame comments with process names, summaries and keys), 24 a seed, per folder of testdata; and
 * {@link OutputSafetyTest#hostile}'s strings, as UTF-16 so that every char (lone surrogates too) is kept. Run it when
 * the captures change: {@code mvn -o -q -B test -pl output -am -Dtest=OutputSeedsWriter -Dnlscope.writeSeeds=true}.
 */
@EnabledIfSystemProperty(named = "nlscope.writeSeeds", matches = "true")
class OutputSeedsWriter {
    private static final int PER_SEED = 24, MAX_SEEDS_PER_FOLDER = 6;

    @Test void write() throws Exception {
        Path dir = Path.of(System.getProperty("nlscope.root", "..")).resolve("output/src/test/resources/io/nlscope/output/OutputSafetyFuzzTestInputs/hostileStrings");
        Files.createDirectories(dir);
        Map<String, Set<String>> byFolder = new TreeMap<>();
        for (Path p : OutputSafetyTest.captures()) {
            Set<String> strings = byFolder.computeIfAbsent(p.getParent().getFileName().toString(), k -> new LinkedHashSet<>());
            try (NetlinkCapture c = NetlinkCapture.open(p)) {
                for (DissectedFrame f; (f = c.next()) != null; ) {
                    strings.addAll(f.comments());
                    for (NetlinkMessage m : f.messages()) {
                        strings.add(m.summary());
                        strings.add(m.keys());
                        texts(m.fields(), strings);
                    }
                }
            }
        }
        for (var e : byFolder.entrySet()) {
            List<String> all = new ArrayList<>(e.getValue());
            for (int s = 0; s < MAX_SEEDS_PER_FOLDER && s * PER_SEED < all.size(); s++) {
                ByteArrayOutputStream o = new ByteArrayOutputStream();
                for (String t : all.subList(s * PER_SEED, Math.min(all.size(), (s + 1) * PER_SEED))) record(o, 1, t.getBytes(StandardCharsets.UTF_8));
                Files.write(dir.resolve("real-" + e.getKey() + "-" + s), o.toByteArray());
            }
        }
        List<String> hostile = OutputSafetyTest.hostile();
        for (int s = 0; s * PER_SEED < hostile.size(); s++) {
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            for (String t : hostile.subList(s * PER_SEED, Math.min(hostile.size(), (s + 1) * PER_SEED))) {
                byte[] b = new byte[2 * t.length()];
                for (int i = 0; i < t.length(); i++) { b[2 * i] = (byte) (t.charAt(i) >> 8); b[2 * i + 1] = (byte) t.charAt(i); }
                record(o, 2, b);
            }
            Files.write(dir.resolve("hostile-" + s), o.toByteArray());
        }
    }

    private static void texts(List<Field> fs, Set<String> out) {
        for (Field f : fs) {
            if (f.value() instanceof Value.Text t) out.add(t.text());
            texts(f.children(), out);
        }
    }

    private static void record(ByteArrayOutputStream o, int mode, byte[] b) {
        int n = Math.min(b.length, 254) & ~1;   // whole UTF-16 chars in mode 2
        if (mode != 2) n = Math.min(b.length, 255);
        o.write(mode);
        o.write(n);
        o.write(b, 0, n);
    }
}
