package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteOrder;

import static io.nlscope.dissect.Wire.attr;
import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static io.nlscope.dissect.FamilyAssertions.display;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * nfnetlink_log (NFNL_SUBSYS_ULOG) and nfnetlink_queue (NFNL_SUBSYS_QUEUE). The testdata
 * captures hold neither, so the messages are built as the kernel (nfulnl_log_packet,
 * nfqnl_build_packet_message) and libnetfilter_log/libnetfilter_queue lay them out on a
 * little-endian host: nfgenmsg, then attributes whose integers are big-endian.
 */
class NetfilterLogQueueTest {
    private static final int NETFILTER = 12;
    private static final ByteOrder BE = ByteOrder.BIG_ENDIAN;

    private static Wire be() { return new Wire(BE); }

    private static byte[] nfgenmsg(int family, int resId) { return be().u8(family).u8(0).u16(resId).bytes(); }

    private static byte[] u32be(long v) { return be().u32(v).bytes(); }

    private static NetlinkMessage decode(int type, int flags, byte[] payload) {
        return FamilyAssertions.decodeClean(NETFILTER, type, flags, 7, payload);
    }

    @Test
    void logPacket() {
        // nft add rule inet t input tcp dport 22 log prefix "ssh: " group 5, one IPv4 packet in on ifindex 2
        // (read by `nft monitor`-like listeners: ulogd2, `tcpdump -i nflog:5`)
        byte[] payload = Wire.cat(nfgenmsg(2, 5),
                attr(1, be().u16(0x0800).u8(1).u8(0).bytes()),                       // NFULA_PACKET_HDR
                attr(10, Wire.cstr("ssh: ")),                                       // NFULA_PREFIX
                attr(4, u32be(2)),                                                   // NFULA_IFINDEX_INDEV
                attr(2, u32be(0x1234)),                                              // NFULA_MARK
                attr(8, be().u16(6).u16(0).raw(new byte[] {0x52, 0x54, 0, 0x12, 0x34, 0x56, 0, 0}).bytes()), // NFULA_HWADDR
                attr(15, be().u16(1).bytes()),                                       // NFULA_HWTYPE ARPHRD_ETHER
                attr(17, be().u16(14).bytes()),                                      // NFULA_HWLEN
                attr(3, be().u32(0).u32(1_700_000_000L).u32(0).u32(250_000).bytes()), // NFULA_TIMESTAMP
                attr(11, u32be(1000)),                                               // NFULA_UID
                attr(12, u32be(3)),                                                  // NFULA_SEQ
                attr(19, u32be(2)),                                                  // NFULA_CT_INFO
                attr(20, Wire.cat(attr(1, be().u16(0x8100).bytes()), attr(2, be().u16(42).bytes()))), // NFULA_VLAN
                attr(9, new byte[] {0x45, 0, 0, 0x3c}));                            // NFULA_PAYLOAD
        NetlinkMessage m = decode(0x0400, 0, payload);
        assertEquals("NFULNL_MSG_PACKET", m.typeName());
        assertEquals("5", display(m, "nfgenmsg.res_id"));   // the log group
        assertEquals("ETH_P_IP (2048)", display(m, "NFULA_PACKET_HDR.hw_protocol"));
        assertEquals("NF_INET_LOCAL_IN (1)", display(m, "NFULA_PACKET_HDR.hook"));
        assertEquals("\"ssh: \"", display(m, "NFULA_PREFIX"));
        assertEquals("2", display(m, "NFULA_IFINDEX_INDEV"));
        assertEquals("4660", display(m, "NFULA_MARK"));
        assertEquals("6", display(m, "NFULA_HWADDR.hw_addrlen"));
        assertTrue(display(m, "NFULA_HWADDR.hw_addr").startsWith("52:54:00:12:34:56"), display(m, "NFULA_HWADDR.hw_addr"));
        assertEquals("1", display(m, "NFULA_HWTYPE"));
        assertEquals("14", display(m, "NFULA_HWLEN"));
        assertEquals("1700000000", display(m, "NFULA_TIMESTAMP.sec"));
        assertEquals("250000", display(m, "NFULA_TIMESTAMP.usec"));
        assertEquals("1000", display(m, "NFULA_UID"));
        assertEquals("3", display(m, "NFULA_SEQ"));
        assertEquals("IP_CT_NEW (2)", display(m, "NFULA_CT_INFO"));
        assertEquals("ETH_P_8021Q (33024)", display(m, "NFULA_VLAN.NFULA_VLAN_PROTO"));
        assertEquals("42", display(m, "NFULA_VLAN.NFULA_VLAN_TCI"));
    }

