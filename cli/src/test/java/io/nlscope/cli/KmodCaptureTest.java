package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The captures of testdata/kmod (a tutorial-style kernel module on units 30, 21, 25 and 17, recorded in a
 * real 6.1 kernel with {@code nlscope trace}) against the clients' own logs of what they sent and received.
 */
class KmodCaptureTest {
    static final int EPB_INBOUND = 1, EPB_OUTBOUND = 2;

    /** One datagram of a traced capture: its EPB (direction, comment), the comment's numbers, its one message. */
    record Datagram(int epbFlags, int proto, long portid, int bytes, NetlinkMessage msg) {
        String dir() { return epbFlags == EPB_OUTBOUND ? "SEND" : epbFlags == EPB_INBOUND ? "RECV" : "?" + epbFlags; }
    }

    /** pid=PID fd=FD proto=N portid=P, portid "?" when the importer did not learn it. */
    static final Pattern COMMENT = Pattern.compile("pid=(\\d+) fd=(\\d+) proto=(\\d+) portid=(\\d+|\\?)");

    static Path capture(String file) { return ClientLog.dir().resolve(file); }

    static List<Datagram> traced(String name) throws IOException {
        Path p = capture(name + ".pcapng");
        List<StraceCaptureTest.Epb> epbs = StraceCaptureTest.epbs(p);
        List<DissectedFrame> frames = StraceCaptureTest.dissect(p);
        assertEquals(epbs.size(), frames.size());
        assertFalse(frames.isEmpty(), p.toString());
        // process id -> the port id its one socket got (the SOCK lines: getsockname after bind)
        Map<Long, Long> portOfProcess = new TreeMap<>();
        for (ClientLog l : ClientLog.of(name)) if (l.kind().equals("SOCK")) portOfProcess.put(l.num("process"), l.num("sock"));
        List<Datagram> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            String comment = String.valueOf(epbs.get(i).comment());
            Matcher m = COMMENT.matcher(comment);
            assertTrue(m.find(), "frame " + (i + 1) + " comment " + comment);
            long portid;
            if (m.group(4).equals("?")) {
                // Recorded before StraceImporter.joinResumed: when two traced processes ran at once, strace split a
                // getsockname into "<unfinished ...>" and "<... getsockname resumed>", the joined call had an empty
                // second argument and the nl_pid in it was lost (fixed since; StraceImporterTest
                // portIdsAndFlagsSurviveUnfinishedAndResumedCalls). Checked through the process id instead.
                portid = portOfProcess.getOrDefault(Long.parseLong(m.group(1)), -1L);
            } else {
                portid = Long.parseLong(m.group(4));
            }
            DissectedFrame f = frames.get(i);
            assertEquals(1, f.messages().size(), "every datagram of the module holds one message, frame " + (i + 1));
            out.add(new Datagram(epbs.get(i).flags(), Integer.parseInt(m.group(3)), portid,
                    f.capturedLength() - 16, f.messages().get(0)));
        }
        return out;
    }

    static String logged(ClientLog l) {
        return l.kind() + " bytes=" + l.num("bytes") + " len=" + l.num("len") + " type=" + l.num("type")
                + " flags=" + l.num("flags") + " seq=" + l.num("seq") + " pid=" + l.num("pid");
    }

    static String captured(Datagram d) {
        NetlinkMessage m = d.msg();
        return d.dir() + " bytes=" + d.bytes() + " len=" + m.length() + " type=" + m.type()
                + " flags=" + m.flags() + " seq=" + m.seq() + " pid=" + m.pid();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kmod-hello", "kmod-ack", "kmod-burst", "kmod-ops17"})
    void everyDatagramIsTheLoggedMessageOfItsSocketWithDirectionAndPortId(String name) throws IOException {
        List<ClientLog> log = ClientLog.messages(name);
        List<Datagram> cap = traced(name);
        int unit = (int) log.get(0).num("unit");
        Map<Long, List<String>> want = new TreeMap<>(), got = new TreeMap<>();
        for (ClientLog l : log) want.computeIfAbsent(l.num("sock"), k -> new ArrayList<>()).add(logged(l));
        for (Datagram d : cap) {
            assertEquals(unit, d.proto(), captured(d));
            assertEquals(unit, d.msg().protocol());
            assertEquals(d.dir().equals("SEND") ? Direction.TO_KERNEL : Direction.FROM_KERNEL, d.msg().direction(), captured(d));
            assertFalse(d.msg().directionInferred(), "the pcapng records the direction");
            got.computeIfAbsent(d.portid(), k -> new ArrayList<>()).add(captured(d));
        }
        assertEquals(want, got, "per port id (EPB comment portid= / the clients' getsockname), in order");
    }

    @Test
    void explicitPort100AndKernelAssignedPortIds() throws IOException {
        for (String name : List.of("kmod-hello", "kmod-ops17")) {
            List<ClientLog> socks = ClientLog.of(name).stream().filter(l -> l.kind().equals("SOCK")).toList();
            Set<Long> logged = new TreeSet<>(), captured = new TreeSet<>();
            for (ClientLog s : socks) {
                if (s.num("bind_pid") == 100) assertEquals(100, s.num("sock"), s.toString());
                else assertNotEquals(0, s.num("sock"), "bind(nl_pid 0) gets a port id from the kernel: " + s);
                logged.add(s.num("sock"));
            }
            for (Datagram d : traced(name)) captured.add(d.portid());
            assertTrue(logged.contains(100L) && captured.contains(100L), name + ": " + captured);
            assertEquals(logged, captured, name + ": every socket's port id as logged, none unknown ('?')");
            // the tutorials put their own port id into nlmsg_pid of requests; the kernel answers with it
            for (Datagram d : traced(name)) {
                if (d.dir().equals("SEND")) assertEquals(d.portid(), d.msg().pid(), captured(d));
            }
        }
    }

    /** The payload's printable text as the tree shows it ({@code payload: HEX "TEXT"}). */
    static String payloadText(NetlinkMessage m) {
        Field p = m.field("payload").orElseGet(() -> fail("no payload in " + m.fields()));
        String shown = p.value().display();
        int q = shown.indexOf('"');
        assertTrue(q > 0 && shown.endsWith("\""), shown);
        return shown.substring(q + 1, shown.length() - 1);
    }

    @Test
    void unit30RepliesCarrySeq0AndBothSidesDecodeAsText() throws IOException {
        List<Datagram> cap = traced("kmod-hello");
        long recv = 0;
        for (Datagram d : cap) {
            if (d.dir().equals("RECV")) {
                recv++;
                assertEquals(0, d.msg().seq(), "tutorial reply: nlmsg_put(skb, 0, 0, ...)");
                assertEquals(0, d.msg().pid());
                assertEquals("hello from kernel", payloadText(d.msg()));
                assertEquals(34, d.msg().length(), "17 characters + NUL, unpadded");
            } else {
                assertEquals("hello from user", payloadText(d.msg()));
            }
            assertFalse(d.msg().malformed(), captured(d));
        }
        assertEquals(ClientLog.messages("kmod-hello").stream().filter(l -> !l.send()).count(), recv);
        assertEquals(4, recv, "five cases, one of them (noread) never reads its reply");
        // the same, as `nlscope read -V` shows it
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-V", "-q", capture("kmod-hello.pcapng").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(4, count(r.out(), Pattern.compile("payload: [0-9a-f]+ \"hello from kernel\"")), r.out());
        assertEquals(5, count(r.out(), Pattern.compile("payload: [0-9a-f]+ \"hello from user\"")), r.out());
    }

    static long count(String s, Pattern p) {
        return p.matcher(s).results().count();
    }

    /**
     * The tutorials' mistake: nlmsg_len = NLMSG_SPACE(MAX_PAYLOAD) and the whole buffer sent, the string being 15
     * bytes. The decoder shows the text with its NUL as {@code payload}, the zero bytes after it as
     * {@code trailing}, and says so in the summary.
     */
    @Test
    void wholeBufferNlmsgLenShowsTheTextAndTheBytesAfterIt() throws IOException {
        ClientLog sent = ClientLog.messages("kmod-hello").stream()
                .filter(l -> l.send() && l.num("len") == 1040).findFirst().orElseThrow();
        assertEquals(1040, sent.num("bytes"));
        assertEquals(1024, sent.num("payload_len"));
        String text = sent.str("text");
        assertEquals(15, text.length());
        assertEquals(15, sent.num("textlen"));
        Datagram d = traced("kmod-hello").stream().filter(x -> x.msg().length() == 1040).findFirst().orElseThrow();
        NetlinkMessage m = d.msg();
        assertFalse(m.malformed());
        assertEquals(sent.num("pid"), m.pid());
        long used = sent.num("textlen") + 1, after = sent.num("payload_len") - used;   // the string and its NUL; 1008 bytes
        String note = " (payload " + used + " bytes, nlmsg_len claims " + sent.num("len") + ": " + after + " bytes after it, all zero)";
        assertEquals(" (payload 16 bytes, nlmsg_len claims 1040: 1008 bytes after it, all zero)", note);
        assertEquals('"' + text + '"' + note, m.summary());
        assertEquals(text, payloadText(m));
        // nlmsghdr, payload = the text + NUL, trailing = the rest of the 1024 bytes, all zero: no byte lost
        assertEquals(List.of("nlmsghdr", "payload", "trailing"), m.fields().stream().map(Field::name).toList());
        Field payload = m.field("payload").orElseThrow(), trailing = m.field("trailing").orElseThrow();
        assertEquals(m.offset() + 16, payload.offset());
        assertEquals(used, payload.length());
        assertArrayEquals((text + "\0").getBytes(StandardCharsets.US_ASCII), ((Value.Raw) payload.value()).bytes());
        assertEquals(payload.offset() + used, trailing.offset());
        assertEquals(after, trailing.length());
        assertArrayEquals(new byte[(int) after], ((Value.Raw) trailing.value()).bytes());
        // the other SENDs (nlmsg_len 31 and 32) have no trailing part: their padding is no mistake
        for (Datagram x : traced("kmod-hello")) {
            if (x.msg().length() != 1040) assertTrue(x.msg().field("trailing").isEmpty(), captured(x));
        }
        // as `nlscope read` shows it
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-q", capture("kmod-hello.pcapng").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, count(r.out(), Pattern.compile(Pattern.quote("len=1040  \"hello from user\"" + note))), r.out());
    }

    /** The same mistake in an ops request on unit 17, decoded with the user's .ksy: the note names what ops.ksy read. */
    @Test
    void wholeBufferNlmsgLenOfAnOpsRequestIsNamedWithTheKsy() throws IOException {
        ClientLog sent = ClientLog.of("kmod-ops17").stream()
                .filter(l -> l.kind().equals("SEND") && l.num("len") == 1040).findFirst().orElseThrow();
        assertEquals(30, sent.num("seq"));
        long used = 8 + sent.num("datalen");   // struct ops_msg: magic, op, pad, len, then the data
        assertEquals(16, used);
        Path ksy = ReadCommandTest.root().resolve("examples/ops-protocol/src/main/ksy/ops.ksy");
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-q", "--ksy", ksy.toString(), "--protocol", "17",
                capture("kmod-ops17.pcapng").toString());
        assertEquals(0, r.code(), r.err());
        String line = r.lines().stream().filter(l -> l.contains(" seq=30 ") && l.contains("len=1040")).findFirst().orElseThrow();
        assertTrue(line.contains("OPS_REQUEST (payload " + used + " bytes, nlmsg_len claims 1040: " + (1024 - used)
                + " bytes after it, all zero)"), line);
        // and read's pairing: the module's reply and its ACK (the multicast copy goes to the listeners), and the
        // process the trace recorded (a log made without strace -Y has no command names)
        assertTrue(line.endsWith("OPS_REQUEST (payload 16 bytes, nlmsg_len claims 1040: 1008 bytes after it, all zero)"
                + "  [answered by frames 56-57 in 6.026..22.420 ms: REPLY (2 messages); sent by pid " + sent.num("pid") + "]"), line);
    }

    @Test
    void unit25AnswersEachRequestWithTenRepliesOnItsSeq() throws IOException {
        List<Datagram> cap = traced("kmod-burst");
        Map<Long, List<String>> replies = new TreeMap<>();
        List<Long> requests = new ArrayList<>();
        for (Datagram d : cap) {
            if (d.dir().equals("SEND")) { requests.add(d.msg().seq()); continue; }
            assertEquals(0x11, d.msg().type());
            replies.computeIfAbsent(d.msg().seq(), k -> new ArrayList<>()).add(payloadText(d.msg()));
        }
        assertEquals(List.of(1L, 2L), requests);
        for (long seq : requests) {
            List<String> want = new ArrayList<>();
            for (int i = 1; i <= 10; i++) want.add("burst " + i + "/10");
            assertEquals(want, replies.get(seq), "seq " + seq);
        }
        // the log says the same
        for (ClientLog l : ClientLog.messages("kmod-burst")) {
            if (!l.send()) assertTrue(l.str("text").matches("burst \\d+/10"), l.toString());
        }
    }

    /**
     * Unit 21 (netlink_rcv_skb): ACKs (error 0) and -EINVAL. 21 is NETLINK_CRYPTO in linux/netlink.h, so the
     * decoder names the protocol crypto; the ACK/error framing and the echoed request are what is checked here.
     */
    @Test
    void unit21AcksAndEinvalAsLogged() throws IOException {
        Map<Long, String> logged = new TreeMap<>(), captured = new TreeMap<>();
        for (ClientLog l : ClientLog.messages("kmod-ack")) {
            if (!l.send()) logged.put(l.num("seq"), l.num("error") == 0 ? "ACK" : l.str("errno") + " " + l.num("error"));
        }
        assertEquals(Map.of(1L, "ACK", 2L, "EINVAL -22", 3L, "EINVAL -22", 5L, "ACK"), logged);
        for (Datagram d : traced("kmod-ack")) {
            if (d.dir().equals("SEND")) continue;
            NetlinkMessage m = d.msg();
            assertEquals(2, m.type(), "NLMSG_ERROR");
            Value e = m.field("error").orElseThrow().value();
            Value.Named n = assertInstanceOf(Value.Named.class, e);
            captured.put(m.seq(), n.raw() == 0 ? "ACK" : n.name() + " " + n.raw());
            Field req = m.field("request").orElseGet(() -> fail(m.fields().toString()));
            Field hdr = req.child("nlmsghdr").orElseThrow();
            assertEquals(Value.Num.of(m.seq()), hdr.child("nlmsg_seq").orElseThrow().value());
            if (n.raw() == 0) assertEquals(0x100, m.flags() & 0x100, "ACK without the request's payload: NLM_F_CAPPED");
        }
        assertEquals(logged, captured);
        // the unknown type 0x22 is no crypto message: its echoed payload is shown as the text the client sent
        Datagram err2 = traced("kmod-ack").stream().filter(d -> d.dir().equals("RECV") && d.msg().seq() == 2).findFirst().orElseThrow();
        Field payload = err2.msg().field("request").orElseThrow().child("payload").orElseThrow();
        assertTrue(payload.value().display().endsWith("\"ack?\""), payload.value().display());
    }

    /** Unit 17 through the run-time spec: {@code read --ksy examples/.../ops.ksy --protocol 17}, compared with the logs. */
    @Test
    void opsOnUnit17DecodedWithTheKsyMatchesTheLogs() throws Exception {
        Path ksy = ReadCommandTest.root().resolve("examples/ops-protocol/src/main/ksy/ops.ksy");
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-q", "-T", "ndjson", "--ksy", ksy.toString(), "--protocol", "17",
                capture("kmod-ops17.pcapng").toString());
        assertEquals(0, r.code(), r.err());
        ObjectMapper om = new ObjectMapper();
        List<ClientLog> log = ClientLog.messages("kmod-ops17").stream().filter(l -> l.has("magic")).toList();
        Map<String, Integer> copiesLogged = new TreeMap<>(), copiesCaptured = new TreeMap<>();
        for (ClientLog l : log) copiesLogged.merge(l.kind() + " " + l.num("pid") + "/" + l.num("seq") + "/" + l.num("type"), 1, Integer::sum);
        int checked = 0, malformed = 0;
        for (String line : r.lines()) {
            JsonNode n = om.readTree(line);
            int type = n.get("type").asInt();
            if (type != 16 && type != 17) continue;
            assertEquals(17, n.get("protocol").asInt());
            assertEquals(type == 16 ? "OPS_REQUEST" : "OPS_REPLY", n.get("type_name").asText());
            long seq = n.get("seq").asLong(), pid = n.get("pid").asLong();
            String dir = n.get("direction").asText().equals("to_kernel") ? "SEND" : "RECV";
            copiesCaptured.merge(dir + " " + pid + "/" + seq + "/" + type, 1, Integer::sum);
            List<ClientLog> same = log.stream().filter(l -> l.num("seq") == seq && l.num("pid") == pid && l.num("type") == type).toList();
            assertFalse(same.isEmpty(), "not in the logs: " + line);
            ClientLog want = same.get(0);
            if (want.num("magic") != 0x4f505331L) {
                // badmagic: ops.ksy says `valid: 0x4f505331`, so the message is malformed for the spec
                assertTrue(n.has("malformed"), line);
                malformed++;
                continue;
            }
            assertFalse(n.has("malformed"), line);
            Map<String, JsonNode> f = new TreeMap<>();
            n.get("fields").forEach(x -> f.put(x.get("name").asText(), x));
            assertEquals(want.num("magic"), f.get("magic").get("value").asLong(), line);
            assertEquals(want.num("op"), f.get("op").get("value").asLong(), line);
            assertEquals(want.num("datalen"), f.get("len_data").get("value").asLong(), line);
            assertEquals(want.str("data"), want.num("datalen") == 0 && !f.containsKey("data") ? "" : f.get("data").get("value").asText(), line);
            long trailing = want.num("len") - 16 - 8 - want.num("datalen");
            if (trailing > 0) assertEquals(trailing, f.get("trailing").get("length").asLong(), "nlmsg_len beyond the data: " + line);
            else assertFalse(f.containsKey("trailing"), line);
            checked++;
        }
        assertEquals(copiesLogged, copiesCaptured, "each message as often as the clients sent/read it (multicast copies included)");
        assertEquals(1, malformed, "the one bad-magic request");
        assertTrue(checked > 40, "checked " + checked);
        // the listeners got the broadcast copies of the replies of the first client (4 valid requests)
        for (String l : List.of("kmod-ops17.listen-bind.client.log", "kmod-ops17.listen-membership.client.log")) {
            assertEquals(4, log.stream().filter(x -> x.file().equals(l) && x.str("from_groups").equals("0x1")).count(), l);
        }
    }
}
