package io.nlscope.dissect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * tc and ethtool as oracles, on 6.1, 6.12 and 7.2 (testdata/kernels/VERSION/crosscheck-tc and crosscheck-ethtool,
 * recorded from testdata/kernels/scenarios-crosscheck-tc-ethtool.txt): every object of each saved `tc -j -s` output
 * (qdiscs, classes, filters, actions) and of each `ethtool --json` output (features, pause, FEC, module, statistics)
 * has a kernel reply in the dump that produced it (paired by the nlmsg_pid of the replies: the pid of the process
 * that printed the file, crosscheck-*.index.txt), and that reply decodes to the same values. ethtool 6.1 prints no
 * JSON for -g, -l and -c: their text output is the oracle for ring, channel and coalesce replies.
 *
 * <p>Not compared, because tc or ethtool compute them rather than read them from netlink: tc's qdisc "refcnt" when
 * absent (it prints tcm_info only above 1), tbf's "burst" and "lat" (from the buffer in ticks and the rate), police's
 * "burst" (likewise), u32's "order", "key_ht" and "bkt" (taken apart from the handle: compared as the handle), the "total acts" of an action dump (compared as TCA_ROOT_COUNT where the kernel
 * sends it), the "fixed": null entries of `ethtool -k` (ethtool's legacy names that sum several kernel features:
 * tx-checksumming, scatter-gather, tcp-segmentation-offload, ...). Files tc 6.1 prints as broken JSON (classes: text; basic's ematch
 * inside the JSON; see "NOT valid JSON" in the commands log) are compared where they can be: the classes' text.
 */
class TcEthtoolCrossCheckTest {
    private static final int RTM_NEWLINK = 16, RTM_NEWQDISC = 36, RTM_NEWTCLASS = 40, RTM_NEWTFILTER = 44, RTM_GETACTION = 50;
    private static final long TC_H_ROOT = 0xffffffffL;
    private static final Map<String, Capture> CACHE = new ConcurrentHashMap<>();

    /** One capture with its views: the messages, the pid of each view's process, which views are valid JSON. */
    record Capture(String kernel, String name, List<NetlinkMessage> messages, Map<String, Long> pidOf, Set<String> validJson,
                   Map<String, Long> ifindex) {
        Path file(String view) { return dir(kernel).resolve(name + "." + view); }

        /** The kernel's replies to the process that printed this view. */
        List<NetlinkMessage> replies(String view, int type) {
            Long pid = pidOf.get(view);
            assertNotNull(pid, kernel + ": no " + view + " in " + name + ".index.txt");
            List<NetlinkMessage> out = messages.stream()
                    .filter(m -> m.pid() == pid && m.direction() == Direction.FROM_KERNEL && m.type() == type).toList();
            assertFalse(out.isEmpty(), kernel + " " + view + ": no reply of type " + type + " to pid " + pid);
            return out;
        }

        List<NetlinkMessage> repliesAny(String view) {
            long pid = pidOf.get(view);
            return messages.stream().filter(m -> m.pid() == pid && m.direction() == Direction.FROM_KERNEL).toList();
        }
    }

    private static Path dir(String kernel) { return TestData.root().resolve("testdata/kernels/" + kernel); }

