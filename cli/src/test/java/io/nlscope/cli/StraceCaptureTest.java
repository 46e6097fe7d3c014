package io.nlscope.cli;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nlscope trace / import-strace against the kernel of this host (no nlmon needed). */
class StraceCaptureTest {
    @TempDir Path tmp;

    static final int NLM_F_REQUEST = 1;
    static final Pattern COMMENT = Pattern.compile("pid=(\\d+) fd=(\\d+) proto=(\\d+) portid=(\\d+)(?: comm=(.*))?");

    /** One frame: its EPB direction flags and comment, as written in the file. */
    record Epb(int flags, String comment) {}

    /** The EPBs of a little-endian pcapng file, read block by block (the project's reader does not keep comments). */
    static List<Epb> epbs(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        List<Epb> out = new ArrayList<>();
        while (b.remaining() >= 12) {
            int start = b.position(), type = b.getInt(start), len = b.getInt(start + 4);
            if (type == 6) {
                int caplen = b.getInt(start + 20);
                int p = start + 28 + ((caplen + 3) & ~3), end = start + len - 4;
                int flags = 0;
                String comment = null;
                while (p + 4 <= end) {
                    int code = b.getShort(p) & 0xFFFF, olen = b.getShort(p + 2) & 0xFFFF;
                    if (code == 0) break;
                    if (code == 1) comment = new String(b.array(), p + 4, olen, StandardCharsets.UTF_8);
                    if (code == 2) flags = b.getInt(p + 4);
                    p += 4 + ((olen + 3) & ~3);
                }
                out.add(new Epb(flags, comment));
            }
            b.position(start + len);
        }
        return out;
    }

    static List<DissectedFrame> dissect(Path file) throws IOException {
        List<DissectedFrame> out = new ArrayList<>();
        try (NetlinkCapture c = NetlinkCapture.open(file)) {
            for (DissectedFrame f; (f = c.next()) != null; ) out.add(f);
        }
        return out;
    }

