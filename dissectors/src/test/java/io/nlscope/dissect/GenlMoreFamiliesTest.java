package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static org.junit.jupiter.api.Assertions.*;

/**
 * The TASKSTATS, mptcp_pm, team and thermal generic netlink families. No testdata capture uses
 * them (genl-ctrl.pcap only announces thermal, mptcp_pm and TASKSTATS), so the messages are
 * built here as the kernel and the named programs lay them out, with family ids given the way
 * a user gives them (the ids genl-ctrl.pcap's `genl ctrl list` printed where it has them).
 */
class GenlMoreFamiliesTest {
    private static final int GENERIC = 16;
    private static final int TASKSTATS = 0x1f, MPTCP_PM = 0x1c, THERMAL = 0x13, TEAM = 0x20;
    private static final Set<String> MINE = Set.of("TASKSTATS", "mptcp_pm", "team", "thermal");
    private static final int NLM_F_REQUEST = 0x1, NLM_F_ACK = 0x4, NLM_F_MULTI = 0x2, NLM_F_DUMP = 0x300;

    private static NetlinkMessage one(int family, int flags, int cmd, byte[]... attrs) {
        NetlinkMessage m = decode(family, flags, cmd, attrs);
        assertFalse(m.malformed(), () -> m.problem().orElse(""));
        return m;
    }

    /** One message as the dissector reads it, malformed or not. */
    private static NetlinkMessage decode(int family, int flags, int cmd, byte[]... attrs) {
        GenlFamilies fam = new GenlFamilies().giveAll(Map.of(TASKSTATS, "TASKSTATS", MPTCP_PM, "mptcp_pm", THERMAL, "thermal", TEAM, "team"));
        byte[] payload = cat(new byte[] {(byte) cmd, 1, 0, 0}, cat(attrs));
        List<NetlinkMessage> ms = NetlinkCapture.dissector(fam).dissect(Wire.frame(1, GENERIC, Wire.msg(family, flags, 42, 4711, payload))).messages();
        assertEquals(1, ms.size());
        return ms.get(0);
    }

    private static void clean(NetlinkMessage m) {
        for (Field f : m.fields()) {
            assertFalse(f.containsMalformed(), m.summary() + ": malformed " + f.name());
            FamilyAssertions.noUnnamed(List.of(f), m.summary());
        }
    }

    private static String cmd(NetlinkMessage m) {
        return ((Value.Named) m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value()).name();
    }

    private static Field at(Field root, String... path) {
        Field f = root;
        for (String p : path) {
            Field parent = f;
            f = f.child(p).orElseThrow(() -> new AssertionError("no " + p + " in " + parent.name()));
        }
        return f;
    }

    private static Field top(NetlinkMessage m, String name) {
        return m.field(name).orElseThrow(() -> new AssertionError(m.summary() + " has no " + name));
    }

    private static long num(Field f) { return ((Value.Num) f.value()).value(); }

    private static byte[] u8(int v) { return new byte[] {(byte) v}; }
    private static byte[] u16(int v) { return Wire.le().u16(v).bytes(); }
    private static byte[] u32(long v) { return Wire.le().u32(v).bytes(); }
    private static byte[] be16(int v) { return new byte[] {(byte) (v >> 8), (byte) v}; }
    private static byte[] ip(int a, int b, int c, int d) { return new byte[] {(byte) a, (byte) b, (byte) c, (byte) d}; }
    private static byte[] nest(int type, byte[]... attrs) { return attr(type, cat(attrs)); }

    // ---- TASKSTATS ----