    @Test
    void logConfig() {
        // libnetfilter_log as used by ulogd2 for `log group 5`: nflog_bind_group(h, 5), nflog_set_mode(gh,
        // NFULNL_COPY_PACKET, 0xffff), nflog_set_nlbufsiz, nflog_set_timeout, nflog_set_qthresh, nflog_set_flags
        byte[] payload = Wire.cat(nfgenmsg(0, 5),
                attr(1, new byte[] {1}),                                             // NFULA_CFG_CMD bind
                attr(2, be().u32(0xffff).u8(2).u8(0).bytes()),                       // NFULA_CFG_MODE
                attr(3, u32be(150000)),                                              // NFULA_CFG_NLBUFSIZ
                attr(4, u32be(100)),                                                 // NFULA_CFG_TIMEOUT (1/100 s)
                attr(5, u32be(20)),                                                  // NFULA_CFG_QTHRESH
                attr(6, be().u16(0x0005).bytes()));                                  // NFULA_CFG_FLAGS seq | conntrack
        NetlinkMessage m = decode(0x0401, 0x5, payload);
        assertEquals("NFULNL_MSG_CONFIG", m.typeName());
        assertEquals("NFULNL_CFG_CMD_BIND (1)", display(m, "NFULA_CFG_CMD.command"));
        assertEquals("65535", display(m, "NFULA_CFG_MODE.copy_range"));
        assertEquals("NFULNL_COPY_PACKET (2)", display(m, "NFULA_CFG_MODE.copy_mode"));
        assertEquals("150000", display(m, "NFULA_CFG_NLBUFSIZ"));
        assertEquals("100", display(m, "NFULA_CFG_TIMEOUT"));
        assertEquals("20", display(m, "NFULA_CFG_QTHRESH"));
        String flags = display(m, "NFULA_CFG_FLAGS");
        assertTrue(flags.contains("NFULNL_CFG_F_SEQ") && flags.contains("NFULNL_CFG_F_CONNTRACK")
                && !flags.contains("SEQ_GLOBAL"), flags);
    }