    static String exec(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), s);
        return s;
    }

    /**
     * Checks what every trace must satisfy: decodes, nothing malformed, the cooked header's protocol and the
     * comment agree, requests are OUTBOUND with NLM_F_REQUEST, replies from the kernel INBOUND and addressed to
     * the port id of the comment; tshark reads the file.
     */
    static void checkKernelTrace(Path file, int protocol) throws Exception {
        List<DissectedFrame> frames = dissect(file);
        List<Epb> epbs = epbs(file);
        assertEquals(frames.size(), epbs.size());
        assertFalse(frames.isEmpty(), "no netlink frame recorded");
        int requests = 0, replies = 0;
        for (int i = 0; i < frames.size(); i++) {
            DissectedFrame f = frames.get(i);
            Epb e = epbs.get(i);
            Matcher m = COMMENT.matcher(e.comment());
            assertTrue(m.matches(), e.comment());
            assertEquals(protocol, Integer.parseInt(m.group(3)));
            assertEquals(protocol, f.protocol());
            long portId = Long.parseLong(m.group(4));
            assertFalse(f.messages().isEmpty());
            for (NetlinkMessage msg : f.messages()) {
                assertFalse(msg.malformed(), msg.summary() + " " + msg.problem());
                assertFalse(msg.directionInferred());
                if (e.flags() == 2) { // OUTBOUND
                    assertEquals(Direction.TO_KERNEL, msg.direction());
                    assertTrue((msg.flags() & NLM_F_REQUEST) != 0, msg.typeName());
                    requests++;
                } else {
                    assertEquals(1, e.flags()); // INBOUND
                    assertEquals(Direction.FROM_KERNEL, msg.direction());
                    assertEquals(portId, msg.pid(), msg.typeName());
                    replies++;
                }
            }
        }
        assertTrue(requests > 0 && replies > 0, requests + " requests, " + replies + " replies");
        exec("tshark", "-r", file.toString(), "-T", "fields", "-e", "netlink.hdr_type");
    }

    static String nameOf(NetlinkMessage m) {
        Field f = m.field("IFLA_IFNAME").orElseThrow();
        String v = f.value().display();
        return v.startsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }

    @Test
    void traceIpLinkShow() throws Exception {
        Path out = tmp.resolve("link.pcapng");
        ReadCommandTest.Result r = ReadCommandTest.run("trace", "-w", out.toString(), "--", "ip", "link", "show");
        assertEquals(0, r.code(), r.err());
        checkKernelTrace(out, 0);
        // interface names the kernel returned in RTM_NEWLINK = those `ip -o link show` prints
        Set<String> expected = new TreeSet<>();
        for (String line : exec("ip", "-o", "link", "show").split("\n")) {
            if (line.isBlank()) continue;
            String name = line.split(": ")[1];
            expected.add(name.contains("@") ? name.substring(0, name.indexOf('@')) : name);
        }
        Set<String> seen = new TreeSet<>();
        for (DissectedFrame f : dissect(out)) {
            for (NetlinkMessage m : f.messages()) {
                if (m.direction() == Direction.FROM_KERNEL && m.typeName().equals("RTM_NEWLINK")) seen.add(nameOf(m));
            }
            // strace -Y: each frame names the command that sent or received it
            assertTrue(f.comments().get(0).endsWith(" comm=ip"), f.comments().toString());
        }
        assertEquals(expected, seen);
        // the file names this machine's kernel (shb_os), which values the kernel renumbered are read by
        try (io.nlscope.dissect.NetlinkCapture c = io.nlscope.dissect.NetlinkCapture.open(out)) {
            String release = exec("uname", "-r").trim();
            assertEquals(io.nlscope.capture.KernelRelease.parse(release).orElseThrow().version(), c.kernel().orElseThrow().version());
            assertEquals("Linux " + release, c.reader().section().orElseThrow().os());
        }
        // and pairs shows it next to each transaction, with the pid the comments give
        String pid = dissect(out).get(0).comments().get(0).split("[= ]")[1];
        List<String> rows = ReadCommandTest.run("pairs", out.toString()).lines();
        assertTrue(rows.size() > 2 && rows.subList(1, rows.size() - 1).stream().allMatch(l -> l.matches(".* ip\\[" + pid + "\\]( .*)?")), rows.toString());
    }

    @Test
    void traceIpRouteShow() throws Exception {
        Path out = tmp.resolve("route.pcapng");
        ReadCommandTest.Result r = ReadCommandTest.run("trace", "-w", out.toString(), "ip", "-4", "route", "show");
        assertEquals(0, r.code(), r.err());
        checkKernelTrace(out, 0);
        long routes = dissect(out).stream().flatMap(f -> f.messages().stream())
                .filter(m -> m.typeName().equals("RTM_NEWROUTE")).count();
        long lines = exec("ip", "-4", "route", "show").lines().filter(l -> !l.isBlank()).count();
        assertEquals(lines, routes);
    }

    /** testdata/strace/usersock.py: ports 100 and 200 of NETLINK_USERSOCK send "hello from N" to each other. */
    @Test
    void traceUserToUserSockets() throws Exception {
        Path out = tmp.resolve("usersock.pcapng");
        Path py = ReadCommandTest.root().resolve("testdata/strace/usersock.py");
        ReadCommandTest.Result r = ReadCommandTest.run("trace", "-w", out.toString(), "python3", py.toString());
        assertEquals(0, r.code(), r.err());
        List<DissectedFrame> frames = dissect(out);
        List<Epb> epbs = epbs(out);
        assertEquals(4, frames.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < 4; i++) {
            Matcher m = COMMENT.matcher(epbs.get(i).comment());
            assertTrue(m.matches());
            assertEquals(2, frames.get(i).protocol());
            assertEquals("2", m.group(3));
            seen.merge(epbs.get(i).flags() + "/" + m.group(4), 1, Integer::sum);
            NetlinkMessage msg = frames.get(i).messages().get(0);
            assertFalse(msg.malformed());
        }
        // 100 sends, 200 receives, 200 sends, 100 receives
        assertEquals(Map.of("2/100", 1, "1/200", 1, "2/200", 1, "1/100", 1), seen);
        assertEquals(100, frames.get(0).messages().get(0).pid()); // nlmsg_pid set by the script
        assertEquals(200, frames.get(2).messages().get(0).pid());
    }

    @Test
    void exitCodeIsTheProgramsExitCode() {
        ReadCommandTest.Result r = ReadCommandTest.run("trace", "-w", tmp.resolve("x.pcapng").toString(), "--", "sh", "-c", "exit 7");
        assertEquals(7, r.code(), r.err());
        assertTrue(Files.exists(tmp.resolve("x.pcapng")));
    }

    @Test
    void straceMissingIsOneSentence() throws Exception {
        // a PATH without strace: the jar run by a JVM whose PATH is only a directory with sh
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("sh"), Path.of("/bin/sh"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.nlscope.cli.Main",
                "trace", "-w", tmp.resolve("y.pcapng").toString(), "true");
        pb.environment().put("PATH", bin.toString());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String s = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), s);
        assertEquals(1, s.strip().lines().count(), s);
        assertTrue(s.contains("strace is not installed"), s);
    }

    /**
     * testdata/strace/ip-route-show.strace.log was recorded with
     * {@code strace -f -ttt -yy -xx -s 0 -X raw -e trace=socket,bind,getsockname,sendto,sendmsg,recvfrom,recvmsg,write,read,close
     * -e write=all -e read=all -o ip-route-show.strace.log ip -4 route show}; its output is in ip-route-show.output.txt
     * (default via 192.0.2.1 dev eth0; 192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.2).
     */
    @Test
    void importCheckedInLog() throws Exception {
        Path log = ReadCommandTest.root().resolve("testdata/strace/ip-route-show.strace.log");
        Path out = tmp.resolve("imported.pcapng");
        ReadCommandTest.Result r = ReadCommandTest.run("import-strace", log.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
        checkKernelTrace(out, 0);
        List<DissectedFrame> frames = dissect(out);
        // GETROUTE dump; 2 routes; GETLINK of eth0 (ip resolves the device name); its RTM_NEWLINK; DONE
        assertEquals(5, frames.size());
        List<NetlinkMessage> routes = frames.get(1).messages();
        assertEquals(2, routes.size());
        assertEquals("RTM_NEWROUTE", routes.get(0).typeName());
        assertEquals("eth0", nameOf(frames.get(3).messages().get(0)));
        assertEquals(List.of("pid=32263 fd=3 proto=0 portid=32263", "pid=32263 fd=3 proto=0 portid=32263"),
                epbs(out).stream().map(Epb::comment).limit(2).toList());
        // the MSG_PEEK|MSG_TRUNC probes in the log are not frames: the GETLINK reply is 1152 bytes once
        assertEquals(16 + 1152, frames.get(3).capturedLength());
    }

    @Test
    void malformedLogLinesAreWarnings() throws Exception {
        Path log = ReadCommandTest.root().resolve("testdata/strace/ip-route-show.strace.log");
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.ISO_8859_1));
        lines.add(3, "this is not strace output");
        lines.add(10, "32263 1795423177.1 sendto(3<NETLINK:[ROUTE:32263]>, ..., 36, 0, NULL, 0");
        lines.add(" | 00000  zz zz");
        Path bad = tmp.resolve("bad.log");
        Files.write(bad, lines, StandardCharsets.ISO_8859_1);
        Path out = tmp.resolve("bad.pcapng");
        ReadCommandTest.Result r = ReadCommandTest.run("import-strace", bad.toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: line 4: not an strace line"), r.err());
        assertTrue(r.err().contains("warning: line 11: cannot read system call"), r.err());
        assertEquals(5, dissect(out).size());
    }

    /** Output checked before anything runs; one sentence, no exception text, no internal file names. */
    @Test
    void outputAndInputProblemsAreOneSentenceBeforeAnythingRuns() throws Exception {
        Path marker = tmp.resolve("ran");
        ReadCommandTest.Result t = ReadCommandTest.run("trace", "-w", "/nonexistent-dir/x.pcapng", "--", "touch", marker.toString());
        assertEquals(2, t.code());
        assertEquals("nlscope trace: cannot write /nonexistent-dir/x.pcapng: there is no folder /nonexistent-dir.\n", t.err());
        assertFalse(Files.exists(marker), "the program must not run when its capture cannot be written");

        ReadCommandTest.Result i = ReadCommandTest.run("import-strace", "/nonexistent", "-o", tmp.resolve("q.pcapng").toString());
        assertEquals(2, i.code());
        assertEquals("nlscope import-strace: cannot read /nonexistent: no such file.\n", i.err());

        Path empty = Files.writeString(tmp.resolve("empty.log"), "not strace at all\n");
        Path out = tmp.resolve("e.pcapng");
        ReadCommandTest.Result e = ReadCommandTest.run("import-strace", empty.toString(), "-w", out.toString());
        assertEquals(1, e.code(), e.err());
        assertTrue(e.err().contains("holds no usable strace line, so nothing was written"), e.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void helpShowsTheStraceCommand() {
        ReadCommandTest.Result r = ReadCommandTest.run("import-strace", "--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("-e write=all -e read=all"), r.out());
        assertEquals(2, ReadCommandTest.run("trace", "ip").code());
        assertEquals(2, ReadCommandTest.run("import-strace", "x.log").code());
    }
}
