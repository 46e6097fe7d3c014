package io.nlscope.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How pairing ends what has no end marker and what it cannot hold, on real 6.1-kernel captures:
 * nft batches settled by a later answer, a memory budget that releases a 400-route dump early,
 * a timeout shorter than the kernel's latency, and a capture cut by a snapshot length.
 */
class PairingMemoryTest {
    private static Path capture(String name) { return root().resolve("testdata/captures/" + name); }

    private static String line(ReadCommandTest.Result r, long frame, int nth) {
        String prefix = String.format("%6d ", frame);
        return r.lines().stream().filter(l -> l.startsWith(prefix)).skip(nth).findFirst().orElseThrow();
    }

    @Test
    void nftBatchMarkersSettleWhenALaterRequestIsAnswered() throws Exception {
        // groups-nft.pcap: `nft add table inet g` sends BATCH_BEGIN, NEWTABLE, BATCH_END in frame 17 without NLM_F_ACK;
        // the next nft process's GETGEN (frame 20) is answered by frame 21
        ReadCommandTest.Result r = run("pairs", "--format", "csv", capture("groups-nft.pcap").toString());
        assertEquals(0, r.code(), r.err());
        MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(r.out());
        List<Map<String, String>> frame17 = it.readAll().stream().filter(m -> m.get("requestFrame").equals("17")).toList();
        assertEquals(List.of("BATCH_BEGIN", "NEWTABLE", "BATCH_END"), frame17.stream().map(m -> m.get("operation")).toList());
        for (Map<String, String> m : frame17) {
            assertEquals("NO_REPLY", m.get("outcome"));
            assertTrue(m.get("notes").contains("settled: a later request was answered"), m.toString());
        }
        ReadCommandTest.Result stats = run("stats", capture("groups-nft.pcap").toString());
        assertTrue(stats.out().contains(" settled, "), stats.out());
        assertFalse(stats.out().contains(" 0 settled, "), stats.out());
    }

    @Test
    void aSmallBudgetReleasesTheDumpEarlyAndItsLaterPartsStillNameIt() throws Exception {
        // pairs-dump400.pcap: `ip route show table main` over 400 routes, its dump in many packets
        Path f = capture("pairs-dump400.pcap");
        ReadCommandTest.Result whole = run("read", "-q", f.toString());
        ReadCommandTest.Result small = run("read", "-q", "--pairing-memory", "20K", f.toString());
        assertEquals(0, small.code(), small.err());
        assertEquals(whole.lines().size(), small.lines().size(), "nothing is lost");
        String released = small.lines().stream().filter(l -> l.contains("answer not known yet")).findFirst().orElseThrow();
        long frame = Long.parseLong(released.trim().split("\\s+")[0]);
        assertTrue(line(whole, frame, 0).contains("answered by frames"), line(whole, frame, 0));
        assertTrue(released.contains("a later response names this frame"), released);
        String later = "late response to frame " + frame + " (that request released before its answer was known)";
        assertTrue(small.lines().stream().anyMatch(l -> l.endsWith("[" + later + "]")), small.out());
        // same message lines (all but the pairing text) in the same order
        for (int i = 0; i < whole.lines().size(); i++) {
            String a = whole.lines().get(i), b = small.lines().get(i);
            assertEquals(a.substring(0, Math.min(a.length(), 100)), b.substring(0, Math.min(b.length(), 100)));
        }
        ReadCommandTest.Result bad = run("read", "--pairing-memory", "lots", f.toString());
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("--pairing-memory needs a size in bytes"), bad.err());
    }

    @Test
    void anAnswerAfterTheTimeoutNamesTheRequestThatTimedOut() {
        // pairs-rtnl.pcap frame 1: `ip link set nosuchdev up`, answered ENODEV 1.482 ms later (frame 2)
        ReadCommandTest.Result r = run("read", "-q", "--timeout", "0.0001", capture("pairs-rtnl.pcap").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(line(r, 1, 0).endsWith("[unanswered within the timeout]"), line(r, 1, 0));
        assertTrue(line(r, 2, 0).endsWith("[late response to frame 1 (that request timed out)]"), line(r, 2, 0));
    }

    @Test
    void anErrorCutBySnaplenIsNotCalledAnAck(@TempDir Path tmp) throws Exception {
        // editcap -s 34: 18 bytes of netlink per frame, so frame 2's NLMSG_ERROR (ENODEV, 52 bytes) keeps its header
        // and only 2 of the 4 bytes of its error code
        Path cut = editcap(tmp, 34);
        ReadCommandTest.Result r = run("read", "-q", "-c", "4", cut.toString());
        assertTrue(line(r, 1, 0).endsWith("[answered by frame 2 in 1.482 ms: answer cut short by the capture, ACK or error not known]"),
                line(r, 1, 0));
        ReadCommandTest.Result pairs = run("pairs", "--outcome", "cut", cut.toString());
        assertEquals(0, pairs.code(), pairs.err());
        assertTrue(pairs.out().contains("CUT"), pairs.out());
        // editcap -s 40: 24 bytes of netlink, the error code whole: the error is known, and the cut is said
        ReadCommandTest.Result r40 = run("read", "-q", "-c", "4", editcap(tmp, 40).toString());
        assertTrue(line(r40, 1, 0).endsWith("[answered by frame 2 in 1.482 ms: ERROR ENODEV]"), line(r40, 1, 0));
        assertTrue(line(r40, 2, 0).contains("error ENODEV \"No such device\" [cut by the capture's snapshot length: 24 of 52 bytes captured]"),
                line(r40, 2, 0));
    }

    private static Path editcap(Path tmp, int snaplen) throws Exception {
        Path cut = tmp.resolve("cut" + snaplen + ".pcap");
        Process p = new ProcessBuilder("editcap", "-s", Integer.toString(snaplen), capture("pairs-rtnl.pcap").toString(), cut.toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, new String(p.getInputStream().readAllBytes()));
        assertTrue(Files.size(cut) > 0);
        return cut;
    }
}
