package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Traffic control as Linux 7.2.13 and 6.12 send it (testdata/kernels/VERSION/tc-qdisc, tc-filter and tc-action,
 * recorded from testdata/kernels/scenarios-tc.txt): the qdiscs and classes, classifiers and actions the specs claim
 * (rtnetlink_tc.ksy, rtnetlink_tc_cls.ksy, rtnetlink_tc_act.ksy) each appear, decode with no raw and no malformed
 * node, and carry the values of the commands that made them and of iproute2's own view (tc -j, or its text where
 * iproute2 6.1 writes no JSON: classes, and the fw/route/flow/cgroup and hfsc options, whose JSON it breaks).
 */
class TrafficControlKindsTest {
    private static final int RTM_NEWQDISC = 36, RTM_NEWTCLASS = 40, RTM_NEWTFILTER = 44, RTM_NEWACTION = 48,
            RTM_GETACTION = 50, RTM_NEWCHAIN = 100;
    private static final double TWO_32 = 4294967296.0;

    private static final List<String> QDISCS = List.of("htb", "netem", "sfq", "tbf", "red", "codel", "pie", "fq_pie", "hhf",
            "choke", "fq", "cake", "sfb", "skbprio", "plug", "pfifo", "bfifo", "fq_codel", "gred", "ingress", "clsact", "prio",
            "drr", "hfsc", "ets", "qfq", "mq", "multiq", "taprio", "mqprio", "cbs", "etf");
    /** The kinds whose kernel dump carries no TCA_OPTIONS or an empty one. */
    private static final Set<String> NO_OPTIONS = Set.of("ingress", "clsact", "plug", "mq", "drr", "qfq");
    private static final List<String> CLASSIFIERS = List.of("flower", "u32", "matchall", "basic", "bpf", "fw", "route", "flow", "cgroup");
    private static final List<String> ACTIONS = List.of("gact", "mirred", "police", "pedit", "vlan", "skbedit", "tunnel_key", "csum",
            "nat", "connmark", "ct", "sample", "ife", "mpls", "gate", "simple", "bpf", "skbmod");

    private static Path dir(String kernel) { return TestData.root().resolve("testdata/kernels/" + kernel); }

