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
}
