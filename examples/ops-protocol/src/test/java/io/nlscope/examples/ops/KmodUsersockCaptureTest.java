package io.nlscope.examples.ops;

import io.nlscope.capture.CaptureReader;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * testdata/kmod/captures/kmod-usersock.pcap: the "ops" service of the tutorial-style module on NETLINK_USERSOCK,
 * recorded by tcpdump on nlmon0 in a real 6.1 kernel, decoded by this plug-in (found by ServiceLoader) and compared
 * with what the clients logged they sent and received (kmod-usersock.*.client.log, format in testdata/kmod/nltut.h).
 */
class KmodUsersockCaptureTest {
    /** One SEND/RECV line of a client log: its file and key=value pairs (strings unquoted). */
    record Line(String file, String kind, Map<String, String> v) {
        long num(String k) {
            String s = v.get(k);
            if (s == null) throw new IllegalStateException("no " + k + " in " + this);
            return Long.decode(s);
        }
        String key() { return kind + " pid=" + num("pid") + " seq=" + num("seq") + " type=" + num("type"); }
    }

    private static final Pattern KV = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");
    static List<Line> log;
    static List<NetlinkMessage> msgs;

    static Path dir() {
        String r = System.getProperty("nlscope.root");
        return (r != null ? Path.of(r) : Path.of("../..")).toAbsolutePath().normalize().resolve("testdata/kmod/captures");
    }

