package io.nlscope.capture;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reading helpers shared by the tests. */
final class Support {
    private Support() {
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    /** Every frame of the reader, closing it. */
    static List<Frame> drain(CaptureReader r) throws IOException {
        try (r) {
            List<Frame> frames = new ArrayList<>();
            for (Frame f; (f = r.next()) != null; ) {
                frames.add(f);
            }
            // A reader that has ended must stay ended.
            if (r.next() != null) {
                throw new AssertionError("next() returned a frame after null");
            }
            return frames;
        }
    }

    static List<Frame> readAll(Path p) throws IOException {
        return drain(CaptureReader.open(p));
    }

    /** Reads through a tiny window so that refills, compaction and the oversized-record path all get exercised. */
    static CaptureReader openSmall(byte[] content, String name, int capacity) throws IOException {
        return Readers.open(Channels.newChannel(new ByteArrayInputStream(content)), name, false, capacity);
    }
}
