package io.nlscope.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.abort;

/**
 * The hostile corpus of testdata/hostile (written by scripts/hostile-corpus.py; its README.md says what is hostile
 * about each file and what nlscope must do): {@code nlscope read -V FILE} (and {@code nlscope pairs FILE} for the
 * files in {@link #PAIRS}) on each, in-process, under a preemptive timeout that catches a hang, compared with
 * {@code FILE.expected}. Every output must also be free of stack traces, exception class names and unescaped
 * control bytes. {@code -Dnlscope.regen=true} rewrites the .expected files instead (review each by hand):
 *
 * <pre>mvn -o -q -B test -pl cli -am -Dtest=HostileCorpusTest -Dsurefire.failIfNoSpecifiedTests=false -Dnlscope.regen=true</pre>
 *
 * <p>{@link #KNOWN_FAILURES} lists the files whose behaviour today is not what nlscope must do: their cases
 * are aborted (reported as skipped) with the reason, and no .expected file is written for them, so that wrong
 * output is never blessed. Whoever fixes one removes it from the list and regenerates.
 */
class HostileCorpusTest {
    /** How long one command may take on one of these small files before it counts as a hang. */
    private static final Duration HANG = Duration.ofSeconds(60);

    /** Files whose pairing is part of what they test. */
    private static final Set<String> PAIRS = Set.of("nlmsg-len-0.pcap", "nlmsg-len-15.pcap", "nlmsg-len-ffffffff.pcap",
            "pcapng-byte-order-switch.pcapng", "pcap-snaplen-2gb.pcap", "snaplen-cut-newlink.pcap");

    /**
     * A file whose output today is wrong: what is wrong, and a check of the output that passes once it is fixed
     * (the case then fails, saying to remove the entry and regenerate).
     */
    record KnownFailure(String reason, Predicate<String> fixed) {}

    /** File name: what today's output does wrong (testdata/hostile/README.md says what it must do). */
    static final Map<String, KnownFailure> KNOWN_FAILURES = Map.of();   // none: every file does what it must

    static Path hostile() {
        return ReadCommandTest.root().resolve("testdata/hostile");
    }

    static boolean regen() {
        return Boolean.getBoolean("nlscope.regen");
    }

    static List<String> corpus() throws IOException {
        try (Stream<Path> s = Files.list(hostile())) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".pcap") || n.endsWith(".pcapng")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileAsExpected() throws IOException {
        List<String> files = corpus();
        assertTrue(files.size() >= 18, files.toString());
        return files.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws IOException {
        String actual = render(name);
        Path expected = hostile().resolve(name + ".expected");
        KnownFailure known = KNOWN_FAILURES.get(name);
        if (regen()) {
            if (known == null) Files.writeString(expected, actual, StandardCharsets.UTF_8);
            else Files.deleteIfExists(expected);
        }
        if (known != null) {
            assertFalse(known.fixed().test(actual), name + " now does what it must: remove it from KNOWN_FAILURES, "
                    + "regenerate with -Dnlscope.regen=true and review " + name + ".expected");
            abort("known failure, not blessed: " + known.reason());
        }
        assertSafe(name, actual);
        assertTrue(Files.exists(expected), "no " + expected + ": run with -Dnlscope.regen=true and review it");
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, name);
    }

    /** The commands' exit codes, stderr and stdout, with the file's path written as its name. */
    static String render(String name) {
        StringBuilder b = new StringBuilder();
        b.append(section(name, "read", "-V"));
        if (PAIRS.contains(name)) b.append(section(name, "pairs"));
        return b.toString();
    }

    private static String section(String name, String... command) {
        String path = hostile().resolve(name).toString();
        String[] args = Arrays.copyOf(command, command.length + 1);
        args[command.length] = path;
        ReadCommandTest.Result r = assertTimeoutPreemptively(HANG, () -> ReadCommandTest.run(args),
                () -> "nlscope " + String.join(" ", command) + " " + name + " took longer than " + HANG + ": a hang");
        return "$ nlscope " + String.join(" ", command) + " " + name + "\n"
                + "exit " + r.code() + "\n"
                + "--- stderr\n" + r.err().replace(path, name)
                + "--- stdout\n" + r.out().replace(path, name);
    }