    static String unquote(String q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char n = q.charAt(++i);
            if (n == 'x') { sb.append((char) Integer.parseInt(q.substring(i + 1, i + 3), 16)); i += 2; }
            else sb.append(n);
        }
        return sb.toString();
    }

    @BeforeAll
    static void load() throws IOException {
        log = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir())) {
            for (Path f : s.filter(p -> p.getFileName().toString().matches("kmod-usersock\\..*\\.client\\.log")).sorted().toList()) {
                for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (!l.startsWith("SEND ") && !l.startsWith("RECV ")) continue;
                    Map<String, String> v = new LinkedHashMap<>();
                    Matcher m = KV.matcher(l.substring(5));
                    while (m.find()) v.put(m.group(1), m.group(2).startsWith("\"") ? unquote(m.group(2)) : m.group(2));
                    log.add(new Line(f.getFileName().toString(), l.substring(0, 4), v));
                }
            }
        }
        assertTrue(log.size() > 50, "client logs in " + dir());
        msgs = new ArrayList<>();
        try (NetlinkCapture cap = new NetlinkCapture(CaptureReader.openNetlink(dir().resolve("kmod-usersock.pcap")),
                new NetlinkDissector(ProtocolRegistry.standard()))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                for (NetlinkMessage m : f.messages()) if (m.protocol() == 2) msgs.add(m);
            }
        }
    }

    static String key(NetlinkMessage m) {
        String dir = m.direction() == Direction.TO_KERNEL ? "SEND" : m.direction() == Direction.FROM_KERNEL ? "RECV" : "?";
        return dir + " pid=" + m.pid() + " seq=" + m.seq() + " type=" + m.type();
    }

    static long number(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        return fail("not a number: " + v);
    }

    /** The ports of the client that exits before reading (kmod-usersock.noread.client.log). */
    static Set<Long> noreadPids() {
        Set<Long> s = new TreeSet<>();
        for (Line l : log) if (l.file().contains(".noread.")) s.add(l.num("pid"));
        assertEquals(1, s.size());
        return s;
    }

    @Test
    void everyOpsMessageDecodesWithTheLoggedValues() {
        int checked = 0, malformed = 0;
        for (NetlinkMessage m : msgs) {
            if (m.type() != 16 && m.type() != 17) continue;
            assertEquals(m.type() == 16 ? "OPS_REQUEST" : "OPS_REPLY", m.typeName());
            List<Line> same = log.stream().filter(l -> l.key().equals(key(m))).toList();
            // a reply nobody read is still captured (copied when queued): take the values from the request's echo
            Line want = !same.isEmpty() ? same.get(0) : log.stream()
                    .filter(l -> l.kind().equals("SEND") && l.num("pid") == m.pid() && l.num("seq") == m.seq()).findFirst()
                    .orElseGet(() -> fail("not in the logs: " + key(m)));
            if (want.num("magic") != 0x4f505331L) {
                // ops.ksy: magic `valid: 0x4f505331`; the client's "badmagic" request is malformed for the spec
                assertTrue(m.malformed(), key(m));
                malformed++;
                continue;
            }
            assertFalse(m.malformed(), key(m) + " " + m.problem());
            assertFalse(m.fields().stream().anyMatch(Field::containsMalformed), key(m));
            assertEquals(0x4f505331L, number(m.field("magic").orElseThrow().value()));
            long datalen = number(m.field("len_data").orElseThrow().value());
            String data = m.field("data").map(f -> ((Value.Text) f.value()).text()).orElse("");
            if (same.isEmpty()) {
                // unread reply of the noread client: the kernel answered its request (echo or ping)
                assertTrue(noreadPids().contains(m.pid()), key(m));
                assertEquals(want.num("op"), number(m.field("op").orElseThrow().value()));
                assertEquals(want.num("op") == 1 ? "pong" : want.v().get("data"), data);
            } else {
                assertEquals(want.num("op"), number(m.field("op").orElseThrow().value()), key(m));
                assertEquals(want.num("datalen"), datalen, key(m));
                assertEquals(want.v().get("data"), data, key(m));
                assertEquals(want.num("len"), m.length(), key(m));
                long trailing = want.num("len") - 16 - 8 - want.num("datalen");
                if (trailing > 0) {
                    assertEquals(trailing, m.field("trailing").orElseGet(() -> fail(key(m) + " " + m.fields())).length(),
                            "nlmsg_len = NLMSG_SPACE(1024): the zeros after the data");
                } else {
                    assertTrue(m.field("trailing").isEmpty(), key(m));
                }
            }
            checked++;
        }
        assertEquals(1, malformed, "the one bad-magic request");
        assertTrue(checked > 40, "checked " + checked);
    }

    /**
     * Each message is in the capture as often as the clients sent/received it: the replies of the first client
     * three times (its own + the two group-1 listeners), others once; the noread client's replies once though never read.
     */
    @Test
    void copiesPerMessageMatchTheLogsIncludingMulticastAndUnreadReplies() {
        Map<String, Integer> logged = new TreeMap<>(), captured = new TreeMap<>();
        for (Line l : log) logged.merge(l.key(), 1, Integer::sum);
        for (NetlinkMessage m : msgs) captured.merge(key(m), 1, Integer::sum);
        Set<Long> noread = noreadPids();
        Map<String, Integer> unread = new TreeMap<>();
        captured.forEach((k, n) -> {
            if (k.startsWith("RECV") && noread.stream().anyMatch(p -> k.contains(" pid=" + p + " "))) unread.put(k, n);
        });
        assertEquals(4, unread.size(), "2 requests of the noread client, each a reply + an ACK: " + unread);
        unread.keySet().forEach(captured::remove);
        assertEquals(logged, captured);
        assertEquals(3, captured.get("RECV pid=" + log.stream().filter(l -> l.file().contains(".requests.")).findFirst().orElseThrow().num("pid")
                + " seq=2 type=17"), "echo reply: the requester + two listeners");
    }

    @Test
    void acksAndErrorsAsLogged() {
        Map<String, Long> logged = new TreeMap<>(), captured = new TreeMap<>();
        for (Line l : log) if (l.kind().equals("RECV") && l.num("type") == 2) logged.put(l.key(), l.num("error"));
        Set<Long> noread = noreadPids();
        for (NetlinkMessage m : msgs) {
            if (m.type() != 2 || noread.contains(m.pid())) continue;
            captured.put(key(m), number(m.field("error").orElseThrow().value()));
            Field req = m.field("request").orElseThrow();
            assertEquals(Value.Num.of(m.seq()), req.child("nlmsghdr").orElseThrow().child("nlmsg_seq").orElseThrow().value());
        }
        assertEquals(logged, captured);
        assertEquals(2, logged.values().stream().filter(e -> e == -22).count(), "unknown op and bad magic: EINVAL");
    }
}
