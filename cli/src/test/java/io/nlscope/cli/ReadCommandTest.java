package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.capture.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nlscope read on the real captures in testdata, and on the inputs users get wrong. */
class ReadCommandTest {
    record Result(int code, String out, String err) {
        List<String> lines() { return out.isEmpty() ? List.of() : Arrays.asList(out.split("\n")); }
    }

    static Path root() {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("..")).toAbsolutePath().normalize();
    }

    /** rtnl-changes.pcap: `ip link add dummy0 type dummy`, ..., a duplicate `ip route add` (EEXIST), ... */
    static Path changes() { return root().resolve("testdata/captures/rtnl-changes.pcap"); }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The columns after the type and flags stay where they are on every line of every capture in
     * testdata/captures, unless the flags, or type and flags together, are longer than their columns: a long type
     * name (SOCK_DIAG_BY_FAMILY, IPCTNL_MSG_CT_DELETE) takes its room from the flags' column.
     */
    @Test
    void columnsStayAlignedOnEveryCapture() throws Exception {
        int lines = 0, longTypes = 0;
        try (var files = java.nio.file.Files.list(root().resolve("testdata/captures"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")).sorted().toList()) {
                for (String l : run("read", "--no-pairing", f.toString()).lines()) {
                    int seq = l.indexOf(" seq=");
                    if (seq < 0) continue;
                    String[] cols = l.substring(36, seq).trim().split(" +");
                    String type = cols[0], flags = cols.length > 1 ? cols[1] : "";
                    lines++;
                    if (type.length() > 18) longTypes++;
                    if (Math.max(type.length(), 18) + 1 + flags.length() <= 18 + 1 + 23) assertEquals(75, seq, f.getFileName() + ": " + l);
                }
            }
        }
        assertTrue(lines > 4000, lines + " lines");
        assertTrue(longTypes >= 3, longTypes + " lines with a type name longer than its column (IPCTNL_MSG_CT_DELETE, SOCK_DIAG_BY_FAMILY ...)");
    }

    @Test
    void oneLinePerMessageWithTheKernelsAnswer() {
        Result r = run("read", changes().toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.err());
        assertEquals(83, r.lines().size());
        // the request names the frame that answers it and how; the answer names its request
        String request = r.lines().stream().filter(l -> l.startsWith("    35 ")).findFirst().orElseThrow();
        assertTrue(request.endsWith("rtmsg, 3 attributes  [answered by frame 36 in 1.706 ms: ERROR EEXIST]"), request);
        String eexist = r.lines().stream().filter(l -> l.contains("error EEXIST")).findFirst().orElseThrow();
        assertTrue(eexist.matches("\\s+36\\s+2\\.069516 route\\s+K>U NLMSG_ERROR\\s+seq=1795417093 pid=186\\s+len=72\\s+"
                + "error EEXIST \"File exists\" for RTM_NEWROUTE seq=1795417093  \\[response to frame 35\\]"), eexist);
        String add = r.lines().get(2);
        assertTrue(add.contains("U>K RTM_NEWLINK        REQUEST|ACK|EXCL|CREATE seq=1795417091 pid=0          len=60"), add);
    }

    /** A FIFO (or <(...), /dev/stdin) can be read once: the read gives what the file gives, with no pre-scan that would hang. */
    @Test
    void aFifoIsReadOnceLikeTheFile(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("capture.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start().waitFor());
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                Files.copy(changes(), o);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        writer.start();
        Result r = run("read", fifo.toString());
        writer.join(10_000);
        assertEquals(0, r.code(), r.err());
        assertEquals(run("read", changes().toString()).out(), r.out());
        assertEquals(83, r.lines().size());
    }

    @Test
    void verboseShowsTheTree() {
        Result r = run("read", "-V", "-c", "2", changes().toString());
        assertEquals(0, r.code());
        assertTrue(r.out().contains("Frame 2: 68 bytes"), r.out());
        assertTrue(r.out().contains("protocol: NETLINK_ROUTE (0)  [14+2]"));
        assertTrue(r.out().contains("error: ENODEV (-19)  [32+4]"), r.out());
        assertTrue(r.out().contains("nlmsg_flags: 0x0605 (REQUEST|ACK|EXCL|CREATE)") || r.out().contains("nlmsg_flags: 0x0005 (REQUEST|ACK)"));
    }

    @Test
    void ndjsonIsOneParsableMessagePerLine() throws Exception {
        Result r = run("read", "-T", "ndjson", changes().toString());
        assertEquals(0, r.code());
        ObjectMapper om = new ObjectMapper();
        List<String> lines = r.lines();
        assertEquals(83, lines.size());
        JsonNode err = null;
        for (String l : lines) {
            JsonNode n = om.readTree(l);
            if (n.get("frame").asLong() == 36) err = n;
        }
        assertEquals("NLMSG_ERROR", err.get("type_name").asText());
        assertEquals(186, err.get("pid").asLong());
        JsonNode errorField = err.get("fields").get(1);
        assertEquals("error", errorField.get("name").asText());
        assertEquals(-17, errorField.get("value").asInt());
        assertEquals("EEXIST", errorField.get("symbol").asText());
        assertEquals("enum", errorField.get("kind").asText());
    }

    @Test
    void jsonIsOneDocumentWithTheSameMessages() throws Exception {
        Result r = run("read", "-T", "json", changes().toString());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        assertEquals(1, doc.get("schema").asInt());
        assertEquals(83, doc.get("messages").size());
        assertEquals(0, doc.get("warnings").size());
        JsonNode first = doc.get("messages").get(0);
        assertEquals("to_kernel", first.get("direction").asText());
        assertEquals(List.of("REQUEST", "ACK"), List.of(first.get("flag_names").get(0).asText(), first.get("flag_names").get(1).asText()));
    }

    @Test
    void countStopsAfterNMessages() {
        assertEquals(5, run("read", "-c", "5", changes().toString()).lines().size());
        assertEquals(0, run("read", "-c", "0", changes().toString()).lines().size());
        assertEquals(2, run("read", "-c", "x", changes().toString()).code());
    }

    @Test
    void standardInputReadsTheSameAsTheFile() throws Exception {
        InputStream saved = System.in;
        try (InputStream in = Files.newInputStream(changes())) {
            System.setIn(in);
            Result r = run("read", "-");
            assertEquals(run("read", changes().toString()).out(), r.out());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void truncatedCaptureGivesEverythingBeforeTheCutAndExitCode1(@TempDir Path tmp) throws Exception {
        byte[] all = Files.readAllBytes(changes());
        Path cut = tmp.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(all, all.length - 30));
        Result r = run("read", cut.toString());
        assertEquals(1, r.code());
        assertEquals(82, r.lines().size(), "all messages before the cut");
        assertTrue(r.err().startsWith("nlscope: warning: "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void userErrorsAreOneSentenceAndExitCode2(@TempDir Path tmp) throws Exception {
        Result missing = run("read", tmp.resolve("nope.pcap").toString());
        assertEquals(2, missing.code());
        assertEquals("nlscope: cannot open " + tmp.resolve("nope.pcap") + ": no such file.\n", missing.err());

        Path text = tmp.resolve("notes.txt");
        Files.writeString(text, "hello world");
        Result notCapture = run("read", text.toString());
        assertEquals(2, notCapture.code());
        assertTrue(notCapture.err().contains("is not a pcap or pcapng capture file"), notCapture.err());
        assertEquals(1, notCapture.err().lines().count());

        Path eth = tmp.resolve("ethernet.pcap");
        try (OutputStream os = Files.newOutputStream(eth); PcapWriter w = new PcapWriter(os, 1, 65535)) {
            w.write(0, new byte[60], 0, 60);
        }
        Result wrongLink = run("read", eth.toString());
        assertEquals(2, wrongLink.code());
        assertTrue(wrongLink.err().contains("link type 1 (ETHERNET), not 253 (NETLINK)"), wrongLink.err());
        assertFalse(wrongLink.err().contains("Exception"));

        assertEquals(2, run("read", "-T", "xml", changes().toString()).code());
        assertEquals(2, run("read").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("read", "--bogus", changes().toString()).code());
    }

    @Test
    void coverageCountsMessagesOfSeveralCaptures() {
        Path dump = root().resolve("testdata/captures/rtnl-dump.pcap");
        Result r = run("read", "--coverage", changes().toString(), dump.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.lines();
        assertTrue(lines.get(0).matches("protocol\\s+message type\\s+messages\\s+named\\s+raw\\s+malformed"), lines.get(0));
        String all = lines.get(lines.size() - 1);
        long total = Long.parseLong(all.trim().split("\\s+")[1]);
        long dumpMessages = run("read", dump.toString()).lines().size();
        assertEquals(83 + dumpMessages, total, all);
        assertTrue(lines.stream().anyMatch(l -> l.matches("route\\s+RTM_NEWROUTE\\s+\\d+.*")));
        assertEquals(2, run("read", "--coverage").code());
    }

    @Test
    void helpAndVersion() {
        Result v = run("--version");
        assertEquals(0, v.code());
        assertTrue(v.out().startsWith("nlscope "));
        Result h = run("read", "--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("--format"));
    }

    /**
     * --kernel: IFLA_INET6_STATS, renumbered between 6.12 and 6.18, read by the kernel the user names; without it a
     * pcap (no shb_os) shows both readings; a word that is no release is a usage error in one sentence.
     */
    @Test
    void kernelOptionSelectsTheLayoutOfRenumberedStats() {
        String file = root().resolve("testdata/kernels/7.2/link-dump.pcap").toString();
        Result both = run("read", "-V", "--no-pairing", file);
        assertEquals(0, both.code(), both.err());
        assertTrue(both.out().contains("[as 6.12 numbers it]") && both.out().contains("[as 6.18, 7.2 number it]"), "two readings");
        Result one = run("read", "-V", "--no-pairing", "--kernel", "7.2.13+deb14-amd64", file);
        assertEquals(0, one.code(), one.err());
        assertFalse(one.out().contains("[as 6.12 numbers it]"));
        assertTrue(one.out().contains("            noectpkts: 0  [1080+8]\n"), "7.2's fifth counter at offset 1080");
        Result bad = run("read", "--kernel", "latest", file);
        assertEquals(Main.USAGE, bad.code());
        assertEquals("nlscope read: --kernel needs a kernel release such as 6.12 or 6.1.0-28-amd64, not 'latest'.\n", bad.err());
        assertEquals("", bad.out());
    }
}
