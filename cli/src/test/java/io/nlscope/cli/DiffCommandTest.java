package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
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
 * {@code nlscope diff} on real captures and on copies changed in known ways: a capture is equivalent to itself;
 * transactions left out by an export are removed (or, the other way round, added), exactly those; one attribute
 * changed in the bytes is one changed transaction naming it; --ignore leaves it out.
 */
class DiffCommandTest {
    @TempDir Path tmp;

    private static final Path CROSSCHECK = root().resolve("testdata/captures/crosscheck.pcap");
    private static final Path RTNL = root().resolve("testdata/captures/pairs-rtnl.pcap");

    @Test
    void everyCaptureIsEquivalentToItself() throws Exception {
        int files = 0;
        try (var list = Files.list(root().resolve("testdata/captures"))) {
            for (Path f : list.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList()) {
                var r = run("diff", "-q", f.toString(), f.toString());
                assertEquals(Main.OK, r.code(), f + ": " + r.err());
                files++;
            }
        }
        assertTrue(files > 20);
    }

    @Test
    void transactionsLeftOutAreRemovedExactly() throws Exception {
        Path fewer = tmp.resolve("fewer.pcap");
        assertEquals(Main.OK, run("export", "-q", CROSSCHECK.toString(), "-w", fewer.toString(), "--filter", "!(outcome == ERROR)").code());
        var r = run("diff", CROSSCHECK.toString(), fewer.toString());
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.err());
        List<String> lines = r.lines();
        List<String> removed = lines.stream().filter(l -> l.startsWith("- ")).toList();
        assertEquals(6, removed.size(), r.out());
        assertEquals(List.of("- frames 1-2 | -  route NEWLINK ifi_index=0  (ERROR ENODEV)", "- frames 5-6 | -  route NEWLINK ifi_index=0  (ERROR ENODEV)"),
                removed.subList(0, 2));
        // each later run of changes comes after the equal pair before it, with its frames on both sides
        assertEquals("  frames 3-4 | frames 1-2  route NEWLINK IFLA_IFNAME=dummy0 ifi_index=0 IFLA_INFO_KIND=dummy  (ACK)", lines.get(3));
        assertEquals(5, lines.stream().filter(l -> l.startsWith("  frames")).count(), r.out());
        assertEquals("33 equal; 0 added, 6 removed, 0 changed: different", lines.get(lines.size() - 1));
        var back = run("diff", "-T", "json", fewer.toString(), CROSSCHECK.toString());
        JsonNode j = new ObjectMapper().readTree(back.out());
        assertEquals(6, j.path("changes").size());
        for (JsonNode c : j.path("changes")) {
            assertEquals("added", c.path("kind").asText());
            assertEquals("ERROR ENODEV", c.path("candidate").path("outcome").asText());
        }
        assertTrue(!j.path("equivalent").asBoolean());
    }

    /** pairs-rtnl's `ip link set ... mtu 70000` with the MTU changed to 9000 in the copy's bytes. */
    @Test
    void oneAttributeChangedIsOneChange() throws Exception {
        byte[] bytes = Files.readAllBytes(RTNL);
        long frame = -1;
        int offset = -1;
        try (NetlinkCapture c = NetlinkCapture.open(RTNL)) {
            outer:
            for (DissectedFrame f; (f = c.next()) != null; ) {
                for (NetlinkMessage m : f.messages()) {
                    Field mtu = m.field("IFLA_MTU").orElse(null);
                    if (mtu != null && mtu.value() instanceof Value.Num n && n.value() == 70000) {
                        frame = f.index();
                        offset = mtu.offset();
                        break outer;
                    }
                }
            }
        }
        assertTrue(frame > 0, "pairs-rtnl has its mtu 70000 request");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 24;
        for (long i = 1; i < frame; i++) pos += 16 + b.getInt(pos + 8);
        b.putInt(pos + 16 + offset + 4, 9000);   // the field is the attribute: its 4-byte header, then the u32
        Path changed = tmp.resolve("changed.pcap");
        Files.write(changed, bytes);
        var r = run("diff", RTNL.toString(), changed.toString());
        assertEquals(DiffCommand.DIFFERENT, r.code(), r.out() + r.err());
        List<String> lines = r.lines();
        assertEquals(6, lines.size(), r.out());
        assertTrue(lines.get(2).startsWith("  frames " + (frame - 2) + "-" + (frame - 1)), "context: " + lines.get(2));
        assertTrue(lines.get(3).startsWith("~ frames " + frame + "-" + (frame + 1) + " | frames " + frame + "-" + (frame + 1) + "  route NEWLINK"), lines.get(3));
        assertEquals("      IFLA_MTU 70000 -> 9000", lines.get(4));
        assertEquals(Main.OK, run("diff", "-q", "--ignore", "IFLA_MTU", RTNL.toString(), changed.toString()).code());
    }

    @Test
    void usageErrors() {
        var r = run("diff", CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("give two captures"), r.err());
        r = run("diff", CROSSCHECK.toString(), root().resolve("testdata/no-such.pcap").toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("no such file"), r.err());
        r = run("diff", "-T", "xml", CROSSCHECK.toString(), CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
    }
}