    /** What no output may hold, whatever the input: a stack trace, an exception's class name, a control byte. */
    static void assertSafe(String what, String output) {
        assertFalse(output.contains("Exception") || output.contains("\tat ") || output.contains("java.") || output.contains("Error:"),
                what + ": a Java exception reached the output");
        for (int i = 0; i < output.length(); i++) {
            char c = output.charAt(i);
            if ((c < 0x20 && c != '\n') || (c >= 0x7f && c < 0xa0) || c == '\ufffd') {
                throw new AssertionError(what + ": " + (c == '\ufffd' ? "bytes lost to" : "unescaped") + " character U+" + String.format("%04X", (int) c) + " at " + i
                        + " of the output: " + output.substring(Math.max(0, i - 60), i));
            }
        }
    }

    /**
     * xfrm.pcap cut at every byte offset of its last 64 bytes (a capture copied while tcpdump still wrote it):
     * exit 1 and a warning that the file is cut, or exit 0 when the cut falls between two records (a file that
     * simply has fewer records); stdout is the uncut file's output for the frames before the cut, line for line.
     */
    @Test
    void everyCutOfTheLast64Bytes(@TempDir Path tmp) throws IOException {
        Path source = ReadCommandTest.root().resolve("testdata/captures/xfrm.pcap");
        byte[] whole = Files.readAllBytes(source);
        List<Integer> ends = recordEnds(whole);
        ReadCommandTest.Result full = ReadCommandTest.run("read", "--no-pairing", source.toString());
        assertEquals(0, full.code(), full.err());
        List<String> fullLines = full.lines();
        int cuts = 0, boundaries = 0;
        for (int cut = whole.length - 64; cut < whole.length; cut++) {
            Path f = tmp.resolve("cut-" + cut + ".pcap");
            Files.write(f, Arrays.copyOf(whole, cut));
            int at = cut;
            ReadCommandTest.Result r = assertTimeoutPreemptively(HANG, () -> ReadCommandTest.run("read", "--no-pairing", f.toString()),
                    () -> "read of a file cut at " + at + " took longer than " + HANG);
            assertSafe("cut at " + cut, r.out() + r.err());
            long framesBefore = ends.stream().filter(e -> e <= at).count();
            if (ends.contains(cut)) {
                boundaries++;
                assertEquals(0, r.code(), "cut at " + cut + " is between records: " + r.err());
                assertEquals("", r.err());
            } else {
                cuts++;
                assertEquals(Main.DAMAGED, r.code(), "cut at " + cut + ": " + r.err());
                assertTrue(r.err().contains("warning") && r.err().contains("cut"), "cut at " + cut + ": " + r.err());
            }
            List<String> lines = r.lines();
            assertEquals(linesOfFrames(fullLines, framesBefore), lines, "cut at " + cut + " (" + framesBefore + " whole frames)");
        }
        assertTrue(cuts > 0, "some cuts fall inside a record");
        assertEquals(64, cuts + boundaries);
    }

    /** Where each record of a little-endian pcap ends. */
    private static List<Integer> recordEnds(byte[] pcap) {
        List<Integer> ends = new ArrayList<>();
        int o = 24;
        while (o + 16 <= pcap.length) {
            int cap = (pcap[o + 8] & 0xFF) | (pcap[o + 9] & 0xFF) << 8 | (pcap[o + 10] & 0xFF) << 16 | (pcap[o + 11] & 0xFF) << 24;
            o += 16 + cap;
            ends.add(o);
        }
        return ends;
    }

    /** The lines of the first {@code frames} frames of a `read` output (a frame's lines start with its number). */
    private static List<String> linesOfFrames(List<String> lines, long frames) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            String t = l.trim();
            int sp = t.indexOf(' ');
            if (sp > 0 && t.substring(0, sp).chars().allMatch(Character::isDigit) && Long.parseLong(t.substring(0, sp)) > frames) break;
            out.add(l);
        }
        return out;
    }
}
