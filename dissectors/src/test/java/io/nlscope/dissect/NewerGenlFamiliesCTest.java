package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.nlscope.dissect.GenlCaptures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic netlink families of issue 15 part C, from real captures of Linux 7.2 (and 6.12 where recorded):
 * netdev, tcp_metrics, IPVS, psample, NET_DM, l2tp, macsec and handshake. Scenarios:
 * testdata/kernels/scenarios-genl-c.txt; the expected values are what the commands set, or what the tools
 * printed (the .commands.log next to each capture).
 */
class NewerGenlFamiliesCTest {

    @Test
    void netdevAnswersForTheLinksIpShows() throws IOException {
        for (String k : kernels("genl-c-netdev")) {
            List<NetlinkMessage> nd = family(k, "genl-c-netdev", "netdev");
            // ip -j link show in the commands log: the ifindexes of lo, nlmon0, dummy0, veth1, veth0
            JsonNode links = new ObjectMapper().readTree(log(k, "genl-c-netdev").lines()
                    .filter(l -> l.startsWith("[{\"ifindex\"")).findFirst().orElseThrow());
            Set<Long> ifindexes = new TreeSet<>();
            long veth0 = -1;
            for (JsonNode l : links) {
                ifindexes.add(l.get("ifindex").asLong());
                if (l.get("ifname").asText().equals("veth0")) veth0 = l.get("ifindex").asLong();
            }
            // NETDEV_CMD_DEV_GET for ifindex 1 (lo), then the dump: one answer per link
            List<NetlinkMessage> dev = fromKernel(nd, "NETDEV_CMD_DEV_GET");
            assertEquals(1, num(dev.get(0), "NETDEV_A_DEV_IFINDEX"), k);
            Set<Long> dumped = dev.stream().skip(1).map(m -> num(m, "NETDEV_A_DEV_IFINDEX")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(ifindexes, dumped, k);
            for (NetlinkMessage m : dev) {
                assertTrue(m.field("NETDEV_A_DEV_XDP_FEATURES").isPresent(), k);
                assertTrue(m.field("NETDEV_A_DEV_XSK_FEATURES").isPresent(), k);
            }
            // QUEUE_GET dump: RX and TX queues of the links
            List<NetlinkMessage> queues = fromKernel(nd, "NETDEV_CMD_QUEUE_GET");
            Set<String> types = new TreeSet<>();
            for (NetlinkMessage q : queues) {
                assertTrue(ifindexes.contains(num(q, "NETDEV_A_QUEUE_IFINDEX")), k);
                types.add(show(q, "NETDEV_A_QUEUE_TYPE").replaceAll(" .*", ""));
            }
            assertEquals(Set.of("NETDEV_QUEUE_TYPE_RX", "NETDEV_QUEUE_TYPE_TX"), types, k);
            // NAPI_GET dump: veth0's NAPI instance, made by ethtool -K veth0 gro on
            List<NetlinkMessage> napi = fromKernel(nd, "NETDEV_CMD_NAPI_GET");
            assertEquals(1, napi.size(), k);
            assertEquals(veth0, num(napi.get(0), "NETDEV_A_NAPI_IFINDEX"), k);
            assertTrue(num(napi.get(0), "NETDEV_A_NAPI_ID") > 0, k);
            if (k.equals("7.2")) assertTrue(show(napi.get(0), "NETDEV_A_NAPI_THREADED").startsWith("NETDEV_NAPI_THREADED_"), k);   // newer than 6.12
            // the "mgmt" listener: devices added or changed (on 6.12 it joined after the links were made), each a link ip shows
            List<NetlinkMessage> ntf = nd.stream().filter(m -> cmd(m).endsWith("_NTF")).toList();
            assertFalse(ntf.isEmpty(), k);
            for (NetlinkMessage m : ntf) assertTrue(ifindexes.contains(num(m, "NETDEV_A_DEV_IFINDEX")), k + " " + m.summary());
            for (NetlinkMessage m : nd) if (cmd(m).endsWith("_NTF")) assertEquals("mgmt", m.group().orElse(null), k + " " + m.summary());
        }
    }

    @Test
    void tcpMetricsShowsTheLoopbackDestination() throws IOException {
        for (String k : kernels("genl-c-tcp_metrics")) {
            List<NetlinkMessage> tm = family(k, "genl-c-tcp_metrics", "tcp_metrics");
            // commands log (7.2): "127.0.0.1 age 1.352sec cwnd 10 rtt 276us rttvar 441us source 127.0.0.1"; the kernel
            // keeps RTT scaled by 8 and its variance by 4 (as tcp_sock's srtt_us and mdev_us), which ip divides out
            java.util.regex.Matcher shown = java.util.regex.Pattern.compile("127\\.0\\.0\\.1 age \\S+ cwnd (\\d+) rtt (\\d+)us rttvar (\\d+)us")
                    .matcher(log(k, "genl-c-tcp_metrics"));
            assertTrue(shown.find(), k);
            long cwnd = Long.parseLong(shown.group(1)), rtt = Long.parseLong(shown.group(2)), rttvar = Long.parseLong(shown.group(3));
            List<NetlinkMessage> replies = fromKernel(tm, "TCP_METRICS_CMD_GET");
            assertEquals(2, replies.size(), k);   // the dump, and the answer for 127.0.0.1
            for (NetlinkMessage r : replies) {
                assertEquals("127.0.0.1", show(r, "TCP_METRICS_ATTR_ADDR_IPV4"), k);
                assertEquals("127.0.0.1", show(r, "TCP_METRICS_ATTR_SADDR_IPV4"), k);
                assertEquals(cwnd, num(r, "TCP_METRICS_ATTR_VALS.TCP_METRICS_A_METRICS_CWND"), k);
                assertEquals(rtt, num(r, "TCP_METRICS_ATTR_VALS.TCP_METRICS_A_METRICS_RTT_US") / 8, k);
                assertEquals(rttvar, num(r, "TCP_METRICS_ATTR_VALS.TCP_METRICS_A_METRICS_RTTVAR_US") / 4, k);
            }
            assertTrue(tm.stream().anyMatch(m -> cmd(m).equals("TCP_METRICS_CMD_DEL")
                    && "127.0.0.1".equals(FamilyAssertions.display(m, "TCP_METRICS_ATTR_ADDR_IPV4"))), k);
        }
    }

    @Test
    void ipvsListsTheServicesIpvsadmAdded() throws IOException {
        for (String k : kernels("genl-c-ipvs")) {
            List<NetlinkMessage> ipvs = family(k, "genl-c-ipvs", "IPVS");
            // ipvsadm -S -n: -A -t 10.10.0.1:80 -s rr; -A -u [2001:db8::1]:53 -s wlc -p 300; -A -f 42 -s sh
            List<NetlinkMessage> services = fromKernel(ipvs, "IPVS_CMD_NEW_SERVICE");
            String svc = "IPVS_CMD_ATTR_SERVICE.";
            NetlinkMessage tcp = services.stream().filter(m -> "rr".equals(FamilyAssertions.display(m, svc + "IPVS_SVC_ATTR_SCHED_NAME").replace("\"", ""))).findFirst().orElseThrow();
            assertTrue(show(tcp, svc + "IPVS_SVC_ATTR_AF").startsWith("AF_INET "), k);
            assertTrue(show(tcp, svc + "IPVS_SVC_ATTR_PROTOCOL").startsWith("IPPROTO_TCP"), k);
            assertEquals("10.10.0.1", show(tcp, svc + "IPVS_SVC_ATTR_ADDR.ip"), k);
            assertEquals(80, num(tcp, svc + "IPVS_SVC_ATTR_PORT"), k);
            NetlinkMessage udp = services.stream().filter(m -> "wlc".equals(FamilyAssertions.display(m, svc + "IPVS_SVC_ATTR_SCHED_NAME").replace("\"", ""))).findFirst().orElseThrow();
            assertTrue(show(udp, svc + "IPVS_SVC_ATTR_AF").startsWith("AF_INET6"), k);
            assertTrue(show(udp, svc + "IPVS_SVC_ATTR_PROTOCOL").startsWith("IPPROTO_UDP"), k);
            assertEquals("2001:db8::1", show(udp, svc + "IPVS_SVC_ATTR_ADDR.in6"), k);
            assertEquals(53, num(udp, svc + "IPVS_SVC_ATTR_PORT"), k);
            assertEquals(300, num(udp, svc + "IPVS_SVC_ATTR_TIMEOUT"), k);
            assertTrue(show(udp, svc + "IPVS_SVC_ATTR_FLAGS.flags").contains("IP_VS_SVC_F_PERSISTENT"), k);
            NetlinkMessage fwm = services.stream().filter(m -> "sh".equals(FamilyAssertions.display(m, svc + "IPVS_SVC_ATTR_SCHED_NAME").replace("\"", ""))).findFirst().orElseThrow();
            assertEquals(42, num(fwm, svc + "IPVS_SVC_ATTR_FWMARK"), k);
            // -a -t 10.10.0.1:80 -r 10.10.0.2:8080 -m -w 3 ("Masq 3" in ipvsadm -L -n)
            NetlinkMessage dest = fromKernel(ipvs, "IPVS_CMD_NEW_DEST").get(0);
            String d = "IPVS_CMD_ATTR_DEST.";
            assertEquals("10.10.0.2", show(dest, d + "IPVS_DEST_ATTR_ADDR.ip"), k);
            assertEquals(8080, num(dest, d + "IPVS_DEST_ATTR_PORT"), k);
            assertTrue(show(dest, d + "IPVS_DEST_ATTR_FWD_METHOD").startsWith("IP_VS_CONN_F_MASQ"), k);
            assertEquals(3, num(dest, d + "IPVS_DEST_ATTR_WEIGHT"), k);
            assertTrue(FamilyAssertions.at(dest, d + "IPVS_DEST_ATTR_STATS64.IPVS_STATS_ATTR_CONNS").isPresent(), k);
            // ipvsadm --set 900 120 300, read back by ipvsadm -L --timeout
            NetlinkMessage config = fromKernel(ipvs, "IPVS_CMD_SET_CONFIG").get(fromKernel(ipvs, "IPVS_CMD_SET_CONFIG").size() - 1);
            assertEquals(900, num(config, "IPVS_CMD_ATTR_TIMEOUT_TCP"), k);
            assertEquals(120, num(config, "IPVS_CMD_ATTR_TIMEOUT_TCP_FIN"), k);
            assertEquals(300, num(config, "IPVS_CMD_ATTR_TIMEOUT_UDP"), k);
            // "master sync daemon (mcast=lo, syncid=7, maxlen=1472, group=224.0.0.81, port=8848, ttl=1)"
            NetlinkMessage daemon = fromKernel(ipvs, "IPVS_CMD_NEW_DAEMON").get(0);
            String dm = "IPVS_CMD_ATTR_DAEMON.";
            assertTrue(show(daemon, dm + "IPVS_DAEMON_ATTR_STATE").contains("IP_VS_STATE_MASTER"), k);
            assertEquals("\"lo\"", show(daemon, dm + "IPVS_DAEMON_ATTR_MCAST_IFN"), k);
            assertEquals(7, num(daemon, dm + "IPVS_DAEMON_ATTR_SYNC_ID"), k);
            assertEquals(1472, num(daemon, dm + "IPVS_DAEMON_ATTR_SYNC_MAXLEN"), k);
            assertEquals("224.0.0.81", show(daemon, dm + "IPVS_DAEMON_ATTR_MCAST_GROUP"), k);
            assertEquals(8848, num(daemon, dm + "IPVS_DAEMON_ATTR_MCAST_PORT"), k);
            assertEquals(1, num(daemon, dm + "IPVS_DAEMON_ATTR_MCAST_TTL"), k);
            // "IP Virtual Server version 1.2.1 (size=256)" (7.2; 6.12 says 4096)
            java.util.regex.Matcher size = java.util.regex.Pattern.compile("version 1\\.2\\.1 \\(size=(\\d+)\\)").matcher(log(k, "genl-c-ipvs"));
            assertTrue(size.find(), k);
            long tab = Long.parseLong(size.group(1));
            // (the first GET_INFO, before any service, is answered with a table size of 0)
            List<NetlinkMessage> infos = fromKernel(ipvs, "IPVS_CMD_SET_INFO");
            for (NetlinkMessage info : infos) assertEquals(0x010201, num(info, "IPVS_INFO_ATTR_VERSION"), k);
            assertTrue(infos.stream().anyMatch(i -> num(i, "IPVS_INFO_ATTR_CONN_TAB_SIZE") == tab), k);
            assertTrue(ipvs.stream().anyMatch(m -> cmd(m).equals("IPVS_CMD_FLUSH")), k);
            assertTrue(ipvs.stream().anyMatch(m -> cmd(m).equals("IPVS_CMD_ZERO")), k);
        }
    }

    @Test
    void psampleReportsTheSampledDatagrams() throws IOException {
        for (String k : kernels("genl-c-psample")) {
            List<NetlinkMessage> ps = family(k, "genl-c-psample", "psample");
            // tc filter ... action sample rate 1 group 7 trunc 64: the group, notified and dumped
            for (NetlinkMessage g : fromKernel(ps, "PSAMPLE_CMD_NEW_GROUP")) assertEquals(7, num(g, "PSAMPLE_ATTR_SAMPLE_GROUP"), k);
            // three datagrams "sample me" to 127.0.0.1, each sampled on lo's ingress (ifindex 1)
            List<NetlinkMessage> samples = fromKernel(ps, "PSAMPLE_CMD_SAMPLE");
            assertTrue(samples.size() >= 3, k + ": " + samples.size());
            for (NetlinkMessage m : samples) assertEquals("packets", m.group().orElse(null), k);
            for (NetlinkMessage s : samples) {
                assertEquals(7, num(s, "PSAMPLE_ATTR_SAMPLE_GROUP"), k);
                assertEquals(1, num(s, "PSAMPLE_ATTR_SAMPLE_RATE"), k);
                assertEquals(1, num(s, "PSAMPLE_ATTR_IIFINDEX"), k);
            }
            assertTrue(samples.stream().anyMatch(s -> rawText(s, "PSAMPLE_ATTR_DATA").contains("sample me")), k);
        }
    }

    /** The bytes of a binary attribute as Latin-1 text. */
    private static String rawText(NetlinkMessage m, String name) {
        return m.field(name).map(f -> {
            java.nio.ByteBuffer b = ((Value.Raw) f.value()).view();
            byte[] a = new byte[b.remaining()];
            b.get(a);
            return new String(a, StandardCharsets.ISO_8859_1);
        }).orElse("");
    }

    @Test
    void netDmAlertsTheDroppedDatagrams() throws IOException {
        for (String k : kernels("genl-c-net_dm")) {
            List<NetlinkMessage> dm = family(k, "genl-c-net_dm", "NET_DM");
            // NET_DM_CMD_CONFIG 1:u8=1 9:u32=96 11:u32=500, read back by the second CONFIG_GET
            List<NetlinkMessage> configs = fromKernel(dm, "NET_DM_CMD_CONFIG_NEW");
            assertEquals(2, configs.size(), k);
            NetlinkMessage after = configs.get(1);
            assertTrue(show(after, "NET_DM_ATTR_ALERT_MODE").startsWith("NET_DM_ALERT_MODE_PACKET"), k);
            assertEquals(96, num(after, "NET_DM_ATTR_TRUNC_LEN"), k);
            assertEquals(500, num(after, "NET_DM_ATTR_QUEUE_LEN"), k);
            assertTrue(show(configs.get(0), "NET_DM_ATTR_ALERT_MODE").startsWith("NET_DM_ALERT_MODE_SUMMARY"), k);
            // the datagrams "drop me" to 127.0.0.1 port 9 (nothing listens) dropped in software, IPv4
            List<NetlinkMessage> alerts = fromKernel(dm, "NET_DM_CMD_PACKET_ALERT");
            assertTrue(alerts.stream().anyMatch(a -> rawText(a, "NET_DM_ATTR_PAYLOAD").contains("drop me")), k);
            for (NetlinkMessage a : alerts) {
                assertTrue(show(a, "NET_DM_ATTR_ORIGIN").startsWith("NET_DM_ORIGIN_SW"), k);
                assertEquals(0x0800, num(a, "NET_DM_ATTR_PROTO"), k);
                assertTrue(show(a, "NET_DM_ATTR_SYMBOL").contains("+0x"), k);
            }
            assertTrue(FamilyAssertions.at(fromKernel(dm, "NET_DM_CMD_STATS_NEW").get(0), "NET_DM_ATTR_STATS.NET_DM_ATTR_STATS_DROPPED").isPresent(), k);
        }
    }

    @Test
    void l2tpShowsTheTunnelAndSessionIpAdded() throws IOException {
        for (String k : kernels("genl-c-l2tp")) {
            List<NetlinkMessage> l2 = family(k, "genl-c-l2tp", "l2tp");
            // ip l2tp add tunnel tunnel_id 3000 peer_tunnel_id 4000 encap udp local 127.0.0.1 remote 127.0.0.1
            //   udp_sport 5000 udp_dport 6000: the GET answer and the create/delete notifications
            List<NetlinkMessage> tunnels = new ArrayList<>(fromKernel(l2, "L2TP_CMD_TUNNEL_GET"));
            tunnels.addAll(fromKernel(l2, "L2TP_CMD_TUNNEL_CREATE"));
            for (NetlinkMessage t : tunnels) {
                assertEquals(3000, num(t, "L2TP_ATTR_CONN_ID"), k);
                assertEquals(4000, num(t, "L2TP_ATTR_PEER_CONN_ID"), k);
                assertEquals(5000, num(t, "L2TP_ATTR_UDP_SPORT"), k);
                assertEquals(6000, num(t, "L2TP_ATTR_UDP_DPORT"), k);
                assertEquals("127.0.0.1", show(t, "L2TP_ATTR_IP_SADDR"), k);
                assertEquals("127.0.0.1", show(t, "L2TP_ATTR_IP_DADDR"), k);
                assertTrue(show(t, "L2TP_ATTR_ENCAP_TYPE").startsWith("L2TP_ENCAPTYPE_UDP"), k);
                assertTrue(FamilyAssertions.at(t, "L2TP_ATTR_STATS.L2TP_ATTR_RX_PACKETS").isPresent(), k);
            }
            // ip l2tp add session name l2tpeth7 tunnel_id 3000 session_id 1000 peer_session_id 2000
            List<NetlinkMessage> sessions = new ArrayList<>(fromKernel(l2, "L2TP_CMD_SESSION_GET"));
            sessions.addAll(fromKernel(l2, "L2TP_CMD_SESSION_CREATE"));
            for (NetlinkMessage s : sessions) {
                assertEquals(1000, num(s, "L2TP_ATTR_SESSION_ID"), k);
                assertEquals(2000, num(s, "L2TP_ATTR_PEER_SESSION_ID"), k);
                assertEquals(3000, num(s, "L2TP_ATTR_CONN_ID"), k);
                assertEquals("\"l2tpeth7\"", show(s, "L2TP_ATTR_IFNAME"), k);
                assertTrue(show(s, "L2TP_ATTR_PW_TYPE").startsWith("L2TP_PWTYPE_ETH "), k);
            }
            // the listener on "l2tp" saw the tunnel and the session come and go
            for (String c : List.of("L2TP_CMD_TUNNEL_CREATE", "L2TP_CMD_SESSION_CREATE", "L2TP_CMD_SESSION_DELETE", "L2TP_CMD_TUNNEL_DELETE"))
                assertTrue(fromKernel(l2, c).stream().allMatch(m -> m.group().orElse("").equals("l2tp")), k + " " + c);
        }
    }

    @Test
    void macsecShowsTheSecyAndAssociationsIpAdded() throws IOException {
        for (String k : kernels("genl-c-macsec")) {
            List<NetlinkMessage> ms = family(k, "genl-c-macsec", "macsec");
            // ip macsec show: "TXSC: 12ef1ad97fc0000b on SA 0 / 0: PN 1024, state on / RXSC: c619528fe6a004d2, state on /
            //   0: PN 1, state on", "cipher suite: GCM-AES-128, using ICV length 16"
            // the lists are numbered from 1
            List<NetlinkMessage> shows = fromKernel(ms, "MACSEC_CMD_GET_TXSC");
            assertEquals(2, shows.size(), k);
            String log = log(k, "genl-c-macsec");
            long sci = Long.parseUnsignedLong(log.replaceAll("(?s).*TXSC: ([0-9a-f]{16}).*", "$1"), 16);
            for (int i = 0; i < 2; i++) {
                NetlinkMessage m = shows.get(i);
                assertEquals(sci, num(m, "MACSEC_ATTR_SECY.MACSEC_SECY_ATTR_SCI"), k);
                assertEquals(11, sci & 0xffff, k);   // port 11
                // the kernel reports GCM-AES-128 by its deprecated id, MACSEC_DEFAULT_CIPHER_ID (iproute2 prints both so)
                assertTrue(show(m, "MACSEC_ATTR_SECY.MACSEC_SECY_ATTR_CIPHER_SUITE").startsWith("MACSEC_DEFAULT_CIPHER_ID"), k);
                assertEquals(16, num(m, "MACSEC_ATTR_SECY.MACSEC_SECY_ATTR_ICV_LEN"), k);
                assertEquals(1, num(m, "MACSEC_ATTR_SECY.MACSEC_SECY_ATTR_ENCRYPT"), k);
                assertTrue(show(m, "MACSEC_ATTR_SECY.MACSEC_SECY_ATTR_VALIDATE").startsWith("MACSEC_VALIDATE_STRICT"), k);
                assertEquals(0, num(m, "MACSEC_ATTR_TXSA_LIST.[1].MACSEC_SA_ATTR_AN"), k);
                assertEquals(1024, num(m, "MACSEC_ATTR_TXSA_LIST.[1].MACSEC_SA_ATTR_PN"), k);
                assertEquals(i == 0 ? 1 : 0, num(m, "MACSEC_ATTR_TXSA_LIST.[1].MACSEC_SA_ATTR_ACTIVE"), k);   // then "set ... off"
                assertEquals(0xc619528fe6a004d2L, num(m, "MACSEC_ATTR_RXSC_LIST.[1].MACSEC_RXSC_ATTR_SCI"), k);
                assertEquals(1, num(m, "MACSEC_ATTR_RXSC_LIST.[1].MACSEC_RXSC_ATTR_ACTIVE"), k);
                assertEquals(1, num(m, "MACSEC_ATTR_RXSC_LIST.[1].MACSEC_RXSC_ATTR_SA_LIST.[1].MACSEC_SA_ATTR_PN"), k);
                assertTrue(show(m, "MACSEC_ATTR_OFFLOAD.MACSEC_OFFLOAD_ATTR_TYPE").startsWith("MACSEC_OFFLOAD_OFF"), k);
            }
            for (String c : List.of("MACSEC_CMD_ADD_TXSA", "MACSEC_CMD_ADD_RXSC", "MACSEC_CMD_ADD_RXSA", "MACSEC_CMD_UPD_TXSA",
                    "MACSEC_CMD_DEL_RXSA", "MACSEC_CMD_DEL_RXSC"))
                assertTrue(ms.stream().anyMatch(m -> cmd(m).equals(c)), k + " " + c);
        }
    }

    @Test
    void handshakeRequestsAreRefusedWithNothingPending() throws IOException {
        for (String k : kernels("genl-c-handshake")) {
            // genlq.py handshake 2 2:u32=1 and 3 1:u32=0 2:s32=-1: requests only (the kernel answers with errors)
            List<NetlinkMessage> hs = family(k, "genl-c-handshake", "handshake");
            NetlinkMessage accept = hs.stream().filter(m -> cmd(m).equals("HANDSHAKE_CMD_ACCEPT")).findFirst().orElseThrow();
            assertTrue(show(accept, "HANDSHAKE_A_ACCEPT_HANDLER_CLASS").startsWith("HANDSHAKE_HANDLER_CLASS_TLSHD"), k);
            NetlinkMessage done = hs.stream().filter(m -> cmd(m).equals("HANDSHAKE_CMD_DONE")).findFirst().orElseThrow();
            assertEquals(-1, num(done, "HANDSHAKE_A_DONE_SOCKFD"), k);
            assertEquals(0, num(done, "HANDSHAKE_A_DONE_STATUS"), k);
            // "handshake 2: ERROR Resource temporarily unavailable", "handshake 3: ERROR Bad file descriptor"
            String log = log(k, "genl-c-handshake");
            assertTrue(log.contains("handshake 2: ERROR Resource temporarily unavailable"), k);
            assertTrue(log.contains("handshake 3: ERROR Bad file descriptor"), k);
        }
    }

    @Test
    void nbdStatusListsTheDevicesTheModuleMade() throws IOException {
        for (String k : kernels("genl-c-nbd")) {
            List<NetlinkMessage> nbd = family(k, "genl-c-nbd", "nbd");
            // modprobe nbd nbds_max=4: nbd0 ... nbd3 (ls /sys/block in the commands log), none connected
            Set<Long> listed = new TreeSet<>();
            for (String l : log(k, "genl-c-nbd").split("\n")) if (l.matches("nbd\\d+")) listed.add(Long.parseLong(l.substring(3)));
            assertEquals(Set.of(0L, 1L, 2L, 3L), listed, k);
            List<NetlinkMessage> status = fromKernel(nbd, "NBD_CMD_STATUS");
            assertEquals(2, status.size(), k);
            // NBD_CMD_STATUS for index 2: one item
            List<Field> one = FamilyAssertions.findAll(status.get(0).fields(), "NBD_DEVICE_INDEX");
            assertEquals(List.of(2L), one.stream().map(GenlCaptures::num).toList(), k);
            // and for all: every device, each not connected
            Set<Long> all = FamilyAssertions.findAll(status.get(1).fields(), "NBD_DEVICE_INDEX").stream()
                    .map(GenlCaptures::num).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(listed, all, k);
            for (Field c : FamilyAssertions.findAll(status.get(1).fields(), "NBD_DEVICE_CONNECTED")) assertEquals(0, num(c), k);
            assertTrue(nbd.stream().anyMatch(m -> cmd(m).equals("NBD_CMD_DISCONNECT")), k);
        }
    }

    @Test
    void batadvAnswersForTheMeshIpMade() throws IOException {
        for (String k : kernels("genl-c-batadv")) {
            List<NetlinkMessage> bat = family(k, "genl-c-batadv", "batadv");
            // ip -j link show bat0 / dummy1 in the commands log
            ObjectMapper json = new ObjectMapper();
            List<JsonNode> links = new ArrayList<>();
            for (String l : log(k, "genl-c-batadv").split("\n")) if (l.startsWith("[{\"ifindex\"")) links.add(json.readTree(l).get(0));
            assertEquals(2, links.size(), k);
            JsonNode mesh = links.get(0), hard = links.get(1);
            assertEquals("bat0", mesh.get("ifname").asText(), k);
            List<NetlinkMessage> meshes = fromKernel(bat, "BATADV_CMD_GET_MESH");
            assertEquals(2, meshes.size(), k);
            for (NetlinkMessage m : meshes) {
                assertEquals(mesh.get("ifindex").asLong(), num(m, "BATADV_ATTR_MESH_IFINDEX"), k);
                assertEquals("\"bat0\"", show(m, "BATADV_ATTR_MESH_IFNAME"), k);
                assertEquals(mesh.get("address").asText(), show(m, "BATADV_ATTR_MESH_ADDRESS"), k);
                // the primary hard interface: dummy1, made its slave by ip link set dummy1 master bat0
                assertEquals(hard.get("ifindex").asLong(), num(m, "BATADV_ATTR_HARD_IFINDEX"), k);
                assertEquals(hard.get("address").asText(), show(m, "BATADV_ATTR_HARD_ADDRESS"), k);
                assertTrue(show(m, "BATADV_ATTR_GW_MODE").startsWith("BATADV_GW_MODE_"), k);
            }
            // SET_MESH orig_interval 2000 hop_penalty 20, read back by the second GET_MESH
            assertEquals(2000, num(meshes.get(1), "BATADV_ATTR_ORIG_INTERVAL"), k);
            assertEquals(20, num(meshes.get(1), "BATADV_ATTR_HOP_PENALTY"), k);
            assertTrue(num(meshes.get(0), "BATADV_ATTR_ORIG_INTERVAL") != 2000, k);
            // the mesh's routing algorithm is one of those GET_ROUTING_ALGOS lists
            Set<String> algos = fromKernel(bat, "BATADV_CMD_GET_ROUTING_ALGOS").stream()
                    .map(m -> show(m, "BATADV_ATTR_ALGO_NAME")).collect(Collectors.toSet());
            assertTrue(algos.contains(show(meshes.get(0), "BATADV_ATTR_ALGO_NAME")), k + " " + algos);
            NetlinkMessage hardif = fromKernel(bat, "BATADV_CMD_GET_HARDIF").get(0);
            assertEquals("\"dummy1\"", show(hardif, "BATADV_ATTR_HARD_IFNAME"), k);
            assertEquals(hard.get("address").asText(), show(hardif, "BATADV_ATTR_HARD_ADDRESS"), k);
            assertTrue(hardif.field("BATADV_ATTR_ACTIVE").isPresent(), k);
            for (NetlinkMessage t : fromKernel(bat, "BATADV_CMD_GET_TRANSTABLE_LOCAL"))
                assertTrue(show(t, "BATADV_ATTR_TT_ADDRESS").matches("([0-9a-f]{2}:){5}[0-9a-f]{2}"), k);
        }
    }

    @Test
    void tipcAnswersWithTheNetworkAndBearerSet() throws IOException {
        for (String k : kernels("genl-c-tipc")) {
            List<NetlinkMessage> tipc = family(k, "genl-c-tipc", "TIPCv2");
            // NET_SET '7:nest{1:u32=4242}' between two NET_GET dumps
            List<NetlinkMessage> nets = fromKernel(tipc, "TIPC_NL_NET_GET");
            assertEquals(2, nets.size(), k);
            assertTrue(num(nets.get(0), "TIPC_NLA_NET.TIPC_NLA_NET_ID") != 4242, k);
            assertEquals(4242, num(nets.get(1), "TIPC_NLA_NET.TIPC_NLA_NET_ID"), k);
            // BEARER_ENABLE of "udp:b1" with local 127.0.0.1:6118 (a sockaddr_in: family 2, port 0x17e6, address)
            NetlinkMessage bearer = fromKernel(tipc, "TIPC_NL_BEARER_GET").get(0);
            assertEquals("\"udp:b1\"", show(bearer, "TIPC_NLA_BEARER.TIPC_NLA_BEARER_NAME"), k);
            assertTrue(show(bearer, "TIPC_NLA_BEARER.TIPC_NLA_BEARER_UDP_OPTS.TIPC_NLA_UDP_LOCAL").startsWith("020017e67f000001"), k);
            assertTrue(FamilyAssertions.at(bearer, "TIPC_NLA_BEARER.TIPC_NLA_BEARER_PROP.TIPC_NLA_PROP_TOL").isPresent(), k);
            // the media dump holds the bearer's media, "udp"
            assertTrue(fromKernel(tipc, "TIPC_NL_MEDIA_GET").stream()
                    .anyMatch(m -> "\"udp\"".equals(FamilyAssertions.display(m, "TIPC_NLA_MEDIA.TIPC_NLA_MEDIA_NAME"))), k);
            NetlinkMessage mon = fromKernel(tipc, "TIPC_NL_MON_GET").get(0);
            assertEquals("\"udp:b1\"", show(mon, "TIPC_NLA_MON.TIPC_NLA_MON_BEARER_NAME"), k);
            NetlinkMessage link = fromKernel(tipc, "TIPC_NL_LINK_GET").get(0);
            assertTrue(FamilyAssertions.at(link, "TIPC_NLA_LINK.TIPC_NLA_LINK_STATS").isPresent(), k);
            assertFalse(fromKernel(tipc, "TIPC_NL_NAME_TABLE_GET").isEmpty(), k);
            assertTrue(tipc.stream().anyMatch(m -> cmd(m).equals("TIPC_NL_BEARER_DISABLE")), k);
        }
    }
}
