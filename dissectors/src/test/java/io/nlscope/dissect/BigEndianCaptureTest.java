package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A capture taken on a big-endian host has its netlink integers the other way round. We have
 * no such host, so the test turns a real little-endian capture (testdata rtnl-changes.pcap:
 * `ip link add dummy0 type dummy`, route add with EEXIST, neighbour add, ...) into one: every
 * integer the decoded tree locates (header fields, error codes, attribute headers, numeric
 * attribute values) is swapped in place. The copy must decode to the same values, with the
 * byte order detected from the data.
 */
class BigEndianCaptureTest {
    private static final Set<String> STRUCTURAL = Set.of("nlmsghdr", "error", "request", "ext_ack", "payload");

    @Test
    void byteSwappedRealCaptureDecodesToTheSameValues(@TempDir Path tmp) throws Exception {
        Path original = TestData.capture("rtnl-changes.pcap");
        Path swapped = tmp.resolve("big-endian.pcap");
        List<DissectedFrame> le = TestData.dissectAll(original);
        try (CaptureReader r = CaptureReader.open(original); OutputStream os = Files.newOutputStream(swapped);
             PcapWriter w = new PcapWriter(os, 253, 262144)) {
            int i = 0;
            for (Frame f; (f = r.next()) != null; i++) {
                byte[] b = f.copyOfData();
                for (NetlinkMessage m : le.get(i).messages()) for (Field fl : m.fields()) swap(b, fl, isAttribute(fl.name()));
                w.write(f.timestampNanos(), b, 0, b.length);
            }
        }
        List<DissectedFrame> be = TestData.dissectAll(swapped);
        assertEquals(le.size(), be.size());
        int compared = 0;
        for (int i = 0; i < le.size(); i++) {
            assertTrue(le.get(i).littleEndian());
            assertFalse(be.get(i).littleEndian(), "frame " + (i + 1) + " read as big-endian");
            assertEquals(le.get(i).messages().size(), be.get(i).messages().size());
            for (int j = 0; j < le.get(i).messages().size(); j++) {
                NetlinkMessage a = le.get(i).messages().get(j), b = be.get(i).messages().get(j);
                assertEquals(List.of(a.length(), a.type(), a.flags(), a.seq(), a.pid(), a.typeName(), a.summary()),
                        List.of(b.length(), b.type(), b.flags(), b.seq(), b.pid(), b.typeName(), b.summary()), "frame " + (i + 1));
                assertEquals(render(a.fields()), render(b.fields()), "tree of frame " + (i + 1));
                compared++;
            }
        }
        assertEquals(83, compared, "every message of the capture");
    }

    private static boolean isAttribute(String name) {
        return !STRUCTURAL.contains(name) && !name.endsWith("msg") && !name.equals("fib_rule_hdr") && !name.equals("padding");
    }

    /**
     * Inside an attribute, children are attributes (kernel names in upper case, attr_N, numbered
     * nest-array entries) or the members of a struct-valued attribute (the spec's lower-case
     * field names, e.g. RTA_CACHEINFO's rta_clntref), which have no attribute header to swap.
     */
    private static boolean isAttributeName(String name) {
        if (name.equals("malformed")) return false;
        return name.startsWith("attr_") || name.startsWith("[") || !name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Swaps the integers of a field in place; attributes also get their nla_len/nla_type swapped. */
    private static void swap(byte[] b, Field f, boolean attribute) {
        if (attribute) {
            swapRange(b, f.offset(), 2);
            swapRange(b, f.offset() + 2, 2);
        }
        if (f.value() instanceof Value.Nested n) {
            boolean childrenAreAttributes = attribute || f.name().equals("ext_ack");
            for (Field c : n.fields()) swap(b, c, childrenAreAttributes && isAttributeName(c.name())
                    || (f.name().equals("request") && isAttribute(c.name())));
        } else if (f.value() instanceof Value.Num || f.value() instanceof Value.Named || f.value() instanceof Value.Flags) {
            int start = attribute ? f.offset() + 4 : f.offset(), len = attribute ? f.length() - 4 : f.length();
            if (len == 2 || len == 4 || len == 8) swapRange(b, start, len);
        }
    }

    private static void swapRange(byte[] b, int from, int len) {
        for (int i = 0; i < len / 2; i++) {
            byte t = b[from + i];
            b[from + i] = b[from + len - 1 - i];
            b[from + len - 1 - i] = t;
        }
    }

    private static List<String> render(List<Field> fields) {
        List<String> out = new ArrayList<>();
        for (Field f : fields) {
            out.add(f.name() + "@" + f.offset() + "+" + f.length() + "=" + f.value().display());
            out.addAll(render(f.children()));
        }
        return out;
    }
}
