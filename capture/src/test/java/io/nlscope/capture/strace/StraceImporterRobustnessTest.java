package io.nlscope.capture.strace;

import io.nlscope.capture.Frame;
import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.strace.StraceImporter.LineUse;
import io.nlscope.capture.strace.StraceImporter.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The importer on every real strace log of testdata/strace and on the hostile lines of issue 16: numbers too
 * large for their type, a 100 MB line, hex dumps cut to an odd digit or missing a line, an unterminated quoted
 * string, 10,000 nested braces, and each cap. Every case is checked by {@link StraceLogCheck} too.
 */
@Timeout(value = 120)
class StraceImporterRobustnessTest {
    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("testdata/strace"))) p = p.getParent();
        if (p == null) throw new IllegalStateException("no testdata/strace above " + Path.of("").toAbsolutePath());
        return p;
    }

    static List<Path> realLogs() throws IOException {
        try (Stream<Path> s = Files.list(root().resolve("testdata/strace"))) {
            return s.filter(p -> p.toString().endsWith(".strace.log")).sorted().toList();
        }
    }

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.ISO_8859_1);
    }

    /** ip -4 route show, traced (see StraceCaptureTest in the cli): its 5 datagrams, no line skipped. */
    @Test
    void everyRealLogKeepsEveryLine() throws IOException {
        List<Path> logs = realLogs();
        assertFalse(logs.isEmpty());
        for (Path log : logs) {
            StraceLogCheck.Run r = StraceLogCheck.check(read(log));
            assertEquals(List.of(), r.warnings(), log.toString());
            assertEquals(0, r.result().skippedLines(), log.toString());
            assertTrue(r.uses().contains(LineUse.DATAGRAM), log.toString());
        }
        StraceLogCheck.Run ip = StraceLogCheck.check(read(root().resolve("testdata/strace/ip-route-show.strace.log")));
        assertEquals(5, ip.frames().size());
        // the GETLINK answer is 1152 bytes in 72 dump lines
        assertEquals(16 + 1152, ip.frames().get(3).capturedLength());
        assertEquals(ip.frames().get(3).originalLength(), ip.frames().get(3).capturedLength());
    }

    /** A log cut after each of its lines (a trace stopped at any moment): the properties hold, and earlier frames stay as they were. */
    @Test
    void everyPrefixOfEveryRealLog() throws IOException {
        for (Path log : realLogs()) {
            List<Frame> whole = StraceLogCheck.check(read(log)).frames();
            List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
            StringBuilder prefix = new StringBuilder();
            for (String line : lines) {
                prefix.append(line).append('\n');
                List<Frame> got = StraceLogCheck.check(prefix.toString()).frames();
                for (int i = 0; i + 1 < got.size(); i++) {
                    assertArrayEquals(StraceLogCheck.bytes(whole.get(i)), StraceLogCheck.bytes(got.get(i)));
                }
            }
        }
    }

    static final String SOCKET = "7 1.000001 socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE) = 3<NETLINK:[99]>\n";
    static final String SEND = "7 1.000002 sendto(3<NETLINK:[ROUTE:7]>, ..., 20, 0, NULL, 0) = 20\n";
    static final String DUMP = " | 00000  14 00 00 00 12 00 01 03  01 00 00 00 07 00 00 00  ................ |\n"
            + " | 00010  11 00 00 00                                       ....             |\n";
    static final String CLOSE = "7 1.000003 close(3<NETLINK:[ROUTE:7]>) = 0\n";

    @Test
    void aGoodDatagramIsOneFrame() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + SEND + DUMP + CLOSE);
        assertEquals(List.of(), r.warnings());
        assertEquals(List.of(LineUse.CALL, LineUse.CALL, LineUse.DATAGRAM, LineUse.DATAGRAM, LineUse.CALL), r.uses());
        assertEquals(1, r.frames().size());
        assertEquals(16 + 20, r.frames().get(0).capturedLength());
    }

    /** A 100 MB line (a corrupt log, or one of another tool) is skipped without being held; the lines after it count. */
    @Test
    void aHundredMegabyteLineIsSkippedAndNamed() throws IOException {
        long size = 100L << 20;
        Reader huge = concat(new StringReader(SOCKET), new RepeatReader('A', size), new StringReader("\n" + SEND + DUMP + CLOSE));
        List<String> warnings = new ArrayList<>();
        Result r;
        try (PcapngWriter w = new PcapngWriter(new ByteArrayOutputStream())) {
            r = new StraceImporter(StraceLogCheck::protocol, warnings::add).convert(huge, w);
        }
        assertEquals(new Result(6, 1, 1, 1), r);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("line 2: " + size + " characters, longer than the 65536 a line of strace can have: AAA"), warnings.get(0));
    }

    /** The same inside a hex dump: the datagram keeps what came before it, as a frame cut short. */
    @Test
    void aHugeDumpLineCutsItsDatagram() throws IOException {
        String first = " | 00000  14 00 00 00 12 00 01 03  01 00 00 00 07 00 00 00  ................ |\n";
        Reader in = concat(new StringReader(SOCKET + SEND + first + " | 00010  "), new RepeatReader('1', 1 << 20),
                new StringReader("\n" + CLOSE));
        List<String> warnings = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PcapngWriter w = new PcapngWriter(out)) {
            new StraceImporter(StraceLogCheck::protocol, warnings::add).convert(in, w);
        }
        List<Frame> frames = StraceLogCheck.read(out.toByteArray());
        assertEquals(1, frames.size());
        assertEquals(16 + 16, frames.get(0).capturedLength());
        assertEquals(16 + 20, frames.get(0).originalLength());
        assertEquals(List.of("line 4: " + ((1 << 20) + 10) + " characters, longer than the 65536 a line of strace can have"), warnings);
    }

    /** "14 00 00 00 1": the pair cut to one digit ends the datagram there, with the four whole bytes kept. */
    @Test
    void aHexDumpOfOddLengthKeepsItsWholeBytes() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + SEND + " | 00000  14 00 00 00 1\n" + CLOSE);
        assertEquals(1, r.frames().size());
        assertArrayEquals(new byte[] {0x14, 0, 0, 0}, StraceLogCheck.payload(r.frames().get(0)));
        assertEquals(16 + 20, r.frames().get(0).originalLength());
        assertEquals(LineUse.DATAGRAM, r.uses().get(2));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("line 3: not the hex dump line of offset 0 that line 2's datagram needs: "
                + "it keeps the 4 bytes before where this line breaks off"), r.warnings().get(0));
    }

    /** A dump line lost from the middle (offset 0x10 follows 0x00 twice over): the datagram keeps the first 16 bytes. */
    @Test
    void aMissingDumpLineCutsTheDatagramThere() throws IOException {
        String line0 = " | 00000  14 00 00 00 12 00 01 03  01 00 00 00 07 00 00 00  ................ |\n";
        String line2 = " | 00020  11 00 00 00                                       ....             |\n";
        String line3 = " | 00030  11 00 00 00                                       ....             |\n";
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + SEND.replace("20", "52") + line0 + line2 + line3 + CLOSE);
        assertEquals(1, r.frames().size());
        assertEquals(16 + 16, r.frames().get(0).capturedLength());
        assertEquals(List.of(LineUse.CALL, LineUse.CALL, LineUse.DATAGRAM, LineUse.SKIPPED, LineUse.SKIPPED, LineUse.CALL), r.uses());
        assertEquals(2, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).startsWith("line 4: not the hex dump line of offset 10"), r.warnings().get(0));
        assertEquals("line 5: rest of the hex dump of line 2's datagram, cut before", r.warnings().get(1));
    }

    @Test
    void dumpLinesOfNoCallAreSkippedInOneWarning() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check("garbage\n" + DUMP + DUMP);
        assertEquals(List.of(LineUse.SKIPPED, LineUse.SKIPPED, LineUse.SKIPPED, LineUse.SKIPPED, LineUse.SKIPPED), r.uses());
        assertEquals(2, r.warnings().size());
        assertEquals("lines 2-5: hex dump line of no system call before it", r.warnings().get(1));
    }

    /** The quote never closes: the rest of the line is one argument; the datagram is still the socket's. */
    @Test
    void anUnterminatedQuotedStringIsOneArgument() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + "7 1.000002 sendto(3<NETLINK:[ROUTE:7]>, \"\\x14\\x00, 20, 0, NULL, 0) = 20\n" + DUMP);
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.frames().size());
        assertEquals(List.of("3<NETLINK:[ROUTE:7]>", "\"\\x14\\x00, 20, 0, NULL, 0"),
                StraceImporter.splitArgs("3<NETLINK:[ROUTE:7]>, \"\\x14\\x00, 20, 0, NULL, 0"));
    }

    /** {{{{... 10,000 deep: nesting is counted, not recursed into. */
    @Test
    void tenThousandNestedBracesAreOneArgument() throws IOException {
        String deep = "{".repeat(10_000);
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + "7 1.000002 sendmsg(3<NETLINK:[ROUTE:7]>, " + deep + ", 0) = 20\n" + DUMP);
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.frames().size());
        assertEquals(2, StraceImporter.splitArgs("3, " + deep + ", 0").size());
        assertEquals(3, StraceImporter.splitArgs("3, " + deep + "}".repeat(10_000) + ", 0").size());
    }

    /** Numbers too large for a pid, a nanosecond timestamp, a return value, an inode or an nl_pid: named, never a crash. */
    @Test
    void numbersOutOfRangeAreWarnings() throws IOException {
        String nines = "9".repeat(30);
        StraceLogCheck.Run r = StraceLogCheck.check(nines + " 1.0 close(3) = 0\n"
                + "7 " + nines + ".0 close(3) = 0\n"
                + "7 1.0 close(3) = " + nines + "\n"
                + "7 1.0 close(3) = -" + nines + "\n"
                + "7 1.0 socket(AF_NETLINK, SOCK_RAW, 0) = 3<NETLINK:[" + nines + "]>\n"
                + "7 1.0 bind(3<NETLINK:[" + nines + "]>, {sa_family=0x10, nl_pid=" + nines + ", nl_groups=0}, 12) = 0\n"
                + "7 1.0 socket(AF_NETLINK, SOCK_RAW, 99999) = 4<NETLINK:[5]>\n"
                + "7 1.0 sendto(3<NETLINK:[ROUTE:" + nines + "]>, ..., 20, 0, NULL, 0) = 20\n" + DUMP
                + "7 9223372036.854775808 close(3) = 0\n" + "7 9223372036.854775807 close(3) = 0\n");
        assertEquals(List.of(
                "line 1: process id out of range: " + nines + " 1.0 close(3) = 0",
                "line 2: timestamp out of range (after 2262): 7 " + nines + ".0 close(3) = 0",
                "line 3: return value out of range: close(3) = " + nines,
                "line 4: return value out of range: close(3) = -" + nines,
                "line 6: nl_pid out of range: " + nines,
                "line 7: netlink protocol out of range: 99999",
                "line 11: timestamp out of range (after 2262): 7 9223372036.854775808 close(3) = 0"), r.warnings());
        assertEquals(1, r.frames().size());
        assertEquals("pid=7 fd=3 proto=0 portid=? ", String.join("", r.frames().get(0).comments()) + " ");
    }

    /** strace -Y shows at most TASK_COMM_LEN-1 bytes; a longer name is cut at MAX_COMM_CHARS, said in a warning. */
    @Test
    void aLongCommandNameIsCut() throws IOException {
        String comm = "x".repeat(1000);
        StraceLogCheck.Run r = StraceLogCheck.check(SOCKET + SEND.replace("7 1.000002", "7<" + comm + "> 1.000002") + DUMP);
        assertEquals(1, r.frames().size());
        assertEquals("pid=7 fd=3 proto=0 portid=7 comm=" + "x".repeat(StraceImporter.MAX_COMM_CHARS), r.frames().get(0).comments().get(0));
        assertEquals(1, r.warnings().size());
        assertTrue(r.warnings().get(0).startsWith("line 2: command name longer than 64 characters, cut: xxx"));
    }

    @Test
    void unfinishedCallsPastTheCapAreSkipped() throws IOException {
        StringBuilder log = new StringBuilder();
        for (int pid = 1; pid <= StraceImporter.MAX_UNFINISHED + 1; pid++) log.append(pid).append(" 1.0 close(3 <unfinished ...>\n");
        log.append(StraceImporter.MAX_UNFINISHED + 1).append(" 1.1 <... close resumed>) = 0\n");
        StraceLogCheck.Run r = StraceLogCheck.check(log.toString());
        assertEquals(LineUse.SKIPPED, r.uses().get(StraceImporter.MAX_UNFINISHED));
        assertTrue(r.warnings().get(0).startsWith("line 257: more than 256 unfinished system calls at once"), r.warnings().get(0));
        assertEquals("line 258: resumed close of pid 257 was never started", r.warnings().get(1));
        assertEquals(2 + StraceImporter.MAX_UNFINISHED, r.warnings().size(), "and each of the 256 never finished");
    }

    /** A second unfinished call of one pid before the first resumed: the first is named, not dropped silently. */
    @Test
    void anUnfinishedCallReplacedIsNamed() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check("5 1.0 close(3 <unfinished ...>\n5 1.1 close(4 <unfinished ...>\n5 1.2 <... close resumed>) = 0\n");
        assertEquals(List.of("line 1: pid 5: system call never finished (another one began on line 2): close(3"), r.warnings());
    }

    /** A datagram longer than MAX_DATAGRAM_BYTES keeps that many bytes (whole dump lines), its true length as original length. */
    @Test
    void aDatagramPastTheCapIsCut() throws IOException {
        int lines = StraceImporter.MAX_DATAGRAM_BYTES / 16 + 2;
        StringBuilder log = new StringBuilder(SOCKET).append(SEND.replace("20", Integer.toString(lines * 16)));
        for (int i = 0; i < lines; i++) {
            log.append(String.format(" | %05x  00 00 00 00 00 00 00 00  00 00 00 00 00 00 00 00  ................ |%n", i * 16));
        }
        log.append(CLOSE);
        StraceLogCheck.Run r = StraceLogCheck.check(log.toString());
        assertEquals(1, r.frames().size());
        assertEquals(16 + StraceImporter.MAX_DATAGRAM_BYTES, r.frames().get(0).capturedLength());
        assertEquals(16 + lines * 16, r.frames().get(0).originalLength());
        assertEquals(List.of("line " + (lines + 1) + ": datagram of line 2 longer than " + StraceImporter.MAX_DATAGRAM_BYTES + " bytes: the rest of its dump is not kept",
                "line " + (lines + 2) + ": rest of the hex dump of line 2's datagram, cut before"), r.warnings());
    }

    @Test
    void aCarriageReturnEndsALineLikeBufferedReaderDoes() throws IOException {
        StraceLogCheck.Run r = StraceLogCheck.check((SOCKET + SEND + DUMP + CLOSE).replace("\n", "\r\n").replaceFirst("\r\n", "\r"));
        assertEquals(List.of(), r.warnings());
        assertEquals(1, r.frames().size());
        assertEquals(5, r.result().lines());
    }

    /** Characters in {@code count} copies of one, generated as they are read. */
    static final class RepeatReader extends Reader {
        private final char c;
        private long left;

        RepeatReader(char c, long count) {
            this.c = c;
            this.left = count;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (left == 0) return -1;
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(buf, off, off + n, c);
            left -= n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    static Reader concat(Reader... parts) {
        return new Reader() {
            int i;

            @Override
            public int read(char[] buf, int off, int len) throws IOException {
                while (i < parts.length) {
                    int n = parts[i].read(buf, off, len);
                    if (n >= 0) return n;
                    i++;
                }
                return -1;
            }

            @Override
            public void close() {
            }
        };
    }
}
