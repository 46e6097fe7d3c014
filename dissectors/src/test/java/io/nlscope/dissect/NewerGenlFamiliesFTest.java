package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static io.nlscope.dissect.GenlCaptures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic netlink families of issue 15 part F, from real captures of Linux 7.2 (and 6.12 where recorded): lockd,
 * sunrpc, cifs, drbd, SMC_PNETID (6.12 only: Debian's 7.2 has no smc module) and the legacy TIPC family.
 * Scenarios: testdata/kernels/scenarios-genl-f.txt, asked with genlq.py; the expected values are what the
 * scenario's command lines set, or what the commands printed (the .commands.log next to each capture).
 */
class NewerGenlFamiliesFTest {

    /** The kernels a capture was recorded on; {@code first} must be among them. */
    private static List<String> kernels(String name, String first) {
        List<String> ks = new ArrayList<>();
        for (String k : List.of("7.2", "6.12")) if (Files.exists(capture(k, name))) ks.add(k);
        assertTrue(ks.contains(first), "no " + first + " capture " + name);
        return ks;
    }

    /** The kernel's answers to requests of the family: ACKs (errno 0) and NLMSG_DONEs, in capture order. */
    private static long acksAndDones(List<NetlinkMessage> generic) {
        return generic.stream().filter(m -> m.direction() == Direction.FROM_KERNEL && (m.type() == 3 || m.type() == 2 && m.control().error() == 0)).count();
    }

    @Test
    void lockdServerSettingsAreTheOnesSet() throws IOException {
        String name = "genl-f-lockd";
        for (String k : kernels(name, "7.2")) {
            List<NetlinkMessage> lockd = family(generic(k, name), "lockd");
            // genlq.py lockd 1 --ack 1:u32=45 2:u16=4045 3:u16=4046, as sent and as the SERVER_GET after it answers
            NetlinkMessage set = toKernel(lockd, "LOCKD_CMD_SERVER_SET").get(0);
            assertEquals(45, num(set, "LOCKD_A_SERVER_GRACETIME"), k);
            assertEquals(4045, num(set, "LOCKD_A_SERVER_TCP_PORT"), k);
            assertEquals(4046, num(set, "LOCKD_A_SERVER_UDP_PORT"), k);
            List<NetlinkMessage> got = fromKernel(lockd, "LOCKD_CMD_SERVER_GET");
            assertEquals(2, got.size(), k);
            // before: all three present (genlq.py printed "attrs [1, 2, 3]" for both answers)
            for (String a : List.of("LOCKD_A_SERVER_GRACETIME", "LOCKD_A_SERVER_TCP_PORT", "LOCKD_A_SERVER_UDP_PORT"))
                assertTrue(got.get(0).field(a).isPresent(), k + " " + a);
            assertTrue(log(k, name).contains("lockd 2: cmd 2 flags 0x0 len 44 attrs [1, 2, 3]"), k);
            NetlinkMessage after = got.get(1);
            assertEquals(45, num(after, "LOCKD_A_SERVER_GRACETIME"), k);
            assertEquals(4045, num(after, "LOCKD_A_SERVER_TCP_PORT"), k);
            assertEquals(4046, num(after, "LOCKD_A_SERVER_UDP_PORT"), k);
            // the ports are u16: 2 bytes of value (a 6-byte attribute)
            assertEquals(6, FamilyAssertions.at(after, "LOCKD_A_SERVER_TCP_PORT").orElseThrow().length(), k);
        }
    }

    @Test
    void sunrpcNotifiesAndListsTheIpMapRequestOfAnNfsCall() throws IOException {
        String name = "genl-f-sunrpc";
        List<NetlinkMessage> all = generic("7.2", name);
        List<NetlinkMessage> sunrpc = family(all, "sunrpc");
        String log = log("7.2", name);
        // before nfsd runs: IP_MAP_GET_REQS and UNIX_GID_GET_REQS dumps with nothing pending ("sunrpc 2: DONE",
        // "sunrpc 4: DONE"), CACHE_FLUSH 1:u32=3 ("sunrpc 6: ACK")
        assertTrue(log.contains("sunrpc 2: DONE") && log.contains("sunrpc 4: DONE") && log.contains("sunrpc 6: ACK"));
        assertEquals(List.of("SUNRPC_CMD_IP_MAP_GET_REQS", "SUNRPC_CMD_UNIX_GID_GET_REQS", "SUNRPC_CMD_CACHE_FLUSH", "SUNRPC_CMD_IP_MAP_GET_REQS"),
                sunrpc.stream().filter(m -> m.direction() == Direction.TO_KERNEL).map(GenlCaptures::cmd).toList());
        NetlinkMessage flush = toKernel(sunrpc, "SUNRPC_CMD_CACHE_FLUSH").get(0);
        assertEquals(3, ((Value.Flags) FamilyAssertions.at(flush, "SUNRPC_A_CACHE_FLUSH_MASK").orElseThrow().value()).raw());
        assertTrue(show(flush, "SUNRPC_A_CACHE_FLUSH_MASK").contains("SUNRPC_CACHE_TYPE_IP_MAP|SUNRPC_CACHE_TYPE_UNIX_GID"));
        // the NFSv4 COMPOUND from 127.0.0.1: the kernel notifies "exportd" that the ip_map cache needs an entry
        // (the listener printed "notification cmd 1 flags 0x0 len 28 attrs [1]")
        assertTrue(log.contains("notification cmd 1 flags 0x0 len 28 attrs [1]"));
        NetlinkMessage notify = fromKernel(sunrpc, "SUNRPC_CMD_CACHE_NOTIFY").get(0);
        assertEquals(0, notify.seq());
        assertEquals(1, ((Value.Flags) FamilyAssertions.at(notify, "SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE").orElseThrow().value()).raw());
        assertTrue(show(notify, "SUNRPC_A_CACHE_NOTIFY_CACHE_TYPE").contains("SUNRPC_CACHE_TYPE_IP_MAP"));
        // the second IP_MAP_GET_REQS dump lists it: class nfsd, address 127.0.0.1, as the cache's content file
        // shows the pending entry ("# nfsd 127.0.0.1 -no-domain-")
        assertTrue(log.contains("# nfsd 127.0.0.1 -no-domain-"));
        List<NetlinkMessage> reqs = fromKernel(sunrpc, "SUNRPC_CMD_IP_MAP_GET_REQS");
        assertEquals(1, reqs.size());
        NetlinkMessage req = reqs.get(0);
        assertEquals(1, FamilyAssertions.findAll(req.fields(), "SUNRPC_A_IP_MAP_REQS_REQUESTS").size());
        assertEquals("nfsd", text(req, "SUNRPC_A_IP_MAP_REQS_REQUESTS.SUNRPC_A_IP_MAP_CLASS"));
        assertEquals("127.0.0.1", text(req, "SUNRPC_A_IP_MAP_REQS_REQUESTS.SUNRPC_A_IP_MAP_ADDR"));
        // a u64: 8 bytes of value
        assertEquals(12, FamilyAssertions.at(req, "SUNRPC_A_IP_MAP_REQS_REQUESTS.SUNRPC_A_IP_MAP_SEQNO").orElseThrow().length());
        // the groups of sunrpc_netlink.h: SUNRPC_MCGRP_NONE and SUNRPC_MCGRP_EXPORTD
        assertEquals(Set.of("none", "exportd"), announcedGroups(all, "sunrpc"));
        // 6.12 has no sunrpc family: only 7.2 is recorded
        assertFalse(Files.exists(capture("6.12", name)));
    }

    @Test
    void cifsIsNotRegisteredByDebiansKernels() throws IOException {
        // Debian builds cifs without CONFIG_CIFS_SWN_UPCALL: modprobe cifs registers no family, and genlq.py's
        // CTRL_CMD_GETFAMILY for "cifs" is refused with ENOENT (three times: the listener and two requests)
        String name = "genl-f-cifs";
        List<NetlinkMessage> all = generic("7.2", name);
        assertTrue(log("7.2", name).contains("family cifs is not registered"));
        List<NetlinkMessage> asked = all.stream().filter(m -> m.typeName().equals("nlctrl") && m.direction() == Direction.TO_KERNEL
                && m.field("CTRL_ATTR_FAMILY_NAME").isPresent() && text(m, "CTRL_ATTR_FAMILY_NAME").equals("cifs")).toList();
        assertEquals(3, asked.size());
        List<NetlinkMessage> refused = all.stream().filter(m -> m.type() == 2 && m.control().error() != 0).toList();
        assertEquals(3, refused.size());
        for (NetlinkMessage e : refused) assertEquals(-2, e.control().error());
        assertTrue(all.stream().noneMatch(m -> m.typeName().equals("cifs")));
        // what the spec gives the family's numbers: the header's, read back from the tables
        assertEquals("CIFS_GENL_CMD_SWN_NOTIFY", SpecTables.enumTable("genetlink_cifs.cifs_genl_commands").entries().get(3L).name());
        assertEquals("CIFS_GENL_ATTR_SWN_RESOURCE_NAME", SpecTables.enumTable("genetlink_cifs.cifs_genl_attributes").entries().get(14L).name());
    }

    @Test
    void drbdResourceIsCreatedListedAndDeleted() throws IOException {
        String name = "genl-f-drbd";
        for (String k : kernels(name, "7.2")) {
            List<NetlinkMessage> all = generic(k, name);
            List<NetlinkMessage> drbd = family(all, "drbd");
            // --hdr ffffffff00000000 (minor ~0) but for NEW_MINOR and DEL_MINOR (--hdr 0000000000000000: minor 0); no flags
            List<NetlinkMessage> requests = drbd.stream().filter(m -> m.direction() == Direction.TO_KERNEL).toList();
            assertEquals(List.of("DRBD_ADM_GET_STATUS", "DRBD_ADM_NEW_RESOURCE", "DRBD_ADM_GET_RESOURCES", "DRBD_ADM_NEW_MINOR",
                    "DRBD_ADM_GET_DEVICES", "DRBD_ADM_DEL_MINOR", "DRBD_ADM_DEL_RESOURCE", "DRBD_ADM_GET_RESOURCES"),
                    requests.stream().map(GenlCaptures::cmd).toList(), k);
            for (NetlinkMessage r : requests) {
                boolean minor0 = cmd(r).endsWith("_MINOR");
                assertEquals(minor0 ? 0 : 0xffffffffL, num(r, "drbd_genlmsghdr.minor"), k);
                assertEquals(0, num(r, "drbd_genlmsghdr.flags"), k);
            }
            // NEW_MINOR '2:nest{0x4002:strz=nlr0,0x4001:u32=0}': volume 0 of nlr0 (bit 14 read as netlink's byte-order
            // flag: 0 either way); /proc/drbd then lists minor 0 unconfigured
            NetlinkMessage newMinor = toKernel(drbd, "DRBD_ADM_NEW_MINOR").get(0);
            assertEquals("nlr0", text(newMinor, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
            assertEquals(0, num(newMinor, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_VOLUME"), k);
            assertTrue(log(k, name).contains("\n 0: cs:Unconfigured\n"), k);
            // GET_DEVICES lists it ("drbd 31: cmd 31 flags 0x2 len 204 attrs [2, 16, 20]"): minor 0, volume 0 of nlr0,
            // no disk attached (D_DISKLESS), nothing read or written
            assertTrue(log(k, name).contains("drbd 31: cmd 31 flags 0x2 len 204 attrs [2, 16, 20]"), k);
            NetlinkMessage dev = fromKernel(drbd, "DRBD_ADM_GET_DEVICES").get(0);
            assertEquals(0, num(dev, "drbd_genlmsghdr.minor"), k);
            assertEquals("nlr0", text(dev, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
            assertEquals(0, num(dev, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_VOLUME"), k);
            assertTrue(show(dev, "DRBD_NLA_DEVICE_INFO.DRBD_A_DEVICE_INFO_DEV_DISK_STATE").startsWith("D_DISKLESS"), k);
            assertEquals(0, num(dev, "DRBD_NLA_DEVICE_STATISTICS.DRBD_A_DEVICE_STATISTICS_DEV_SIZE"), k);
            assertEquals(0, num(dev, "DRBD_NLA_DEVICE_STATISTICS.DRBD_A_DEVICE_STATISTICS_DEV_WRITE"), k);
            // the device's events: created with NEW_MINOR, destroyed with DEL_MINOR
            List<NetlinkMessage> devEvents = fromKernel(drbd, "DRBD_ADM_DEVICE_STATE");
            assertEquals(2, devEvents.size(), k);
            assertEquals(1, num(devEvents.get(0), "DRBD_NLA_NOTIFICATION_HEADER.DRBD_A_DRBD_NOTIFICATION_HEADER_NH_TYPE"), k);
            assertEquals(3, num(devEvents.get(1), "DRBD_NLA_NOTIFICATION_HEADER.DRBD_A_DRBD_NOTIFICATION_HEADER_NH_TYPE"), k);
            // NEW_RESOURCE and DEL_RESOURCE '2:nest{0x4002:strz=nlr0}': the resource name in DRBD_NLA_CFG_CONTEXT
            for (String c : List.of("DRBD_ADM_NEW_RESOURCE", "DRBD_ADM_DEL_RESOURCE")) {
                assertEquals("nlr0", text(toKernel(drbd, c).get(0), "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
                // the kernel's reply names it too, with ret_code NO_ERROR (101, drbd.h) where requests have flags
                NetlinkMessage reply = fromKernel(drbd, c).get(0);
                assertEquals("nlr0", text(reply, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
                assertEquals(101, num(reply, "drbd_genlmsghdr.flags"), k);
            }
            // GET_RESOURCES between them lists nlr0 (genlq.py: "drbd 30: cmd 30 flags 0x2 len 112 attrs [2, 4, 15, 19]"),
            // the second one nothing ("drbd 30: DONE" alone)
            assertTrue(log(k, name).contains("drbd 30: cmd 30 flags 0x2 len 112 attrs [2, 4, 15, 19]"), k);
            List<NetlinkMessage> listed = fromKernel(drbd, "DRBD_ADM_GET_RESOURCES");
            assertEquals(1, listed.size(), k);
            NetlinkMessage res = listed.get(0);
            assertEquals(List.of("nlmsghdr", "genlmsghdr", "drbd_genlmsghdr", "DRBD_NLA_CFG_CONTEXT", "DRBD_NLA_RESOURCE_OPTS",
                    "DRBD_NLA_RESOURCE_INFO", "DRBD_NLA_RESOURCE_STATISTICS"), res.fields().stream().map(Field::name).toList(), k);
            assertEquals("nlr0", text(res, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
            // a new resource is Secondary (R_SECONDARY 2) and not suspended; its options are the defaults (no CPU mask, io-error)
            assertTrue(show(res, "DRBD_NLA_RESOURCE_INFO.DRBD_A_RESOURCE_INFO_RES_ROLE").startsWith("R_SECONDARY"), k);
            assertEquals(0, num(res, "DRBD_NLA_RESOURCE_INFO.DRBD_A_RESOURCE_INFO_RES_SUSP"), k);
            assertEquals("", text(res, "DRBD_NLA_RESOURCE_OPTS.DRBD_A_RES_OPTS_CPU_MASK"), k);
            assertTrue(show(res, "DRBD_NLA_RESOURCE_OPTS.DRBD_A_RES_OPTS_ON_NO_DATA").startsWith("OND_IO_ERROR"), k);
            // the events on group "events": the resource created (NOTIFY_CREATE 1), then destroyed (NOTIFY_DESTROY 3)
            List<NetlinkMessage> events = fromKernel(drbd, "DRBD_ADM_RESOURCE_STATE");
            assertEquals(2, events.size(), k);
            assertEquals(1, num(events.get(0), "DRBD_NLA_NOTIFICATION_HEADER.DRBD_A_DRBD_NOTIFICATION_HEADER_NH_TYPE"), k);
            assertEquals(3, num(events.get(1), "DRBD_NLA_NOTIFICATION_HEADER.DRBD_A_DRBD_NOTIFICATION_HEADER_NH_TYPE"), k);
            for (NetlinkMessage e : events) {
                // multicast (port id 0), numbered by drbd's own event counter, not a request's sequence number
                assertEquals(0, e.pid(), k);
                assertEquals("nlr0", text(e, "DRBD_NLA_CFG_CONTEXT.DRBD_A_DRBD_CFG_CONTEXT_CTX_RESOURCE_NAME"), k);
            }
            assertEquals(Set.of("events"), announcedGroups(all, "drbd"), k);
        }
    }

    @Test
    void smcPnetidTableHoldsThePnetidAddedUntilDeletedAndFlushed() throws IOException {
        String name = "genl-f-smc_pnetid";
        // 6.12 only: Debian's 7.2 has no smc module
        assertFalse(Files.exists(capture("7.2", name)));
        List<NetlinkMessage> all = generic("6.12", name);
        List<NetlinkMessage> smc = family(all, "SMC_PNETID");
        assertEquals(List.of("SMC_PNETID_GET", "SMC_PNETID_ADD", "SMC_PNETID_GET", "SMC_PNETID_GET", "SMC_PNETID_DEL", "SMC_PNETID_ADD",
                "SMC_PNETID_FLUSH", "SMC_PNETID_GET"), smc.stream().filter(m -> m.direction() == Direction.TO_KERNEL).map(GenlCaptures::cmd).toList());
        // ADD 1:strz=NLSCOPE1 2:strz=pn0 (twice)
        for (NetlinkMessage add : toKernel(smc, "SMC_PNETID_ADD")) {
            assertEquals("NLSCOPE1", text(add, "SMC_PNETID_NAME"));
            assertEquals("pn0", text(add, "SMC_PNETID_ETHNAME"));
        }
        assertEquals("NLSCOPE1", text(toKernel(smc, "SMC_PNETID_DEL").get(0), "SMC_PNETID_NAME"));
        // the dump after the first ADD and the GET of NLSCOPE1 answer the one entry ("cmd 1 flags 0x2 len 60 attrs [1, 2, 3, 4]");
        // the first dump (empty table) and the one after FLUSH answer none
        List<NetlinkMessage> entries = fromKernel(smc, "SMC_PNETID_GET");
        assertEquals(2, entries.size());
        String log = log("6.12", name);
        assertEquals(2, log.split("SMC_PNETID 1: cmd 1 flags 0x2 len 60 attrs \\[1, 2, 3, 4\\]", -1).length - 1);
        for (NetlinkMessage e : entries) {
            assertEquals("NLSCOPE1", text(e, "SMC_PNETID_NAME"));
            assertEquals("pn0", text(e, "SMC_PNETID_ETHNAME"));
            assertTrue(e.field("SMC_PNETID_IBNAME").isPresent() && e.field("SMC_PNETID_IBPORT").isPresent());
        }
        // ADD, DEL, ADD, FLUSH acknowledged; four dumps closed by NLMSG_DONE
        assertEquals(8, acksAndDones(all));
    }

    @Test
    void legacyTipcAnswersNetIdAndMediaAsNetworkOrderTlvs() throws IOException {
        String name = "genl-f-tipc_legacy";
        for (String k : kernels(name, "7.2")) {
            List<NetlinkMessage> tipc = family(generic(k, name), "TIPC");
            // the kernel's answer copies the request's nlmsghdr, flags included (NLM_F_REQUEST: nlscope cannot tell
            // the direction by it): each of the four sequence numbers has the request, then the answer
            assertEquals(8, tipc.size(), k);
            List<String> cmds = new ArrayList<>();
            for (int i = 0; i < 8; i += 2) {
                NetlinkMessage req = tipc.get(i), ans = tipc.get(i + 1);
                assertEquals(req.seq(), ans.seq(), k);
                assertEquals("TIPC_GENL_CMD", cmd(req), k);
                assertEquals(show(req, "tipc_genlmsghdr.cmd"), show(ans, "tipc_genlmsghdr.cmd"), k);
                assertEquals(0, num(req, "tipc_genlmsghdr.dest"), k);
                cmds.add(show(req, "tipc_genlmsghdr.cmd").replaceAll(" .*", ""));
            }
            // --hdr 0000000003000000, 000000000b400000, 0000000002000000, 0000000001000000+TLV
            assertEquals(List.of("TIPC_CMD_GET_BEARER_NAMES", "TIPC_CMD_GET_NETID", "TIPC_CMD_GET_MEDIA_NAMES", "TIPC_CMD_GET_NODES"), cmds, k);
            // no bearer enabled, no node known: those answers hold no TLV
            assertEquals(3, tipc.get(1).fields().size(), k);
            assertEquals(3, tipc.get(7).fields().size(), k);
            // GET_NODES' request TLV: TIPC_TLV_NET_ADDR 0 (00080011 00000000)
            assertEquals(0, num(tipc.get(6), "TIPC_TLV_NET_ADDR"), k);
            // the net id, as iproute2's tipc printed it over TIPCv2 ("+ tipc node get netid" then "4711")
            String log = log(k, name);
            assertTrue(log.contains("+ tipc node get netid\n4711\n"), k);
            assertEquals(4711, num(tipc.get(3), "TIPC_TLV_UNSIGNED"), k);
            // the media, as tipc media list printed them
            assertTrue(log.contains("+ tipc media list\neth\nib\nudp\n"), k);
            assertEquals(List.of("eth", "ib", "udp"), FamilyAssertions.findAll(tipc.get(5).fields(), "TIPC_TLV_MEDIA_NAME").stream()
                    .map(f -> ((Value.Text) f.value()).text()).toList(), k);
        }
    }
}
