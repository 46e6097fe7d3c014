package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link Depth#SUMMARY} against {@link Depth#FULL} on every real capture in testdata/captures: the
 * same header values, summary, problem, operation, group, control data and keys for every
 * message, with most protocol messages summarised without a tree. And the keys read from the
 * bytes ({@link Keys#scan}) are what the decoded tree gives ({@link Keys#of}).
 */
class SummaryDepthTest {

    @Test
    void summaryDepthSaysWhatFullDecodingSays() throws Exception {
        int lean = 0, whole = 0, withKeys = 0, malformed = 0;
        for (Path file : TestData.allCaptures()) {
            List<String> treeKeys = new ArrayList<>();
            List<NetlinkMessage> full = messages(file, Depth.FULL, treeKeys), summary = messages(file, Depth.SUMMARY, null);
            assertEquals(full.size(), summary.size(), file.toString());
            for (int i = 0; i < full.size(); i++) {
                NetlinkMessage f = full.get(i), s = summary.get(i);
                String at = file.getFileName() + " frame " + f.frame() + " #" + f.index();
                assertEquals(List.of(f.length(), f.type(), f.flags(), f.seq(), f.pid(), f.typeName(), f.kind(), f.summary(),
                                f.problem(), f.operation(), f.group(), f.control(), f.keys(), f.direction()),
                        List.of(s.length(), s.type(), s.flags(), s.seq(), s.pid(), s.typeName(), s.kind(), s.summary(),
                                s.problem(), s.operation(), s.group(), s.control(), s.keys(), s.direction()), at);
                if (s.fields().isEmpty()) lean++; else whole++;
                if (f.malformed()) malformed++;
                // one piece of logic for the keys: read from the bytes, they are what the tree shows
                if (!f.isControl() && (f.protocol() == 0 || f.protocol() == 12 || f.protocol() == 16)) {
                    assertEquals(treeKeys.get(i), f.keys(), at);
                    if (!f.keys().isEmpty()) withKeys++;
                }
            }
        }
        assertTrue(lean > whole, lean + " messages summarised without a tree, " + whole + " decoded whole");
        assertTrue(withKeys > 100, withKeys + " messages with keys");
    }

    /**
     * Damage anywhere in a real message's payload (every byte set to 0x00, 0x03, 0x41 and 0xff in turn: attribute
     * lengths too short, too long, values of the wrong size, nests that overrun) is marked at SUMMARY exactly as the
     * full decoding marks it: SUMMARY never calls a message clean that is not.
     */
    @Test
    void damageIsMarkedAsFullDecodingMarksIt() throws Exception {
        int variants = 0, malformed = 0;
        for (String name : List.of("rtnl-changes.pcap", "rtnl-dump.pcap", "genl-ethtool.pcap", "netfilter.pcap", "xfrm.pcap")) {
            List<io.nlscope.capture.Frame> frames = new ArrayList<>();
            try (io.nlscope.capture.CaptureReader r = io.nlscope.capture.CaptureReader.openNetlink(TestData.capture(name))) {
                for (io.nlscope.capture.Frame f; (f = r.next()) != null && frames.size() < 12; ) if (f.data().limit() > 40) frames.add(f);
            }
            for (io.nlscope.capture.Frame f : frames) {
                byte[] original = new byte[f.data().limit()];
                f.data().get(0, original);
                for (int at = 32; at < original.length; at++) {
                    for (int v : new int[] {0x00, 0x03, 0x41, 0xff}) {
                        byte[] b = original.clone();
                        if ((b[at] & 0xff) == v) continue;
                        b[at] = (byte) v;
                        io.nlscope.capture.Frame bad = new io.nlscope.capture.Frame(f.index(), f.timestampNanos(), b.length,
                                f.linkType(), 0, f.direction(), b);
                        List<NetlinkMessage> full = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true).dissect(bad).messages();
                        List<NetlinkMessage> summary = NetlinkCapture.dissector(new GenlFamilies()).withByteOrder(true)
                                .withDepth(Depth.SUMMARY).dissect(bad).messages();
                        assertEquals(full.size(), summary.size());
                        for (int i = 0; i < full.size(); i++) {
                            NetlinkMessage x = full.get(i), y = summary.get(i);
                            String where = name + " frame " + f.index() + " byte " + at + " = " + v;
                            assertEquals(x.problem(), y.problem(), where);
                            assertEquals(x.summary(), y.summary(), where);
                            assertEquals(x.keys(), y.keys(), where);
                            if (x.malformed()) malformed++;
                        }
                        variants++;
                    }
                }
            }
        }
        assertTrue(malformed > 1000, malformed + " malformed messages among " + variants + " damaged frames");
    }

    /** The messages of a capture; with {@code treeKeys}, each one's keys as read from its decoded tree, interfaces named as then known. */
    private static List<NetlinkMessage> messages(Path file, Depth depth, List<String> treeKeys) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        try (NetlinkCapture cap = NetlinkCapture.open(file).withDepth(depth)) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                out.addAll(f.messages());
                if (treeKeys != null) for (NetlinkMessage m : f.messages()) treeKeys.add(Keys.of(m.fields(), cap.interfaces()));
            }
        }
        return out;
    }
}
