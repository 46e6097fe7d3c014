package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The real-kernel captures under testdata/captures (see testdata/README.md for how they were made). */
final class TestData {
    private TestData() {}

    static Path root() {
        String r = System.getProperty("nlscope.root");
        Path p = r != null ? Path.of(r) : Path.of("..");
        return p.toAbsolutePath().normalize();
    }

    static Path captures() { return root().resolve("testdata/captures"); }

    static Path capture(String name) { return captures().resolve(name); }

    static List<Path> allCaptures() throws IOException {
        try (Stream<Path> s = Files.list(captures())) {
            List<Path> l = new ArrayList<>(s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList());
            if (l.isEmpty()) throw new IllegalStateException("no captures in " + captures());
            return l;
        }
    }

    static List<DissectedFrame> dissectAll(Path file) throws IOException {
        List<DissectedFrame> out = new ArrayList<>();
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; ) out.add(f);
        }
        return out;
    }

    static List<Frame> frames(Path file) throws IOException {
        List<Frame> out = new ArrayList<>();
        try (CaptureReader r = CaptureReader.open(file)) {
            for (Frame f; (f = r.next()) != null; ) out.add(f);
        }
        return out;
    }
}
