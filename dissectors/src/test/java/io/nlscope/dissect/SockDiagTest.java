package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static io.nlscope.dissect.FamilyAssertions.at;
import static io.nlscope.dissect.FamilyAssertions.display;
import static io.nlscope.dissect.FamilyAssertions.messages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_SOCK_DIAG on the real capture sock-diag.pcap (ss runs, see sock-diag.commands.log). */
class SockDiagTest {
    private static final int SOCK_DIAG = 4;

    private static List<NetlinkMessage> replies(String struct) throws IOException {
        return messages("sock-diag.pcap", SOCK_DIAG).stream()
                .filter(m -> "SOCK_DIAG_BY_FAMILY".equals(m.typeName()) && m.field(struct).isPresent()).toList();
    }

    @Test
    void tcpListenerAndEstablishedConnectionOn8080() throws IOException {
        // ss -a / ss -tanpie: "tcp LISTEN 127.0.0.1:http-alt", "ESTAB 127.0.0.1:53270 127.0.0.1:8080"
        List<NetlinkMessage> v4 = replies("inet_diag_msg_v4");
        NetlinkMessage listen = v4.stream().filter(m -> "8080".equals(display(m, "inet_diag_msg_v4.idiag_sport"))
                && "TCP_LISTEN (10)".equals(display(m, "inet_diag_msg_v4.idiag_state"))).findFirst().orElseThrow();
        assertEquals("127.0.0.1", display(listen, "inet_diag_msg_v4.idiag_src"));
        assertEquals("0", display(listen, "inet_diag_msg_v4.idiag_dport"));
        assertEquals("349", display(listen, "inet_diag_msg_v4.idiag_inode"));   // ino:349
        NetlinkMessage client = v4.stream().filter(m -> "8080".equals(display(m, "inet_diag_msg_v4.idiag_dport"))
                && "53270".equals(display(m, "inet_diag_msg_v4.idiag_sport"))).findFirst().orElseThrow();
        assertEquals("TCP_ESTABLISHED (1)", display(client, "inet_diag_msg_v4.idiag_state"));
        assertEquals("127.0.0.1", display(client, "inet_diag_msg_v4.idiag_dst"));
    }

    @Test
    void tcpInfoAndCongestionControlOfTcpSockets() throws IOException {
        // ss -tanpie: "ESTAB ... 127.0.0.1:53270 127.0.0.1:8080 ... ino:10983 ... cubic ... mss:32741 pmtu:65535 ... advmss:65483 cwnd:10"
        NetlinkMessage m = replies("inet_diag_msg_v4").stream()
                .filter(x -> "10983".equals(display(x, "inet_diag_msg_v4.idiag_inode")) && x.field("INET_DIAG_INFO").isPresent())
                .findFirst().orElseThrow();
        assertEquals("\"cubic\"", display(m, "INET_DIAG_CONG"));
        assertEquals("TCP_ESTABLISHED (1)", display(m, "INET_DIAG_INFO.tcpi_state"));
        assertEquals("32741", display(m, "INET_DIAG_INFO.tcpi_snd_mss"));
        assertEquals("65535", display(m, "INET_DIAG_INFO.tcpi_pmtu"));
        assertEquals("65483", display(m, "INET_DIAG_INFO.tcpi_advmss"));
        assertEquals("10", display(m, "INET_DIAG_INFO.tcpi_snd_cwnd"));
        assertTrue(display(m, "INET_DIAG_INFO.tcpi_options").contains("TCPI_OPT_SACK"), "ts sack");
    }

