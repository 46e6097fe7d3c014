package io.nlscope.output;

import io.nlscope.analysis.ProcessRef;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The output-safety property of {@link HostileOutput} on fixed input: every kind of hostile character in every place a
 * captured string reaches, and every message of every real capture in testdata, in every format.
 */
class OutputSafetyTest {

    /** One string of each kind a capture can hold that must not reach a terminal as it is, and some that may. */
    static List<String> hostile() {
        List<String> s = new ArrayList<>();
        for (char c = 0; c < 0x20; c++) s.add("a" + c + "b");
        s.add("del\u007f");
        for (char c = 0x80; c <= 0x9f; c++) s.add("c1" + c);
        for (char c : new char[] {0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c})
            s.add("bidi" + c + "txt");
        s.add("\u001b[2J\u001b]0;pwned\u0007");              // clear the screen, set the title
        s.add("forged\n     2   0.000001 ROUTE    U>K  RTM_NEWLINK");
        s.add("lone high \ud83d, lone low \ude00, reversed \ude00\ud83d");
        s.add(HostileOutput.captured(new byte[] {'e', 't', 'h', (byte) 0xff, (byte) 0xc0, (byte) 0x80, (byte) 0xed, (byte) 0xa0, (byte) 0x80, '0'}));
        s.add(new String(new byte[] {'e', 't', 'h', (byte) 0xff, (byte) 0xfe}, StandardCharsets.UTF_8));
        s.add("emoji \ud83d\ude00 caf\u00e9 \u4e2d");
        s.add("");
        s.add("quote \" comma , backslash \\ tab\there");
        return s;
    }

    /** Each hostile string in each place: the strings rotated through every place of {@link HostileOutput#all}. */
    @Test void everyHostileStringInEveryPlaceIsSafeInEveryFormat() throws Exception {
        List<String> s = hostile();
        for (int i = 0; i < s.size(); i++) {
            List<String> r = new ArrayList<>(s);
            Collections.rotate(r, i);
            HostileOutput.all(new HostileOutput.Strings(r));
        }
    }

    /** A byte 0xff of an interface name, as the dissector keeps it (U+DCFF): shown as the byte it was. */
    @Test void aCapturedByteThatIsNoUtf8IsShownAsThatByte() {
        assertEquals("eth\\xff0", Escape.text("eth\udcff0"));
        assertEquals("eth\\xff0", new TextBuffer(16).text("eth\udcff0").toString());
        assertEquals("lone \\ud83d", Escape.text("lone \ud83d"));
        assertEquals("pair \ud83d\ude00", Escape.text("pair \ud83d\ude00"), "a whole pair is a character like any other");
    }

    /** The pairs table escaped each line after dropping its trailing whitespace, so a captured trailing newline vanished. */
    @Test void thePairsTableShowsATrailingNewlineOfACapturedString() throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        TransactionRows t = new TransactionRows.Table(o);
        t.row(new PairRow(1, 0, "ROUTE", "rtnl", "newlink", "dev eth0", "ERROR", "EINVAL", "bad name\n", 1, 0.1, 0.1, 1, 2, 2,
                "ip", 178L, "", 0));
        String out = o.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("\"bad name\\n\""), out);
    }

    /** -T fields' errno column is escaped like every other column (a link's errno is a name, but a Link is public). */
    @Test void theFieldsErrnoColumnIsEscaped() {
        FieldColumns cols = FieldColumns.of(List.of("errno"), List.of(), false);
        Link l = new Link("request", 0, 2, 2, io.nlscope.analysis.Outcome.ERROR, "E\nX", 1, 1, 1, null, null, 0, List.of(),
                new ProcessRef(1, "ip"), "");
        assertEquals("E\\nX", cols.line(new String[1], l, "0"));
    }

    /**
     * A multicast copy of a request (or a request the capture shows went to the kernel without NLM_F_REQUEST) is shown
     * with the link's direction: JsonSink replaced the direction's value from before its ':', writing
     * {@code "direction""from_kernel"}, no JSON.
     */
    @Test void aLinkThatChangesTheDirectionKeepsTheJsonValid() throws Exception {
        DissectedFrame f = HostileOutput.frame(new HostileOutput.Strings(List.of("lo")));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        JsonSink j = new JsonSink(o, true, "copy.pcap");
        Link copy = new Link("copy", 3, 0, 0, null, null, -1, -1, 0, null, null, 0, List.of(), null, "");
        j.write(j.render(f, f.messages().get(0)), copy);
        var record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(o.toString(StandardCharsets.UTF_8));
        assertEquals("from_kernel", record.get("direction").asText());
        assertEquals("copy", record.path("pairing").path("role").asText());
    }

    static List<Path> captures() throws Exception {
        Path root = Path.of(System.getProperty("nlscope.root", "..")).resolve("testdata");
        try (Stream<Path> s = Files.walk(root)) {
            // not testdata/hostile, made broken on purpose (HostileCorpusTest's)
            return s.filter(p -> (p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")) && !p.toString().contains("/hostile/"))
                    .sorted().toList();
        }
    }

    /**
     * Every frame of every real capture in testdata, every format: the text formats safe and one line per message (or
     * per field), JSON giving back every string; the link a notification to the process of the frame's comment.
     */
    @Test void everyRealCaptureIsSafeInEveryFormat() throws Exception {
        List<Path> caps = captures();
        assertTrue(caps.size() > 100, "testdata's captures: " + caps.size());
        long frames = 0;
        for (Path p : caps) {
            try (NetlinkCapture c = NetlinkCapture.open(p)) {
                for (DissectedFrame f; (f = c.next()) != null; ) {
                    String comment = f.comments().isEmpty() ? "" : f.comments().get(0);
                    HostileOutput.messages(f, Link.notification(new ProcessRef(1, comment)));
                    frames++;
                }
            } catch (AssertionError e) {
                throw new AssertionError(p + ": " + e.getMessage(), e);
            }
        }
        assertTrue(frames > 10_000, "frames: " + frames);
    }
}