    @Test
    void queuePacketVerdictAndConfig() {
        // nft add rule inet t input tcp dport 80 queue num 3; a libnetfilter_queue program (nfqnl_test) binds
        // queue 3 with NFQNL_COPY_PACKET, receives the packet and accepts it
        byte[] cfg = Wire.cat(nfgenmsg(0, 3),
                attr(1, be().u8(1).u8(0).u16(2).bytes()),                            // NFQA_CFG_CMD bind, pf AF_INET
                attr(2, be().u32(0xffff).u8(2).bytes()),                             // NFQA_CFG_PARAMS (5 bytes, packed)
                attr(3, u32be(1024)),                                                // NFQA_CFG_QUEUE_MAXLEN
                attr(4, u32be(0x9)),                                                 // NFQA_CFG_MASK
                attr(5, u32be(0x9)));                                                // NFQA_CFG_FLAGS fail-open | uid-gid
        NetlinkMessage c = decode(0x0302, 0x5, cfg);
        assertEquals("NFQNL_MSG_CONFIG", c.typeName());
        assertEquals("3", display(c, "nfgenmsg.res_id"));   // the queue number
        assertEquals("NFQNL_CFG_CMD_BIND (1)", display(c, "NFQA_CFG_CMD.command"));
        assertEquals("AF_INET (2)", display(c, "NFQA_CFG_CMD.pf"));
        assertEquals("65535", display(c, "NFQA_CFG_PARAMS.copy_range"));
        assertEquals("NFQNL_COPY_PACKET (2)", display(c, "NFQA_CFG_PARAMS.copy_mode"));
        assertEquals("1024", display(c, "NFQA_CFG_QUEUE_MAXLEN"));
        String flags = display(c, "NFQA_CFG_FLAGS");
        assertTrue(flags.contains("NFQA_CFG_F_FAIL_OPEN") && flags.contains("NFQA_CFG_F_UID_GID")
                && !flags.contains("CONNTRACK"), flags);

        byte[] packet = Wire.cat(nfgenmsg(10, 3),
                attr(1, be().u32(17).u16(0x86dd).u8(1).bytes()),                     // NFQA_PACKET_HDR (7 bytes, packed)
                attr(5, u32be(2)),                                                   // NFQA_IFINDEX_INDEV
                attr(9, be().u16(6).u16(0).raw(new byte[] {0x52, 0x54, 0, 0x12, 0x34, 0x56, 0, 0}).bytes()), // NFQA_HWADDR
                attr(14, u32be(0x6)),                                                // NFQA_SKB_INFO gso | csum not verified
                attr(11, attr(3, u32be(0x8 | 0x2))),                             // NFQA_CT { CTA_STATUS confirmed|seen_reply }
                attr(12, u32be(0)),                                                  // NFQA_CT_INFO
                attr(16, u32be(1000)), attr(17, u32be(100)),                         // NFQA_UID, NFQA_GID
                attr(21, u32be(6)),                                                  // NFQA_PRIORITY
                attr(13, u32be(1280)),                                               // NFQA_CAP_LEN
                attr(10, new byte[] {0x60, 0, 0, 0}));                              // NFQA_PAYLOAD
        NetlinkMessage p = decode(0x0300, 0, packet);
        assertEquals("NFQNL_MSG_PACKET", p.typeName());
        assertEquals("NFPROTO_IPV6 (10)", display(p, "nfgenmsg.nfgen_family"));
        assertEquals("17", display(p, "NFQA_PACKET_HDR.packet_id"));
        assertEquals("ETH_P_IPV6 (34525)", display(p, "NFQA_PACKET_HDR.hw_protocol"));
        assertEquals("NF_INET_LOCAL_IN (1)", display(p, "NFQA_PACKET_HDR.hook"));
        assertEquals("2", display(p, "NFQA_IFINDEX_INDEV"));
        String skb = display(p, "NFQA_SKB_INFO");
        assertTrue(skb.contains("NFQA_SKB_GSO") && skb.contains("NFQA_SKB_CSUM_NOTVERIFIED") && !skb.contains("CSUMNOTREADY"), skb);
        String status = display(p, "NFQA_CT.CTA_STATUS");
        assertTrue(status.contains("IPS_CONFIRMED") && status.contains("IPS_SEEN_REPLY"), status);
        assertEquals("IP_CT_ESTABLISHED (0)", display(p, "NFQA_CT_INFO"));
        assertEquals("1000", display(p, "NFQA_UID"));
        assertEquals("100", display(p, "NFQA_GID"));
        assertEquals("6", display(p, "NFQA_PRIORITY"));
        assertEquals("1280", display(p, "NFQA_CAP_LEN"));

        // nfq_set_verdict2(qh, 17, NF_ACCEPT, 0x10, 0, NULL), then a batch dropping everything up to id 20
        NetlinkMessage v = decode(0x0301, 0x1, Wire.cat(nfgenmsg(0, 3), attr(2, be().u32(1).u32(17).bytes()), attr(3, u32be(0x10))));
        assertEquals("NFQNL_MSG_VERDICT", v.typeName());
        assertEquals("NF_ACCEPT (1)", display(v, "NFQA_VERDICT_HDR.verdict"));
        assertEquals("17", display(v, "NFQA_VERDICT_HDR.id"));
        assertEquals("16", display(v, "NFQA_MARK"));
        NetlinkMessage b = decode(0x0303, 0x1, Wire.cat(nfgenmsg(0, 3), attr(2, be().u32(0).u32(20).bytes())));
        assertEquals("NFQNL_MSG_VERDICT_BATCH", b.typeName());
        assertEquals("NF_DROP (0)", display(b, "NFQA_VERDICT_HDR.verdict"));
        assertEquals("20", display(b, "NFQA_VERDICT_HDR.id"));
    }

    @Test
    void netfilterCapturesStayClean() throws IOException {
        assertTrue(FamilyAssertions.assertCleanEverywhere(NETFILTER) > 50);
    }
}