    @Test
    void ipv6ListenerAndUdpSocket() throws IOException {
        // ss -a: "tcp LISTEN [::1]:8443"
        NetlinkMessage v6 = replies("inet_diag_msg_v6").stream()
                .filter(m -> "8443".equals(display(m, "inet_diag_msg_v6.idiag_sport"))).findFirst().orElseThrow();
        assertEquals("TCP_LISTEN (10)", display(v6, "inet_diag_msg_v6.idiag_state"));
        assertEquals("::1", display(v6, "inet_diag_msg_v6.idiag_src"));
        assertEquals("AF_INET6 (10)", display(v6, "inet_diag_msg_v6.idiag_family"));
        // ss -uan: "UNCONN 127.0.0.1:5353" (UDP sockets report TCP_CLOSE)
        NetlinkMessage udp = replies("inet_diag_msg_v4").stream()
                .filter(m -> "5353".equals(display(m, "inet_diag_msg_v4.idiag_sport"))).findFirst().orElseThrow();
        assertEquals("TCP_CLOSE (7)", display(udp, "inet_diag_msg_v4.idiag_state"));
        assertEquals("127.0.0.1", display(udp, "inet_diag_msg_v4.idiag_src"));
    }

    @Test
    void requestsHoldTheFamilysRequestStruct() throws IOException {
        List<NetlinkMessage> all = messages("sock-diag.pcap", SOCK_DIAG);
        // ss -uan asks for UDP sockets of AF_INET
        assertTrue(all.stream().anyMatch(m -> "IPPROTO_UDP (17)".equals(display(m, "inet_diag_req_v2_v4.sdiag_protocol"))));
        // ss -A netlink: netlink_diag_req for all protocols (NDIAG_PROTO_ALL = 255)
        NetlinkMessage nl = all.stream().filter(m -> m.field("netlink_diag_req").isPresent()).findFirst().orElseThrow();
        assertEquals("255", display(nl, "netlink_diag_req.sdiag_protocol"));
        assertTrue(all.stream().anyMatch(m -> m.field("packet_diag_req").isPresent()));      // ss -0 -a
        assertTrue(all.stream().anyMatch(m -> m.field("unix_diag_req").isPresent()));        // ss -xa
    }

    @Test
    void unixSocketPathAndStates() throws IOException {
        // ss -xa: "u_str LISTEN /tmp/nlvm.sock 10987", "u_str ESTAB * 10989 * 10988"
        List<NetlinkMessage> ux = replies("unix_diag_msg");
        NetlinkMessage listen = ux.stream().filter(m -> "10987".equals(display(m, "unix_diag_msg.udiag_ino"))).findFirst().orElseThrow();
        assertEquals("\"/tmp/nlvm.sock\"", display(listen, "UNIX_DIAG_NAME"));
        assertEquals("TCP_LISTEN (10)", display(listen, "unix_diag_msg.udiag_state"));
        assertEquals("SOCK_STREAM (1)", display(listen, "unix_diag_msg.udiag_type"));
        NetlinkMessage est = ux.stream().filter(m -> "10989".equals(display(m, "unix_diag_msg.udiag_ino"))).findFirst().orElseThrow();
        assertEquals("TCP_ESTABLISHED (1)", display(est, "unix_diag_msg.udiag_state"));
        assertEquals("10988", display(est, "UNIX_DIAG_PEER"));
    }

    @Test
    void netlinkAndPacketSockets() throws IOException {
        // ss -a: "nl UNCONN 768 0 tcpdiag:kernel" (rmem 768 on the NETLINK_SOCK_DIAG kernel socket)
        NetlinkMessage tcpdiag = replies("netlink_diag_msg").stream()
                .filter(m -> "NETLINK_SOCK_DIAG (4)".equals(display(m, "netlink_diag_msg.ndiag_protocol"))
                        && "0".equals(display(m, "netlink_diag_msg.ndiag_portid"))).findFirst().orElseThrow();
        assertEquals("768", display(tcpdiag, "NETLINK_DIAG_MEMINFO.sk_meminfo_rmem_alloc"));
        // ss -0 -a: "p_dgr UNCONN *:nlmon0"
        NetlinkMessage pkt = replies("packet_diag_msg").get(0);
        assertEquals("SOCK_DGRAM (2)", display(pkt, "packet_diag_msg.pdiag_type"));
        assertInstanceOf(Value.Nested.class, at(pkt, "PACKET_DIAG_INFO").orElseThrow().value());
    }

    @Test
    void noUnnamedAttributeOrMalformedMessageInAnyCapture() throws IOException {
        assertTrue(FamilyAssertions.assertCleanEverywhere(SOCK_DIAG) > 50);
    }
}
