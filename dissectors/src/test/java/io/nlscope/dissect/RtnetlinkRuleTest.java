package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.nlscope.dissect.RtnetlinkRouteTest.messages;
import static io.nlscope.dissect.RtnetlinkRouteTest.name;
import static io.nlscope.dissect.RtnetlinkRouteTest.num;
import static io.nlscope.dissect.RtnetlinkRouteTest.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** rtnetlink policy rules (struct fib_rule_hdr, FRA_*), on the real captures of testdata. */
class RtnetlinkRuleTest {
    static final int RTM_NEWRULE = 32, RTM_GETRULE = 34;

    @Test
    void defaultRulesMatchIpRuleShow() throws Exception {
        // ip rule show: "0: from all lookup local", "32766: from all lookup main", "32767: from all lookup default"
        List<String> rules = new ArrayList<>();
        for (NetlinkMessage m : messages("rtnl-dump.pcap", t -> t == RTM_NEWRULE)) {
            // the kernel leaves FRA_PRIORITY out when it is 0
            long prio = m.field("FRA_PRIORITY").map(f -> num(f.value())).orElse(0L);
            assertEquals(new Value.Named(1, "FR_ACT_TO_TBL"), value(m, "fib_rule_hdr/action"));
            assertEquals(value(m, "fib_rule_hdr/table"), value(m, "FRA_TABLE"));
            assertEquals(new Value.Named(2, "RTPROT_KERNEL"), value(m, "FRA_PROTOCOL"));
            assertEquals(-1, num(value(m, "FRA_SUPPRESS_PREFIXLEN")), "unset");
            rules.add(prio + " " + name(value(m, "FRA_TABLE")));
        }
        assertEquals(List.of("0 RT_TABLE_LOCAL", "32766 RT_TABLE_MAIN", "32767 RT_TABLE_DEFAULT"), rules);
    }

    @Test
    void ruleMessagesHaveNoUnnamedAttributesInAnyCapture() throws Exception {
        int n = RtnetlinkRouteTest.assertAllNamedAndWellFormed(t -> t >= RTM_NEWRULE && t <= RTM_GETRULE);
        assertTrue(n >= 4, "rule messages checked: " + n);
    }
}