    /** struct taskstats version 13 as the kernel fills it (taskstats.h offsets), {@code size} bytes long. */
    private static byte[] taskstats(int size, int version) {
        ByteBuffer b = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(0, (short) version);
        b.putInt(4, 0);                     // ac_exitcode
        b.put(8, (byte) 0x03);              // ac_flag: AFORK | ASU
        b.put(9, (byte) 0);                 // ac_nice
        b.putLong(16, 7);                   // cpu_count
        b.putLong(24, 123_456);             // cpu_delay_total
        byte[] comm = "sleep".getBytes(StandardCharsets.US_ASCII);
        b.put(80, comm);                    // ac_comm[32]
        b.putInt(120, 1000);                // ac_uid
        b.putInt(124, 1000);                // ac_gid
        b.putInt(128, 1234);                // ac_pid
        b.putInt(132, 1);                   // ac_ppid
        b.putInt(136, 1_700_000_000);       // ac_btime
        b.putLong(144, 5_000_000);          // ac_etime
        b.putLong(272, 3);                  // nvcsw
        if (size >= 376) b.putInt(368, 1234);   // ac_tgid (v12)
        if (size >= 416) b.putLong(408, 99);    // wpcopy_delay_total (v13, the last field)
        return b.array();
    }

    @Test
    void getdelaysRequestAndReply() {
        // `getdelays -p 1234`: TASKSTATS_CMD_GET with TASKSTATS_CMD_ATTR_PID
        NetlinkMessage req = one(TASKSTATS, NLM_F_REQUEST, 1, attr(1, u32(1234)));
        assertEquals("TASKSTATS", req.typeName());
        assertEquals("TASKSTATS_CMD_GET", cmd(req));
        assertEquals(1234L, num(top(req, "TASKSTATS_CMD_ATTR_PID")));
        clean(req);

        // its answer: TASKSTATS_CMD_NEW, AGGR_PID { PID, NULL (alignment), STATS }
        NetlinkMessage rep = one(TASKSTATS, 0, 2, nest(4, attr(1, u32(1234)), attr(6, new byte[0]), attr(3, taskstats(416, 13))));
        assertEquals("TASKSTATS_CMD_NEW", cmd(rep));
        clean(rep);
        Field aggr = top(rep, "TASKSTATS_TYPE_AGGR_PID");
        assertEquals(1234L, num(at(aggr, "TASKSTATS_TYPE_PID")));
        assertTrue(aggr.child("TASKSTATS_TYPE_NULL").isPresent());
        Field st = at(aggr, "TASKSTATS_TYPE_STATS");
        assertEquals(13L, num(at(st, "version")));
        assertEquals("\"sleep\"", at(st, "ac_comm").value().display());
        assertEquals(7L, num(at(st, "cpu_count")));
        assertEquals(123_456L, num(at(st, "cpu_delay_total")));
        assertEquals(1000L, num(at(st, "ac_uid")));
        assertEquals(1234L, num(at(st, "ac_pid")));
        assertEquals(1L, num(at(st, "ac_ppid")));
        assertEquals(5_000_000L, num(at(st, "ac_etime")));
        assertEquals(3L, num(at(st, "nvcsw")));
        assertEquals(1234L, num(at(st, "ac_tgid")));
        assertEquals(99L, num(at(st, "wpcopy_delay_total")));
        assertEquals(List.of("AFORK", "ASU"), ((Value.Flags) at(st, "ac_flag").value()).names());
        assertEquals(416, at(st, "wpcopy_delay_total").offset() + 8 - at(st, "version").offset());
    }

    @Test
    void taskstatsOfOtherVersions() {
        // an older kernel's version 12 (400 bytes) is shorter than the header's struct: malformed
        NetlinkMessage old = decode(TASKSTATS, 0, 2, nest(4, attr(1, u32(1234)), attr(3, taskstats(400, 12))));
        assertTrue(old.malformed());
        Value v = at(top(old, "TASKSTATS_TYPE_AGGR_PID"), "TASKSTATS_TYPE_STATS").value();
        assertEquals("taskstats needs 416 bytes, has 400", ((Value.Malformed) v).reason());
        assertEquals(1234L, num(at(top(old, "TASKSTATS_TYPE_AGGR_PID"), "TASKSTATS_TYPE_PID")), "the rest still reads");
        // a newer kernel's longer struct: the version-13 fields, the rest ignored
        NetlinkMessage newer = one(TASKSTATS, 0, 2, nest(5, attr(2, u32(1200)), attr(3, taskstats(432, 14))));
        clean(newer);
        Field st = at(top(newer, "TASKSTATS_TYPE_AGGR_TGID"), "TASKSTATS_TYPE_STATS");
        assertEquals(14L, num(at(st, "version")));
        assertEquals(99L, num(at(st, "wpcopy_delay_total")));
        assertEquals(1200L, num(at(top(newer, "TASKSTATS_TYPE_AGGR_TGID"), "TASKSTATS_TYPE_TGID")));
    }

