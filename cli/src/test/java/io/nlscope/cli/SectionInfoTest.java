package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a pcapng section header says about where the capture was made, as `stats` shows it (the real genl-ctrl frames, rewritten with one). */
class SectionInfoTest {

    @Test
    void statsSaysWhereTheCaptureWasMade(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("with-section.pcapng");
        try (CaptureReader r = CaptureReader.open(root().resolve("testdata/captures/genl-ctrl.pcap"));
             PcapngWriter w = new PcapngWriter(Files.newOutputStream(file),
                     new Section("x86_64", "Linux 6.1.0-57-amd64", "nlscope 0.1.0", "host nlvm"))) {
            int id = w.addInterface(253, 262144, "nlmon0");
            for (Frame f; (f = r.next()) != null; ) {
                byte[] b = f.copyOfData();
                w.write(id, f.timestampNanos(), f.direction(), b, 0, b.length);
            }
        }
        List<String> table = run("stats", file.toString()).lines();
        assertEquals("capture made on Linux 6.1.0-57-amd64 on x86_64, written by nlscope 0.1.0 (host nlvm)", table.get(table.size() - 1));
        JsonNode j = new ObjectMapper().readTree(run("stats", "-T", "json", file.toString()).out());
        assertEquals("Linux 6.1.0-57-amd64", j.get("capture").get("os").asText());
        assertEquals("host nlvm", j.get("capture").get("comment").asText());
        // a pcap file has no section header: nothing is said
        assertFalse(run("stats", root().resolve("testdata/captures/genl-ctrl.pcap").toString()).out().contains("capture made on"));
    }

    /**
     * The real genl-ethtool frames without the nlctrl exchanges that named the ethtool family: its id is unknown,
     * unless the section header names the families (Section.FAMILIES, as nlscope capture writes it).
     */
    @Test
    void theSectionHeadersFamiliesNameIdsTheFramesDoNot(@TempDir Path dir) throws Exception {
        Path bare = dir.resolve("bare.pcapng"), named = dir.resolve("named.pcapng");
        int ethtool = -1;
        List<Frame> kept = new java.util.ArrayList<>();
        try (CaptureReader r = CaptureReader.open(root().resolve("testdata/captures/genl-ethtool.pcap"))) {
            for (Frame f; (f = r.next()) != null; ) {
                byte[] b = f.copyOfData();
                int protocol = ((b[14] & 0xff) << 8) | (b[15] & 0xff), type = (b[20] & 0xff) | (b[21] & 0xff) << 8;
                if (protocol == 16 && type == 0x10) continue;   // GENL_ID_CTRL
                if (protocol == 16 && ethtool < 0 && type > 0x10) ethtool = type;   // not NLMSG_ERROR or DONE
                kept.add(f);
            }
        }
        for (Path p : List.of(bare, named)) {
            Section s = new Section("x86_64", "Linux 6.1.0-57-amd64", "nlscope 0.1.0", null,
                    p == bare ? java.util.Map.of() : java.util.Map.of(0x10, "nlctrl", ethtool, "ethtool"));
            try (PcapngWriter w = new PcapngWriter(Files.newOutputStream(p), s)) {
                int id = w.addInterface(253, 262144, "nlmon0");
                for (Frame f : kept) w.write(id, f);
            }
        }
        String without = run("pairs", bare.toString()).out(), with = run("pairs", named.toString()).out();
        assertFalse(without.contains("ethtool LINKMODES_GET"), without);
        assertTrue(without.contains("unresolved family 0x" + Integer.toHexString(ethtool)), without);
        assertTrue(with.contains("ethtool LINKMODES_GET"), with);
        try (CaptureReader r = CaptureReader.open(named)) {
            assertEquals(java.util.Map.of(0x10, "nlctrl", ethtool, "ethtool"), r.section().orElseThrow().genlFamilies());
            assertEquals(null, r.section().orElseThrow().comment(), "the families' comment is not the section's comment");
        }
        // Wireshark shows it among the capture file comments
        String capinfos = StraceCaptureTest.exec("capinfos", named.toString());
        assertTrue(capinfos.contains("nlscope genl families: 0x10=nlctrl 0x" + Integer.toHexString(ethtool) + "=ethtool"), capinfos);
    }
}