    private static List<NetlinkMessage> route(String kernel, String capture) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(dir(kernel).resolve(capture + ".pcap")))
            for (NetlinkMessage m : f.messages()) if (m.protocol() == 0) out.add(m);
        assertFalse(out.isEmpty(), capture + " holds no rtnetlink message");
        return out;
    }

    private static List<NetlinkMessage> fromKernel(List<NetlinkMessage> ms, int type) {
        return ms.stream().filter(m -> m.type() == type && m.direction() == Direction.FROM_KERNEL).toList();
    }

    private static JsonNode json(String kernel, String file) throws Exception {
        return new ObjectMapper().readTree(dir(kernel).resolve(file).toFile());
    }

    private static String text(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Named n) return n.name();
        return v.display();
    }

    private static Optional<Field> at(NetlinkMessage m, String path) {
        String[] p = path.split("/");
        Optional<Field> f = m.field(p[0]);
        for (int i = 1; i < p.length && f.isPresent(); i++) f = f.get().child(p[i]);
        return f;
    }

    private static Optional<Field> at(Field root, String path) {
        Optional<Field> f = Optional.of(root);
        for (String p : path.split("/")) f = f.flatMap(x -> x.child(p));
        return f;
    }

    private static Value value(NetlinkMessage m, String path) {
        return at(m, path).orElseThrow(() -> new AssertionError("no " + path + " in " + m.summary())).value();
    }

    private static Value value(Field f, String path) {
        return at(f, path).orElseThrow(() -> new AssertionError("no " + path + " in " + f.name())).value();
    }

    private static long num(Value v) {
        if (v instanceof Value.Num n) return n.value();
        if (v instanceof Value.Named n) return n.raw();
        if (v instanceof Value.Flags f) return f.raw();
        throw new AssertionError("not a number: " + v.display());
    }

    private static long num(NetlinkMessage m, String path) { return num(value(m, path)); }

    private static long num(Field f, String path) { return num(value(f, path)); }

    private static String name(NetlinkMessage m, String path) { return text(value(m, path)); }

    private static String kind(NetlinkMessage m) { return m.field("TCA_KIND").map(f -> text(f.value())).orElse(""); }

    private static String handle(long h) { return Long.toHexString(h >>> 16) + ":" + ((h & 0xffff) == 0 ? "" : Long.toHexString(h & 0xffff)); }

    /** The last qdisc the kernel sent of this kind and handle ("1:", "10:"): the one tc -j showed. */
    private static NetlinkMessage qdisc(List<NetlinkMessage> ms, String kind, String handle) {
        NetlinkMessage found = null;
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWQDISC))
            if (kind(m).equals(kind) && handle(num(m, "tcmsg/tcm_handle")).equals(handle)) found = m;
        if (found == null) throw new AssertionError("no " + kind + " qdisc " + handle + " from the kernel");
        return found;
    }

    private static void clean(List<NetlinkMessage> ms, String where) {
        for (NetlinkMessage m : ms) {
            String w = where + " frame " + m.frame() + " " + m.typeName();
            assertFalse(m.malformed(), w + ": " + m.problem());
            noRaw(m.fields(), w);
        }
    }

    /** No attr_N, no malformed node, no bytes a struct does not describe (what --coverage counts as raw). */
    private static void noRaw(List<Field> fields, String where) {
        FamilyAssertions.noUnnamed(fields, where);
        for (Field f : fields) {
            assertFalse(f.name().equals("extra_bytes"), where + " > " + f.name());
            noRaw(f.children(), where + " > " + f.name());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void everyMessageOfTheTcCapturesDecodesClean(String kernel) throws Exception {
        for (String c : List.of("tc-qdisc", "tc-filter", "tc-action")) clean(route(kernel, c), kernel + "/" + c);
        assertTrue(Files.readString(dir(kernel).resolve("summary.txt")).contains("kernel " + kernel + "."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void everyQdiscKindIsThereWithItsOptionsDecoded(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-qdisc");
        Set<String> seen = new LinkedHashSet<>();
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWQDISC)) {
            String k = kind(m);
            seen.add(k);
            Optional<Field> o = m.field("TCA_OPTIONS");
            if (QDISCS.contains(k) && !NO_OPTIONS.contains(k)) {
                assertTrue(o.isPresent(), k + " has TCA_OPTIONS");
                Value.Nested n = assertInstanceOf(Value.Nested.class, o.get().value(), k + "'s options decoded, not bytes");
                assertFalse(n.fields().isEmpty(), k);
            }
        }
        for (String k : QDISCS) assertTrue(seen.contains(k), "a " + k + " qdisc from the kernel in " + kernel + "/tc-qdisc");
        // the classful ones' classes
        Set<String> classes = new LinkedHashSet<>();
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWTCLASS)) classes.add(kind(m));
        for (String k : List.of("htb", "drr", "hfsc", "ets", "qfq", "mq")) assertTrue(classes.contains(k), "a " + k + " class");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void qdiscOptionsAgreeWithTcJson(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-qdisc");
        int compared = 0;
        // iproute2 6.1 writes multiq's options into its JSON as text ("options":{bands 4/4 }): read as text
        String multiq = Files.readString(dir(kernel).resolve("tc-qdisc.qdisc.mq1.json"));
        Matcher bands = Pattern.compile("\\{bands (\\d+)/(\\d+) \\}").matcher(multiq);
        assertTrue(bands.find(), multiq);
        NetlinkMessage mq = qdisc(ms, "multiq", "1:");
        assertEquals(Long.parseLong(bands.group(1)), num(mq, "TCA_OPTIONS/bands"));
        assertEquals(Long.parseLong(bands.group(2)), num(mq, "TCA_OPTIONS/max_bands"));   // 4 tx queues
        for (String dev : List.of("dummy0", "dummy1", "mq0", "mq2", "mq3")) {
            for (JsonNode q : json(kernel, "tc-qdisc.qdisc." + dev + ".json")) {
                String k = q.path("kind").asText();
                JsonNode o = q.path("options");
                if (!QDISCS.contains(k) || k.equals("pfifo") && !q.path("handle").asText().equals("1e:")) continue;
                NetlinkMessage m = qdisc(ms, k, q.path("handle").asText());
                String w = kernel + " " + dev + " " + k;
                compared++;
                switch (k) {
                    case "htb" -> {
                        assertEquals(o.path("r2q").asLong(), num(m, "TCA_OPTIONS/TCA_HTB_INIT/rate2quantum"), w);
                        assertEquals(Long.decode(o.path("default").asText()), num(m, "TCA_OPTIONS/TCA_HTB_INIT/defcls"), w);
                        assertEquals(o.path("direct_qlen").asLong(), num(m, "TCA_OPTIONS/TCA_HTB_DIRECT_QLEN"), w);
                        assertEquals(3, num(m, "TCA_OPTIONS/TCA_HTB_INIT/version") >> 16, w);   // TC_HTB_PROTOVER, then the minor
                    }
                    case "netem" -> {
                        assertEquals(2000, o.path("limit").asLong());
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/tc_netem_qopt/limit"), w);
                        assertEquals(o.path("gap").asLong(), num(m, "TCA_OPTIONS/tc_netem_qopt/gap"), w);
                        // delay 100ms 10ms 25%: the 64-bit ns values; tc -j shows seconds
                        assertEquals(100_000_000L, num(m, "TCA_OPTIONS/TCA_NETEM_LATENCY64"), w);
                        assertEquals(o.path("delay").path("delay").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_LATENCY64") / 1e9, 1e-9, w);
                        assertEquals(o.path("delay").path("jitter").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_JITTER64") / 1e9, 1e-9, w);
                        assertEquals(o.path("delay").path("correlation").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_CORR/delay_corr") / TWO_32, 1e-6, w);
                        // loss 1.5%: a fraction of 2^32
                        assertEquals(0.015, num(m, "TCA_OPTIONS/tc_netem_qopt/loss") / TWO_32, 1e-6, w);
                        assertEquals(o.path("loss-random").path("loss").asDouble(), num(m, "TCA_OPTIONS/tc_netem_qopt/loss") / TWO_32, 1e-6, w);
                        assertEquals(o.path("duplicate").path("duplicate").asDouble(), num(m, "TCA_OPTIONS/tc_netem_qopt/duplicate") / TWO_32, 1e-6, w);
                        assertEquals(o.path("reorder").path("reorder").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_REORDER/probability") / TWO_32, 1e-6, w);
                        assertEquals(o.path("reorder").path("correlation").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_REORDER/correlation") / TWO_32, 1e-6, w);
                        assertEquals(o.path("corrupt").path("corrupt").asDouble(), num(m, "TCA_OPTIONS/TCA_NETEM_CORRUPT/probability") / TWO_32, 1e-6, w);
                        assertEquals(o.path("rate").path("rate").asLong(), num(m, "TCA_OPTIONS/TCA_NETEM_RATE/rate"), w);   // 5mbit
                    }
                    case "sfq" -> {
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/limit"), w);
                        assertEquals(o.path("quantum").asLong(), num(m, "TCA_OPTIONS/quantum"), w);
                        assertEquals(o.path("perturb").asLong(), num(m, "TCA_OPTIONS/perturb_period"), w);
                        assertEquals(o.path("depth").asLong(), num(m, "TCA_OPTIONS/depth"), w);
                        assertEquals(o.path("divisor").asLong(), num(m, "TCA_OPTIONS/divisor"), w);
                    }
                    case "tbf" -> {
                        assertEquals(o.path("rate").asLong(), num(m, "TCA_OPTIONS/TCA_TBF_PARMS/rate_rate"), w);   // 1mbit
                        // burst and minburst are times in psched ticks (64 ns: 15.625 per microsecond) at rate and peakrate
                        assertEquals(o.path("burst").asLong(), Math.round(num(m, "TCA_OPTIONS/TCA_TBF_PARMS/buffer") / 15.625
                                * num(m, "TCA_OPTIONS/TCA_TBF_PARMS/rate_rate") / 1e6), w);                       // 32kb
                        assertEquals(o.path("minburst").asLong(), Math.round(num(m, "TCA_OPTIONS/TCA_TBF_PARMS/mtu") / 15.625
                                * num(m, "TCA_OPTIONS/TCA_TBF_PARMS/peakrate_rate") / 1e6), w);                   // 1540
                        assertEquals(250000, num(m, "TCA_OPTIONS/TCA_TBF_PARMS/peakrate_rate"), w);               // peakrate 2mbit
                    }
                    case "red", "choke" -> {
                        String p = "TCA_OPTIONS/TCA_" + k.toUpperCase() + "_PARMS/";
                        assertEquals(o.path("limit").asLong(), num(m, p + "limit"), w);
                        assertEquals(o.path("min").asLong(), num(m, p + "qth_min"), w);
                        assertEquals(o.path("max").asLong(), num(m, p + "qth_max"), w);
                        if (k.equals("red")) {
                            Value.Flags fl = assertInstanceOf(Value.Flags.class, value(m, "TCA_OPTIONS/TCA_RED_FLAGS/value"));
                            assertEquals(o.path("ecn").asBoolean(), fl.names().contains("TC_RED_ECN"), w);
                        }
                    }
                    case "codel" -> {
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/TCA_CODEL_LIMIT"), w);
                        assertEquals(o.path("target").asLong(), num(m, "TCA_OPTIONS/TCA_CODEL_TARGET"), w);
                        assertEquals(o.path("interval").asLong(), num(m, "TCA_OPTIONS/TCA_CODEL_INTERVAL"), w);
                        assertEquals(o.path("ecn").asBoolean() ? 1 : 0, num(m, "TCA_OPTIONS/TCA_CODEL_ECN"), w);
                    }
                    case "pie" -> {
                        for (String a : List.of("limit", "target", "tupdate", "alpha", "beta"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_PIE_" + a.toUpperCase()), w + " " + a);
                        assertEquals(1, num(m, "TCA_OPTIONS/TCA_PIE_ECN"), w);
                    }
                    case "fq_pie" -> {
                        for (String a : List.of("limit", "flows", "target", "tupdate", "alpha", "beta", "quantum", "memory_limit", "ecn_prob"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_FQ_PIE_" + a.toUpperCase()), w + " " + a);
                    }
                    case "hhf" -> {
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/TCA_HHF_BACKLOG_LIMIT"), w);
                        assertEquals(o.path("hh_limit").asLong(), num(m, "TCA_OPTIONS/TCA_HHF_HH_FLOWS_LIMIT"), w);
                        for (String a : List.of("quantum", "reset_timeout", "admit_bytes", "evict_timeout", "non_hh_weight"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_HHF_" + a.toUpperCase()), w + " " + a);
                    }
                    case "fq" -> {
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_PLIMIT"), w);
                        assertEquals(o.path("flow_limit").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_FLOW_PLIMIT"), w);
                        assertEquals(o.path("quantum").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_QUANTUM"), w);
                        assertEquals(o.path("initial_quantum").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_INITIAL_QUANTUM"), w);
                        assertEquals(o.path("maxrate").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_FLOW_MAX_RATE"), w);   // 50mbit
                        assertEquals(o.path("buckets").asLong(), 1L << num(m, "TCA_OPTIONS/TCA_FQ_BUCKETS_LOG"), w);
                        assertEquals(o.path("orphan_mask").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_ORPHAN_MASK"), w);
                        assertInstanceOf(Value.Nested.class, value(m, "TCA_XSTATS"), w + ": tc_fq_qd_stats");
                    }
                    case "cake" -> {
                        assertEquals(o.path("bandwidth").asLong(), num(m, "TCA_OPTIONS/TCA_CAKE_BASE_RATE64"), w);   // 100mbit
                        assertEquals(o.path("rtt").asLong(), num(m, "TCA_OPTIONS/TCA_CAKE_RTT"), w);
                        assertEquals(o.path("overhead").asLong(), num(m, "TCA_OPTIONS/TCA_CAKE_OVERHEAD"), w);
                        assertEquals(o.path("mpu").asLong(), num(m, "TCA_OPTIONS/TCA_CAKE_MPU"), w);
                        assertEquals("CAKE_DIFFSERV_" + o.path("diffserv").asText().toUpperCase(), name(m, "TCA_OPTIONS/TCA_CAKE_DIFFSERV_MODE"), w);
                        assertEquals("CAKE_FLOW_TRIPLE", name(m, "TCA_OPTIONS/TCA_CAKE_FLOW_MODE"), w);   // triple-isolate
                        assertEquals("CAKE_ACK_FILTER", name(m, "TCA_OPTIONS/TCA_CAKE_ACK_FILTER"), w);
                        assertEquals(o.path("nat").asBoolean() ? 1 : 0, num(m, "TCA_OPTIONS/TCA_CAKE_NAT"), w);
                        // cake sends its statistics only as TCA_STATS_APP inside TCA_STATS2 (no TCA_XSTATS copy), read by TCA_KIND
                        assertTrue(m.field("TCA_XSTATS").isEmpty(), w);
                        assertEquals(o.path("bandwidth").asLong(), num(m, "TCA_STATS2/TCA_STATS_APP/TCA_CAKE_STATS_CAPACITY_ESTIMATE64"), w);
                        assertEquals(4, ((Value.Nested) value(m, "TCA_STATS2/TCA_STATS_APP/TCA_CAKE_STATS_TIN_STATS")).fields().size(),
                                w + ": diffserv4 has four tins");
                    }
                    case "sfb" -> {
                        for (String a : List.of("limit", "max", "penalty_rate", "penalty_burst"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_SFB_PARMS/" + a), w + " " + a);
                        assertEquals(o.path("target").asLong(), num(m, "TCA_OPTIONS/TCA_SFB_PARMS/bin_size"), w);
                    }
                    case "skbprio", "pfifo", "bfifo" -> assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/limit"), w);
                    case "fq_codel" -> {
                        for (String a : List.of("limit", "flows", "quantum", "target", "interval", "memory_limit"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_FQ_CODEL_" + a.toUpperCase()), w + " " + a);
                        assertEquals(o.path("drop_batch").asLong(), num(m, "TCA_OPTIONS/TCA_FQ_CODEL_DROP_BATCH_SIZE"), w);
                        assertEquals("TCA_FQ_CODEL_XSTATS_QDISC", name(m, "TCA_XSTATS/type"), w);
                        // the same bytes again inside TCA_STATS2, read by the message's TCA_KIND
                        assertEquals("TCA_FQ_CODEL_XSTATS_QDISC", name(m, "TCA_STATS2/TCA_STATS_APP/type"), w);
                        assertEquals(num(m, "TCA_XSTATS/maxpacket"), num(m, "TCA_STATS2/TCA_STATS_APP/maxpacket"), w);
                    }
                    case "gred" -> {
                        assertEquals(o.path("dp_cnt").asLong(), num(m, "TCA_OPTIONS/TCA_GRED_DPS/dps"), w);
                        assertEquals(o.path("dp_default").asLong(), num(m, "TCA_OPTIONS/TCA_GRED_DPS/def_dp"), w);
                        assertEquals(o.path("limit").asLong(), num(m, "TCA_OPTIONS/TCA_GRED_LIMIT"), w);
                        assertEquals(o.path("vqs").get(0).path("vq").asLong(),
                                num(m, "TCA_OPTIONS/TCA_GRED_VQ_LIST/TCA_GRED_VQ_ENTRY/TCA_GRED_VQ_DP"), w);
                        assertEquals(16, ((Value.Nested) value(m, "TCA_OPTIONS/TCA_GRED_PARMS")).fields().size(), w + ": MAX_DPS queues");
                        for (JsonNode vq : o.path("vqs")) {   // TCA_GRED_PARMS: one struct tc_gred_qopt per virtual queue
                            String vqAt = "TCA_OPTIONS/TCA_GRED_PARMS/[" + vq.path("vq").asInt() + "]/";
                            assertEquals(vq.path("vq").asLong(), num(m, vqAt + "dp"), w);
                            assertEquals(vq.path("prio").asLong(), num(m, vqAt + "prio"), w);
                            assertEquals(vq.path("limit").asLong(), num(m, vqAt + "limit"), w);
                            assertEquals(vq.path("min").asLong(), num(m, vqAt + "qth_min"), w);
                            assertEquals(vq.path("max").asLong(), num(m, vqAt + "qth_max"), w);
                        }
                    }
                    case "taprio" -> {
                        assertEquals(o.path("base_time").asLong(), num(m, "TCA_OPTIONS/TCA_TAPRIO_ATTR_SCHED_BASE_TIME"), w);
                        assertEquals(o.path("cycle_time").asLong(), num(m, "TCA_OPTIONS/TCA_TAPRIO_ATTR_SCHED_CYCLE_TIME"), w);
                        assertEquals(11, num(m, "TCA_OPTIONS/TCA_TAPRIO_ATTR_SCHED_CLOCKID"), w);   // CLOCK_TAI
                        assertEquals(o.path("tc").asLong(), num(m, "TCA_OPTIONS/TCA_TAPRIO_ATTR_PRIOMAP/num_tc"), w);
                        List<Field> entries = at(m, "TCA_OPTIONS/TCA_TAPRIO_ATTR_SCHED_ENTRY_LIST").orElseThrow().children();
                        assertEquals(o.path("schedule").size(), entries.size(), w);
                        for (int i = 0; i < entries.size(); i++) {
                            JsonNode e = o.path("schedule").get(i);
                            assertEquals(e.path("interval").asLong(), num(entries.get(i), "TCA_TAPRIO_SCHED_ENTRY_INTERVAL"), w);
                            assertEquals(Long.decode(e.path("gatemask").asText()), num(entries.get(i), "TCA_TAPRIO_SCHED_ENTRY_GATE_MASK"), w);
                            assertEquals("TC_TAPRIO_CMD_SET_GATES", text(value(entries.get(i), "TCA_TAPRIO_SCHED_ENTRY_CMD")), w);
                        }
                    }
                    case "mqprio" -> {
                        // struct tc_mqprio_qopt, then TCA_MQPRIO_* (-nl-then)
                        assertEquals(o.path("tc").asLong(), num(m, "TCA_OPTIONS/tc_mqprio_qopt/num_tc"), w);
                        String mqo = "TCA_OPTIONS/tc_mqprio_qopt/";
                        for (int i = 0; i < 16; i++) assertEquals(o.path("map").get(i).asLong(), num(m, mqo + "prio_tc_map/[" + i + "]"), w + " map " + i);
                        int tcs = (int) num(m, mqo + "num_tc");
                        assertEquals(tcs + 1, ((Value.Nested) value(m, mqo + "count")).fields().size(), w + ": num_tc entries, then unused");
                        for (int i = 0; i < tcs; i++) {   // queues 1@0 1@1; tc -j: [first, last] queue of each class
                            long offset = num(m, mqo + "offset/[" + i + "]"), count = num(m, mqo + "count/[" + i + "]");
                            assertEquals(o.path("queues").get(i).get(0).asLong(), offset, w);
                            assertEquals(o.path("queues").get(i).get(1).asLong(), offset + count - 1, w);
                        }
                        assertTrue(at(m, "TCA_OPTIONS/TCA_MQPRIO_TC_ENTRY").isPresent() || kernel.equals("6.12"), w);
                    }
                    case "cbs" -> {
                        for (String a : List.of("hicredit", "locredit", "sendslope", "idleslope", "offload"))
                            assertEquals(o.path(a).asLong(), num(m, "TCA_OPTIONS/TCA_CBS_PARMS/" + a), w + " " + a);
                    }
                    case "etf" -> {
                        assertEquals(o.path("delta").asLong(), num(m, "TCA_OPTIONS/TCA_ETF_PARMS/delta"), w);
                        assertEquals(11, num(m, "TCA_OPTIONS/TCA_ETF_PARMS/clockid"), w);
                    }
                    default -> compared--;
                }
            }
        }
        assertTrue(compared >= 26, "qdiscs compared with tc -j: " + compared);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void theClassfulQdiscsOfDummy2AgreeWithTcsText(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-qdisc");
        String shown = Files.readString(dir(kernel).resolve("tc-qdisc.qdisc.dummy2.txt"));
        assertTrue(shown.contains("qdisc hfsc 3: parent 1:2 default 10"), shown);
        assertEquals(0x10, num(qdisc(ms, "hfsc", "3:"), "TCA_OPTIONS/defcls"));   // struct tc_hfsc_qopt
        assertTrue(shown.contains("qdisc ets 4: parent 1:3 bands 4 strict 1 quanta 1000 2000 3000 priomap 0 1 2 3"), shown);
        NetlinkMessage ets = qdisc(ms, "ets", "4:");
        assertEquals(4, num(ets, "TCA_OPTIONS/TCA_ETS_NBANDS"));
        assertEquals(1, num(ets, "TCA_OPTIONS/TCA_ETS_NSTRICT"));
        List<Long> quanta = at(ets, "TCA_OPTIONS/TCA_ETS_QUANTA").orElseThrow().children().stream().map(f -> num(f.value())).toList();
        assertEquals(List.of(1000L, 2000L, 3000L), quanta);
        assertTrue(shown.contains("qdisc prio 1: root refcnt 2 bands 4 priomap 1 2 2 2 1 2 0 0 1 1 1 1 1 1 1 1"), shown);
        NetlinkMessage prio = qdisc(ms, "prio", "1:");
        assertEquals(4, num(prio, "TCA_OPTIONS/tc_prio_qopt_compat/bands"));
        int[] bands = {1, 2, 2, 2, 1, 2, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1};
        for (int i = 0; i < 16; i++) assertEquals(bands[i], num(prio, "TCA_OPTIONS/tc_prio_qopt_compat/priomap/[" + i + "]"), "priority " + i);
    }

    private static final Pattern HTB_CLASS = Pattern.compile(
            "class htb (\\S+) (?:root|parent \\S+) (?:leaf \\S+ )?(?:prio (\\d+) quantum (\\d+) )?rate (\\d+)([KM]?)bit ceil (\\d+)([KM]?)bit[^\\n]*\\n(?:[^\\n]*\\n){2} lended: (\\d+) borrowed: (\\d+) giants: (\\d+)\\n tokens: (-?\\d+) ctokens: (-?\\d+)");

    private static long bits(String n, String unit) {
        return Long.parseLong(n) * (unit.equals("M") ? 1_000_000 : unit.equals("K") ? 1000 : 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void classesAgreeWithTheCommandsAndTcsText(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-qdisc");
        List<NetlinkMessage> classes = fromKernel(ms, RTM_NEWTCLASS);
        // tc -s -d class show dev dummy0: one htb class per block; the last dump of each class is what it showed
        Matcher x = HTB_CLASS.matcher(Files.readString(dir(kernel).resolve("tc-qdisc.class.dummy0.txt")));
        int n = 0;
        while (x.find()) {
            n++;
            String id = x.group(1);
            NetlinkMessage c = null;
            for (NetlinkMessage m : classes) if (kind(m).equals("htb") && handle(num(m, "tcmsg/tcm_handle")).equals(id)
                    && num(m, "tcmsg/tcm_ifindex") == num(classes.get(0), "tcmsg/tcm_ifindex")) c = m;
            assertTrue(c != null, "htb class " + id);
            if (x.group(2) != null) {   // a leaf class (an inner one, 1:1, shows neither)
                assertEquals(Long.parseLong(x.group(2)), num(c, "TCA_OPTIONS/TCA_HTB_PARMS/prio"), id);
                assertEquals(Long.parseLong(x.group(3)), num(c, "TCA_OPTIONS/TCA_HTB_PARMS/quantum"), id);
            }
            assertEquals(bits(x.group(4), x.group(5)) / 8, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/rate_rate"), id);
            assertEquals(bits(x.group(6), x.group(7)) / 8, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/ceil_rate"), id);
            assertEquals(Long.parseLong(x.group(8)), num(c, "TCA_XSTATS/lends"), id);
            assertEquals(Long.parseLong(x.group(9)), num(c, "TCA_XSTATS/borrows"), id);
            assertEquals(Long.parseLong(x.group(10)), num(c, "TCA_XSTATS/giants"), id);
            assertEquals(Long.parseLong(x.group(11)), num(c, "TCA_XSTATS/tokens"), id);
            assertEquals(Long.parseLong(x.group(12)), num(c, "TCA_XSTATS/ctokens"), id);
            if (id.equals("1:10")) {   // class add ... classid 1:10 htb rate 5mbit ceil 10mbit prio 2 quantum 3000
                assertEquals(625_000, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/rate_rate"));
                assertEquals(1_250_000, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/ceil_rate"));
                assertEquals(2, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/prio"));
                assertEquals(3000, num(c, "TCA_OPTIONS/TCA_HTB_PARMS/quantum"));
                assertEquals("TC_LINKLAYER_ETHERNET", name(c, "TCA_OPTIONS/TCA_HTB_PARMS/rate_linklayer"));
            }
        }
        assertEquals(19, n, "htb classes in tc's text: 1:1, 1:10 ... 1:21");
        // dummy2's classes: drr quantum 1500, hfsc sc rate 1mbit ul rate 2mbit, qfq weight 10 maxpkt 1500
        String shown = Files.readString(dir(kernel).resolve("tc-qdisc.class.dummy2.txt"));
        NetlinkMessage drr = null, hfsc = null, qfq = null;
        for (NetlinkMessage m : classes) {
            String id = handle(num(m, "tcmsg/tcm_handle"));
            if (kind(m).equals("drr") && id.equals("2:1")) drr = m;
            if (kind(m).equals("hfsc") && id.equals("3:10")) hfsc = m;
            if (kind(m).equals("qfq") && id.equals("5:1")) qfq = m;
        }
        assertTrue(drr != null && hfsc != null && qfq != null);
        assertTrue(shown.contains("class drr 2:1 root quantum 1500b"), shown);
        assertEquals(1500, num(drr, "TCA_OPTIONS/TCA_DRR_QUANTUM"));
        assertInstanceOf(Value.Nested.class, value(drr, "TCA_XSTATS"), "tc_drr_stats");
        assertEquals(125_000, num(hfsc, "TCA_OPTIONS/TCA_HFSC_RSC/m2"));
        assertEquals(125_000, num(hfsc, "TCA_OPTIONS/TCA_HFSC_FSC/m2"));
        assertEquals(250_000, num(hfsc, "TCA_OPTIONS/TCA_HFSC_USC/m2"));
        assertTrue(shown.contains("class qfq 5:1 root weight 10 maxpkt 1500"), shown);
        assertEquals(10, num(qfq, "TCA_OPTIONS/TCA_QFQ_WEIGHT"));
        assertEquals(1500, num(qfq, "TCA_OPTIONS/TCA_QFQ_LMAX"));
        assertEquals(10, num(qfq, "TCA_XSTATS/weight"));
        assertEquals(1500, num(qfq, "TCA_XSTATS/lmax"));
    }

    /** The last filter the kernel sent with this kind and preference (tcm_info's upper 16 bits). */
    private static NetlinkMessage filter(List<NetlinkMessage> ms, String kind, int pref) {
        NetlinkMessage found = null;
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWTFILTER))
            if (kind(m).equals(kind) && (num(m, "tcmsg/tcm_info") >>> 16) == pref && m.field("TCA_OPTIONS").isPresent()
                    && !at(m, "TCA_OPTIONS").orElseThrow().children().isEmpty()) found = m;
        if (found == null) throw new AssertionError("no " + kind + " filter pref " + pref + " from the kernel");
        return found;
    }

    private static Field action(NetlinkMessage m, String list, int order) {
        return at(m, "TCA_OPTIONS/" + list + "/[" + order + "]").orElseThrow(() -> new AssertionError("no action " + order + " in " + list));
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void filtersAgreeWithTcJsonAndTheCommands(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-filter");
        Set<String> seen = new LinkedHashSet<>();
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWTFILTER)) seen.add(kind(m));
        for (String k : CLASSIFIERS) assertTrue(seen.contains(k), "a " + k + " filter from the kernel");

        Map<Integer, JsonNode> byPref = new java.util.HashMap<>();
        for (JsonNode f : json(kernel, "tc-filter.f0-ingress.json")) if (f.has("options")) byPref.put(f.path("pref").asInt(), f.path("options"));
        // pref 10: flower src_ip 192.0.2.0/24 dst_ip 198.51.100.7 ip_proto tcp dst_port 80 src_port 1024 skip_hw action gact drop
        NetlinkMessage f10 = filter(ms, "flower", 10);
        JsonNode k10 = byPref.get(10).path("keys");
        assertEquals(k10.path("src_ip").asText(), text(value(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_IPV4_SRC")) + "/24");
        assertEquals("255.255.255.0", text(value(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_IPV4_SRC_MASK")));
        assertEquals(k10.path("dst_ip").asText(), text(value(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_IPV4_DST")));
        assertEquals("IPPROTO_" + k10.path("ip_proto").asText().toUpperCase(), name(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_IP_PROTO"));
        assertEquals(k10.path("dst_port").asLong(), num(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_TCP_DST"));
        assertEquals(k10.path("src_port").asLong(), num(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_TCP_SRC"));
        assertEquals("ETH_P_IP", name(f10, "TCA_OPTIONS/TCA_FLOWER_KEY_ETH_TYPE"));
        assertTrue(((Value.Flags) value(f10, "TCA_OPTIONS/TCA_FLOWER_FLAGS")).names().contains("TCA_CLS_FLAGS_SKIP_HW"));
        Field drop = action(f10, "TCA_FLOWER_ACT", 1);
        assertEquals("gact", text(value(drop, "TCA_ACT_KIND")));
        assertEquals("TC_ACT_SHOT", text(value(drop, "TCA_ACT_OPTIONS/TCA_GACT_PARMS/action")));
        assertEquals(byPref.get(10).path("actions").get(0).path("index").asLong(), num(drop, "TCA_ACT_OPTIONS/TCA_GACT_PARMS/index"));
        // pref 11: 802.1Q flower vlan_id 100 vlan_prio 3 vlan_ethtype ipv4 dst_mac 02:00:00:00:00:01 action vlan pop action mirred egress redirect dev f1
        NetlinkMessage f11 = filter(ms, "flower", 11);
        JsonNode k11 = byPref.get(11).path("keys");
        assertEquals(k11.path("vlan_id").asLong(), num(f11, "TCA_OPTIONS/TCA_FLOWER_KEY_VLAN_ID"));
        assertEquals(k11.path("vlan_prio").asLong(), num(f11, "TCA_OPTIONS/TCA_FLOWER_KEY_VLAN_PRIO"));
        assertEquals(k11.path("dst_mac").asText(), text(value(f11, "TCA_OPTIONS/TCA_FLOWER_KEY_ETH_DST")));
        assertEquals("ETH_P_IP", name(f11, "TCA_OPTIONS/TCA_FLOWER_KEY_VLAN_ETH_TYPE"));
        assertEquals("TCA_VLAN_ACT_POP", text(value(action(f11, "TCA_FLOWER_ACT", 1), "TCA_ACT_OPTIONS/TCA_VLAN_PARMS/v_action")));
        Field mirred = action(f11, "TCA_FLOWER_ACT", 2);
        assertEquals("mirred", text(value(mirred, "TCA_ACT_KIND")));
        assertEquals("TCA_EGRESS_REDIR", text(value(mirred, "TCA_ACT_OPTIONS/TCA_MIRRED_PARMS/eaction")));
        assertEquals("TC_ACT_STOLEN", text(value(mirred, "TCA_ACT_OPTIONS/TCA_MIRRED_PARMS/action")));
        // pref 12: ipv6 flower dst_ip 2001:db8::/32 ip_proto udp dst_port 4789 ip_tos 0x10/0xfc ip_ttl 64 action skbedit mark 0x77
        NetlinkMessage f12 = filter(ms, "flower", 12);
        JsonNode k12 = byPref.get(12).path("keys");
        assertEquals(k12.path("dst_ip").asText(), text(value(f12, "TCA_OPTIONS/TCA_FLOWER_KEY_IPV6_DST")) + "/32");
        assertEquals(k12.path("dst_port").asLong(), num(f12, "TCA_OPTIONS/TCA_FLOWER_KEY_UDP_DST"));
        assertEquals(0x10, num(f12, "TCA_OPTIONS/TCA_FLOWER_KEY_IP_TOS"));
        assertEquals(0xfc, num(f12, "TCA_OPTIONS/TCA_FLOWER_KEY_IP_TOS_MASK"));
        assertEquals(64, num(f12, "TCA_OPTIONS/TCA_FLOWER_KEY_IP_TTL"));
        assertEquals(0x77, num(action(f12, "TCA_FLOWER_ACT", 1), "TCA_ACT_OPTIONS/TCA_SKBEDIT_MARK"));
        // pref 20: u32 match ip src 10.0.0.0/8 match ip dport 22 0xffff action pass: two keys of struct tc_u32_key
        NetlinkMessage u32 = filter(ms, "u32", 20);
        assertEquals(2, num(u32, "TCA_OPTIONS/TCA_U32_SEL/nkeys"));
        assertEquals(0xff000000L, num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[0]/mask"));   // big-endian
        assertEquals(0x0a000000L, num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[0]/val"));    // 10.0.0.0
        assertEquals(12, num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[0]/off"));              // the source address
        JsonNode match = byPref.get(20).path("match");   // iproute2 shows the last key
        assertEquals(Long.parseLong(match.path("mask").asText(), 16), num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[1]/mask"));
        assertEquals(Long.parseLong(match.path("value").asText(), 16), num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[1]/val"));
        assertEquals(match.path("off").asInt(), num(u32, "TCA_OPTIONS/TCA_U32_SEL/keys/[1]/off"));
        assertEquals("TC_ACT_OK", text(value(action(u32, "TCA_U32_ACT", 1), "TCA_ACT_OPTIONS/TCA_GACT_PARMS/action")));
        // pref 50: bpf bytecode '1,6 0 0 4294967295,': one struct sock_filter {code 6, jt 0, jf 0, k 0xffffffff}
        NetlinkMessage bpf = filter(ms, "bpf", 50);
        assertEquals(1, num(bpf, "TCA_OPTIONS/TCA_BPF_OPS_LEN"));
        assertArrayEquals(new byte[]{6, 0, 0, 0, -1, -1, -1, -1}, ((Value.Raw) value(bpf, "TCA_OPTIONS/TCA_BPF_OPS")).bytes());
        assertEquals("TC_ACT_OK", text(value(action(filter(ms, "basic", 40), "TCA_BASIC_ACT", 1), "TCA_ACT_OPTIONS/TCA_GACT_PARMS/action")));

        // egress pref 30: matchall action police rate 1mbit burst 10k drop
        NetlinkMessage ma = filter(ms, "matchall", 30);
        JsonNode pol = json(kernel, "tc-filter.f0-egress.json").get(1).path("options").path("actions").get(0);
        Field police = action(ma, "TCA_MATCHALL_ACT", 1);
        assertEquals(pol.path("kind").asText(), text(value(police, "TCA_ACT_KIND")));
        assertEquals(pol.path("index").asLong(), num(police, "TCA_ACT_OPTIONS/TCA_POLICE_TBF/index"));
        assertEquals("TC_ACT_SHOT", text(value(police, "TCA_ACT_OPTIONS/TCA_POLICE_TBF/action")));
        long rate = num(police, "TCA_ACT_OPTIONS/TCA_POLICE_TBF/rate_rate");
        assertEquals(125_000, rate);   // 1mbit in bytes per second
        // the burst is a time in psched ticks (64 ns: 15.625 per microsecond): 10k bytes at that rate
        assertEquals(10 * 1024, Math.round(num(police, "TCA_ACT_OPTIONS/TCA_POLICE_TBF/burst") / 15.625 * rate / 1e6));

        // prio 1: on f1 (iproute2 6.1's JSON of these four is broken; the command line is the oracle)
        assertEquals(0x10002, num(filter(ms, "fw", 1), "TCA_OPTIONS/TCA_FW_CLASSID"));   // handle 6 fw classid 1:2
        NetlinkMessage rt = filter(ms, "route", 2);                                    // route to 10 classid 1:1
        assertEquals(10, num(rt, "TCA_OPTIONS/TCA_ROUTE4_TO"));
        assertEquals(0x10001, num(rt, "TCA_OPTIONS/TCA_ROUTE4_CLASSID"));
        NetlinkMessage flow = filter(ms, "flow", 3);                                   // flow hash keys src,dst divisor 1024 baseclass 1:1
        assertEquals(List.of("FLOW_KEY_SRC", "FLOW_KEY_DST"), ((Value.Flags) value(flow, "TCA_OPTIONS/TCA_FLOW_KEYS")).names());
        assertEquals("FLOW_MODE_HASH", name(flow, "TCA_OPTIONS/TCA_FLOW_MODE"));
        assertEquals(1024, num(flow, "TCA_OPTIONS/TCA_FLOW_DIVISOR"));
        assertEquals(0x10001, num(flow, "TCA_OPTIONS/TCA_FLOW_BASECLASS"));

        // chain 5 (tc chain add ... chain 5) and the shared blocks of f2 (ingress_block 22 egress_block 23)
        assertTrue(fromKernel(ms, RTM_NEWCHAIN).stream().anyMatch(m -> m.field("TCA_CHAIN").map(f -> num(f.value()) == 5).orElse(false)));
        assertEquals(5, json(kernel, "tc-filter.f0-chains.json").get(1).path("chain").asLong());
        JsonNode clsact = json(kernel, "tc-filter.f2-qdisc.json").get(1);
        NetlinkMessage blocks = null;
        for (NetlinkMessage m : fromKernel(ms, RTM_NEWQDISC)) if (m.field("TCA_INGRESS_BLOCK").isPresent()) blocks = m;
        assertTrue(blocks != null, "a clsact with shared blocks");
        assertEquals(clsact.path("ingress_block").asLong(), num(blocks, "TCA_INGRESS_BLOCK"));
        assertEquals(clsact.path("egress_block").asLong(), num(blocks, "TCA_EGRESS_BLOCK"));
    }

    /** The standalone actions the kernel listed (tc actions ls: RTM_GETACTION dump parts), by kind and index. */
    private static Field listed(List<NetlinkMessage> ms, String kind, long index) {
        Field found = null;
        for (NetlinkMessage m : fromKernel(ms, RTM_GETACTION))
            for (Field a : m.field("TCA_ROOT_TAB").map(Field::children).orElse(List.of()))
                if (text(value(a, "TCA_ACT_KIND")).equals(kind) && num(parms(a), "index") == index) found = a;
        if (found == null) throw new AssertionError("no " + kind + " action " + index + " listed by the kernel");
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void standaloneActionsAgreeWithTcJsonAndTheCommands(String kernel) throws Exception {
        List<NetlinkMessage> ms = route(kernel, "tc-action");
        assertTrue(ms.stream().anyMatch(m -> m.type() == RTM_NEWACTION), "RTM_NEWACTION requests");
        for (String k : ACTIONS) {
            if (k.equals("simple") || k.equals("skbmod")) {   // iproute2 6.1 writes these two into its JSON as text: read as text
                String shown = Files.readString(dir(kernel).resolve("tc-action." + k + ".json"));
                Matcher ix = Pattern.compile("index (\\d+) ref").matcher(shown);
                assertTrue(ix.find(), shown);
                listed(ms, k, Long.parseLong(ix.group(1)));
                assertTrue(shown.contains(k.equals("simple") ? "Simple <hello>" : "set smac 02:00:00:00:00:03"), shown);
                continue;
            }
            JsonNode acts = json(kernel, "tc-action." + k + ".json").get(1).path("actions");
            assertTrue(acts.size() > 0, k + ": tc -j actions ls lists it");
            for (JsonNode a : acts) {
                Field f = listed(ms, k, a.path("index").asLong());
                Field opts = at(f, "TCA_ACT_OPTIONS").orElseThrow();
                assertInstanceOf(Value.Nested.class, opts.value(), k + ": options decoded");
                assertTrue(at(f, "TCA_ACT_STATS/TCA_STATS_BASIC/bytes").isPresent(), k);
                if (a.has("control_action"))
                    assertEquals(a.path("control_action").path("type").asText(), verdict(f), k + " " + a.path("index"));
            }
        }
        // tc actions add action gact drop index 5; and tc -j actions get action gact index 5
        Field g5 = listed(ms, "gact", 5);
        assertEquals(5, json(kernel, "tc-action.gact-5.json").get(1).path("actions").get(0).path("index").asLong());
        assertEquals("TC_ACT_SHOT", text(value(g5, "TCA_ACT_OPTIONS/TCA_GACT_PARMS/action")));
        // gact pass random determ drop 10 index 6
        Field g6 = listed(ms, "gact", 6);
        assertEquals("PGACT_DETERM", text(value(g6, "TCA_ACT_OPTIONS/TCA_GACT_PROB/ptype")));
        assertEquals(10, num(g6, "TCA_ACT_OPTIONS/TCA_GACT_PROB/pval"));
        assertEquals("TC_ACT_SHOT", text(value(g6, "TCA_ACT_OPTIONS/TCA_GACT_PROB/paction")));
        assertEquals("TC_ACT_OK", text(value(g6, "TCA_ACT_OPTIONS/TCA_GACT_PARMS/action")));
        assertEquals("TCA_EGRESS_REDIR", text(value(listed(ms, "mirred", 7), "TCA_ACT_OPTIONS/TCA_MIRRED_PARMS/eaction")));
        assertEquals(250_000, num(listed(ms, "police", 8), "TCA_ACT_OPTIONS/TCA_POLICE_TBF/rate_rate"));   // 2mbit
        Field pedit = listed(ms, "pedit", 9);   // munge ip ttl set 10: one key, val 10 in the ttl byte
        assertEquals(1, num(pedit, "TCA_ACT_OPTIONS/TCA_PEDIT_PARMS/nkeys"));
        JsonNode pk = json(kernel, "tc-action.pedit.json").findValue("keys").get(0);   // tc -j actions ls action pedit
        assertEquals(pk.path("offset").asLong(), num(pedit, "TCA_ACT_OPTIONS/TCA_PEDIT_PARMS/keys/[0]/off"));
        assertEquals(Long.parseLong(pk.path("val").asText(), 16), num(pedit, "TCA_ACT_OPTIONS/TCA_PEDIT_PARMS/keys/[0]/val"));
        assertEquals(Long.parseLong(pk.path("mask").asText(), 16), num(pedit, "TCA_ACT_OPTIONS/TCA_PEDIT_PARMS/keys/[0]/mask"));
        Field vlan = listed(ms, "vlan", 10);    // push id 123 protocol 802.1q priority 4
        assertEquals("TCA_VLAN_ACT_PUSH", text(value(vlan, "TCA_ACT_OPTIONS/TCA_VLAN_PARMS/v_action")));
        assertEquals(123, num(vlan, "TCA_ACT_OPTIONS/TCA_VLAN_PUSH_VLAN_ID"));
        assertEquals("ETH_P_8021Q", text(value(vlan, "TCA_ACT_OPTIONS/TCA_VLAN_PUSH_VLAN_PROTOCOL")));
        assertEquals(4, num(vlan, "TCA_ACT_OPTIONS/TCA_VLAN_PUSH_VLAN_PRIORITY"));
        Field skbedit = listed(ms, "skbedit", 11);   // mark 0x42 priority 1:2
        assertEquals(0x42, num(skbedit, "TCA_ACT_OPTIONS/TCA_SKBEDIT_MARK"));
        assertEquals(0x10002, num(skbedit, "TCA_ACT_OPTIONS/TCA_SKBEDIT_PRIORITY"));
        Field tk = listed(ms, "tunnel_key", 12);     // set src_ip 192.0.2.1 dst_ip 192.0.2.2 id 42 dst_port 4789
        JsonNode tkj = json(kernel, "tc-action.tunnel_key.json").get(1).path("actions").get(0);
        assertEquals(tkj.path("src_ip").asText(), text(value(tk, "TCA_ACT_OPTIONS/TCA_TUNNEL_KEY_ENC_IPV4_SRC")));
        assertEquals(tkj.path("dst_ip").asText(), text(value(tk, "TCA_ACT_OPTIONS/TCA_TUNNEL_KEY_ENC_IPV4_DST")));
        assertEquals(tkj.path("key_id").asLong(), num(tk, "TCA_ACT_OPTIONS/TCA_TUNNEL_KEY_ENC_KEY_ID"));
        assertEquals(tkj.path("dst_port").asLong(), num(tk, "TCA_ACT_OPTIONS/TCA_TUNNEL_KEY_ENC_DST_PORT"));
        assertEquals(List.of("TCA_CSUM_UPDATE_FLAG_IPV4HDR", "TCA_CSUM_UPDATE_FLAG_TCP"),
                ((Value.Flags) value(listed(ms, "csum", 13), "TCA_ACT_OPTIONS/TCA_CSUM_PARMS/update_flags")).names());   // csum iph tcp
        Field nat = listed(ms, "nat", 14);           // nat ingress 192.0.2.1 198.51.100.1
        assertEquals("192.0.2.1", text(value(nat, "TCA_ACT_OPTIONS/TCA_NAT_PARMS/old_addr")));
        assertEquals("198.51.100.1", text(value(nat, "TCA_ACT_OPTIONS/TCA_NAT_PARMS/new_addr")));
        assertEquals("255.255.255.255", text(value(nat, "TCA_ACT_OPTIONS/TCA_NAT_PARMS/mask")));
        assertEquals(3, num(listed(ms, "connmark", 15), "TCA_ACT_OPTIONS/TCA_CONNMARK_PARMS/zone"));
        Field ct = listed(ms, "ct", 16);             // ct zone 7 commit mark 0x5
        assertEquals(7, num(ct, "TCA_ACT_OPTIONS/TCA_CT_ZONE"));
        assertEquals(5, num(ct, "TCA_ACT_OPTIONS/TCA_CT_MARK"));
        assertTrue(((Value.Flags) value(ct, "TCA_ACT_OPTIONS/TCA_CT_ACTION")).names().contains("TCA_CT_ACT_COMMIT"));
        Field sample = listed(ms, "sample", 17);     // rate 100 group 5 trunc 128
        assertEquals(100, num(sample, "TCA_ACT_OPTIONS/TCA_SAMPLE_RATE"));
        assertEquals(5, num(sample, "TCA_ACT_OPTIONS/TCA_SAMPLE_PSAMPLE_GROUP"));
        assertEquals(128, num(sample, "TCA_ACT_OPTIONS/TCA_SAMPLE_TRUNC_SIZE"));
        Field ife = listed(ms, "ife", 18);           // encode allow mark dst 02:00:00:00:00:02
        assertEquals("IFE_ENCODE", text(value(ife, "TCA_ACT_OPTIONS/TCA_IFE_PARMS/flags")));
        assertEquals("02:00:00:00:00:02", text(value(ife, "TCA_ACT_OPTIONS/TCA_IFE_DMAC")));
        assertEquals(0xED3E, num(ife, "TCA_ACT_OPTIONS/TCA_IFE_TYPE"));   // the commands log: "IFE type 0xED3E"
        assertTrue(at(ife, "TCA_ACT_OPTIONS/TCA_IFE_METALST/IFE_META_SKBMARK").isPresent());
        Field mpls = listed(ms, "mpls", 19);         // push label 100 tc 3 ttl 64
        assertEquals("TCA_MPLS_ACT_PUSH", text(value(mpls, "TCA_ACT_OPTIONS/TCA_MPLS_PARMS/m_action")));
        assertEquals(100, num(mpls, "TCA_ACT_OPTIONS/TCA_MPLS_LABEL"));
        assertEquals(3, num(mpls, "TCA_ACT_OPTIONS/TCA_MPLS_TC"));
        assertEquals(64, num(mpls, "TCA_ACT_OPTIONS/TCA_MPLS_TTL"));
        Field gate = listed(ms, "gate", 20);         // clockid CLOCK_TAI sched-entry open 200000000 ... close 100000000
        assertEquals(11, num(gate, "TCA_ACT_OPTIONS/TCA_GATE_CLOCKID"));
        List<Field> entries = at(gate, "TCA_ACT_OPTIONS/TCA_GATE_ENTRY_LIST").orElseThrow().children();
        assertEquals(2, entries.size());
        assertEquals(200_000_000, num(entries.get(0), "TCA_GATE_ENTRY_INTERVAL"));
        assertTrue(at(entries.get(0), "TCA_GATE_ENTRY_GATE").isPresent(), "open");
        assertEquals(100_000_000, num(entries.get(1), "TCA_GATE_ENTRY_INTERVAL"));
        assertTrue(at(entries.get(1), "TCA_GATE_ENTRY_GATE").isEmpty(), "close");
        assertEquals(300_000_000, num(gate, "TCA_ACT_OPTIONS/TCA_GATE_CYCLE_TIME"));
        assertEquals("hello", text(value(listed(ms, "simple", 21), "TCA_ACT_OPTIONS/TCA_DEF_DATA")));
        assertArrayEquals(new byte[]{6, 0, 0, 0, -1, -1, -1, -1}, ((Value.Raw) value(listed(ms, "bpf", 22), "TCA_ACT_OPTIONS/TCA_ACT_BPF_OPS")).bytes());
        Field skbmod = listed(ms, "skbmod", 23);     // set smac 02:00:00:00:00:03
        assertEquals("02:00:00:00:00:03", text(value(skbmod, "TCA_ACT_OPTIONS/TCA_SKBMOD_SMAC")));
        assertEquals(List.of("SKBMOD_F_SMAC"), ((Value.Flags) value(skbmod, "TCA_ACT_OPTIONS/TCA_SKBMOD_PARMS/flags")).names());
    }

    /** The struct with tc_gen of an action (its *_PARMS, police's TCA_POLICE_TBF). */
    private static Field parms(Field action) {
        for (Field f : at(action, "TCA_ACT_OPTIONS").orElseThrow().children())
            if (f.name().endsWith("_PARMS") || f.name().equals("TCA_POLICE_TBF") || f.name().equals("TCA_CTINFO_ACT")) return f;
        throw new AssertionError("no parms in " + action.name());
    }

    /** iproute2's word for an action's verdict (tc_gen's action, or police's). */
    private static String verdict(Field action) {
        String v = text(value(parms(action), "action"));
        return switch (v) {
            case "TC_ACT_OK" -> "pass";
            case "TC_ACT_SHOT" -> "drop";
            case "TC_ACT_PIPE" -> "pipe";
            case "TC_ACT_STOLEN" -> "stolen";
            case "TC_ACT_RECLASSIFY" -> "reclassify";
            case "TC_ACT_UNSPEC" -> "continue";
            default -> v;
        };
    }
}