    private static Capture capture(String kernel, String name) {
        return CACHE.computeIfAbsent(kernel + "/" + name, k -> {
            try {
                List<NetlinkMessage> ms = new ArrayList<>();
                for (DissectedFrame f : TestData.dissectAll(dir(kernel).resolve(name + ".pcap"))) ms.addAll(f.messages());
                Map<String, Long> pids = new LinkedHashMap<>();
                // "NAME PID COMMAND..." (tc) or "NAME.EXT PID rc=N ethtool ..." (ethtool)
                for (String line : Files.readAllLines(dir(kernel).resolve(name + ".index.txt"))) {
                    String[] w = line.split(" ");
                    pids.put(w[0].contains(".") ? w[0] : w[0] + ".json", Long.parseLong(w[1]));
                }
                Set<String> valid = new HashSet<>();
                Matcher v = Pattern.compile("^/nlvm/out/" + Pattern.quote(name) + "\\.(\\S+) valid JSON$", Pattern.MULTILINE)
                        .matcher(Files.readString(dir(kernel).resolve(name + ".commands.log")));
                while (v.find()) valid.add(v.group(1));
                Map<String, Long> ifindex = new HashMap<>();
                for (NetlinkMessage m : ms) {
                    if (m.protocol() != 0 || m.type() != RTM_NEWLINK || m.direction() != Direction.FROM_KERNEL) continue;
                    Optional<Field> n = m.field("IFLA_IFNAME");
                    if (n.isPresent()) ifindex.put(text(n.get().value()), num(m, "ifinfomsg/ifi_index"));
                }
                return new Capture(kernel, name, ms, pids, valid, ifindex);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
    }

    // ---------------------------------------------------------------- decoded values

    /** A value as text: a string without quotes, an enum by name (IprouteCrossCheckTest's reading). */
    static String text(Value v) { return IprouteCrossCheckTest.text(v); }

    static Optional<Field> at(Field root, String path) {
        Optional<Field> f = Optional.of(root);
        for (String p : path.split("/")) f = f.flatMap(x -> x.child(p));
        return f;
    }

    static Optional<Field> at(NetlinkMessage m, String path) {
        String[] p = path.split("/", 2);
        Optional<Field> f = m.field(p[0]);
        return p.length == 1 ? f : f.flatMap(x -> at(x, p[1]));
    }

    static long num(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags f) return f.raw();
        throw new AssertionError("not a number: " + v.display());
    }

    static long num(NetlinkMessage m, String path) {
        return num(at(m, path).orElseThrow(() -> new AssertionError("no " + path + " in " + m.summary())).value());
    }

    static long num(Field f, String path) {
        return num(at(f, path).orElseThrow(() -> new AssertionError("no " + path + " in " + f.name())).value());
    }

    static String kind(NetlinkMessage m) { return m.field("TCA_KIND").map(f -> text(f.value())).orElse(""); }

    /** tc's "1:", "1:10", "ffff:fff1", "800::800" (u32: htid:hash:node), as the 32-bit handle. */
    static long handle(String s) {
        String[] p = s.split(":", -1);
        return (p[0].isEmpty() ? 0 : Long.parseLong(p[0], 16) << 16) | (p.length < 2 || p[1].isEmpty() ? 0 : Long.parseLong(p[1], 16));
    }

    /** u32's "800:", "800::800": hash table id, bucket, node (TC_U32_HTID, TC_U32_HASH, TC_U32_NODE). */
    static long u32Handle(String s) {
        String[] p = s.split(":", -1);
        long h = Long.parseLong(p[0], 16) << 20;
        if (p.length > 1 && !p[1].isEmpty()) h |= Long.parseLong(p[1], 16) << 12;
        if (p.length > 2 && !p[2].isEmpty()) h |= Long.parseLong(p[2], 16);
        return h;
    }

    /** A compact ethtool bitset's bits (ETHTOOL_A_BITSET_VALUE: u32 words in host order). */
    static boolean bit(Field bitset, String attr, int i) {
        byte[] b = bytes(at(bitset, attr).orElseThrow(() -> new AssertionError("no " + attr + " in " + bitset.name())).value());
        ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        return i / 32 * 4 + 4 <= b.length && (w.getInt(i / 32 * 4) >>> (i % 32) & 1) != 0;
    }

    static byte[] bytes(Value v) {
        if (v instanceof Value.Raw r) return r.bytes();
        if (v instanceof Value.Address a) return a.bytes();
        throw new AssertionError("not bytes: " + v.display());
    }

    // ---------------------------------------------------------------- tc's JSON, keeping duplicated keys

    /**
     * tc 6.1 writes some keys twice in one object (u32's "match" and "success", police's "control_action", fq's
     * "throttled"): read here as "KEY", "KEY#2", "KEY#3" ... in their order, so that none is lost.
     */
    static JsonNode json(Path p) throws IOException {
        try (JsonParser jp = new JsonFactory().createParser(p.toFile())) {
            jp.nextToken();
            return node(jp);
        }
    }

    private static JsonNode node(JsonParser jp) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonToken t = jp.currentToken();
        switch (t) {
            case START_OBJECT: {
                ObjectNode o = f.objectNode();
                while (jp.nextToken() == JsonToken.FIELD_NAME) {
                    String k = jp.currentName();
                    jp.nextToken();
                    JsonNode v = node(jp);
                    String key = k;
                    for (int i = 2; o.has(key); i++) key = k + "#" + i;
                    o.set(key, v);
                }
                return o;
            }
            case START_ARRAY: {
                ArrayNode a = f.arrayNode();
                while (jp.nextToken() != JsonToken.END_ARRAY) a.add(node(jp));
                return a;
            }
            case VALUE_STRING: return f.textNode(jp.getText());
            case VALUE_NUMBER_INT: return f.numberNode(jp.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT: return f.numberNode(jp.getDoubleValue());
            case VALUE_TRUE: return f.booleanNode(true);
            case VALUE_FALSE: return f.booleanNode(false);
            case VALUE_NULL: return f.nullNode();
            default: throw new IOException("unexpected " + t);
        }
    }

    // ---------------------------------------------------------------- clean decoding

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void everyMessageDecodesWithNoRawAndNoMalformedNode(String kernel) {
        for (String name : List.of("crosscheck-tc", "crosscheck-ethtool")) {
            Capture c = capture(kernel, name);
            assertTrue(c.messages().size() > 100, kernel + "/" + name + ": " + c.messages().size() + " messages");
            for (NetlinkMessage m : c.messages()) {
                String w = kernel + "/" + name + " frame " + m.frame() + " " + m.typeName();
                assertFalse(m.malformed(), w + ": " + m.problem());
                FamilyAssertions.noUnnamed(m.fields(), w);
                noExtraBytes(m.fields(), w);
            }
        }
        assertTrue(capture(kernel, "crosscheck-tc").messages().stream().anyMatch(m -> m.type() == RTM_NEWQDISC));
        assertTrue(capture(kernel, "crosscheck-ethtool").messages().stream().anyMatch(m -> m.operation().startsWith("ETHTOOL_MSG_")));
    }

    private static void noExtraBytes(List<Field> fields, String where) {
        for (Field f : fields) {
            assertFalse(f.name().equals("extra_bytes"), where + " > " + f.name());
            noExtraBytes(f.children(), where + " > " + f.name());
        }
    }

    // ---------------------------------------------------------------- qdiscs

    /** The stats tc -s prints, from TCA_STATS2 (gnet_stats_basic and gnet_stats_queue). */
    private static void stats(JsonNode j, Field stats2, String w) {
        assertEquals(j.path("bytes").asLong(), num(stats2, "TCA_STATS_BASIC/bytes"), w + " bytes");
        assertEquals(j.path("packets").asLong(), num(stats2, "TCA_STATS_BASIC/packets"), w + " packets");
        assertEquals(j.path("drops").asLong(), num(stats2, "TCA_STATS_QUEUE/drops"), w + " drops");
        assertEquals(j.path("overlimits").asLong(), num(stats2, "TCA_STATS_QUEUE/overlimits"), w + " overlimits");
        assertEquals(j.path("requeues").asLong(), num(stats2, "TCA_STATS_QUEUE/requeues"), w + " requeues");
        assertEquals(j.path("backlog").asLong(), num(stats2, "TCA_STATS_QUEUE/backlog"), w + " backlog");
        assertEquals(j.path("qlen").asLong(), num(stats2, "TCA_STATS_QUEUE/qlen"), w + " qlen");
    }

    private static Field field(NetlinkMessage m, String path) {
        return at(m, path).orElseThrow(() -> new AssertionError("no " + path + " in " + m.summary()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void qdiscsAgreeWithTcJSQdiscShow(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-tc");
        Set<String> kinds = new HashSet<>();
        int compared = 0;
        for (String view : List.of("qdisc", "qdisc-td0", "qdisc-tv0", "qdisc-tv1", "qdisc-tbr0")) {
            assertTrue(c.validJson().contains(view + ".json"), kernel + " " + view + " is valid JSON");
            List<NetlinkMessage> dump = c.replies(view + ".json", RTM_NEWQDISC);
            String dev = view.contains("-") ? view.substring(6) : null;
            for (JsonNode q : json(c.file(view + ".json"))) {
                String d = dev != null ? dev : q.path("dev").asText();
                long ifindex = c.ifindex().get(d);
                String k = q.path("kind").asText(), w = kernel + " " + view + " " + d + " " + k + " " + q.path("handle").asText();
                List<NetlinkMessage> match = dump.stream().filter(m -> num(m, "tcmsg/tcm_ifindex") == ifindex
                        && num(m, "tcmsg/tcm_handle") == handle(q.path("handle").asText())).toList();
                assertEquals(1, match.size(), w + ": replies of the dump for it");
                NetlinkMessage m = match.get(0);
                assertEquals(k, kind(m), w);
                long parent = q.path("root").asBoolean() ? TC_H_ROOT : handle(q.path("parent").asText());
                assertEquals(parent, num(m, "tcmsg/tcm_parent"), w + " parent");
                if (q.has("refcnt")) assertEquals(q.path("refcnt").asLong(), num(m, "tcmsg/tcm_info"), w + " refcnt");
                stats(q, field(m, "TCA_STATS2"), w);
                qdiscOptions(k, q.path("options"), q, m, w);
                kinds.add(k);
                compared++;
            }
        }
        assertTrue(kinds.containsAll(List.of("htb", "fq_codel", "sfq", "clsact", "prio", "tbf", "netem", "fq", "ingress", "noqueue")),
                kernel + " " + kinds);
        if (!kernel.equals("6.1") || kinds.contains("cake")) assertTrue(kinds.contains("cake"), kernel + " " + kinds);
        assertTrue(compared >= 24, kernel + " compared " + compared);
    }

    private static void qdiscOptions(String k, JsonNode o, JsonNode q, NetlinkMessage m, String w) {
        String p = "TCA_OPTIONS/";
        switch (k) {
            case "htb" -> {
                assertEquals(o.path("r2q").asLong(), num(m, p + "TCA_HTB_INIT/rate2quantum"), w);
                assertEquals(Long.decode(o.path("default").asText()), num(m, p + "TCA_HTB_INIT/defcls"), w);
                assertEquals(o.path("direct_packets_stat").asLong(), num(m, p + "TCA_HTB_INIT/direct_pkts"), w);
                assertEquals(o.path("direct_qlen").asLong(), num(m, p + "TCA_HTB_DIRECT_QLEN"), w);
            }
            case "fq_codel" -> {
                assertEquals(o.path("limit").asLong(), num(m, p + "TCA_FQ_CODEL_LIMIT"), w);
                assertEquals(o.path("flows").asLong(), num(m, p + "TCA_FQ_CODEL_FLOWS"), w);
                assertEquals(o.path("quantum").asLong(), num(m, p + "TCA_FQ_CODEL_QUANTUM"), w);
                assertEquals(o.path("target").asLong(), num(m, p + "TCA_FQ_CODEL_TARGET"), w);
                assertEquals(o.path("interval").asLong(), num(m, p + "TCA_FQ_CODEL_INTERVAL"), w);
                assertEquals(o.path("memory_limit").asLong(), num(m, p + "TCA_FQ_CODEL_MEMORY_LIMIT"), w);
                assertEquals(o.path("ecn").asBoolean() ? 1 : 0, num(m, p + "TCA_FQ_CODEL_ECN"), w);
                assertEquals(o.path("drop_batch").asLong(), num(m, p + "TCA_FQ_CODEL_DROP_BATCH_SIZE"), w);
                for (String[] x : new String[][] {{"maxpacket", "maxpacket"}, {"drop_overlimit", "drop_overlimit"},
                        {"new_flow_count", "new_flow_count"}, {"ecn_mark", "ecn_mark"}, {"new_flows_len", "new_flows_len"},
                        {"old_flows_len", "old_flows_len"}}) {
                    assertEquals(q.path(x[0]).asLong(), num(m, "TCA_XSTATS/" + x[1]), w + " " + x[0]);
                }
            }
            case "sfq" -> {
                assertEquals(o.path("limit").asLong(), num(m, p + "limit"), w);
                assertEquals(o.path("quantum").asLong(), num(m, p + "quantum"), w);
                assertEquals(o.path("depth").asLong(), num(m, p + "depth"), w);
                assertEquals(o.path("divisor").asLong(), num(m, p + "divisor"), w);
                assertEquals(o.path("perturb").asLong(), num(m, p + "perturb_period"), w);
            }
            case "prio" -> {
                assertEquals(o.path("bands").asLong(), num(m, p + "tc_prio_qopt_compat/bands"), w);
                for (int i = 0; i < 16; i++)
                    assertEquals(o.path("priomap").get(i).asLong(), num(m, p + "tc_prio_qopt_compat/priomap/[" + i + "]"), w + " priomap " + i);
                assertEquals(o.path("multiqueue").asBoolean(), at(m, p + "TCA_PRIO_MQ").isPresent(), w);
            }
            case "tbf" -> assertEquals(o.path("rate").asLong(), num(m, p + "TCA_TBF_PARMS/rate_rate"), w);
            case "netem" -> {
                assertEquals(o.path("limit").asLong(), num(m, p + "tc_netem_qopt/limit"), w);
                assertEquals(o.path("gap").asLong(), num(m, p + "tc_netem_qopt/gap"), w);
                assertEquals(o.path("delay").path("delay").asDouble(), num(m, p + "TCA_NETEM_LATENCY64") / 1e9, 1e-9, w);
                assertEquals(o.path("delay").path("jitter").asDouble(), num(m, p + "TCA_NETEM_JITTER64") / 1e9, 1e-9, w);
                assertEquals(o.path("delay").path("correlation").asDouble(), num(m, p + "TCA_NETEM_CORR/delay_corr") / 4294967296.0, 1e-6, w);
                // loss 2%: a fraction of 2^32 - 1 in tc_netem_qopt
                assertEquals(o.path("loss-random").path("loss").asDouble(), num(m, p + "tc_netem_qopt/loss") / 4294967295.0, 1e-6, w);
                assertEquals(o.path("loss-random").path("correlation").asDouble(), num(m, p + "TCA_NETEM_CORR/loss_corr") / 4294967296.0, 1e-6, w);
                assertEquals(o.path("ecn").asBoolean(), at(m, p + "TCA_NETEM_ECN").map(f -> num(f.value()) != 0).orElse(false), w);
            }
            case "fq" -> {
                assertEquals(o.path("limit").asLong(), num(m, p + "TCA_FQ_PLIMIT"), w);
                assertEquals(o.path("flow_limit").asLong(), num(m, p + "TCA_FQ_FLOW_PLIMIT"), w);
                assertEquals(o.path("buckets").asLong(), 1L << num(m, p + "TCA_FQ_BUCKETS_LOG"), w);
                assertEquals(o.path("orphan_mask").asLong(), num(m, p + "TCA_FQ_ORPHAN_MASK"), w);
                assertEquals(o.path("quantum").asLong(), num(m, p + "TCA_FQ_QUANTUM"), w);
                assertEquals(o.path("initial_quantum").asLong(), num(m, p + "TCA_FQ_INITIAL_QUANTUM"), w);
                assertEquals(o.path("low_rate_threshold").asLong(), num(m, p + "TCA_FQ_LOW_RATE_THRESHOLD"), w);
                assertEquals(o.path("refill_delay").asLong(), num(m, p + "TCA_FQ_FLOW_REFILL_DELAY"), w);
                assertEquals(o.path("timer_slack").asLong(), num(m, p + "TCA_FQ_TIMER_SLACK"), w);
                assertEquals(o.path("horizon").asLong(), num(m, p + "TCA_FQ_HORIZON"), w);
                // tc prints "horizon_drop" (as a null) when the kernel's TCA_FQ_HORIZON_DROP is 1
                assertEquals(o.has("horizon_drop"), num(m, p + "TCA_FQ_HORIZON_DROP") == 1, w);
                assertEquals(q.path("flows").asLong(), num(m, "TCA_XSTATS/flows"), w);
                assertEquals(q.path("inactive").asLong(), num(m, "TCA_XSTATS/inactive_flows"), w);
                assertEquals(q.path("throttled").asLong(), num(m, "TCA_XSTATS/throttled_flows"), w);
                assertEquals(q.path("gc").asLong(), num(m, "TCA_XSTATS/gc_flows"), w);
                assertEquals(q.path("highprio").asLong(), num(m, "TCA_XSTATS/highprio_packets"), w);
                assertEquals(q.path("throttled#2").asLong(), num(m, "TCA_XSTATS/throttled"), w);
            }
            case "cake" -> {
                assertEquals(o.path("bandwidth").asLong(), num(m, p + "TCA_CAKE_BASE_RATE64"), w);
                assertEquals("CAKE_DIFFSERV_" + o.path("diffserv").asText().toUpperCase(Locale.ROOT), text(field(m, p + "TCA_CAKE_DIFFSERV_MODE").value()), w);
                assertEquals("CAKE_FLOW_TRIPLE", text(field(m, p + "TCA_CAKE_FLOW_MODE").value()), w);
                assertEquals("triple-isolate", o.path("flowmode").asText(), w);
                assertEquals(o.path("nat").asBoolean() ? 1 : 0, num(m, p + "TCA_CAKE_NAT"), w);
                assertEquals(o.path("wash").asBoolean() ? 1 : 0, num(m, p + "TCA_CAKE_WASH"), w);
                assertEquals(o.path("ingress").asBoolean() ? 1 : 0, num(m, p + "TCA_CAKE_INGRESS"), w);
                assertEquals("disabled", o.path("ack-filter").asText(), w);
                assertEquals("CAKE_ACK_NONE", text(field(m, p + "TCA_CAKE_ACK_FILTER").value()), w);
                assertEquals(o.path("split_gso").asBoolean() ? 1 : 0, num(m, p + "TCA_CAKE_SPLIT_GSO"), w);
                assertEquals(o.path("rtt").asLong(), num(m, p + "TCA_CAKE_RTT"), w);
                assertEquals(o.path("raw").asBoolean(), at(m, p + "TCA_CAKE_RAW").isPresent(), w);
                assertEquals("noatm", o.path("atm").asText(), w);
                assertEquals("CAKE_ATM_NONE", text(field(m, p + "TCA_CAKE_ATM").value()), w);
                assertEquals(o.path("overhead").asLong(), num(m, p + "TCA_CAKE_OVERHEAD"), w);
                assertEquals(o.path("mpu").asLong(), num(m, p + "TCA_CAKE_MPU"), w);
                assertEquals(Long.decode(o.path("fwmark").asText()), num(m, p + "TCA_CAKE_FWMARK"), w);
                // its statistics, sent only as TCA_STATS_APP (read as TCA_XSTATS by the message's TCA_KIND)
                String st = "TCA_STATS2/TCA_STATS_APP/TCA_CAKE_STATS_";
                for (String[] x : new String[][] {{"memory_used", "MEMORY_USED"}, {"memory_limit", "MEMORY_LIMIT"},
                        {"capacity_estimate", "CAPACITY_ESTIMATE64"}, {"min_network_size", "MIN_NETLEN"}, {"max_network_size", "MAX_NETLEN"},
                        {"min_adj_size", "MIN_ADJLEN"}, {"max_adj_size", "MAX_ADJLEN"}, {"avg_hdr_offset", "AVG_NETOFF"}})
                    assertEquals(q.path(x[0]).asLong(), num(m, st + x[1]), w + " " + x[0]);
                JsonNode tins = q.path("tins");
                assertTrue(tins.size() > 0, w + ": no tins");
                for (int i = 0; i < tins.size(); i++) {   // the kernel numbers its tins from 1
                    String t = st + "TIN_STATS/[" + (i + 1) + "]/TCA_CAKE_TIN_STATS_";
                    for (String[] x : new String[][] {{"threshold_rate", "THRESHOLD_RATE64"}, {"sent_bytes", "SENT_BYTES64"},
                            {"backlog_bytes", "BACKLOG_BYTES"}, {"target_us", "TARGET_US"}, {"interval_us", "INTERVAL_US"},
                            {"peak_delay_us", "PEAK_DELAY_US"}, {"avg_delay_us", "AVG_DELAY_US"}, {"base_delay_us", "BASE_DELAY_US"},
                            {"sent_packets", "SENT_PACKETS"}, {"way_indirect_hits", "WAY_INDIRECT_HITS"}, {"way_misses", "WAY_MISSES"},
                            {"way_collisions", "WAY_COLLISIONS"}, {"drops", "DROPPED_PACKETS"}, {"ecn_mark", "ECN_MARKED_PACKETS"},
                            {"ack_drops", "ACKS_DROPPED_PACKETS"}, {"sparse_flows", "SPARSE_FLOWS"}, {"bulk_flows", "BULK_FLOWS"},
                            {"unresponsive_flows", "UNRESPONSIVE_FLOWS"}, {"max_pkt_len", "MAX_SKBLEN"}, {"flow_quantum", "FLOW_QUANTUM"}})
                        assertEquals(tins.get(i).path(x[0]).asLong(), num(m, t + x[1]), w + " tin " + i + " " + x[0]);
                }
            }
            case "clsact", "ingress", "noqueue" -> assertTrue(o.isMissingNode() || o.isEmpty(), w + " " + o);
            default -> throw new AssertionError(w + ": a kind the scenario does not make");
        }
    }

    // ---------------------------------------------------------------- classes (iproute2 6.1: text even with -j)

    private static final Pattern CLASS = Pattern.compile(
            "^class (\\S+) (\\S+) (?:root|parent (\\S+))(?: leaf (\\S+))?(.*)\\n (?:Sent (\\d+) bytes (\\d+) pkt )?\\(dropped (\\d+), overlimits (\\d+) requeues (\\d+)\\) \\n backlog (\\d+)b (\\d+)p requeues (\\d+)\\n((?: .*\\n)*)",
            Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void classesAgreeWithTcSClassShow(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-tc");
        int compared = 0;
        for (String dev : List.of("td0", "tv0")) {
            String view = "class-" + dev + ".json";
            assertFalse(c.validJson().contains(view), "iproute2 6.1 prints classes as text: " + view);
            List<NetlinkMessage> dump = c.replies(view, RTM_NEWTCLASS);
            String out = Files.readString(c.file(view));
            Matcher x = CLASS.matcher(out);
            int classes = 0;
            while (x.find()) {
                classes++;
                String w = kernel + " " + dev + " class " + x.group(2);
                List<NetlinkMessage> match = dump.stream().filter(m -> num(m, "tcmsg/tcm_ifindex") == c.ifindex().get(dev)
                        && num(m, "tcmsg/tcm_handle") == handle(x.group(2))).toList();
                assertEquals(1, match.size(), w);
                NetlinkMessage m = match.get(0);
                assertEquals(x.group(1), kind(m), w);
                assertEquals(x.group(3) == null ? TC_H_ROOT : handle(x.group(3)), num(m, "tcmsg/tcm_parent"), w);
                if (x.group(4) != null) assertEquals(handle(x.group(4)), num(m, "tcmsg/tcm_info"), w + " leaf");
                Field s = field(m, "TCA_STATS2");
                if (x.group(6) == null) {
                    assertTrue(at(s, "TCA_STATS_BASIC").isEmpty(), w + ": tc prints no Sent line without gnet_stats_basic");
                } else {
                    assertEquals(Long.parseLong(x.group(6)), num(s, "TCA_STATS_BASIC/bytes"), w);
                    assertEquals(Long.parseLong(x.group(7)), num(s, "TCA_STATS_BASIC/packets"), w);
                }
                assertEquals(Long.parseLong(x.group(8)), num(s, "TCA_STATS_QUEUE/drops"), w);
                assertEquals(Long.parseLong(x.group(9)), num(s, "TCA_STATS_QUEUE/overlimits"), w);
                assertEquals(Long.parseLong(x.group(10)), num(s, "TCA_STATS_QUEUE/requeues"), w);
                assertEquals(Long.parseLong(x.group(11)), num(s, "TCA_STATS_QUEUE/backlog"), w);
                assertEquals(Long.parseLong(x.group(12)), num(s, "TCA_STATS_QUEUE/qlen"), w);
                if (x.group(1).equals("htb")) {
                    Matcher r = Pattern.compile("(?:prio (\\d+) )?rate (\\d+)Mbit ceil (\\d+)Mbit").matcher(x.group(5));
                    assertTrue(r.find(), w + ": " + x.group(5));
                    assertEquals(r.group(1) == null ? 0 : Long.parseLong(r.group(1)), num(m, "TCA_OPTIONS/TCA_HTB_PARMS/prio"), w);
                    assertEquals(Long.parseLong(r.group(2)) * 1_000_000 / 8, num(m, "TCA_OPTIONS/TCA_HTB_PARMS/rate_rate"), w);
                    assertEquals(Long.parseLong(r.group(3)) * 1_000_000 / 8, num(m, "TCA_OPTIONS/TCA_HTB_PARMS/ceil_rate"), w);
                    Matcher t = Pattern.compile("lended: (\\d+) borrowed: (\\d+) giants: (\\d+)\\n tokens: (-?\\d+) ctokens: (-?\\d+)").matcher(x.group(14));
                    assertTrue(t.find(), w + ": " + x.group(14));
                    assertEquals(Long.parseLong(t.group(1)), num(m, "TCA_XSTATS/lends"), w);
                    assertEquals(Long.parseLong(t.group(2)), num(m, "TCA_XSTATS/borrows"), w);
                    assertEquals(Long.parseLong(t.group(3)), num(m, "TCA_XSTATS/giants"), w);
                    assertEquals(Long.parseLong(t.group(4)), (int) num(m, "TCA_XSTATS/tokens"), w);
                    assertEquals(Long.parseLong(t.group(5)), (int) num(m, "TCA_XSTATS/ctokens"), w);
                }
                if (x.group(1).equals("fq_codel")) {
                    Matcher t = Pattern.compile("deficit (-?\\d+) count (\\d+) lastcount (\\d+) ldelay (\\d+)us").matcher(x.group(14));
                    assertTrue(t.find(), w + ": " + x.group(14));
                    assertEquals(Long.parseLong(t.group(1)), (int) num(m, "TCA_XSTATS/deficit"), w);
                    assertEquals(Long.parseLong(t.group(2)), num(m, "TCA_XSTATS/count"), w);
                    assertEquals(Long.parseLong(t.group(3)), num(m, "TCA_XSTATS/lastcount"), w);
                    assertEquals(Long.parseLong(t.group(4)), num(m, "TCA_XSTATS/ldelay"), w);
                }
                compared++;
            }
            assertEquals(Pattern.compile("^class ", Pattern.MULTILINE).matcher(out).results().count(), classes, kernel + " " + view + ": every class read");
        }
        assertTrue(compared >= 6, kernel + " compared " + compared);   // htb 1:1 1:10 1:20, prio 1:1 1:2 1:3
    }

    // ---------------------------------------------------------------- filters and their actions

    private static final Map<String, String> CONTROL = Map.of("pass", "TC_ACT_OK", "pipe", "TC_ACT_PIPE", "drop", "TC_ACT_SHOT",
            "continue", "TC_ACT_UNSPEC", "reclassify", "TC_ACT_RECLASSIFY", "stolen", "TC_ACT_STOLEN");

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void filtersAndTheirActionsAgreeWithTcJSFilterShow(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-tc");
        Set<String> kinds = new HashSet<>(), actions = new HashSet<>();
        int compared = 0;
        assertFalse(c.validJson().contains("filter-td0-egress.json"), "iproute2 6.1 writes basic's ematch as text into its JSON");
        for (String view : List.of("filter-td0", "filter-tv1-ingress", "filter-tbr0-ingress")) {
            assertTrue(c.validJson().contains(view + ".json"), kernel + " " + view);
            List<NetlinkMessage> dump = c.replies(view + ".json", RTM_NEWTFILTER);
            String dev = view.split("-")[1];
            for (JsonNode f : json(c.file(view + ".json"))) {
                String k = f.path("kind").asText();
                JsonNode o = f.path("options");
                long h = o.isMissingNode() ? 0 : o.has("fh") ? u32Handle(o.path("fh").asText()) : o.path("handle").asLong();
                String w = kernel + " " + view + " pref " + f.path("pref").asText() + " " + k + " handle " + Long.toHexString(h);
                List<NetlinkMessage> match = dump.stream().filter(m -> num(m, "tcmsg/tcm_ifindex") == c.ifindex().get(dev)
                        && num(m, "tcmsg/tcm_info") >>> 16 == f.path("pref").asLong() && num(m, "tcmsg/tcm_handle") == h).toList();
                assertEquals(1, match.size(), w);
                NetlinkMessage m = match.get(0);
                assertEquals(k, kind(m), w);
                assertEquals(f.path("chain").asLong(), num(m, "TCA_CHAIN"), w);
                long proto = Short.toUnsignedInt(Short.reverseBytes((short) num(m, "tcmsg/tcm_info")));
                assertEquals(Map.of("ip", 0x0800L, "all", 0x0003L).get(f.path("protocol").asText()), proto, w + " protocol");
                compared++;
                kinds.add(k);
                if (o.isMissingNode()) {
                    assertTrue(at(m, "TCA_OPTIONS").isEmpty() || at(m, "TCA_OPTIONS").get().children().stream()
                            .allMatch(x -> x.name().endsWith("_DIVISOR")), w + ": the head of a pref");
                    continue;
                }
                String a = switch (k) {
                    case "flower" -> {
                        flowerKeys(o.path("keys"), field(m, "TCA_OPTIONS"), w);
                        if (o.has("classid")) assertEquals(handle(o.path("classid").asText()), num(m, "TCA_OPTIONS/TCA_FLOWER_CLASSID"), w);
                        assertEquals(o.path("not_in_hw").asBoolean(), text(field(m, "TCA_OPTIONS/TCA_FLOWER_FLAGS").value()).contains("NOT_IN_HW"), w);
                        yield "TCA_FLOWER_ACT";
                    }
                    case "matchall" -> {
                        assertEquals(o.path("not_in_hw").asBoolean(), text(field(m, "TCA_OPTIONS/TCA_MATCHALL_FLAGS").value()).contains("NOT_IN_HW"), w);
                        assertEquals(o.path("rule_hit").asLong(), num(m, "TCA_OPTIONS/TCA_MATCHALL_PCNT/rhit"), w + " rule_hit");
                        yield "TCA_MATCHALL_ACT";
                    }
                    case "u32" -> {
                        if (o.has("ht_divisor")) {
                            assertEquals(o.path("ht_divisor").asLong(), num(m, "TCA_OPTIONS/TCA_U32_DIVISOR"), w);
                            yield null;
                        }
                        u32(o, m, w);
                        yield "TCA_U32_ACT";
                    }
                    default -> throw new AssertionError(w + ": a kind the scenario does not make here");
                };
                if (a == null || !o.has("actions")) continue;
                List<Field> acts = field(m, "TCA_OPTIONS/" + a).children();
                assertEquals(o.path("actions").size(), acts.size(), w + " actions");
                for (JsonNode j : o.path("actions")) {
                    Field x = acts.get(j.path("order").asInt() - 1);
                    action(j, x, c.ifindex(), w + " action " + j.path("order").asText());
                    actions.add(j.path("kind").asText());
                }
            }
        }
        assertTrue(kinds.containsAll(List.of("u32", "flower", "matchall")), kernel + " " + kinds);
        assertTrue(actions.containsAll(List.of("pedit", "csum", "skbedit", "gact", "vlan", "mirred", "tunnel_key", "police")), kernel + " " + actions);
        assertTrue(compared >= 16, kernel + " compared " + compared);
    }

    private static String prefix(Value addr, Value mask) {
        byte[] mb = bytes(mask);
        int bits = 0;
        for (byte b : mb) bits += Integer.bitCount(b & 0xff);
        return addr.display() + (bits == mb.length * 8 ? "" : "/" + bits);
    }

    private static void flowerKeys(JsonNode keys, Field opts, String w) {
        assertFalse(keys.isEmpty(), w);
        String l4 = null;
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) keys::fields) {
            String v = e.getValue().asText();
            switch (e.getKey()) {
                case "eth_type" -> assertEquals(Map.of("ipv4", "ETH_P_IP").get(v), text(at(opts, "TCA_FLOWER_KEY_ETH_TYPE").orElseThrow().value()), w);
                case "ip_proto" -> {
                    l4 = v.toUpperCase(Locale.ROOT);
                    assertEquals("IPPROTO_" + l4, text(at(opts, "TCA_FLOWER_KEY_IP_PROTO").orElseThrow().value()), w);
                }
                case "src_ip", "dst_ip" -> {
                    String a = "TCA_FLOWER_KEY_IPV4_" + (e.getKey().startsWith("src") ? "SRC" : "DST");
                    assertEquals(v, prefix(at(opts, a).orElseThrow().value(), at(opts, a + "_MASK").orElseThrow().value()), w + " " + e.getKey());
                }
                case "dst_port", "src_port" -> {
                    String a = "TCA_FLOWER_KEY_" + l4 + "_" + (e.getKey().startsWith("src") ? "SRC" : "DST");
                    assertEquals(e.getValue().asLong(), num(opts, a), w + " " + e.getKey());
                    assertEquals(0xffff, num(opts, a + "_MASK"), w);
                }
                case "ip_tos" -> assertEquals(e.getValue().asLong(), num(opts, "TCA_FLOWER_KEY_IP_TOS"), w);
                case "ip_tos_mask" -> assertEquals(Long.parseLong(v, 16), num(opts, "TCA_FLOWER_KEY_IP_TOS_MASK"), w);
                default -> throw new AssertionError(w + ": flower key " + e.getKey() + " not compared");
            }
        }
    }

    /** u32: the handle, the class and each key (value and mask in network order, offset) of the selector. */
    private static void u32(JsonNode o, NetlinkMessage m, String w) {
        if (o.has("flowid")) assertEquals(handle(o.path("flowid").asText()), num(m, "TCA_OPTIONS/TCA_U32_CLASSID"), w);
        assertEquals(o.path("not_in_hw").asBoolean(), text(field(m, "TCA_OPTIONS/TCA_U32_FLAGS").value()).contains("NOT_IN_HW"), w);
        assertEquals(u32Handle(o.path("fh").asText()) & 0xfffff000L, num(m, "TCA_OPTIONS/TCA_U32_HASH"), w);
        int n = (int) num(m, "TCA_OPTIONS/TCA_U32_SEL/nkeys");
        List<JsonNode> matches = new ArrayList<>();
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) o::fields) if (e.getKey().matches("match(#\\d+)?")) matches.add(e.getValue());
        assertEquals(n, matches.size(), w + " keys");
        for (int i = 0; i < n; i++) {
            // struct tc_u32_key: mask, val (both __be32), off, offmask
            JsonNode j = matches.get(i);
            String k = "TCA_OPTIONS/TCA_U32_SEL/keys/[" + i + "]/";
            assertEquals(Long.parseLong(j.path("mask").asText(), 16), num(m, k + "mask"), w + " mask " + i);
            assertEquals(Long.parseLong(j.path("value").asText(), 16), num(m, k + "val"), w + " value " + i);
            assertEquals(j.path("off").asLong(), num(m, k + "off"), w + " off " + i);
        }
        // struct tc_u32_pcnt: "rule_hit" is rcnt, "success" rhit, then one "success" after each key: kcnts[i]
        assertEquals(o.path("rule_hit").asLong(), num(m, "TCA_OPTIONS/TCA_U32_PCNT/rcnt"), w + " rule_hit");
        assertEquals(o.path("success").asLong(), num(m, "TCA_OPTIONS/TCA_U32_PCNT/rhit"), w + " success");
        ByteBuffer kcnts = ByteBuffer.wrap(bytes(field(m, "TCA_OPTIONS/TCA_U32_PCNT/kcnts").value())).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) assertEquals(o.path("success#" + (i + 2)).asLong(), kcnts.getLong(i * 8), w + " key " + i + " hits");
    }

    /** One action of a filter's list or of an action dump: kind, parameters, counters, times. */
    static void action(JsonNode j, Field x, Map<String, Long> ifindex, String w) {
        String k = j.path("kind").asText();
        assertEquals(k, text(at(x, "TCA_ACT_KIND").orElseThrow().value()), w);
        w = w + " " + k;
        Field o = at(x, "TCA_ACT_OPTIONS").orElseThrow(() -> new AssertionError("no TCA_ACT_OPTIONS"));
        String up = k.toUpperCase(Locale.ROOT);
        String parms = switch (k) {
            case "police" -> "TCA_POLICE_TBF";
            case "pedit" -> "TCA_PEDIT_PARMS_EX";
            case "tunnel_key" -> "TCA_TUNNEL_KEY_PARMS";
            default -> "TCA_" + up + "_PARMS";
        };
        Field p = at(o, parms).orElseThrow(() -> new AssertionError(parms));
        assertEquals(j.path("index").asLong(), num(p, "index"), w + " index");
        assertEquals(j.path("ref").asLong(), num(p, "refcnt"), w + " ref");
        assertEquals(j.path("bind").asLong(), num(p, "bindcnt"), w + " bind");
        assertEquals(CONTROL.get(j.path("control_action").path("type").asText()), text(at(p, "action").orElseThrow().value()), w + " control");
        stats(j.path("stats"), at(x, "TCA_ACT_STATS").orElseThrow(), w);
        // installed, last_used, first_used: seconds, tc's division of the clock ticks (USER_HZ 100) of tcf_t
        Field tm = at(o, k.equals("tunnel_key") ? "TCA_TUNNEL_KEY_TM" : "TCA_" + up + "_TM").orElseThrow();
        assertEquals(j.path("installed").asLong(), num(tm, "install") / 100, w + " installed");
        assertEquals(j.path("last_used").asLong(), num(tm, "lastuse") / 100, w + " last_used");
        if (j.has("first_used")) assertEquals(j.path("first_used").asLong(), num(tm, "firstuse") / 100, w + " first_used");
        switch (k) {
            case "gact" -> {
                assertEquals("none", j.path("prob").path("random_type").asText(), w);
                assertTrue(at(o, "TCA_GACT_PROB").isEmpty(), w);
            }
            case "police" -> {
                // tc prints the exceed action (tc_police.action), then the conform one (TCA_POLICE_RESULT) when sent
                if (j.has("control_action#2"))
                    assertEquals(CONTROL.get(j.path("control_action#2").path("type").asText()), text(at(o, "TCA_POLICE_RESULT").orElseThrow().value()), w);
                assertEquals(j.path("overhead").asLong(), num(p, "rate_overhead"), w);
            }
            case "pedit" -> {
                assertEquals(j.path("nkeys").asLong(), num(p, "nkeys"), w);
                for (int i = 0; i < j.path("keys").size(); i++) {
                    // struct tc_pedit_key: mask, val (network order), off (host order), at, offmask, shift
                    JsonNode key = j.path("keys").get(i);
                    assertEquals(Long.parseLong(key.path("mask").asText(), 16), num(p, "keys/[" + i + "]/mask"), w);
                    assertEquals(Long.parseLong(key.path("val").asText(), 16), num(p, "keys/[" + i + "]/val"), w);
                    assertEquals(key.path("offset").asLong(), num(p, "keys/[" + i + "]/off"), w);
                    assertEquals("TCA_PEDIT_KEY_EX_HDR_TYPE_IP4", text(at(o, "TCA_PEDIT_KEYS_EX/TCA_PEDIT_KEY_EX/TCA_PEDIT_KEY_EX_HTYPE").orElseThrow().value()), w);
                    assertEquals("TCA_PEDIT_KEY_EX_CMD_" + key.path("cmd").asText().toUpperCase(Locale.ROOT),
                            text(at(o, "TCA_PEDIT_KEYS_EX/TCA_PEDIT_KEY_EX/TCA_PEDIT_KEY_EX_CMD").orElseThrow().value()), w);
                }
            }
            case "csum" -> {
                // "iph, udp": the update flags by tc's names
                Set<String> want = new HashSet<>();
                for (String s : j.path("csum").asText().split(", ")) want.add("TCA_CSUM_UPDATE_FLAG_" + Map.of("iph", "IPV4HDR", "udp", "UDP", "tcp", "TCP").get(s));
                assertEquals(want, new HashSet<>(((Value.Flags) at(p, "update_flags").orElseThrow().value()).names()), w);
            }
            case "skbedit" -> {
                if (j.has("priority")) assertEquals(handle(j.path("priority").asText()), num(o, "TCA_SKBEDIT_PRIORITY"), w);
                if (j.has("mark")) assertEquals(j.path("mark").asLong(), num(o, "TCA_SKBEDIT_MARK"), w);
                if (j.has("queue_mapping")) assertEquals(j.path("queue_mapping").asLong(), num(o, "TCA_SKBEDIT_QUEUE_MAPPING"), w);
            }
            case "vlan" -> {
                assertEquals("TCA_VLAN_ACT_" + j.path("vlan_action").asText().toUpperCase(Locale.ROOT), text(at(p, "v_action").orElseThrow().value()), w);
                assertEquals(j.path("id").asLong(), num(o, "TCA_VLAN_PUSH_VLAN_ID"), w);
                assertEquals(j.path("priority").asLong(), num(o, "TCA_VLAN_PUSH_VLAN_PRIORITY"), w);
                assertEquals("802.1Q", j.path("protocol").asText(), w);
                assertEquals("ETH_P_8021Q", text(at(o, "TCA_VLAN_PUSH_VLAN_PROTOCOL").orElseThrow().value()), w);
            }
            case "mirred" -> {
                assertEquals("TCA_" + j.path("direction").asText().toUpperCase(Locale.ROOT) + "_" + j.path("mirred_action").asText().toUpperCase(Locale.ROOT),
                        text(at(p, "eaction").orElseThrow().value()), w);
                assertEquals(ifindex.get(j.path("to_dev").asText()), num(p, "ifindex"), w);
            }
            case "tunnel_key" -> {
                assertEquals("TCA_TUNNEL_KEY_ACT_" + j.path("mode").asText().toUpperCase(Locale.ROOT), text(at(p, "t_action").orElseThrow().value()), w);
                assertEquals(j.path("src_ip").asText(), at(o, "TCA_TUNNEL_KEY_ENC_IPV4_SRC").orElseThrow().value().display(), w);
                assertEquals(j.path("dst_ip").asText(), at(o, "TCA_TUNNEL_KEY_ENC_IPV4_DST").orElseThrow().value().display(), w);
                assertEquals(j.path("key_id").asLong(), num(o, "TCA_TUNNEL_KEY_ENC_KEY_ID"), w);
                assertEquals(j.path("dst_port").asLong(), num(o, "TCA_TUNNEL_KEY_ENC_DST_PORT"), w);
                assertEquals(j.path("ttl").asLong(), num(o, "TCA_TUNNEL_KEY_ENC_TTL"), w);
                assertEquals(j.path("flag").asText().equals("nocsum"), num(o, "TCA_TUNNEL_KEY_NO_CSUM") != 0, w);
            }
            default -> throw new AssertionError(w + ": an action kind the scenario does not make");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void actionDumpsAgreeWithTcJSActionsLs(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-tc");
        int compared = 0;
        for (String k : List.of("gact", "police", "skbedit")) {
            String view = "actions-" + k + ".json";
            assertTrue(c.validJson().contains(view), kernel + " " + view);
            JsonNode j = json(c.file(view));
            List<Field> tab = new ArrayList<>();
            long count = 0;
            for (NetlinkMessage m : c.replies(view, RTM_GETACTION)) {
                tab.addAll(field(m, "TCA_ROOT_TAB").children());
                count += num(m, "TCA_ROOT_COUNT");
            }
            assertEquals(j.get(0).path("total acts").asLong(), count, kernel + " " + view);
            JsonNode acts = j.get(1).path("actions");
            assertEquals(acts.size(), tab.size(), kernel + " " + view);
            for (JsonNode a : acts) {
                action(a, tab.get(a.path("order").asInt()), c.ifindex(), kernel + " " + view + " order " + a.path("order").asText());
                compared++;
            }
            assertTrue(acts.toString().contains("\"index\":" + (k.equals("gact") ? 40 : k.equals("police") ? 41 : 42)), view);
        }
        assertTrue(compared >= 9, kernel + " compared " + compared);
    }

    // ---------------------------------------------------------------- ethtool

    private static final List<String> DEVICES = List.of("veth0", "dummy0", "tap0", "br0", "eth0");

    private static NetlinkMessage reply(Capture c, String view, String op) {
        Long pid = c.pidOf().get(view);
        assertNotNull(pid, c.kernel() + ": " + view + " not in the index");
        List<NetlinkMessage> r = c.messages().stream().filter(m -> m.pid() == pid && m.direction() == Direction.FROM_KERNEL
                && m.operation().equals(op)).toList();
        assertEquals(1, r.size(), c.kernel() + " " + view + ": " + op + " replies");
        return r.get(0);
    }

    /** Each bit index of a string set the kernel sent (ETHTOOL_MSG_STRSET_GET_REPLY), by name. */
    private static Map<String, Integer> strings(Capture c, long set) {
        Map<String, Integer> out = new HashMap<>();
        for (NetlinkMessage m : c.messages()) {
            if (!m.operation().equals("ETHTOOL_MSG_STRSET_GET_REPLY")) continue;
            for (Field s : at(m, "ETHTOOL_A_STRSET_STRINGSETS").orElseThrow().children()) {
                if (num(s, "ETHTOOL_A_STRINGSET_ID") != set) continue;
                for (Field str : at(s, "ETHTOOL_A_STRINGSET_STRINGS").map(Field::children).orElse(List.of()))
                    out.put(text(at(str, "ETHTOOL_A_STRING_VALUE").orElseThrow().value()), (int) num(str, "ETHTOOL_A_STRING_INDEX"));
            }
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void featuresAgreeWithEthtoolJsonK(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-ethtool");
        Map<String, Integer> names = strings(c, 4);   // ETH_SS_FEATURES
        assertTrue(names.size() >= 60, kernel + " netdev-features strings: " + names.size());
        int views = 0;
        for (String view : c.pidOf().keySet()) {
            if (!view.matches("\\w+\\.features(\\.after)?\\.json")) continue;
            assertTrue(c.validJson().contains(view), view);
            NetlinkMessage m = reply(c, view, "ETHTOOL_MSG_FEATURES_GET_REPLY");
            JsonNode j = json(c.file(view)).get(0);
            assertEquals(j.path("ifname").asText(), text(field(m, "ETHTOOL_A_FEATURES_HEADER/ETHTOOL_A_HEADER_DEV_NAME").value()));
            Field hw = field(m, "ETHTOOL_A_FEATURES_HW"), wanted = field(m, "ETHTOOL_A_FEATURES_WANTED"),
                    active = field(m, "ETHTOOL_A_FEATURES_ACTIVE"), nochange = field(m, "ETHTOOL_A_FEATURES_NOCHANGE");
            int compared = 0;
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) j::fields) {
                JsonNode v = e.getValue();
                if (e.getKey().equals("ifname") || v.path("fixed").isNull()) continue;
                Integer i = names.get(e.getKey());
                if (i == null) continue;   // a legacy name ethtool maps to a kernel feature of another name
                String w = kernel + " " + view + " " + e.getKey();
                assertEquals(v.path("active").asBoolean(), bit(active, "ETHTOOL_A_BITSET_VALUE", i), w + " active");
                assertEquals(v.path("requested").asBoolean(), bit(wanted, "ETHTOOL_A_BITSET_VALUE", i), w + " requested");
                assertEquals(v.path("fixed").asBoolean(), !bit(hw, "ETHTOOL_A_BITSET_VALUE", i) || bit(nochange, "ETHTOOL_A_BITSET_VALUE", i), w + " fixed");
                compared++;
            }
            assertTrue(compared >= 45, kernel + " " + view + " compared " + compared);
            views++;
        }
        assertTrue(views >= 8, kernel + " features views " + views);
        // what -K changed shows in the JSON read after it, and so in the bits
        JsonNode veth = json(c.file("veth0.features.after.json")).get(0);
        assertFalse(veth.path("tx-tcp-segmentation").path("requested").asBoolean(), kernel);
        JsonNode dummy = json(c.file("dummy0.features.after.json")).get(0);
        assertFalse(dummy.path("highdma").path("active").asBoolean(), kernel);
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void pauseFecModuleAndStatisticsAgreeWithEthtoolJson(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-ethtool");
        int devices = 0;
        for (String dev : DEVICES) {
            if (!c.pidOf().containsKey(dev + ".pause.json")) continue;
            devices++;
            for (String what : List.of("pause", "fec")) {
                // none of the guest's drivers has pause or FEC settings: ethtool prints [ ] for the kernel's refusal
                String view = dev + "." + what + ".json";
                assertTrue(json(c.file(view)).isEmpty(), kernel + " " + view);
                List<NetlinkMessage> r = c.repliesAny(view);
                assertTrue(r.stream().anyMatch(m -> m.control().toString().contains("EOPNOTSUPP") || m.summary().contains("EOPNOTSUPP")),
                        kernel + " " + view + ": the kernel's EOPNOTSUPP");
            }
            NetlinkMessage mod = reply(c, dev + ".module.json", "ETHTOOL_MSG_MODULE_GET_REPLY");
            JsonNode mj = json(c.file(dev + ".module.json")).get(0);
            assertEquals(dev, mj.path("ifname").asText());
            // ethtool prints the module's power mode only when the kernel sends it
            assertEquals(mj.size() - 1, mod.fields().stream().filter(f -> f.name().startsWith("ETHTOOL_A_MODULE_") && !f.name().endsWith("HEADER")).count(), kernel + " " + dev);
            NetlinkMessage st = reply(c, dev + ".stats.json", "ETHTOOL_MSG_STATS_GET_REPLY");
            JsonNode sj = json(c.file(dev + ".stats.json")).get(0);
            // ethtool names a group (ETHTOOL_A_STATS_GRP_ID, ETHTOOL_STATS_*) by the kernel's string set ETH_SS_STATS_STD (16)
            Map<Integer, String> groups = new HashMap<>();
            strings(c, 16).forEach((name, i) -> groups.put(i, name));
            assertTrue(groups.values().containsAll(List.of("eth-phy", "eth-mac", "eth-ctrl", "rmon")), kernel + " " + groups);
            Set<String> sent = new HashSet<>();
            for (Field g : st.fields()) {
                if (!g.name().equals("ETHTOOL_A_STATS_GRP")) continue;
                String name = groups.get((int) num(g, "ETHTOOL_A_STATS_GRP_ID"));
                sent.add(name);
                long stats = g.children().stream().filter(f -> f.name().equals("ETHTOOL_A_STATS_GRP_STAT")).count();
                assertEquals(sj.path(name).size(), stats, kernel + " " + dev + " " + name);
            }
            Set<String> printed = new HashSet<>();
            sj.fieldNames().forEachRemaining(printed::add);
            printed.remove("ifname");
            assertEquals(printed, sent, kernel + " " + dev);
        }
        assertTrue(devices >= 4, kernel + " devices " + devices);
    }

    /** ethtool -g/-l/-c text: "LABEL: VALUE" lines, in its sections; "n/a" is an attribute the kernel did not send. */
    private static void textAgrees(Capture c, String view, String op, Map<String, String> labels) throws IOException {
        List<String> lines = Files.readAllLines(c.file(view));
        assertFalse(lines.isEmpty(), view);
        NetlinkMessage m = reply(c, view, op);
        boolean max = false;
        int compared = 0;
        for (String line : lines) {
            if (line.startsWith("Pre-set maximums")) max = true;
            if (line.startsWith("Current hardware settings")) max = false;
            Matcher x = Pattern.compile("^([A-Za-z][\\w -]*?):\\s+(\\S+)$").matcher(line.trim());
            if (!x.find()) continue;
            String attr = labels.get((max ? "max " : "") + x.group(1));
            if (attr == null) continue;
            Optional<Field> f = at(m, attr);
            String w = c.kernel() + " " + view + " " + line.trim();
            switch (x.group(2)) {
                case "n/a" -> assertTrue(f.isEmpty(), w);
                case "on", "off" -> assertEquals(x.group(2).equals("on") ? 1 : 0, num(f.orElseThrow(() -> new AssertionError(w)).value()), w);
                default -> assertEquals(Long.parseLong(x.group(2)), num(f.orElseThrow(() -> new AssertionError(w)).value()), w);
            }
            compared++;
        }
        assertTrue(compared >= 4, view + " compared " + compared);
    }

    private static final Map<String, String> RINGS = Map.ofEntries(
            Map.entry("max RX", "ETHTOOL_A_RINGS_RX_MAX"), Map.entry("max RX Mini", "ETHTOOL_A_RINGS_RX_MINI_MAX"),
            Map.entry("max RX Jumbo", "ETHTOOL_A_RINGS_RX_JUMBO_MAX"), Map.entry("max TX", "ETHTOOL_A_RINGS_TX_MAX"),
            Map.entry("RX", "ETHTOOL_A_RINGS_RX"), Map.entry("RX Mini", "ETHTOOL_A_RINGS_RX_MINI"),
            Map.entry("RX Jumbo", "ETHTOOL_A_RINGS_RX_JUMBO"), Map.entry("TX", "ETHTOOL_A_RINGS_TX"),
            Map.entry("RX Buf Len", "ETHTOOL_A_RINGS_RX_BUF_LEN"), Map.entry("CQE Size", "ETHTOOL_A_RINGS_CQE_SIZE"),
            Map.entry("TX Push", "ETHTOOL_A_RINGS_TX_PUSH"));
    private static final Map<String, String> CHANNELS = Map.of(
            "max RX", "ETHTOOL_A_CHANNELS_RX_MAX", "max TX", "ETHTOOL_A_CHANNELS_TX_MAX", "max Other", "ETHTOOL_A_CHANNELS_OTHER_MAX",
            "max Combined", "ETHTOOL_A_CHANNELS_COMBINED_MAX", "RX", "ETHTOOL_A_CHANNELS_RX_COUNT", "TX", "ETHTOOL_A_CHANNELS_TX_COUNT",
            "Other", "ETHTOOL_A_CHANNELS_OTHER_COUNT", "Combined", "ETHTOOL_A_CHANNELS_COMBINED_COUNT");
    private static final Map<String, String> COALESCE = Map.ofEntries(
            Map.entry("stats-block-usecs", "ETHTOOL_A_COALESCE_STATS_BLOCK_USECS"), Map.entry("sample-interval", "ETHTOOL_A_COALESCE_RATE_SAMPLE_INTERVAL"),
            Map.entry("pkt-rate-low", "ETHTOOL_A_COALESCE_PKT_RATE_LOW"), Map.entry("pkt-rate-high", "ETHTOOL_A_COALESCE_PKT_RATE_HIGH"),
            Map.entry("rx-usecs", "ETHTOOL_A_COALESCE_RX_USECS"), Map.entry("rx-frames", "ETHTOOL_A_COALESCE_RX_MAX_FRAMES"),
            Map.entry("rx-usecs-irq", "ETHTOOL_A_COALESCE_RX_USECS_IRQ"), Map.entry("rx-frames-irq", "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_IRQ"),
            Map.entry("tx-usecs", "ETHTOOL_A_COALESCE_TX_USECS"), Map.entry("tx-frames", "ETHTOOL_A_COALESCE_TX_MAX_FRAMES"),
            Map.entry("tx-usecs-irq", "ETHTOOL_A_COALESCE_TX_USECS_IRQ"), Map.entry("tx-frames-irq", "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_IRQ"),
            Map.entry("rx-usecs-low", "ETHTOOL_A_COALESCE_RX_USECS_LOW"), Map.entry("rx-frame-low", "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_LOW"),
            Map.entry("tx-usecs-low", "ETHTOOL_A_COALESCE_TX_USECS_LOW"), Map.entry("tx-frame-low", "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_LOW"),
            Map.entry("rx-usecs-high", "ETHTOOL_A_COALESCE_RX_USECS_HIGH"), Map.entry("rx-frame-high", "ETHTOOL_A_COALESCE_RX_MAX_FRAMES_HIGH"),
            Map.entry("tx-usecs-high", "ETHTOOL_A_COALESCE_TX_USECS_HIGH"), Map.entry("tx-frame-high", "ETHTOOL_A_COALESCE_TX_MAX_FRAMES_HIGH"));

    @ParameterizedTest
    @ValueSource(strings = {"6.1", "6.12", "7.2"})
    void ringsChannelsAndCoalesceAgreeWithEthtoolText(String kernel) throws Exception {
        Capture c = capture(kernel, "crosscheck-ethtool");
        Set<String> answered = new HashSet<>();
        for (String view : c.pidOf().keySet()) {
            String[] op = view.endsWith(".txt") ? switch (view.split("\\.")[1]) {
                case "rings" -> new String[] {"ETHTOOL_MSG_RINGS_GET_REPLY", "rings"};
                case "channels" -> new String[] {"ETHTOOL_MSG_CHANNELS_GET_REPLY", "channels"};
                case "coalesce" -> new String[] {"ETHTOOL_MSG_COALESCE_GET_REPLY", "coalesce"};
                default -> null;
            } : null;
            if (op == null) continue;
            boolean refused = Files.readString(c.file(view)).isBlank();
            List<NetlinkMessage> r = c.repliesAny(view).stream().filter(m -> m.operation().equals(op[0])).toList();
            if (refused) {
                assertTrue(r.isEmpty(), view);
                continue;
            }
            textAgrees(c, view, op[0], op[1].equals("rings") ? RINGS : op[1].equals("channels") ? CHANNELS : COALESCE);
            answered.add(view);
        }
        // veth answers channels, tap coalesce, virtio-net all three (when the harness gave the guest its NIC)
        assertTrue(answered.containsAll(List.of("veth0.channels.txt", "veth0.channels.after.txt", "tap0.coalesce.txt", "tap0.coalesce.after.txt")),
                kernel + " " + answered);
        if (c.pidOf().containsKey("eth0.rings.txt"))
            assertTrue(answered.containsAll(List.of("eth0.rings.txt", "eth0.channels.txt", "eth0.coalesce.txt", "eth0.rings.after.txt")), kernel + " " + answered);
        // and the values set with -L, -C, -G are what the kernel then sent
        assertEquals(2, num(reply(c, "veth0.channels.after.txt", "ETHTOOL_MSG_CHANNELS_GET_REPLY"), "ETHTOOL_A_CHANNELS_RX_COUNT"), kernel);
        assertEquals(16, num(reply(c, "tap0.coalesce.after.txt", "ETHTOOL_MSG_COALESCE_GET_REPLY"), "ETHTOOL_A_COALESCE_RX_MAX_FRAMES"), kernel);
        if (c.pidOf().containsKey("eth0.rings.after.txt"))
            assertEquals(128, num(reply(c, "eth0.rings.after.txt", "ETHTOOL_MSG_RINGS_GET_REPLY"), "ETHTOOL_A_RINGS_RX"), kernel);
    }
}
