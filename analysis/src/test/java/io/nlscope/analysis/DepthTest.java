package io.nlscope.analysis;

import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope stats} decodes at {@link Depth#HEADERS}: on every real capture shipped, pairing
 * at that depth must give exactly what it gives on the full decoding, event by event.
 */
class DepthTest {

    static Stream<Path> captures() throws IOException {
        Path root = CoverageTest.capture("x").getParent().getParent();
        List<Path> all = new ArrayList<>();
        for (Path dir : List.of(root.resolve("captures"), root.resolve("kmod/captures"))) {
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().forEach(all::add);
            }
        }
        assertTrue(all.size() >= 20, "the real captures are where they should be: " + all);
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("captures")
    void pairingAtHeaderDepthEqualsPairingOnTheFullDecoding(Path file) throws Exception {
        List<String> full = events(file, Depth.FULL), headers = events(file, Depth.HEADERS);
        assertTrue(full.size() > 0, file + " gives events");
        assertEquals(String.join("\n", full), String.join("\n", headers), file.toString());
    }

    private static List<String> events(Path file, Depth depth) throws IOException {
        List<String> out = new ArrayList<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> out.add(describe(e)));
        try (NetlinkCapture cap = NetlinkCapture.open(file).withDepth(depth)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
        }
        p.finish();
        out.add(p.counts().toString());
        return out;
    }

    private static String describe(PairingEvent e) {
        if (e instanceof Transaction t) {
            return t.number() + " " + t.operation() + " " + t.outcome() + " errno=" + t.errno() + " msg=" + t.errorMessage()
                    + " n=" + t.responseCount() + " bytes=" + t.responseBytes() + " flags=" + t.flags()
                    + " first=" + (t.first() == null ? "-" : t.first().number()) + " last=" + (t.last() == null ? "-" : t.last().number());
        }
        Unpaired u = (Unpaired) e;
        return u.number() + " " + u.message().operation() + " " + u.kind() + " causedBy=" + u.causedBy();
    }
}
