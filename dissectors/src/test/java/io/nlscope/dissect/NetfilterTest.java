package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.nlscope.dissect.FamilyAssertions.display;
import static io.nlscope.dissect.FamilyAssertions.findAll;
import static io.nlscope.dissect.FamilyAssertions.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_NETFILTER on the real capture netfilter.pcap (nft, iptables-nft, conntrack; see netfilter.commands.log). */
class NetfilterTest {
    private static final int NETFILTER = 12;

    private static List<NetlinkMessage> of(String type) throws IOException {
        return messages("netfilter.pcap", NETFILTER).stream().filter(m -> type.equals(m.typeName())).toList();
    }

    private static List<String> expressionNames(NetlinkMessage rule) {
        return findAll(rule.field("NFTA_RULE_EXPRESSIONS").orElseThrow().children(), "NFTA_EXPR_NAME").stream()
                .map(f -> ((Value.Text) f.value()).text()).toList();
    }

    @Test
    void nftAddTableChainAndRule() throws IOException {
        // nft add table inet nlvm (inside a batch for NFNL_SUBSYS_NFTABLES)
        NetlinkMessage table = of("NFT_MSG_NEWTABLE").stream().filter(m -> m.direction() == Direction.TO_KERNEL
                && "\"nlvm\"".equals(display(m, "NFTA_TABLE_NAME"))).findFirst().orElseThrow();
        assertEquals("NFPROTO_INET (1)", display(table, "nfgenmsg.nfgen_family"));
        assertEquals(MessageKind.NEW, table.kind());
        assertTrue(of("NFNL_MSG_BATCH_BEGIN").stream().allMatch(m -> "10".equals(display(m, "nfgenmsg.res_id"))));
        // nft add chain inet nlvm input '{ type filter hook input priority 0; policy accept; }'
        NetlinkMessage chain = of("NFT_MSG_NEWCHAIN").stream().filter(m -> m.direction() == Direction.TO_KERNEL).findFirst().orElseThrow();
        assertEquals("\"nlvm\"", display(chain, "NFTA_CHAIN_TABLE"));
        assertEquals("\"input\"", display(chain, "NFTA_CHAIN_NAME"));
        assertEquals("\"filter\"", display(chain, "NFTA_CHAIN_TYPE"));
        assertEquals("NF_INET_LOCAL_IN (1)", display(chain, "NFTA_CHAIN_HOOK.NFTA_HOOK_HOOKNUM"));
        assertEquals("0", display(chain, "NFTA_CHAIN_HOOK.NFTA_HOOK_PRIORITY"));
        assertEquals("NF_ACCEPT (1)", display(chain, "NFTA_CHAIN_POLICY"));
        // nft add rule inet nlvm input tcp dport 8080 counter accept
        NetlinkMessage rule = of("NFT_MSG_NEWRULE").stream().filter(m -> m.direction() == Direction.TO_KERNEL
                && "\"nlvm\"".equals(display(m, "NFTA_RULE_TABLE"))).findFirst().orElseThrow();
        assertEquals("\"input\"", display(rule, "NFTA_RULE_CHAIN"));
        assertEquals(List.of("meta", "cmp", "payload", "cmp", "counter", "immediate"), expressionNames(rule));
        List<Field> exprs = rule.field("NFTA_RULE_EXPRESSIONS").orElseThrow().children();
        assertEquals("NFT_META_L4PROTO (16)", FamilyAssertions.at(exprs.get(0), "NFTA_EXPR_DATA.NFTA_META_KEY").orElseThrow().value().display());
        assertEquals("NFT_PAYLOAD_TRANSPORT_HEADER (2)", FamilyAssertions.at(exprs.get(2), "NFTA_EXPR_DATA.NFTA_PAYLOAD_BASE").orElseThrow().value().display());
        Value dport = FamilyAssertions.at(exprs.get(3), "NFTA_EXPR_DATA.NFTA_CMP_DATA.NFTA_DATA_VALUE").orElseThrow().value();
        assertEquals(Value.Raw.of(new byte[] {0x1f, (byte) 0x90}), dport);   // 8080, network order
        assertEquals("NF_ACCEPT (1)", FamilyAssertions.at(exprs.get(5),
                "NFTA_EXPR_DATA.NFTA_IMMEDIATE_DATA.NFTA_DATA_VERDICT.NFTA_VERDICT_CODE").orElseThrow().value().display());
    }

