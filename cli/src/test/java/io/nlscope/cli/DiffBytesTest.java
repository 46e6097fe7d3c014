package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope diff --bytes} on the qemu recordings of testdata/diff: the fields whose raw bytes differ between
 * matched messages, at the offsets and with the values the decoded captures give; bytes that differ only in fields
 * diff leaves out (interface indexes) keep two sessions equivalent, bytes no field covers do not.
 */
class DiffBytesTest {
    @TempDir Path tmp;

    private static final Path DIR = root().resolve("testdata/diff");
    private static final Path BASE = DIR.resolve("diff-base.pcap");

    /** The first request (to the kernel) of this type in a capture, decoded. */
    private static NetlinkMessage request(Path file, String type, String has) throws Exception {
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; )
                for (NetlinkMessage m : f.messages())
                    if (m.typeName().equals(type) && m.direction() == Direction.TO_KERNEL && (has == null || m.field(has).isPresent())) return m;
        }
        throw new AssertionError("no " + type + " in " + file);
    }

    private static String hex(Path file, NetlinkMessage m, Field f) throws Exception {
        byte[] frame = frameBytes(file, m.frame());
        StringBuilder s = new StringBuilder();
        for (int i = f.offset(); i < f.offset() + f.length(); i++) s.append(s.length() > 0 ? " " : "").append(String.format("%02x", frame[i] & 0xff));
        return s.toString();
    }

    /** A classic pcap's frame bytes (after its 16-byte record header). */
    private static byte[] frameBytes(Path file, long frame) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 24;
        for (long i = 1; i < frame; i++) pos += 16 + b.getInt(pos + 8);
        byte[] out = new byte[b.getInt(pos + 8)];
        b.get(pos + 16, out);
        return out;
    }

    @Test
    void theSameRunRecordedTwiceDiffersInBytesOnlyInInterfaceIndexes() throws Exception {
        Path again = DIR.resolve("diff-base-again.pcap");
        var r = run("diff", "--bytes", BASE.toString(), again.toString());
        assertEquals(Main.OK, r.code(), r.out() + r.err());
        NetlinkMessage a = request(BASE, "RTM_NEWADDR", null), b = request(again, "RTM_NEWADDR", null);
        Field fa = a.field("ifaddrmsg").flatMap(h -> h.child("ifa_index")).orElseThrow();
        Field fb = b.field("ifaddrmsg").flatMap(h -> h.child("ifa_index")).orElseThrow();
        int offset = fa.offset() - a.offset();
        assertEquals(20, offset);   // after the 16-byte nlmsghdr and ifa_family, prefixlen, flags, scope
        String line = "      bytes: frame " + a.frame() + " / frame " + b.frame() + ": ifaddrmsg.ifa_index at offset " + offset + ": "
                + hex(BASE, a, fa) + " -> " + hex(again, b, fb) + " (not compared)";
        assertEquals("      bytes: frame 29 / frame 29: ifaddrmsg.ifa_index at offset 20: 03 00 00 00 -> 06 00 00 00 (not compared)", line);
        assertTrue(r.lines().contains(line), r.out());
        // the route through dfv0: its RTA_OIF attribute (4-byte header, then the index) differs, nothing else of it
        NetlinkMessage ra = request(BASE, "RTM_NEWROUTE", "RTA_OIF"), rb = request(again, "RTM_NEWROUTE", "RTA_OIF");
        Field oa = ra.field("RTA_OIF").orElseThrow(), ob = rb.field("RTA_OIF").orElseThrow();
        assertTrue(r.lines().contains("      bytes: frame " + ra.frame() + " / frame " + rb.frame() + ": RTA_OIF at offset "
                + (oa.offset() - ra.offset()) + ": " + hex(BASE, ra, oa) + " -> " + hex(again, rb, ob) + " (not compared)"), r.out());
        // every byte difference is an interface index: no seq, port id, or other field
        List<String> bytes = r.lines().stream().filter(l -> l.startsWith("      bytes: ")).toList();
        assertEquals(12, bytes.size(), r.out());
        for (String l : bytes) assertTrue(l.matches(".*: (ifinfomsg\\.ifi_index|ifaddrmsg\\.ifa_index|RTA_OIF) at offset \\d+: .* \\(not compared\\)"), l);
        assertTrue(r.out().endsWith("35 equal; 0 added, 0 removed, 0 changed; 12 matched with other bytes (12 only in fields diff leaves out): equivalent\n"), r.out());
        // without --bytes the report is the same as ever
        assertEquals(Files.readString(DIR.resolve("diff-base-again.expected.txt")), run("diff", BASE.toString(), again.toString()).out());
    }

    @Test
    void anotherMetricIsItsAttributesBytes() throws Exception {
        Path metric = DIR.resolve("diff-metric.pcap");
        var r = run("diff", "--bytes", BASE.toString(), metric.toString());
        assertEquals(DiffCommand.DIFFERENT, r.code());
        NetlinkMessage a = null, b = null;
        try (NetlinkCapture c = NetlinkCapture.open(metric)) {   // the candidate's route at metric 200
            for (DissectedFrame f; (f = c.next()) != null && b == null; )
                for (NetlinkMessage m : f.messages())
                    if (m.field("RTA_PRIORITY").map(p -> p.value().display().equals("200")).orElse(false)) b = m;
        }
        try (NetlinkCapture c = NetlinkCapture.open(BASE)) {
            for (DissectedFrame f; (f = c.next()) != null; ) if (f.index() == b.frame()) a = f.messages().get(0);
        }
        Field pa = a.field("RTA_PRIORITY").orElseThrow(), pb = b.field("RTA_PRIORITY").orElseThrow();
        assertEquals("08 00 06 00 64 00 00 00", hex(BASE, a, pa));   // nla_len 8, RTA_PRIORITY (6), 100
        assertEquals("08 00 06 00 c8 00 00 00", hex(metric, b, pb));  // 200
        int i = r.lines().indexOf("      RTA_PRIORITY 100 -> 200");
        assertTrue(i > 0, r.out());
        assertEquals("      bytes: frame 37 / frame 37: RTA_PRIORITY at offset " + (pa.offset() - a.offset())
                + ": 08 00 06 00 64 00 00 00 -> 08 00 06 00 c8 00 00 00", r.lines().get(i + 1));
        assertEquals(44, pa.offset() - a.offset());
        // --ignore RTA_PRIORITY: the pair is equal, its bytes still differ there, in a field left out: equivalent
        var ignored = run("diff", "--bytes", "--ignore", "RTA_PRIORITY", BASE.toString(), metric.toString());
        assertEquals(Main.OK, ignored.code(), ignored.out());
        assertTrue(ignored.lines().contains("      bytes: frame 37 / frame 37: RTA_PRIORITY at offset 44: 08 00 06 00 64 00 00 00 -> 08 00 06 00 c8 00 00 00 (not compared)"),
                ignored.out());
        JsonNode j = new ObjectMapper().readTree(run("diff", "--bytes", "-T", "json", BASE.toString(), metric.toString()).out());
        JsonNode field = null;
        for (JsonNode x : j.path("bytes")) for (JsonNode f : x.path("fields")) if (f.path("field").asText().equals("RTA_PRIORITY")) field = f;
        assertEquals(44, field.path("baselineOffset").asInt());
        assertEquals("08 00 06 00 c8 00 00 00", field.path("candidate").asText());
        assertTrue(field.path("compared").asBoolean());
    }

    /** A copy of diff-base with a padding byte after IFLA_IFNAME "dfd0" set: decoded the same, bytes not. */
    @Test
    void bytesNoFieldCoversMakeSessionsDifferentUnderBytes() throws Exception {
        NetlinkMessage m = request(BASE, "RTM_NEWLINK", "IFLA_LINKINFO");
        Field name = m.field("IFLA_IFNAME").orElseThrow();
        assertEquals("dfd0", ((io.nlscope.dissect.Value.Text) name.value()).text());
        int pad = name.offset() + name.length();   // "dfd0\0" is 9 bytes with its header; 3 bytes pad it to 12
        byte[] bytes = Files.readAllBytes(BASE);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 24;
        for (long i = 1; i < m.frame(); i++) pos += 16 + b.getInt(pos + 8);
        assertEquals(0, bytes[pos + 16 + pad]);
        bytes[pos + 16 + pad] = (byte) 0xee;
        Path padded = tmp.resolve("padded.pcap");
        Files.write(padded, bytes);
        assertEquals(Main.OK, run("diff", "-q", BASE.toString(), padded.toString()).code());
        var r = run("diff", "--bytes", BASE.toString(), padded.toString());
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out());
        // under --bytes the pair is changed (its compared bytes differ), with no decoded field to name, only its bytes
        assertEquals(List.of("  frames 1-2 | frames 1-2  route NEWLINK ifi_index=0  (ERROR ENODEV)",
                "~ frames 3-4 | frames 3-4  route NEWLINK IFLA_IFNAME=dfd0 ifi_index=0 IFLA_INFO_KIND=dummy  (ACK)",
                "      bytes: frame 3 / frame 3: bytes at offset " + (pad - m.offset()) + ": 00 -> ee"), r.lines().subList(2, 5));
        assertEquals(41, pad - m.offset());
        assertTrue(r.out().endsWith("34 equal; 0 added, 0 removed, 1 changed; 1 matched with other bytes (0 only in fields diff leaves out): different\n"), r.out());
    }
}
