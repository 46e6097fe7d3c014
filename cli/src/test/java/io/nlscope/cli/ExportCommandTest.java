package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.MessageRef;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.nlscope.cli.ReadCommandTest.root;
import static io.nlscope.cli.ReadCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code nlscope export}, with tshark as the judge: what tshark reads from an exported file (times, lengths, the
 * netlink headers, comments) is what it reads from the original; annotations are frame comments tshark shows;
 * families stay named after the CTRL frames are left out; a filter of the transaction exports its frames.
 */
class ExportCommandTest {
    @TempDir Path tmp;

    private static final Path CROSSCHECK = root().resolve("testdata/captures/crosscheck.pcap");
    private static final Path ETHTOOL = root().resolve("testdata/captures/genl-ethtool.pcap");
    private static final Path PROCESSES = root().resolve("testdata/captures/live-processes.pcapng");

    /** tshark's output; its notes on standard error (running as root) are not part of it. */
    static String tshark(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("tshark"));
        cmd.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), s);
        return s;
    }

    /** Per frame: time, lengths, every netlink header and the comments, as tshark reads them. */
    static String headers(Path file) throws Exception {
        return tshark("-r", file.toString(), "-T", "fields", "-E", "occurrence=a", "-e", "frame.time_epoch", "-e", "frame.len",
                "-e", "frame.cap_len", "-e", "netlink.family", "-e", "netlink.hdr_len", "-e", "netlink.hdr_type", "-e", "netlink.hdr_flags",
                "-e", "netlink.hdr_seq", "-e", "netlink.hdr_pid", "-e", "frame.comment");
    }

    static List<Path> captures() throws Exception {
        List<Path> all = new ArrayList<>();
        for (String dir : List.of("testdata/captures")) {
            Path d = root().resolve(dir);
            if (!Files.isDirectory(d)) continue;
            try (Stream<Path> s = Files.walk(d)) {
                s.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().forEach(all::add);
            }
        }
        return all;
    }

    @Test
    void everyCaptureExportsToWhatTsharkReadsTheSame() throws Exception {
        int files = 0, pcaps = 0;
        for (Path in : captures()) {
            String original = headers(in);
            boolean pcap = !in.toString().endsWith(".pcapng");
            for (String format : List.of("", "pcapng", "pcap-ns")) {
                Path out = tmp.resolve("out" + (format.isEmpty() ? (pcap ? ".pcap" : ".pcapng") : ""));
                List<String> args = new ArrayList<>(List.of("export", "-q", in.toString(), "-w", out.toString()));
                if (!format.isEmpty()) args.addAll(List.of("--format", format));
                var r = run(args.toArray(String[]::new));
                boolean cut = r.code() == Main.DAMAGED;
                assertTrue(r.code() == Main.OK || cut, in + ": " + r.err());
                if (cut) continue;   // tshark stops at the cut with an error: the frames before it are compared below
                String exported = headers(out);
                boolean keepsComments = !format.equals("pcap-ns");
                assertEquals(keepsComments ? original : stripComments(original), keepsComments ? exported : stripComments(exported),
                        in + " exported as " + (format.isEmpty() ? "its own format" : format));
                if (format.isEmpty() && pcap) {
                    assertArrayEquals(Files.readAllBytes(in), Files.readAllBytes(out), in + ": a pcap exported as pcap is the same file");
                    pcaps++;
                }
            }
            files++;
        }
        assertTrue(files >= 24 && pcaps >= 20, files + " captures, " + pcaps + " pcaps");
    }

    /** A pcap keeps no comments: the last column goes. */
    private static String stripComments(String fields) {
        StringBuilder b = new StringBuilder();
        for (String l : fields.split("\n", -1)) {
            int tab = l.lastIndexOf('\t');
            b.append(tab < 0 ? l : l.substring(0, tab)).append('\n');
        }
        return b.toString();
    }

    @Test
    void aCutCaptureExportsEveryFrameBeforeTheCut() throws Exception {
        byte[] all = Files.readAllBytes(CROSSCHECK);
        Path cut = tmp.resolve("cut.pcap"), out = tmp.resolve("out.pcap");
        Files.write(cut, Arrays.copyOf(all, all.length - 30));
        var r = run("export", "-q", cut.toString(), "-w", out.toString());
        assertEquals(Main.DAMAGED, r.code(), r.err());
        assertTrue(r.err().contains("warning"), r.err());
        String full = headers(CROSSCHECK);
        String got = headers(out);
        List<String> lines = Arrays.asList(got.split("\n"));
        assertEquals(96, lines.size(), "the 97th frame is cut");
        assertTrue(full.startsWith(got), "the frames before the cut are the original's");
    }

    @Test
    void annotationsAreFrameCommentsNamingTheTransaction() throws Exception {
        Path out = tmp.resolve("a.pcapng");
        var r = run("export", "-q", CROSSCHECK.toString(), "-w", out.toString(), "--annotate");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> comments = Arrays.asList(tshark("-r", out.toString(), "-T", "fields", "-e", "frame.comment").split("\n"));
        assertEquals(97, comments.size());
        assertEquals("request #1 RTM_NEWLINK ifinfomsg, 0 attributes, answered by frame 2 in 0.340 ms: ERROR ENODEV", comments.get(0));
        assertEquals("response to frame 1", comments.get(1));
        for (int i = 0; i < comments.size(); i++) assertFalse(comments.get(i).isBlank(), "frame " + (i + 1) + " has its comment");
        // every request's comment says what nlscope's pairing says of it
        JsonNode pairs = new ObjectMapper().readTree(run("pairs", "-q", "-T", "json", CROSSCHECK.toString()).out());
        int requests = 0;
        for (JsonNode t : pairs.path("rows")) {
            long frame = t.path("requestFrame").asLong();
            String outcome = t.path("outcome").asText();
            String c = comments.get((int) frame - 1);
            assertTrue(c.startsWith("request #" + frame + " "), c);
            assertTrue(c.contains(": " + outcome), c + " vs " + outcome);
            requests++;
        }
        assertEquals(39, requests);
    }

    /** genl-ethtool without its nlctrl frames: the export announces ethtool itself, so tshark names it; editcap's cut does not. */
    @Test
    void familiesStayNamedWhenTheirAnnouncementsAreLeftOut() throws Exception {
        Path out = tmp.resolve("e.pcapng");
        var r = run("export", ETHTOOL.toString(), "-w", out.toString(), "--filter", "ethtool");
        assertEquals(Main.OK, r.code(), r.err());
        assertTrue(r.err().contains("1 frame announcing generic netlink families"), r.err());
        String tree = tshark("-r", out.toString(), "-V");
        long named = tree.lines().filter(l -> l.contains("Family ID: 0x14 (ethtool)")).count();
        long ethtoolFrames = tshark("-r", out.toString(), "-Y", "genl.family_id == 0x14", "-T", "fields", "-e", "frame.number").lines().count();
        assertTrue(ethtoolFrames >= 10, ethtoolFrames + " ethtool frames");
        assertEquals(ethtoolFrames, named, "tshark names the family of every ethtool frame");
        // the same frames cut out with editcap (no announcement): tshark cannot name it, so the check above can fail
        String ours = tshark("-r", out.toString(), "-T", "fields", "-e", "frame.comment");
        assertTrue(ours.lines().findFirst().orElse("").startsWith(ExportCommand.ANNOUNCEMENT), ours);
        TreeSet<Long> keep = new TreeSet<>();
        try (NetlinkCapture c = NetlinkCapture.open(ETHTOOL)) {
            for (DissectedFrame f; (f = c.next()) != null; )
                for (NetlinkMessage m : f.messages()) if (m.protocol() == 16 && "ethtool".equals(m.typeName())) keep.add(f.index());
        }
        Path editcap = tmp.resolve("editcap.pcap");
        List<String> cmd = new ArrayList<>(List.of("editcap", "-r", ETHTOOL.toString(), editcap.toString()));
        for (long f : keep) cmd.add(Long.toString(f));
        assertEquals(0, new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
        String plain = tshark("-r", editcap.toString(), "-V");
        assertEquals(0, plain.lines().filter(l -> l.contains("(ethtool)")).count());
        assertEquals(keep.size(), ethtoolFrames);
        // a capture that never announces the family: given with --genl-family, the export announces it
        Path given = tmp.resolve("given.pcapng");
        var g = run("export", "-q", editcap.toString(), "-w", given.toString(), "--genl-family", "0x14=ethtool");
        assertEquals(Main.OK, g.code(), g.err());
        assertEquals(keep.size(), tshark("-r", given.toString(), "-V").lines().filter(l -> l.contains("Family ID: 0x14 (ethtool)")).count());
        assertTrue(new String(java.nio.file.Files.readAllBytes(given), StandardCharsets.ISO_8859_1).contains("0x14=ethtool"), "the section header names it");
        // nlscope reads the export with the family named, and its section header keeps the map
        String read = run("read", "-q", "--no-pairing", out.toString()).out();
        assertFalse(read.contains("unresolved family"), read);
        assertTrue(tshark("-r", out.toString(), "-T", "fields", "-e", "frame.number").lines().count() == keep.size() + 1);
    }

    /** A filter of the transaction exports every frame of each matching transaction, as pairing counts them. */
    @Test
    void aTransactionFilterExportsRequestAndResponses() throws Exception {
        TreeSet<Long> expected = new TreeSet<>();
        List<Transaction> all = new ArrayList<>();
        Pairing pairing = new Pairing(Pairing.Config.defaults(), e -> { if (e instanceof Transaction t) all.add(t); });
        try (NetlinkCapture c = NetlinkCapture.open(CROSSCHECK)) {
            for (DissectedFrame f; (f = c.next()) != null; ) pairing.accept(f);
        }
        pairing.finish();
        for (Transaction t : all) {
            if (t.outcome() != Outcome.ERROR) continue;
            expected.add(t.frame());
            for (MessageRef m : t.responses()) expected.add(m.frame());
        }
        assertEquals(12, expected.size());
        Path out = tmp.resolve("err.pcapng");
        var r = run("export", "-q", CROSSCHECK.toString(), "-w", out.toString(), "--filter", "outcome == ERROR", "--annotate");
        assertEquals(Main.OK, r.code(), r.err());
        List<String> comments = tshark("-r", out.toString(), "-T", "fields", "-e", "frame.comment").lines().toList();
        TreeSet<Long> got = new TreeSet<>();
        for (String c : comments) {
            var m = java.util.regex.Pattern.compile("^request #(\\d+) .*ERROR|^response to frame (\\d+)").matcher(c);
            assertTrue(m.find(), c);
            got.add(Long.parseLong(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        assertEquals(6, got.size(), "the six failing requests");
        assertEquals(expected.size(), comments.size());
        // the exported times are those of the expected frames
        String times = tshark("-r", out.toString(), "-T", "fields", "-e", "frame.time_epoch");
        StringBuilder want = new StringBuilder();
        List<String> originalTimes = tshark("-r", CROSSCHECK.toString(), "-T", "fields", "-e", "frame.time_epoch").lines().toList();
        for (long f : expected) want.append(originalTimes.get((int) f - 1)).append('\n');
        assertEquals(want.toString(), times);
    }

    @Test
    void processesSurviveAnExport() throws Exception {
        Path out = tmp.resolve("p.pcapng");
        var r = run("export", "-q", PROCESSES.toString(), "-w", out.toString(), "--filter", "process == \"python3\"");
        assertEquals(Main.OK, r.code(), r.err());
        String pairs = run("pairs", "-q", out.toString()).out();
        long python = pairs.lines().filter(l -> l.contains("python3[")).count();
        assertEquals(5, python, pairs);   // the five dumps of the scenario's python3, each with its process
        assertFalse(pairs.contains(" ip["), pairs);
    }

    @Test
    void usageErrorsSayWhatIsWrong() throws Exception {
        Path out = tmp.resolve("x.pcap");
        assertEquals(Main.USAGE, run("export", CROSSCHECK.toString()).code());
        var r = run("export", CROSSCHECK.toString(), "-w", out.toString(), "--format", "pcapx");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("--format needs pcapng, pcap or pcap-ns"), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", out.toString(), "--format", "pcap", "--annotate");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("only pcapng"), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", CROSSCHECK.toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("OUT is IN"), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", out.toString(), "--filter", "latency > fast");
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("is not a duration"), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", tmp.resolve("no/such/dir/x.pcap").toString());
        assertEquals(Main.USAGE, r.code());
        assertTrue(r.err().contains("there is no folder"), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", tmp.toString());
        assertEquals(CaptureCommand.WRITE_FAILED, r.code(), r.err());
        assertTrue(r.err().startsWith("nlscope export: writing " + tmp + " failed: "), r.err());
        r = run("export", "-q", CROSSCHECK.toString(), "-w", out.toString(), "--filter", "type == RTM_DELLINK");
        assertEquals(Main.OK, r.code());
        assertTrue(r.err().isEmpty(), r.err());
        r = run("export", CROSSCHECK.toString(), "-w", out.toString(), "--filter", "type == RTM_DELLINK");
        assertTrue(r.err().contains("no frame matched"), r.err());
    }
}
