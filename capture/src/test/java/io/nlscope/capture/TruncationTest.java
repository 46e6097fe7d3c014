package io.nlscope.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TruncationTest {
    @TempDir
    Path dir;

    /** A capture plus the byte offset at which each of its frames ends. */
    private static final class Sample {
        final byte[] bytes;
        final List<Integer> frameEnds;
        /** Ends of the non-frame parts (file header, section and interface blocks): clean cut points too. */
        final List<Integer> otherEnds;

        Sample(byte[] bytes, List<Integer> frameEnds, List<Integer> otherEnds) {
            this.bytes = bytes;
            this.frameEnds = frameEnds;
            this.otherEnds = otherEnds;
        }
    }

    private static Sample pcapSample() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> ends = new ArrayList<>();
        PcapWriter w = new PcapWriter(out, 253, 0);
        w.flush();
        int header = out.size();
        for (int i = 0; i < 6; i++) {
            w.write(i * 1000L, Bytes.seq(i * 13, i), 0, i * 13);
            w.flush();
            ends.add(out.size());
        }
        w.close();
        return new Sample(out.toByteArray(), ends, List.of(header));
    }

    private static Sample pcapngSample() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> ends = new ArrayList<>();
        PcapngWriter w = new PcapngWriter(out);
        w.flush();
        int header = out.size();
        w.addInterface(253, 0, "nlmon0");
        w.flush();
        int iface = out.size();
        for (int i = 0; i < 6; i++) {
            w.write(0, i * 1000L, Direction.INBOUND, Bytes.seq(i * 13, i), 0, i * 13, i % 2 == 0 ? "c" : null);
            w.flush();
            ends.add(out.size());
        }
        w.close();
        return new Sample(out.toByteArray(), ends, List.of(header, iface));
    }

    /** Cuts the file at every length and checks frames and warnings against the known frame boundaries. */
    private static void checkEveryCut(Sample s, int capacity) throws Exception {
        List<Frame> all = Support.drain(Support.openSmall(s.bytes, "full", capacity));
        for (int cut = 4; cut <= s.bytes.length; cut++) {
            byte[] part = Arrays.copyOf(s.bytes, cut);
            CaptureReader r = Support.openSmall(part, "cut", capacity);
            List<Frame> got = Support.drain(r);
            int complete = 0;
            while (complete < s.frameEnds.size() && s.frameEnds.get(complete) <= cut) {
                complete++;
            }
            assertEquals(all.subList(0, complete), got, "cut at " + cut);
            boolean atBoundary = s.frameEnds.contains(cut) || s.otherEnds.contains(cut);
            assertEquals(atBoundary ? 0 : 1, r.warnings().size(), "cut at " + cut + ": " + r.warnings());
            if (!atBoundary) {
                String w = r.warnings().get(0);
                assertTrue(w.startsWith("cut is cut short: "), w);
                assertTrue(w.endsWith(complete + (complete == 1 ? " frame was read." : " frames were read.")), w);
            }
        }
    }

    @Test
    void pcapEveryCutPoint() throws Exception {
        Sample s = pcapSample();
        checkEveryCut(s, ByteSource.DEFAULT_CAPACITY);
        checkEveryCut(s, 32);
    }

    @Test
    void pcapngEveryCutPoint() throws Exception {
        Sample s = pcapngSample();
        checkEveryCut(s, ByteSource.DEFAULT_CAPACITY);
        checkEveryCut(s, 32);
    }

    @Test
    void pcapCutInsideRecordHeader() throws Exception {
        Sample s = pcapSample();
        Path p = Support.write(dir, "h.pcap", Arrays.copyOf(s.bytes, s.frameEnds.get(2) + 10));
        CaptureReader r = CaptureReader.open(p);
        assertEquals(3, Support.drain(r).size());
        assertEquals(List.of(p + " is cut short: the record at byte offset 111 (after frame 3) is incomplete (got 10 of 16 header bytes);"
                + " 3 frames were read."), r.warnings());
    }

    @Test
    void pcapCutInsideRecordData() throws Exception {
        Sample s = pcapSample();
        // frame 5 has 52 data bytes: 68 bytes with its header
        Path p = Support.write(dir, "d.pcap", Arrays.copyOf(s.bytes, s.frameEnds.get(3) + 30));
        CaptureReader r = CaptureReader.open(p);
        List<Frame> f = Support.drain(r);
        assertEquals(4, f.size());
        assertEquals(4, f.get(3).index());
        assertEquals(List.of(p + " is cut short: the record at byte offset 166 (after frame 4) is incomplete (got 30 of 68 bytes);"
                + " 4 frames were read."), r.warnings());
    }

    @Test
    void pcapCutInsideFirstRecord() throws Exception {
        Sample s = pcapSample();
        Path p = Support.write(dir, "f.pcap", Arrays.copyOf(s.bytes, 24 + 5));
        CaptureReader r = CaptureReader.open(p);
        assertEquals(0, Support.drain(r).size());
        assertEquals(List.of(p + " is cut short: the record at byte offset 24 (before the first frame) is incomplete (got 5 of 16 header bytes);"
                + " 0 frames were read."), r.warnings());
    }

    @Test
    void pcapngCutInsideBlockHeaderAndBody() throws Exception {
        Sample s = pcapngSample();
        Path p = Support.write(dir, "h.pcapng", Arrays.copyOf(s.bytes, s.frameEnds.get(0) + 6));
        CaptureReader r = CaptureReader.open(p);
        assertEquals(1, Support.drain(r).size());
        assertEquals(List.of(p + " is cut short: the block at byte offset " + s.frameEnds.get(0)
                + " (after frame 1) is incomplete (got 6 of 8 header bytes);"
                + " 1 frame was read."), r.warnings());

        int blockLen = s.frameEnds.get(2) - s.frameEnds.get(1);
        p = Support.write(dir, "b.pcapng", Arrays.copyOf(s.bytes, s.frameEnds.get(1) + 20));
        r = CaptureReader.open(p);
        assertEquals(2, Support.drain(r).size());
        assertEquals(List.of(p + " is cut short: the block at byte offset " + s.frameEnds.get(1)
                + " (after frame 2) is incomplete (got 20 of " + blockLen
                + " bytes); 2 frames were read."), r.warnings());
    }

    @Test
    void cleanEndsHaveNoWarnings() throws Exception {
        for (Sample s : List.of(pcapSample(), pcapngSample())) {
            CaptureReader r = CaptureReader.open(Support.write(dir, "clean", s.bytes));
            assertEquals(6, Support.drain(r).size());
            assertTrue(r.warnings().isEmpty(), r.warnings().toString());
        }
    }

    @Test
    void cutInsideFileHeaderIsAWarningNotAnError() throws Exception {
        Sample s = pcapSample();
        CaptureReader r = CaptureReader.open(Support.write(dir, "fh.pcap", Arrays.copyOf(s.bytes, 10)));
        assertEquals(0, Support.drain(r).size());
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).contains("its file header is incomplete (got 10 of 24 bytes)"),
                r.warnings().get(0));
    }
}