    @Test
    void nftListRulesetShowsTheKernelsHandles() throws IOException {
        // nft -a list ruleset: "table inet nlvm { # handle 1", "chain input { # handle 1", "... accept # handle 2"
        NetlinkMessage table = of("NFT_MSG_NEWTABLE").stream().filter(m -> m.direction() == Direction.FROM_KERNEL
                && "\"nlvm\"".equals(display(m, "NFTA_TABLE_NAME"))).findFirst().orElseThrow();
        assertEquals("1", display(table, "NFTA_TABLE_HANDLE"));
        NetlinkMessage chain = of("NFT_MSG_NEWCHAIN").stream().filter(m -> m.direction() == Direction.FROM_KERNEL).findFirst().orElseThrow();
        assertEquals("1", display(chain, "NFTA_CHAIN_HANDLE"));
        NetlinkMessage rule = of("NFT_MSG_NEWRULE").stream().filter(m -> m.direction() == Direction.FROM_KERNEL
                && "\"nlvm\"".equals(display(m, "NFTA_RULE_TABLE"))).findFirst().orElseThrow();
        assertEquals("2", display(rule, "NFTA_RULE_HANDLE"));
        assertEquals("0", FamilyAssertions.at(rule.field("NFTA_RULE_EXPRESSIONS").orElseThrow().children().get(4),
                "NFTA_EXPR_DATA.NFTA_COUNTER_PACKETS").orElseThrow().value().display());   // counter packets 0 bytes 0
        // nft delete table inet nlvm
        assertEquals("\"nlvm\"", display(of("NFT_MSG_DELTABLE").get(0), "NFTA_TABLE_NAME"));
    }

    @Test
    void iptablesNftRule() throws IOException {
        // iptables-nft -A INPUT -p udp --dport 9999 -j DROP
        NetlinkMessage rule = of("NFT_MSG_NEWRULE").stream().filter(m -> m.direction() == Direction.TO_KERNEL
                && "\"filter\"".equals(display(m, "NFTA_RULE_TABLE"))).findFirst().orElseThrow();
        assertEquals("NFPROTO_IPV4 (2)", display(rule, "nfgenmsg.nfgen_family"));
        assertEquals("\"INPUT\"", display(rule, "NFTA_RULE_CHAIN"));
        assertEquals("IPPROTO_UDP (17)", display(rule, "NFTA_RULE_COMPAT.NFTA_RULE_COMPAT_PROTO"));
        List<Field> exprs = rule.field("NFTA_RULE_EXPRESSIONS").orElseThrow().children();
        assertEquals(Value.Raw.of(new byte[] {0x27, 0x0f}),   // 9999
                FamilyAssertions.at(exprs.get(3), "NFTA_EXPR_DATA.NFTA_CMP_DATA.NFTA_DATA_VALUE").orElseThrow().value());
        assertEquals("NF_DROP (0)", FamilyAssertions.at(exprs.get(5),
                "NFTA_EXPR_DATA.NFTA_IMMEDIATE_DATA.NFTA_DATA_VERDICT.NFTA_VERDICT_CODE").orElseThrow().value().display());
        // iptables-nft asks NFT_COMPAT whether xtables extensions exist
        assertTrue(of("NFNL_MSG_COMPAT_GET").stream().anyMatch(m -> m.field("NFTA_COMPAT_NAME").isPresent()));
    }

    @Test
    void conntrackListAndPerCpuStatistics() throws IOException {
        // conntrack -L: a CT_GET dump answered by NLMSG_DONE only ("0 flow entries")
        assertEquals(MessageKind.GET, of("IPCTNL_MSG_CT_GET").get(0).kind());
        // conntrack -S: "cpu=0 found=0 invalid=0 ...", "cpu=1 ..."; res_id is the CPU
        List<NetlinkMessage> stats = of("IPCTNL_MSG_CT_GET_STATS_CPU").stream().filter(m -> m.direction() == Direction.FROM_KERNEL).toList();
        assertEquals(2, stats.size());
        assertEquals("0", display(stats.get(0), "nfgenmsg.res_id"));
        assertEquals("1", display(stats.get(1), "nfgenmsg.res_id"));
        for (NetlinkMessage s : stats) {
            assertEquals("0", display(s, "CTA_STATS_FOUND"));
            assertEquals("0", display(s, "CTA_STATS_CHAIN_TOOLONG"));
        }
    }

    @Test
    void noUnnamedAttributeOrMalformedMessageInAnyCapture() throws IOException {
        assertTrue(FamilyAssertions.assertCleanEverywhere(NETFILTER) > 50);
    }
}
