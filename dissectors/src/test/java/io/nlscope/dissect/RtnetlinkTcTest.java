package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.cat;
import static io.nlscope.dissect.Wire.cstr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static io.nlscope.dissect.RtnetlinkRouteTest.field;
import static io.nlscope.dissect.RtnetlinkRouteTest.num;
import static io.nlscope.dissect.RtnetlinkRouteTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * rtnetlink traffic control (struct tcmsg, TCA_*) and namespace ids (NETNSA_*). The testdata
 * captures have no such messages, so these are built as the kernel lays them out (a qdisc
 * dump entry as `tc qdisc show` receives it; an RTM_NEWNSID notification).
 */
class RtnetlinkTcTest {
    private final NetlinkDissector d = new NetlinkDissector();

    @Test
    void qdiscDumpEntryWithStats2() {
        byte[] tcmsg = Wire.le().u8(0).u8(0).u16(0).u32(2).u32(0x80010000L).u32(0xffffffffL).u32(1).bytes();
        byte[] basic = Wire.le().u32(1500).u32(0).u32(3).u32(0).bytes();          // bytes 1500 (u64), packets 3, padding
        byte[] queue = Wire.le().u32(0).u32(0).u32(7).u32(1).u32(2).bytes();       // qlen backlog drops requeues overlimits
        byte[] stats2 = cat(attr(1, basic), attr(3, queue));
        byte[] m = msg(36, 0x2, 5, 77, cat(tcmsg, attr(1, cstr("fq_codel")), attr(2, attr(2, Wire.le().u32(10240).bytes())), attr(7, stats2),
                attr(12, new byte[]{0})));
        NetlinkMessage q = d.dissect(frame(1, 0, m)).messages().get(0);
        assertFalse(q.malformed());
        assertEquals("RTM_NEWQDISC", q.typeName());
        assertEquals(new Value.Named(0xffffffffL, "TC_H_ROOT"), value(q, "tcmsg/tcm_parent"));
        assertEquals(0x80010000L, num(value(q, "tcmsg/tcm_handle")));
        assertEquals(new Value.Text("fq_codel"), value(q, "TCA_KIND"));
        assertEquals(10240, num(value(q, "TCA_OPTIONS/TCA_FQ_CODEL_LIMIT")));   // fq_codel's options are its own set
        assertEquals(1500, num(value(q, "TCA_STATS2/TCA_STATS_BASIC/bytes")));
        assertEquals(3, num(value(q, "TCA_STATS2/TCA_STATS_BASIC/packets")));
        assertEquals(7, num(value(q, "TCA_STATS2/TCA_STATS_QUEUE/drops")));
        assertEquals(2, num(value(q, "TCA_STATS2/TCA_STATS_QUEUE/overlimits")));
        assertEquals(0, num(value(q, "TCA_HW_OFFLOAD")));
    }

    @Test
    void nsidNotificationWithUnassignedCurrentId() {
        byte[] rtgen = new byte[]{0, 0, 0, 0};
        byte[] m = msg(88, 0, 0, 0, cat(rtgen, attr(1, Wire.le().u32(3).bytes()), attr(5, Wire.le().u32(-1).bytes())));
        NetlinkMessage n = d.dissect(frame(1, 0, m)).messages().get(0);
        assertFalse(n.malformed());
        assertEquals(3, num(value(n, "NETNSA_NSID")));
        assertEquals(new Value.Named(-1, "NETNSA_NSID_NOT_ASSIGNED"), value(n, "NETNSA_CURRENT_NSID"));
        assertEquals(List.of(), field(n, "rtgenmsg").children().stream().filter(f -> f.name().startsWith("attr_")).toList());
    }
}
