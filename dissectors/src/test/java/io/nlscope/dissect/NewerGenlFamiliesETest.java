package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nlscope.dissect.GenlCaptures.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic netlink families of issue 15 part E, from real captures of Linux 7.2 (and 6.12 where recorded): nfsd,
 * ovpn, gtp, SMC_GEN_NETLINK (6.12 only: Debian's 7.2 has no smc module), ila, net-shaper and dpll. Scenarios:
 * testdata/kernels/scenarios-genl-e.txt, asked with genlq.py (ILA with ip ila); the expected values are what the
 * scenario's command lines set, or what the commands printed (the .commands.log next to each capture). Where the
 * kernel only refuses (net-shaper, dpll without devices), the values are those of the request the kernel echoes in
 * its NLMSG_ERROR, and the errno and extended ACK it sent.
 */
class NewerGenlFamiliesETest {

    private static Field cmdField(NetlinkMessage m) {
        return m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow();
    }

    private static byte[] bytes(Field f) {
        return ((Value.Raw) f.value()).bytes();
    }

    /** The shell variable a scenario printed with bash -x ("+ IF=5"). */
    private static long shellVar(String log, String name) {
        Matcher m = Pattern.compile("(?m)^\\+ " + name + "=(\\d+)$").matcher(log);
        assertTrue(m.find(), "no " + name + "= in the commands log");
        return Long.parseLong(m.group(1));
    }

    /** The family's messages (at least one), each with a named command. */
    private static List<NetlinkMessage> family(String kernel, String name, String family) throws IOException {
        List<NetlinkMessage> mine = new ArrayList<>();
        for (NetlinkMessage m : generic(kernel, name))
            if (m.typeName().equals(family)) {
                // gtp answers GETPDP with its family id where the command belongs (gtp_genl_get_pdp passes
                // nlmsg_type as the command): a number no header names, and the only unnamed command allowed
                boolean gtpAnswer = family.equals("gtp") && m.direction() == Direction.FROM_KERNEL && cmd(m).equals(String.valueOf(m.type()));
                assertTrue(gtpAnswer || !cmd(m).matches("\\d+|.*unknown.*"), kernel + " " + name + ": command not named: " + m.summary());
                mine.add(m);
            }
        assertFalse(mine.isEmpty(), kernel + " " + name + ": no " + family + " message");
        return mine;
    }

    @Test
    void nfsdThreadsVersionsAndListenerAreWhatTheScenarioSet() throws IOException {
        for (String k : kernels("genl-e-nfsd")) {
            String name = "genl-e-nfsd";
            List<NetlinkMessage> nfsd = family(k, name, "nfsd");
            String log = log(k, name);
            // THREADS_GET before the server runs, after THREADS_SET 1:u32=2 2:u32=45 3:u32=30 4:strz=nlscope, after 1:u32=0
            List<NetlinkMessage> threads = fromKernel(nfsd, "NFSD_CMD_THREADS_GET");
            assertEquals(3, threads.size(), k);
            assertEquals(0, num(threads.get(0), "NFSD_A_SERVER_THREADS"), k);
            NetlinkMessage running = threads.get(1);
            assertEquals(2, num(running, "NFSD_A_SERVER_THREADS"), k);
            assertEquals(45, num(running, "NFSD_A_SERVER_GRACETIME"), k);
            assertEquals(30, num(running, "NFSD_A_SERVER_LEASETIME"), k);
            assertEquals("nlscope", text(running, "NFSD_A_SERVER_SCOPE"), k);
            assertTrue(log.contains("\n2\n-3 +4 +4.1 +4.2\ntcp 2049\n"), k + ": /proc/fs/nfsd/threads, versions, portlist");
            assertEquals(0, num(threads.get(2), "NFSD_A_SERVER_THREADS"), k);
            // VERSION_GET after VERSION_SET of 3.0 without ENABLED and 4.0, 4.1, 4.2 with it ("-3 +4 +4.1 +4.2")
            List<NetlinkMessage> versions = fromKernel(nfsd, "NFSD_CMD_VERSION_GET");
            assertEquals(2, versions.size(), k);
            Set<String> enabled = new TreeSet<>(), disabled = new TreeSet<>();
            for (Field v : FamilyAssertions.findAll(versions.get(1).fields(), "NFSD_A_SERVER_PROTO_VERSION")) {
                String mm = num(v.child("NFSD_A_VERSION_MAJOR").orElseThrow()) + "." + num(v.child("NFSD_A_VERSION_MINOR").orElseThrow());
                (v.child("NFSD_A_VERSION_ENABLED").isPresent() ? enabled : disabled).add(mm);
            }
            assertEquals(Set.of("4.0", "4.1", "4.2"), enabled, k);
            assertEquals(Set.of("3.0"), disabled, k);
            // LISTENER_GET: none before LISTENER_SET, then the TCP socket on 127.0.0.1:2049 ("tcp 2049" in portlist)
            List<NetlinkMessage> listeners = fromKernel(nfsd, "NFSD_CMD_LISTENER_GET");
            assertEquals(2, listeners.size(), k);
            assertTrue(listeners.get(0).field("NFSD_A_SERVER_SOCK_ADDR").isEmpty(), k);
            NetlinkMessage l = listeners.get(1);
            assertEquals("tcp", text(l, "NFSD_A_SERVER_SOCK_ADDR.NFSD_A_SOCK_TRANSPORT_NAME"), k);
            byte[] sa = bytes(FamilyAssertions.at(l, "NFSD_A_SERVER_SOCK_ADDR.NFSD_A_SOCK_ADDR").orElseThrow());
            // a struct sockaddr_storage (128 bytes) holding a sockaddr_in: AF_INET in host order (little-endian here),
            // port 2049 big-endian, 127.0.0.1
            assertEquals(128, sa.length, k);
            assertArrayEquals(HexFormat.of().parseHex("020008017f000001"), java.util.Arrays.copyOf(sa, 8), k);
            // POOL_MODE_GET before the server runs (no pool) and with its 2 threads (one pool in mode global)
            List<NetlinkMessage> pools = fromKernel(nfsd, "NFSD_CMD_POOL_MODE_GET");
            assertEquals(2, pools.size(), k);
            for (NetlinkMessage p : pools) assertEquals("global", text(p, "NFSD_A_POOL_MODE_MODE"), k);
            assertEquals(0, num(pools.get(0), "NFSD_A_POOL_MODE_NPOOLS"), k);
            assertEquals(1, num(pools.get(1), "NFSD_A_POOL_MODE_NPOOLS"), k);
            // the requests as genlq.py sent them, decoded
            NetlinkMessage set = toKernel(nfsd, "NFSD_CMD_THREADS_SET").get(0);
            assertEquals(2, num(set, "NFSD_A_SERVER_THREADS"), k);
            assertEquals("tcp", text(toKernel(nfsd, "NFSD_CMD_LISTENER_SET").get(0), "NFSD_A_SERVER_SOCK_ADDR.NFSD_A_SOCK_TRANSPORT_NAME"), k);
            // 7.2's family announces its groups "none" and "exportd" (NFSD_MCGRP_*); 6.12's has none
            assertEquals(k.equals("7.2") ? Set.of("none", "exportd") : Set.of(), announcedGroups(generic(k, name), "nfsd"), k);
        }
    }

    @Test
    void ovpnPeerAndKeysAreTheOnesAdded() throws IOException {
        for (String k : kernels("genl-e-ovpn")) {
            String name = "genl-e-ovpn";
            List<NetlinkMessage> ovpn = family(k, name, "ovpn");
            long ifindex = shellVar(log(k, name), "IF");
            // PEER_NEW 1:u32=$IF 2:nest{1:u32=1,2:be32=0x7f000001,5:be16=1195,6:u32=7,13:u32=10,14:u32=60}
            NetlinkMessage added = toKernel(ovpn, "OVPN_CMD_PEER_NEW").get(0);
            assertEquals(ifindex, num(added, "OVPN_A_IFINDEX"), k);
            assertEquals(7, num(added, "OVPN_A_PEER.OVPN_A_PEER_SOCKET"), k);
            // PEER_GET as a dump and for id 1: the peer as added, with its traffic counters
            List<NetlinkMessage> peers = fromKernel(ovpn, "OVPN_CMD_PEER_GET");
            assertEquals(2, peers.size(), k);
            for (NetlinkMessage p : peers) {
                assertEquals(1, num(p, "OVPN_A_PEER.OVPN_A_PEER_ID"), k);
                assertEquals("127.0.0.1", show(p, "OVPN_A_PEER.OVPN_A_PEER_REMOTE_IPV4"), k);
                assertEquals(1195, num(p, "OVPN_A_PEER.OVPN_A_PEER_REMOTE_PORT"), k);
                assertEquals(10, num(p, "OVPN_A_PEER.OVPN_A_PEER_KEEPALIVE_INTERVAL"), k);
                assertEquals(60, num(p, "OVPN_A_PEER.OVPN_A_PEER_KEEPALIVE_TIMEOUT"), k);
                assertEquals(0, num(p, "OVPN_A_PEER.OVPN_A_PEER_VPN_TX_PACKETS"), k);
            }
            // KEY_NEW slot primary, key id 7, AES-GCM; KEY_GET answers it without the key; after KEY_SWAP it is secondary
            List<NetlinkMessage> keys = fromKernel(ovpn, "OVPN_CMD_KEY_GET");
            assertEquals(2, keys.size(), k);
            for (NetlinkMessage key : keys) {
                assertEquals(1, num(key, "OVPN_A_KEYCONF.OVPN_A_KEYCONF_PEER_ID"), k);
                assertEquals(7, num(key, "OVPN_A_KEYCONF.OVPN_A_KEYCONF_KEY_ID"), k);
                assertTrue(show(key, "OVPN_A_KEYCONF.OVPN_A_KEYCONF_CIPHER_ALG").startsWith("OVPN_CIPHER_ALG_AES_GCM"), k);
                assertTrue(FamilyAssertions.at(key, "OVPN_A_KEYCONF.OVPN_A_KEYCONF_ENCRYPT_DIR").isEmpty(), k);
            }
            assertTrue(show(keys.get(0), "OVPN_A_KEYCONF.OVPN_A_KEYCONF_SLOT").startsWith("OVPN_KEY_SLOT_PRIMARY"), k);
            assertTrue(show(keys.get(1), "OVPN_A_KEYCONF.OVPN_A_KEYCONF_SLOT").startsWith("OVPN_KEY_SLOT_SECONDARY"), k);
            NetlinkMessage keyNew = toKernel(ovpn, "OVPN_CMD_KEY_NEW").get(0);
            assertArrayEquals(HexFormat.of().parseHex("1011121314151617"),
                    bytes(FamilyAssertions.at(keyNew, "OVPN_A_KEYCONF.OVPN_A_KEYCONF_ENCRYPT_DIR.OVPN_A_KEYDIR_NONCE_TAIL").orElseThrow()), k);
            // KEY_GET of the empty secondary slot before the swap: refused with ENOENT and the kernel's reason
            NetlinkMessage refused = refusals(k, name, "ovpn").get(0);
            assertEquals(-2, refused.control().error(), k);
            assertEquals("ovpn: cannot extract key from slot 1 for peer 1", refused.control().extAckMessage(), k);
            assertEquals("OVPN_CMD_KEY_GET", requestCmd(refused), k);
            // PEER_DEL: the peer's going notified to group "peers", deleted by user space
            NetlinkMessage gone = fromKernel(ovpn, "OVPN_CMD_PEER_DEL_NTF").get(0);
            assertEquals("peers", gone.group().orElse(null), k);
            assertEquals(ifindex, num(gone, "OVPN_A_IFINDEX"), k);
            assertEquals(1, num(gone, "OVPN_A_PEER.OVPN_A_PEER_ID"), k);
            assertTrue(show(gone, "OVPN_A_PEER.OVPN_A_PEER_DEL_REASON").startsWith("OVPN_DEL_PEER_REASON_USERSPACE"), k);
            assertEquals(Set.of("peers"), announcedGroups(generic(k, name), "ovpn"), k);
        }
    }

    @Test
    void gtpPdpContextsAreTheOnesAdded() throws IOException {
        for (String k : kernels("genl-e-gtp")) {
            String name = "genl-e-gtp";
            List<NetlinkMessage> gtp = family(k, name, "gtp");
            long ifindex = shellVar(log(k, name), "IF");
            // NEWPDP v1 (TEIs 100/200, peer 10.9.0.2, MS 10.99.0.1) and v0 (TID 0x1122334455667788, flow 5, peer
            // 10.9.0.3, MS 10.99.0.2), each notified to group "gtp"
            List<NetlinkMessage> added = fromKernel(gtp, "GTP_CMD_NEWPDP");
            assertEquals(2, added.size(), k);
            for (NetlinkMessage m : added) {
                assertEquals("gtp", m.group().orElse(null), k);
                assertEquals(ifindex, num(m, "GTPA_LINK"), k);
                assertTrue(show(m, "GTPA_FAMILY").startsWith("AF_INET "), k);
            }
            NetlinkMessage v1 = added.get(0);
            assertTrue(show(v1, "GTPA_VERSION").startsWith("GTP_V1"), k);
            assertEquals(100, num(v1, "GTPA_I_TEI"), k);
            assertEquals(200, num(v1, "GTPA_O_TEI"), k);
            assertEquals("10.9.0.2", show(v1, "GTPA_PEER_ADDRESS"), k);
            assertEquals("10.99.0.1", show(v1, "GTPA_MS_ADDRESS"), k);
            NetlinkMessage v0 = added.get(1);
            assertTrue(show(v0, "GTPA_VERSION").startsWith("GTP_V0"), k);
            assertEquals(0x1122334455667788L, num(v0, "GTPA_TID"), k);
            assertEquals(5, num(v0, "GTPA_FLOW"), k);
            assertEquals("10.9.0.3", show(v0, "GTPA_PEER_ADDRESS"), k);
            assertEquals("10.99.0.2", show(v0, "GTPA_MS_ADDRESS"), k);
            // GETPDP by TEI, by TID, by MS address, and the dump (both contexts): answered with the family id as
            // the command, and the context's attributes as NEWPDP's
            List<NetlinkMessage> answers = gtp.stream().filter(m -> m.direction() == Direction.FROM_KERNEL && cmd(m).equals(String.valueOf(m.type()))).toList();
            assertEquals(5, answers.size(), k);
            assertEquals(100, num(answers.get(0), "GTPA_I_TEI"), k);
            assertEquals(0x1122334455667788L, num(answers.get(1), "GTPA_TID"), k);
            assertEquals("10.99.0.1", show(answers.get(2), "GTPA_MS_ADDRESS"), k);
            assertEquals(Set.of("10.99.0.1", "10.99.0.2"), Set.of(show(answers.get(3), "GTPA_MS_ADDRESS"), show(answers.get(4), "GTPA_MS_ADDRESS")), k);
            // ECHOREQ to 10.9.0.1: gtp0's own socket answers, and the response is notified
            NetlinkMessage echo = fromKernel(gtp, "GTP_CMD_ECHOREQ").get(0);
            assertEquals("gtp", echo.group().orElse(null), k);
            assertEquals("10.9.0.1", show(echo, "GTPA_PEER_ADDRESS"), k);
            assertTrue(show(echo, "GTPA_VERSION").startsWith("GTP_V1"), k);
            // DELPDP of both, notified
            List<NetlinkMessage> deleted = fromKernel(gtp, "GTP_CMD_DELPDP");
            assertEquals(2, deleted.size(), k);
            assertEquals(100, num(deleted.get(0), "GTPA_I_TEI"), k);
            assertEquals(0x1122334455667788L, num(deleted.get(1), "GTPA_TID"), k);
            assertEquals(Set.of("gtp"), announcedGroups(generic(k, name), "gtp"), k);
        }
    }

    @Test
    void smcSysInfoUeidAndHandshakeLimitationOn612() throws IOException {
        // Debian's 7.2 is built without SMC: there genlq.py's CTRL_CMD_GETFAMILY for SMC_GEN_NETLINK is refused
        // (ENOENT, the request echoed) and no SMC message follows
        List<NetlinkMessage> k72 = generic("7.2", "genl-e-smc");
        assertTrue(k72.stream().noneMatch(m -> m.typeName().equals("SMC_GEN_NETLINK")));
        List<NetlinkMessage> lookups = refusals("7.2", "genl-e-smc", "nlctrl");
        for (NetlinkMessage e : lookups) {
            assertEquals(-2, e.control().error());
            assertEquals("SMC_GEN_NETLINK", text(e, "request.CTRL_ATTR_FAMILY_NAME"));
        }
        assertTrue(log("7.2", "genl-e-smc").contains("Module smc not found"));

        String name = "genl-e-smc";
        assertTrue(Files.exists(capture("6.12", name)), "the SMC capture is 6.12's");
        List<NetlinkMessage> smc = family("6.12", name, "SMC_GEN_NETLINK");
        NetlinkMessage sys = fromKernel(smc, "SMC_NETLINK_GET_SYS_INFO").get(0);
        assertTrue(num(sys, "SMC_GEN_SYS_INFO.SMC_NLA_SYS_VER") >= 1);
        assertTrue(FamilyAssertions.at(sys, "SMC_GEN_SYS_INFO.SMC_NLA_SYS_LOCAL_HOST").isPresent());
        NetlinkMessage stats = fromKernel(smc, "SMC_NETLINK_GET_STATS").get(0);
        // no SMC connection was made: every handshake count is 0
        assertEquals(0, num(stats, "SMC_GEN_STATS.SMC_NLA_STATS_CLNT_HS_ERR_CNT"));
        assertEquals(0, num(stats, "SMC_GEN_STATS.SMC_NLA_STATS_SMCR_TECH.SMC_NLA_STATS_T_CLNT_V1_SUCC"));
        // ADD_UEID "NLSCOPE-TEST-UEID" blank-padded to 32: DUMP_UEID lists it; after REMOVE_UEID the second dump does not
        List<NetlinkMessage> ueids = fromKernel(smc, "SMC_NETLINK_DUMP_UEID");
        assertEquals(1, ueids.size());
        assertEquals("NLSCOPE-TEST-UEID               ", text(ueids.get(0), "SMC_NLA_EID_TABLE_ENTRY"));
        // the handshake limitation: enabled, then disabled
        List<NetlinkMessage> hs = fromKernel(smc, "SMC_NETLINK_DUMP_HS_LIMITATION");
        assertEquals(2, hs.size());
        assertEquals(1, num(hs.get(0), "SMC_NLA_HS_LIMITATION_ENABLED"));
        assertEquals(0, num(hs.get(1), "SMC_NLA_HS_LIMITATION_ENABLED"));
    }

    @Test
    void ilaMappingsAreTheOnesAdded() throws IOException {
        for (String k : kernels("genl-e-ila")) {
            String name = "genl-e-ila";
            List<NetlinkMessage> ila = family(k, name, "ila");
            // ip ila add loc_match 2001:db8:1:2 loc 2001:db8:3:4 dev lo csum-mode neutral-map ident-type luid;
            // loc_match 2001:db8:5:6 loc 2001:db8:7:8 csum-mode adj-transport ident-type use-format; genlq.py's
            // ILA_CMD_ADD loc_match 2001:db8:9:a loc 2001:db8:b:c no-action luid hook input. The locators are u64s
            // in network order; the dump answers each with ILA_CMD_GET
            // in the capture: ip ila list (3 mappings), genlq.py's dump (3), ip ila list after the DEL (2), after the FLUSH (0)
            List<NetlinkMessage> dumped = fromKernel(ila, "ILA_CMD_GET");
            assertEquals(8, dumped.size(), k);
            Set<String> got = new TreeSet<>();
            for (NetlinkMessage m : dumped.subList(0, 3))
                got.add(String.format("%016x>%016x %s %s ifindex %d", num(m, "ILA_ATTR_LOCATOR_MATCH"), num(m, "ILA_ATTR_LOCATOR"),
                        show(m, "ILA_ATTR_CSUM_MODE").replaceAll(" .*", ""), show(m, "ILA_ATTR_IDENT_TYPE").replaceAll(" .*", ""),
                        num(m, "ILA_ATTR_IFINDEX")));
            assertEquals(Set.of(
                    "20010db800010002>20010db800030004 ILA_CSUM_NEUTRAL_MAP ILA_ATYPE_LUID ifindex 1",
                    "20010db800050006>20010db800070008 ILA_CSUM_ADJUST_TRANSPORT ILA_ATYPE_USE_FORMAT ifindex 0",
                    "20010db80009000a>20010db8000b000c ILA_CSUM_NO_ACTION ILA_ATYPE_LUID ifindex 0"), got, k);
            Set<Long> left = new TreeSet<>();
            for (NetlinkMessage m : dumped.subList(6, 8)) left.add(num(m, "ILA_ATTR_LOCATOR_MATCH"));
            assertEquals(Set.of(0x20010db800010002L, 0x20010db80009000aL), left, k);
            // the requests: genlq.py's ADD with hook type input, ip ila's DEL, the FLUSH
            NetlinkMessage add = toKernel(ila, "ILA_CMD_ADD").stream().filter(m -> m.field("ILA_ATTR_HOOK_TYPE").isPresent()).findFirst().orElseThrow();
            assertTrue(show(add, "ILA_ATTR_HOOK_TYPE").startsWith("ILA_HOOK_ROUTE_INPUT"), k);
            assertEquals(0x20010db800050006L, num(toKernel(ila, "ILA_CMD_DEL").get(0), "ILA_ATTR_LOCATOR_MATCH"), k);
            assertEquals(1, toKernel(ila, "ILA_CMD_FLUSH").size(), k);
        }
    }

    @Test
    void netShaperRefusesEveryRequestForDevicesWithoutShaperOperations() throws IOException {
        for (String k : kernels("genl-e-net_shaper")) {
            String name = "genl-e-net_shaper";
            family(k, name, "net-shaper");
            long dummy = shellVar(log(k, name), "IF");
            // CAP_GET, CAP_GET dump, GET, GET dump, SET, DELETE: six requests, six EOPNOTSUPP
            List<NetlinkMessage> refused = refusals(k, name, "net-shaper");
            assertEquals(List.of("NET_SHAPER_CMD_CAP_GET", "NET_SHAPER_CMD_CAP_GET", "NET_SHAPER_CMD_GET", "NET_SHAPER_CMD_GET",
                    "NET_SHAPER_CMD_SET", "NET_SHAPER_CMD_DELETE"), refused.stream().map(GenlCaptures::requestCmd).toList(), k);
            for (NetlinkMessage e : refused) assertEquals(-95, e.control().error(), k);
            // CAP_GET 1:u32=1 2:u32=1: lo's netdev scope, as the kernel echoes it
            assertEquals(1, num(refused.get(0), "request.NET_SHAPER_A_CAPS_IFINDEX"), k);
            assertTrue(show(refused.get(0), "request.NET_SHAPER_A_CAPS_SCOPE").startsWith("NET_SHAPER_SCOPE_NETDEV"), k);
            // SET 8:u32=$IF 1:nest{1:u32=1,2:u32=0} 2:u32=0 4:u64=1000000 on the dummy
            NetlinkMessage set = refused.get(4);
            assertEquals(dummy, num(set, "request.NET_SHAPER_A_IFINDEX"), k);
            assertTrue(show(set, "request.NET_SHAPER_A_HANDLE.NET_SHAPER_A_HANDLE_SCOPE").startsWith("NET_SHAPER_SCOPE_NETDEV"), k);
            assertEquals(0, num(set, "request.NET_SHAPER_A_HANDLE.NET_SHAPER_A_HANDLE_ID"), k);
            assertTrue(show(set, "request.NET_SHAPER_A_METRIC").startsWith("NET_SHAPER_METRIC_BPS"), k);
            assertEquals(1000000, num(set, "request.NET_SHAPER_A_BW_MAX"), k);
        }
    }

    @Test
    void dpllWithoutDevicesDumpsNothingAndRefusesLookups() throws IOException {
        for (String k : kernels("genl-e-dpll")) {
            String name = "genl-e-dpll";
            List<NetlinkMessage> all = generic(k, name);
            List<NetlinkMessage> dpll = family(k, name, "dpll");
            // DEVICE_GET and PIN_GET dumps: no device, no pin, so they are answered with NLMSG_DONE alone
            List<NetlinkMessage> requests = dpll.stream().filter(m -> m.direction() == Direction.TO_KERNEL).toList();
            assertEquals(List.of("DPLL_CMD_DEVICE_GET", "DPLL_CMD_PIN_GET", "DPLL_CMD_DEVICE_ID_GET", "DPLL_CMD_DEVICE_GET", "DPLL_CMD_PIN_ID_GET"),
                    requests.stream().map(GenlCaptures::cmd).toList(), k);
            long dones = all.stream().filter(m -> m.type() == 3 && m.direction() == Direction.FROM_KERNEL).count();
            assertEquals(2, dones, k);
            // DEVICE_ID_GET for module "ice", clock id 0x1234, type EEC; DEVICE_GET of id 0; PIN_ID_GET of "ice" "SMA1"
            NetlinkMessage idGet = requests.get(2);
            assertEquals("ice", text(idGet, "DPLL_A_MODULE_NAME"), k);
            assertEquals(0x1234, num(idGet, "DPLL_A_CLOCK_ID"), k);
            assertTrue(show(idGet, "DPLL_A_TYPE").startsWith("DPLL_TYPE_EEC"), k);
            assertEquals("SMA1", text(requests.get(4), "DPLL_A_PIN_BOARD_LABEL"), k);
            List<NetlinkMessage> refused = refusals(k, name, "dpll");
            for (NetlinkMessage e : refused) assertEquals(-19, e.control().error(), k);
            NetlinkMessage device = refused.stream().filter(e -> requestCmd(e).equals("DPLL_CMD_DEVICE_GET")).findFirst().orElseThrow();
            assertEquals(0, num(device, "request.DPLL_A_ID"), k);
            assertEquals("device not found", device.control().extAckMessage(), k);
            if (k.equals("7.2")) {
                // 7.2 refuses the lookups that find nothing with ENODEV "not found", echoing the request
                assertEquals(3, refused.size(), k);
                assertEquals("ice", text(refused.get(0), "request.DPLL_A_MODULE_NAME"), k);
                assertEquals("not found", refused.get(0).control().extAckMessage(), k);
                assertEquals("SMA1", text(refused.get(2), "request.DPLL_A_PIN_BOARD_LABEL"), k);
            } else {
                // 6.12 answers them with an empty DEVICE_ID_GET / PIN_ID_GET reply
                assertEquals(1, refused.size(), k);
                List<NetlinkMessage> empty = dpll.stream().filter(m -> m.direction() == Direction.FROM_KERNEL).toList();
                assertEquals(List.of("DPLL_CMD_DEVICE_ID_GET", "DPLL_CMD_PIN_ID_GET"), empty.stream().map(GenlCaptures::cmd).toList(), k);
                for (NetlinkMessage m : empty) assertEquals(List.of("nlmsghdr", "genlmsghdr"), m.fields().stream().map(Field::name).toList(), k);
            }
            assertEquals(Set.of("monitor"), announcedGroups(all, "dpll"), k);
        }
    }

    @Test
    void aLinksDpllPinNestIsTheDpllFamilysPinSet() {
        // IFLA_DPLL_PIN (linux/if_link.h) carries the pin's DPLL_A_PIN_* attributes: the same set as the family's
        SpecTables.Entry pin = SpecTables.enumTable("rtnetlink_link.ifla_attr").entries().values().stream()
                .filter(e -> e.name().equals("IFLA_DPLL_PIN")).findFirst().orElseThrow();
        assertEquals("genetlink_dpll.dpll_a_pin", pin.ext("nest").orElseThrow());
        assertEquals(32, SpecTables.enumTable("genetlink_dpll.dpll_a_pin").entries().size());
    }
}
