package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CaptureContract}, and the cuts and byte orders the fuzz targets reach only by chance,
 * on every capture in testdata (tcpdump's pcaps from real kernels, nlscope's own pcapngs).
 */
class RealCapturesTest {

    static List<Path> allCaptures() throws IOException {
        Path hostile = CaptureSeedsTest.testdata("hostile");   // made broken: HostileCorpusTest's
        try (Stream<Path> s = Files.walk(CaptureSeedsTest.testdata(""))) {
            List<Path> l = s.filter(p -> (p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")) && !p.startsWith(hostile))
                    .sorted().toList();
            assertTrue(l.size() > 100, "testdata has its captures: " + l.size());
            return l;
        }
    }

    /** Where each frame's record or packet block ends, walked independently of the readers (little-endian files). */
    static List<Integer> frameEnds(byte[] file) {
        return ends(file, true);
    }

    /** Where each record or block ends, and the file header: every point where a cut leaves nothing incomplete. */
    static List<Integer> boundaries(byte[] file) {
        return ends(file, false);
    }

    private static List<Integer> ends(byte[] file, boolean framesOnly) {
        ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        List<Integer> ends = new ArrayList<>();
        if (b.getInt(0) == 0x0A0D0D0A) {
            for (int o = 0; o + 8 <= file.length; ) {
                int type = b.getInt(o);
                o += b.getInt(o + 4);
                if (!framesOnly || type == 6 || type == 2 || type == 3) ends.add(o);
            }
        } else {
            if (!framesOnly) ends.add(24);
            for (int o = 24; o + 16 <= file.length; ) {
                o += 16 + b.getInt(o + 8);
                ends.add(o);
            }
        }
        return ends;
    }

    @Test
    void everyCaptureKeepsTheContract() throws IOException {
        for (Path p : allCaptures()) {
            byte[] data = Files.readAllBytes(p);
            CaptureContract.Reading r = CaptureContract.readerContract(data, data.length / 2);
            assertNull(r.failure(), p + ": " + r.end());
            assertEquals(List.of(), r.warnings(), p.toString());
            assertEquals(frameEnds(data).size(), r.frames().size(), p.toString());
            CaptureContract.netlinkContract(data);
            for (CaptureWriter.Format format : CaptureWriter.Format.values()) {
                CaptureContract.roundTrip(r, format);
            }
        }
    }

    /**
     * A capture cut at each of its last 64 bytes (a killed tcpdump, {@code head -c}): every frame before the cut,
     * byte for byte as in the whole file, then one warning, unless the cut falls between two records.
     */
    @Test
    void everyCutOfTheLast64Bytes() throws IOException {
        for (Path p : allCaptures()) {
            byte[] data = Files.readAllBytes(p);
            List<Frame> whole = CaptureContract.read(data, false, ByteSource.DEFAULT_CAPACITY).frames();
            List<Integer> ends = frameEnds(data);
            List<Integer> boundaries = boundaries(data);
            for (int cut = Math.max(4, data.length - 64); cut < data.length; cut++) {
                CaptureContract.Reading r = CaptureContract.read(Arrays.copyOf(data, cut), false, ByteSource.DEFAULT_CAPACITY);
                int complete = 0;
                while (complete < ends.size() && ends.get(complete) <= cut) complete++;
                String where = p + " cut at " + cut;
                assertNull(r.failure(), where);
                assertEquals(whole.subList(0, complete), r.frames(), where);
                for (int i = 0; i < complete; i++) {
                    assertTrue(Arrays.equals(whole.get(i).copyOfData(), r.frames().get(i).copyOfData()), where);
                    assertEquals(whole.get(i).comments(), r.frames().get(i).comments(), where);
                }
                if (boundaries.contains(cut)) {
                    assertEquals(List.of(), r.warnings(), where);
                } else {
                    assertEquals(1, r.warnings().size(), where);
                    String w = r.warnings().get(0);
                    assertTrue(w.startsWith(CaptureContract.NAME + " is cut short: the ") && w.contains(" at byte offset ")
                            && w.endsWith(complete + (complete == 1 ? " frame was read." : " frames were read.")), w);
                }
            }
        }
    }

    /** The same captures written by a big-endian machine read the same; so does a big-endian section after a little-endian one. */
    @Test
    void otherByteOrderReadsTheSame() throws IOException {
        for (Path p : allCaptures()) {
            byte[] data = Files.readAllBytes(p);
            List<Frame> le = CaptureContract.read(data, false, ByteSource.DEFAULT_CAPACITY).frames();
            boolean ng = p.toString().endsWith(".pcapng");
            byte[] be = ng ? OtherByteOrder.pcapng(data) : OtherByteOrder.pcap(data);
            CaptureContract.Reading r = CaptureContract.read(be, false, ByteSource.DEFAULT_CAPACITY);
            assertNull(r.failure(), p.toString());
            assertEquals(List.of(), r.warnings());
            assertEquals(le, r.frames(), p.toString());
            if (ng) {
                CaptureContract.Reading two = CaptureContract.read(CaptureSeedsTest.concat(data, be), false, ByteSource.MIN_CAPACITY);
                assertNull(two.failure(), p.toString());
                assertEquals(le, two.frames().subList(0, le.size()));
                for (int i = 0; i < le.size(); i++) {
                    Frame f = le.get(i), g = two.frames().get(le.size() + i);
                    assertEquals(new Frame(le.size() + f.index(), f.timestampNanos(), f.originalLength(), f.linkType(),
                            f.interfaceId(), f.direction(), f.copyOfData()), g, p + " second section");
                    assertEquals(f.comments(), g.comments());
                }
                assertEquals(r.reader().section(), two.reader().section(), "section() is the first section's");
            }
        }
    }
}
