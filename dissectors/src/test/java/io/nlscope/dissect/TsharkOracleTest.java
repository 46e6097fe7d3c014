package io.nlscope.dissect;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * tshark as an independent oracle: for every frame of every real capture in testdata, the
 * netlink headers nlscope decodes must be the ones tshark decodes.
 *
 * <p>tshark 4.0 lists, per frame, one value per nlmsghdr it sees, including the request header
 * echoed inside each NLMSG_ERROR, and a zero-length "message" for trailing zero padding. It
 * repeats the flags of some requests and puts message types in several fields (hdr_type for
 * control messages and echoed headers, netlink-route.nltype, netlink-sock_diag.nltype,
 * genl.family_id). So: lengths, seqs and pids are compared as exact sequences (echoed headers
 * included), types as multisets (exact for route and sock_diag, which tshark fully types; for
 * other protocols every type tshark names must be ours), flags as sets of distinct values.
 */
class TsharkOracleTest {

    record Hdr(long len, int type, int flags, long seq, long pid) {}

    @TestFactory
    List<DynamicTest> everyMessageAgreesWithTshark() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path p : TestData.allCaptures()) {
            tests.add(DynamicTest.dynamicTest(p.getFileName().toString(), () -> compare(p)));
        }
        return tests;
    }

    private static void compare(Path file) throws Exception {
        Map<Long, String[]> shark = tshark(file);
        List<DissectedFrame> frames = TestData.dissectAll(file);
        assertEquals(shark.size(), frames.size(), "frame count of " + file);
        int messages = 0;
        for (DissectedFrame f : frames) {
            String[] t = shark.get(f.index());
            String where = file.getFileName() + " frame " + f.index();
            if (f.protocol() == 15) {   // NETLINK_KOBJECT_UEVENT: text datagrams without nlmsghdr, which tshark does not split either
                assertEquals(List.of(), longs(t[1]), where + ": tshark found netlink headers in a uevent");
                messages += f.messages().size();
                continue;
            }
            List<Hdr> ours = new ArrayList<>();
            for (NetlinkMessage m : f.messages()) {
                assertTrue(!m.malformed(), where + ": malformed " + m.problem());
                ours.add(new Hdr(m.length(), m.type(), m.flags(), m.seq(), m.pid()));
                m.field("request").flatMap(r -> r.child("nlmsghdr")).ifPresent(h -> ours.add(hdr(h)));
                messages++;
            }
            List<Long> lens = longs(t[1]), seqs = longs(t[5]), pids = longs(t[6]);
            if (!f.trailer().isEmpty()) {  // tshark shows trailing zero padding as a message of length 0
                while (!lens.isEmpty() && lens.get(lens.size() - 1) == 0) {
                    lens.remove(lens.size() - 1);
                    if (seqs.size() > lens.size()) seqs.remove(seqs.size() - 1);
                    if (pids.size() > lens.size()) pids.remove(pids.size() - 1);
                }
            }
            assertEquals(lens, ours.stream().map(Hdr::len).toList(), where + " nlmsg_len");
            assertEquals(seqs, ours.stream().map(Hdr::seq).toList(), where + " nlmsg_seq");
            assertEquals(pids, ours.stream().map(Hdr::pid).toList(), where + " nlmsg_pid");
            assertEquals(new TreeSet<>(longs(t[4])), new TreeSet<>(ours.stream().map(h -> (long) h.flags()).toList()), where + " nlmsg_flags");
            Map<Long, Integer> theirTypes = multiset(longs(t[2]), longs(t[3]));
            Map<Long, Integer> ourTypes = multiset(ours.stream().map(h -> (long) h.type()).toList(), List.of());
            if (f.protocol() == 0 || f.protocol() == 4) {
                assertEquals(theirTypes, ourTypes, where + " nlmsg_type");
            } else {
                theirTypes.forEach((type, n) -> assertTrue(ourTypes.getOrDefault(type, 0) >= n,
                        where + ": tshark saw type " + type + " x" + n + ", nlscope " + ourTypes));
            }
        }
        assertTrue(messages > 0, file + " has no messages");
    }

    private static Hdr hdr(Field h) {
        return new Hdr(num(h, "nlmsg_len"), (int) num(h, "nlmsg_type"), (int) num(h, "nlmsg_flags"), num(h, "nlmsg_seq"), num(h, "nlmsg_pid"));
    }

    private static long num(Field parent, String name) {
        Value v = parent.child(name).orElseThrow().value();
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags f) return f.raw();
        throw new AssertionError(name + " is " + v);
    }

    private static Map<Long, Integer> multiset(List<Long> a, List<Long> b) {
        Map<Long, Integer> m = new TreeMap<>();
        for (Long x : a) m.merge(x, 1, Integer::sum);
        for (Long x : b) m.merge(x, 1, Integer::sum);
        return m;
    }

    private static List<Long> longs(String csv) {
        List<Long> out = new ArrayList<>();
        if (csv == null || csv.isBlank()) return out;
        for (String s : csv.split(",")) out.add(Long.decode(s.trim()));
        return out;
    }

    /** frame number -> [frame, len, hdr_type, other type fields, flags, seq, pid]. */
    private static Map<Long, String[]> tshark(Path file) throws Exception {
        List<String> cmd = List.of("tshark", "-n", "-r", file.toString(), "-T", "fields", "-E", "separator=|", "-E", "occurrence=a",
                "-E", "aggregator=,",
                "-e", "frame.number", "-e", "netlink.hdr_len", "-e", "netlink.hdr_type",
                "-e", "netlink-route.nltype", "-e", "netlink.hdr_flags", "-e", "netlink.hdr_seq", "-e", "netlink.hdr_pid",
                "-e", "netlink-sock_diag.nltype", "-e", "genl.family_id");
        Process pr;
        try {
            pr = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            fail("tshark is needed for this test (Debian package tshark; .ci/run installs it): " + e.getMessage());
            return null;
        }
        Map<Long, String[]> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(pr.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String[] c = line.split("\\|", -1);
                // fold the extra type columns into column 3 so callers see [.., hdr_type, other types, flags, seq, pid]
                String other = String.join(",", List.of(c[3], c[7], c[8]).stream().filter(s -> !s.isBlank()).toList());
                out.put(Long.parseLong(c[0]), new String[]{c[0], c[1], c[2], other, c[4], c[5], c[6]});
            }
        }
        assertEquals(0, pr.waitFor(), "tshark exit code on " + file);
        assertTrue(Files.size(file) > 24);
        return out;
    }
}