    @Test
    void taskstatsRegistersACpuMaskAndCgroupstats() {
        // `getdelays -m 0-3 -l`: TASKSTATS_CMD_GET with TASKSTATS_CMD_ATTR_REGISTER_CPUMASK "0-3"
        NetlinkMessage reg = one(TASKSTATS, NLM_F_REQUEST, 1, attr(3, cstr("0-3")));
        assertEquals("\"0-3\"", top(reg, "TASKSTATS_CMD_ATTR_REGISTER_CPUMASK").value().display());
        // `getdelays -C /sys/fs/cgroup/x`: CGROUPSTATS_CMD_GET with the directory's fd, then CGROUPSTATS_CMD_NEW
        NetlinkMessage cg = one(TASKSTATS, NLM_F_REQUEST, 4, attr(1, u32(3)));
        assertEquals("CGROUPSTATS_CMD_GET", cmd(cg));
        assertEquals(3L, num(top(cg, "CGROUPSTATS_CMD_ATTR_FD")));
        byte[] stats = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN).putLong(5).putLong(2).putLong(0).putLong(1).putLong(4).array();
        NetlinkMessage cgr = one(TASKSTATS, 0, 5, attr(1, stats));
        clean(cgr);
        assertEquals(2L, num(at(top(cgr, "CGROUPSTATS_TYPE_CGROUP_STATS"), "nr_running")));
        assertEquals(4L, num(at(top(cgr, "CGROUPSTATS_TYPE_CGROUP_STATS"), "nr_io_wait")));
    }

    // ---- mptcp_pm ----

    @Test
    void ipMptcpEndpointAdd() {
        // `ip mptcp endpoint add 10.0.0.2 dev eth0 id 1 signal` (eth0 is ifindex 2)
        NetlinkMessage m = one(MPTCP_PM, NLM_F_REQUEST | NLM_F_ACK, 1, nest(1 | 0x8000,
                attr(1, u16(2)), attr(2, u8(1)), attr(3, ip(10, 0, 0, 2)), attr(6, u32(1)), attr(7, u32(2))));
        assertEquals("mptcp_pm", m.typeName());
        assertEquals("MPTCP_PM_CMD_ADD_ADDR", cmd(m));
        clean(m);
        Field a = top(m, "MPTCP_PM_ATTR_ADDR");
        assertEquals("AF_INET", ((Value.Named) at(a, "MPTCP_PM_ADDR_ATTR_FAMILY").value()).name());
        assertEquals(1L, num(at(a, "MPTCP_PM_ADDR_ATTR_ID")));
        assertEquals("10.0.0.2", at(a, "MPTCP_PM_ADDR_ATTR_ADDR4").value().display());
        assertEquals(List.of("MPTCP_PM_ADDR_FLAG_SIGNAL"), ((Value.Flags) at(a, "MPTCP_PM_ADDR_ATTR_FLAGS").value()).names());
        assertEquals(2L, num(at(a, "MPTCP_PM_ADDR_ATTR_IF_IDX")));
    }

    @Test
    void ipMptcpEndpointShowAndLimits() {
        // `ip mptcp endpoint show`: a GET_ADDR dump, answered by one ADD_ADDR per endpoint
        NetlinkMessage req = one(MPTCP_PM, NLM_F_REQUEST | NLM_F_DUMP, 3);
        assertEquals("MPTCP_PM_CMD_GET_ADDR", cmd(req));
        byte[] v6 = new byte[16];
        v6[0] = 0x20; v6[1] = 0x01; v6[2] = 0x0d; v6[3] = (byte) 0xb8; v6[15] = 2;
        NetlinkMessage ep = one(MPTCP_PM, NLM_F_MULTI, 1, nest(1 | 0x8000,
                attr(1, u16(10)), attr(2, u8(2)), attr(4, v6), attr(5, u16(8080)), attr(6, u32(0x6))));
        assertEquals("MPTCP_PM_CMD_ADD_ADDR", cmd(ep));
        clean(ep);
        Field a = top(ep, "MPTCP_PM_ATTR_ADDR");
        assertEquals("2001:db8::2", at(a, "MPTCP_PM_ADDR_ATTR_ADDR6").value().display());
        assertEquals(8080L, num(at(a, "MPTCP_PM_ADDR_ATTR_PORT")), "the kernel puts the port in host order");
        assertEquals(List.of("MPTCP_PM_ADDR_FLAG_SUBFLOW", "MPTCP_PM_ADDR_FLAG_BACKUP"),
                ((Value.Flags) at(a, "MPTCP_PM_ADDR_ATTR_FLAGS").value()).names());
        // `ip mptcp limits show`: "add_addr_accepted 4 subflows 2"
        NetlinkMessage lim = one(MPTCP_PM, 0, 6, attr(2, u32(4)), attr(3, u32(2)));
        assertEquals("MPTCP_PM_CMD_GET_LIMITS", cmd(lim));
        assertEquals(4L, num(top(lim, "MPTCP_PM_ATTR_RCV_ADD_ADDRS")));
        assertEquals(2L, num(top(lim, "MPTCP_PM_ATTR_SUBFLOWS")));
        clean(lim);
    }

    @Test
    void mptcpSubflowEvent() {
        // `ip mptcp monitor`: MPTCP_EVENT_SUB_ESTABLISHED on group mptcp_pm_events (pid 0)
        NetlinkMessage ev = one(MPTCP_PM, 0, 10, attr(1, u32(0xdeadbeefL)), attr(2, u16(2)), attr(3, u8(1)), attr(4, u8(0)),
                attr(5, ip(10, 0, 0, 2)), attr(7, ip(10, 0, 0, 1)), attr(9, be16(40000)), attr(10, be16(443)),
                attr(11, u8(0)), attr(15, u32(2)));
        assertEquals("MPTCP_EVENT_SUB_ESTABLISHED", cmd(ev));
        clean(ev);
        assertEquals(0xdeadbeefL, num(top(ev, "MPTCP_ATTR_TOKEN")));
        assertEquals("10.0.0.2", top(ev, "MPTCP_ATTR_SADDR4").value().display());
        assertEquals("10.0.0.1", top(ev, "MPTCP_ATTR_DADDR4").value().display());
        assertEquals(40000L, num(top(ev, "MPTCP_ATTR_SPORT")), "be16");
        assertEquals(443L, num(top(ev, "MPTCP_ATTR_DPORT")), "be16");
        assertEquals(1L, num(top(ev, "MPTCP_ATTR_LOC_ID")));
        assertEquals(2L, num(top(ev, "MPTCP_ATTR_IF_IDX")));
    }

    @Test
    void mptcpCreatedEventReadsByTheEventTable() {
        // `ip mptcp monitor`: MPTCP_EVENT_CREATED (1) multicast by the kernel with seq 0, pid 0;
        // as a reply, command 1 would be MPTCP_PM_CMD_ADD_ADDR with other attributes
        GenlFamilies fam = new GenlFamilies().giveAll(Map.of(MPTCP_PM, "mptcp_pm"));
        byte[] payload = cat(new byte[] {1, 1, 0, 0}, attr(1, u32(0xcafeL)), attr(2, u16(2)), attr(5, ip(10, 0, 0, 2)));
        NetlinkMessage m = NetlinkCapture.dissector(fam).dissect(Wire.frame(1, GENERIC, Wire.msg(MPTCP_PM, 0, 0, 0, payload))).messages().get(0);
        assertFalse(m.malformed(), () -> m.problem().orElse(""));
        assertEquals("MPTCP_EVENT_CREATED", cmd(m));
        assertEquals(0xcafeL, num(top(m, "MPTCP_ATTR_TOKEN")));
        assertEquals("10.0.0.2", top(m, "MPTCP_ATTR_SADDR4").value().display());
        // the same number in a reply to a request (seq 42) reads by the reply table
        assertEquals("MPTCP_PM_CMD_ADD_ADDR", cmd(decode(MPTCP_PM, 0x2, 1, attr(1, nest(1 | 0x8000, attr(1, u16(2)))))));
    }

    // ---- team ----

    @Test
    void teamdOptionsAndPorts() {
        // teamd (libteam) reading the options of team0 (ifindex 5): TEAM_CMD_OPTIONS_GET's answer
        byte[] mode = nest(1 | 0x8000, attr(1, cstr("mode")), attr(3, u8(5)), attr(4, cstr("activebackup")));
        byte[] enabled = nest(1 | 0x8000, attr(1, cstr("enabled")), attr(2, new byte[0]), attr(3, u8(6)),
                attr(4, new byte[0]), attr(6, u32(3)));
        NetlinkMessage m = one(TEAM, 0, 2, attr(1, u32(5)), nest(2 | 0x8000, mode, enabled));
        assertEquals("team", m.typeName());
        assertEquals("TEAM_CMD_OPTIONS_GET", cmd(m));
        clean(m);
        assertEquals(5L, num(top(m, "TEAM_ATTR_TEAM_IFINDEX")));
        List<Field> items = top(m, "TEAM_ATTR_LIST_OPTION").children();
        assertEquals(2, items.size());
        assertTrue(items.stream().allMatch(f -> f.name().equals("TEAM_ATTR_ITEM_OPTION")));
        assertEquals("\"mode\"", at(items.get(0), "TEAM_ATTR_OPTION_NAME").value().display());
        assertEquals(5L, num(at(items.get(0), "TEAM_ATTR_OPTION_TYPE")));
        assertEquals("\"enabled\"", at(items.get(1), "TEAM_ATTR_OPTION_NAME").value().display());
        assertTrue(items.get(1).child("TEAM_ATTR_OPTION_CHANGED").isPresent());
        assertEquals(3L, num(at(items.get(1), "TEAM_ATTR_OPTION_PORT_IFINDEX")));

        // TEAM_CMD_PORT_LIST_GET's answer: port eth1 (ifindex 3) up at 1000 Mb/s full duplex
        NetlinkMessage p = one(TEAM, 0, 3, attr(1, u32(5)), nest(3 | 0x8000,
                nest(1 | 0x8000, attr(1, u32(3)), attr(3, new byte[0]), attr(4, u32(1000)), attr(5, u8(1)))));
        assertEquals("TEAM_CMD_PORT_LIST_GET", cmd(p));
        clean(p);
        Field port = at(top(p, "TEAM_ATTR_LIST_PORT"), "TEAM_ATTR_ITEM_PORT");
        assertEquals(3L, num(at(port, "TEAM_ATTR_PORT_IFINDEX")));
        assertTrue(port.child("TEAM_ATTR_PORT_LINKUP").isPresent());
        assertEquals(1000L, num(at(port, "TEAM_ATTR_PORT_SPEED")));
        assertEquals(1L, num(at(port, "TEAM_ATTR_PORT_DUPLEX")));
    }

    // ---- thermal ----

    @Test
    void thermalEventsAndRequests() {
        // the kernel's trip event on group "event": zone 0 crossed trip 1 going up at 75 °C
        NetlinkMessage up = one(THERMAL, 0, 5, attr(2, u32(0)), attr(5, u32(1)), attr(3, u32(75000)));
        assertEquals("thermal", up.typeName());
        assertEquals("THERMAL_GENL_EVENT_TZ_TRIP_UP", cmd(up));
        clean(up);
        assertEquals(0L, num(top(up, "THERMAL_GENL_ATTR_TZ_ID")));
        assertEquals(1L, num(top(up, "THERMAL_GENL_ATTR_TZ_TRIP_ID")));
        assertEquals(75000L, num(top(up, "THERMAL_GENL_ATTR_TZ_TEMP")));
        // the sampling group's temperature report: zone 2 at 41.5 °C
        NetlinkMessage sample = one(THERMAL, 0, 0, attr(2, u32(2)), attr(3, u32(41500)));
        assertEquals("THERMAL_GENL_SAMPLING_TEMP", cmd(sample));
        assertEquals(41500L, num(top(sample, "THERMAL_GENL_ATTR_TZ_TEMP")));
        // a zone created: id 2, "acpitz"
        NetlinkMessage created = one(THERMAL, 0, 1, attr(2, u32(2)), attr(10, cstr("acpitz")));
        assertEquals("THERMAL_GENL_EVENT_TZ_CREATE", cmd(created));
        assertEquals("\"acpitz\"", top(created, "THERMAL_GENL_ATTR_TZ_NAME").value().display());
        // a trip added below freezing: temperatures are signed millidegrees
        NetlinkMessage add = one(THERMAL, 0, 8, attr(2, u32(2)), attr(5, u32(0)), attr(6, u32(3)),
                attr(7, u32(-5000 & 0xffffffffL)), attr(8, u32(2000)));
        clean(add);
        assertEquals(-5000L, num(top(add, "THERMAL_GENL_ATTR_TZ_TRIP_TEMP")));
        assertEquals("THERMAL_TRIP_CRITICAL", ((Value.Named) top(add, "THERMAL_GENL_ATTR_TZ_TRIP_TYPE").value()).name());
        // a request for the trips of zone 2, and its answer: TZ_TRIP nests, one per trip
        NetlinkMessage get = one(THERMAL, NLM_F_REQUEST, 2, attr(2, u32(2)));
        assertEquals("THERMAL_GENL_CMD_TZ_GET_TRIP", cmd(get));
        NetlinkMessage trips = one(THERMAL, 0, 2, attr(2, u32(2)), nest(4 | 0x8000,
                attr(5, u32(0)), attr(6, u32(3)), attr(7, u32(105000)), attr(8, u32(0))));
        clean(trips);
        Field trip = top(trips, "THERMAL_GENL_ATTR_TZ_TRIP");
        assertEquals(105000L, num(at(trip, "THERMAL_GENL_ATTR_TZ_TRIP_TEMP")));
        // a cooling device's state changed
        NetlinkMessage cdev = one(THERMAL, 0, 12, attr(15, u32(4)), attr(16, u32(2)));
        assertEquals("THERMAL_GENL_EVENT_CDEV_STATE_UPDATE", cmd(cdev));
        assertEquals(2L, num(top(cdev, "THERMAL_GENL_ATTR_CDEV_CUR_STATE")));
    }

    // ---- the real captures ----

    @Test
    void announcedButUnusedInTheTestdata() throws IOException {
        // `genl ctrl list` (genl-ctrl.pcap) announces thermal, mptcp_pm and TASKSTATS with these ids
        GenlFamilies fam = new GenlFamilies();
        NetlinkDissector d = NetlinkCapture.dissector(fam);
        for (var f : TestData.frames(TestData.capture("genl-ctrl.pcap"))) d.dissect(f);
        assertEquals("thermal", fam.name(THERMAL).orElse(null));
        assertEquals("mptcp_pm", fam.name(MPTCP_PM).orElse(null));
        assertEquals("TASKSTATS", fam.name(TASKSTATS).orElse(null));
        // any message of these families in any capture is clean (there are none today)
        for (Path p : TestData.allCaptures()) {
            for (DissectedFrame f : TestData.dissectAll(p)) {
                for (NetlinkMessage m : f.messages()) {
                    if (m.protocol() != GENERIC || !MINE.contains(m.typeName())) continue;
                    assertFalse(m.malformed(), () -> p.getFileName() + ": " + m.problem().orElse(""));
                    clean(m);
                }
            }
        }
    }
}
