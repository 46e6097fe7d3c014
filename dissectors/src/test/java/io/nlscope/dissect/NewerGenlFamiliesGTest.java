package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.nlscope.dissect.GenlCaptures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic netlink families of issue 15 part G, from real captures of Linux 7.2: nfc (nfcsim's two simulated
 * devices), binder (a failed transaction's report), dev-energymodel (no energy model in a virtual machine), and
 * psp, drm-ras and reg_event, which Debian's 7.2 builds without (CONFIG_INET_PSP, CONFIG_DRM_RAS and
 * CONFIG_REGULATOR_NETLINK_EVENTS are not set): for those the capture holds the family lookup the kernel refuses
 * with ENOENT. nfc is recorded on 6.12 too; 6.12 has neither binder's family nor dev-energymodel (their lookups
 * only). Scenarios: testdata/kernels/scenarios-genl-g.txt, asked with genlq.py; the expected values are what the
 * scenario's command lines set or what the commands printed (the .commands.log next to each capture), or, where
 * the kernel only refuses, the request's decoded attributes and the errno the kernel sent.
 */
class NewerGenlFamiliesGTest {

    private static List<String> flags(NetlinkMessage m, String path) {
        return ((Value.Flags) FamilyAssertions.at(m, path).orElseThrow(() -> new AssertionError(m.summary() + ": no " + path)).value()).names();
    }

    @Test
    void nfcsimsDevicesArePoweredAsTheScenarioSetThem() throws IOException {
        // the same scenario on 7.2 and 6.12 (whose nfc is the same family)
        for (String k : List.of("7.2", "6.12")) nfcOn(k);
    }

    private static void nfcOn(String kernel) throws IOException {
        String name = "genl-g-nfc";
        List<NetlinkMessage> nfc = family(kernel, name, "nfc");
        String log = log(kernel, name);
        assertTrue(log.contains("+ ls /sys/class/nfc\nnfc0\nnfc1\n"), "nfcsim's devices in sysfs");
        assertEquals(Set.of("events"), announcedGroups(generic(kernel, name), "nfc"));
        // GET_DEVICE: two dumps before DEV_UP and after it, the single get of device 0, the dump after DEV_DOWN
        List<NetlinkMessage> devices = fromKernel(nfc, "NFC_CMD_GET_DEVICE");
        assertEquals(7, devices.size(), kernel);
        long[] powered = {0, 0, 1, 1, 1, 0, 0};
        String[] names = {"nfc0", "nfc1", "nfc0", "nfc1", "nfc0", "nfc0", "nfc1"};
        for (int i = 0; i < devices.size(); i++) {
            NetlinkMessage d = devices.get(i);
            assertEquals(names[i], text(d, "NFC_ATTR_DEVICE_NAME"), kernel + " device " + i);
            // the index is the number in the name
            assertEquals(Long.parseLong(names[i].substring(3)), num(d, "NFC_ATTR_DEVICE_INDEX"), kernel + " device " + i);
            assertEquals(powered[i], num(d, "NFC_ATTR_DEVICE_POWERED"), kernel + " device " + i);
            assertTrue(flags(d, "NFC_ATTR_PROTOCOLS").contains("NFC_PROTO_NFC_DEP_MASK"), d.summary());
        }
        // the requests as genlq.py sent them
        List<NetlinkMessage> polls = toKernel(nfc, "NFC_CMD_START_POLL");
        assertEquals(2, polls.size());
        assertEquals(1, num(polls.get(0), "NFC_ATTR_DEVICE_INDEX"));
        assertEquals(List.of("NFC_PROTO_NFC_DEP_MASK"), flags(polls.get(0), "NFC_ATTR_TM_PROTOCOLS"));
        assertEquals(0, num(polls.get(1), "NFC_ATTR_DEVICE_INDEX"));
        assertEquals(List.of("NFC_PROTO_NFC_DEP_MASK"), flags(polls.get(1), "NFC_ATTR_IM_PROTOCOLS"));
        assertEquals(2, toKernel(nfc, "NFC_CMD_DEV_UP").size());
        assertEquals(2, toKernel(nfc, "NFC_CMD_DEV_DOWN").size());
        // device 0 polling as initiator found device 1 listening as an NFC-DEP target: TARGETS_FOUND on "events"
        // (a notification: seq 0), then the GET_TARGET dump holds that one target, speaking the protocol polled for
        NetlinkMessage found = fromKernel(nfc, "NFC_EVENT_TARGETS_FOUND").get(0);
        assertEquals(0, found.seq());
        assertEquals(0, num(found, "NFC_ATTR_DEVICE_INDEX"));
        assertTrue(log.contains("notification cmd 9 flags 0x0 len 28 attrs [1]"), "genlq's listener saw it");
        List<NetlinkMessage> targets = fromKernel(nfc, "NFC_CMD_GET_TARGET");
        assertEquals(1, targets.size());
        assertEquals(List.of("NFC_PROTO_NFC_DEP_MASK"), flags(targets.get(0), "NFC_ATTR_PROTOCOLS"));
        assertTrue(targets.get(0).field("NFC_ATTR_TARGET_INDEX").isPresent());
        int sensf = ((Value.Raw) targets.get(0).field("NFC_ATTR_TARGET_SENSF_RES").orElseThrow().value()).bytes().length;
        assertTrue(sensf > 0 && sensf <= 18, "SENSF_RES, at most NFC_SENSF_RES_MAXSIZE bytes: " + sensf);
        assertEquals(0, num(toKernel(nfc, "NFC_CMD_GET_TARGET").get(0), "NFC_ATTR_DEVICE_INDEX"));
        // LLC_GET_PARAMS answers for the device asked, with the LLCP link's three parameters
        NetlinkMessage llc = fromKernel(nfc, "NFC_CMD_LLC_GET_PARAMS").get(0);
        assertEquals(0, num(llc, "NFC_ATTR_DEVICE_INDEX"));
        for (String p : List.of("NFC_ATTR_LLC_PARAM_LTO", "NFC_ATTR_LLC_PARAM_RW", "NFC_ATTR_LLC_PARAM_MIUX"))
            assertTrue(llc.field(p).isPresent(), p);
        // STOP_POLL from a socket that did not start the poll: EINVAL, the request echoed
        NetlinkMessage stop = refusals(kernel, name, "nfc").get(0);
        assertEquals("NFC_CMD_STOP_POLL", requestCmd(stop));
        assertEquals(-22, stop.control().error());
        assertEquals(0, num(stop, "request.NFC_ATTR_DEVICE_INDEX"));
        assertTrue(log.contains("nfc 7: ERROR Invalid argument"));
    }

    @Test
    void binderReportsTheFailedTransactionTheClientSent() throws IOException {
        String kernel = "7.2", name = "genl-g-binder";
        List<NetlinkMessage> binder = family(kernel, name, "binder");
        String log = log(kernel, name);
        assertEquals(Set.of("report"), announcedGroups(generic(kernel, name), "binder"));
        // BINDER_CMD_REPORT as a request: the family takes none
        NetlinkMessage refused = refusals(kernel, name, "binder").get(0);
        assertEquals("BINDER_CMD_REPORT", requestCmd(refused));
        assertEquals(-95, refused.control().error());
        assertTrue(log.contains("binder 1: ERROR Operation not supported"));
        // the client's BC_TRANSACTION (code 0x1234, 8 bytes) to handle 0 with no context manager: reported on "report"
        Matcher pm = Pattern.compile("(?m)^pid (\\d+) tid (\\d+) write_consumed \\d+ read \\[(.*)\\]$").matcher(log);
        assertTrue(pm.find(), "the client's line in the commands log");
        NetlinkMessage report = fromKernel(binder, "BINDER_CMD_REPORT").get(0);
        assertEquals(0, report.seq(), "a notification");
        assertEquals(Long.parseLong(pm.group(1)), num(report, "BINDER_A_REPORT_FROM_PID"));
        assertEquals(Long.parseLong(pm.group(2)), num(report, "BINDER_A_REPORT_FROM_TID"));
        assertEquals(0x1234, num(report, "BINDER_A_REPORT_CODE"));
        assertEquals(8, num(report, "BINDER_A_REPORT_DATA_SIZE"));
        assertEquals(List.of(), flags(report, "BINDER_A_REPORT_FLAGS"), "the client set no TF_* flag");
        assertEquals("binder", text(report, "BINDER_A_REPORT_CONTEXT"), "the device's name: /dev/binder");
        // the error reported is the last return code the client read (BR_DEAD_REPLY, _IO('r', 5))
        String[] read = pm.group(3).replace("'", "").split(",\\s*");
        Value.Named error = (Value.Named) report.field("BINDER_A_REPORT_ERROR").orElseThrow().value();
        assertEquals(Long.decode(read[read.length - 1]), error.raw());
        assertEquals("BR_DEAD_REPLY", error.name());
        assertEquals(0x7205, error.raw());
        assertFalse(report.field("BINDER_A_REPORT_TO_PID").isPresent(), "no target process");
    }

    @Test
    void devEnergymodelHasNoPerformanceDomainInTheGuest() throws IOException {
        String kernel = "7.2", name = "genl-g-dev_energymodel";
        List<NetlinkMessage> em = family(kernel, name, "dev-energymodel");
        assertEquals(Set.of("event"), announcedGroups(generic(kernel, name), "dev-energymodel"));
        // the dump: NLMSG_DONE alone
        NetlinkMessage dump = toKernel(em, "DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS").get(0);
        assertTrue(FamilyAssertions.display(dump, "nlmsghdr.nlmsg_flags").contains("ROOT"), dump.summary());
        long dones = generic(kernel, name).stream()
                .filter(m -> m.type() == 3 && m.seq() == dump.seq() && m.direction() == Direction.FROM_KERNEL).count();
        assertEquals(1, dones);
        assertTrue(em.stream().noneMatch(m -> m.direction() == Direction.FROM_KERNEL), "the kernel sent no domain");
        // domain 0 asked by GET_PERF_DOMAINS and GET_PERF_TABLE: EINVAL, the requests echoed
        List<NetlinkMessage> errors = refusals(kernel, name, "dev-energymodel");
        assertEquals(2, errors.size());
        assertEquals("DEV_ENERGYMODEL_CMD_GET_PERF_DOMAINS", requestCmd(errors.get(0)));
        assertEquals(0, num(errors.get(0), "request.DEV_ENERGYMODEL_A_PERF_DOMAIN_PERF_DOMAIN_ID"));
        assertEquals("DEV_ENERGYMODEL_CMD_GET_PERF_TABLE", requestCmd(errors.get(1)));
        assertEquals(0, num(errors.get(1), "request.DEV_ENERGYMODEL_A_PERF_TABLE_PERF_DOMAIN_ID"));
        for (NetlinkMessage e : errors) assertEquals(-22, e.control().error());
        assertTrue(log(kernel, name).contains("dev-energymodel 2: ERROR Invalid argument"));
    }

    /** The family lookups of a family the kernel does not register: CTRL_CMD_GETFAMILY refused with ENOENT. */
    private static void absent(String kernel, String name, String family, int lookups) throws IOException {
        List<NetlinkMessage> all = generic(kernel, name);
        assertTrue(log(kernel, name).contains("family " + family + " is not registered"));
        int seen = 0;
        for (NetlinkMessage m : all) {
            if (m.type() != 2 || m.direction() != Direction.FROM_KERNEL) continue;
            assertEquals(-2, m.control().error(), m.summary());
            assertEquals("CTRL_CMD_GETFAMILY", requestCmd(m));
            assertEquals(family, text(m, "request.CTRL_ATTR_FAMILY_NAME"));
            seen++;
        }
        assertEquals(lookups, seen, name);
        assertTrue(all.stream().noneMatch(m -> m.typeName().equals(family)), "no " + family + " message at all");
    }

    @Test
    void pspDrmRasAndRegEventAreNotRegisteredByDebians72() throws IOException {
        // one lookup per genlq.py call: psp's listener and its four requests, drm-ras's two, reg_event's listener
        absent("7.2", "genl-g-psp", "psp", 5);
        absent("7.2", "genl-g-drm_ras", "drm-ras", 2);
        absent("7.2", "genl-g-reg_event", "reg_event", 1);
    }

    @Test
    void binderAndDevEnergymodelAreNewerThan612() throws IOException {
        // 6.12's binder has no netlink family and it has no dev-energymodel: the listener and request lookups fail
        absent("6.12", "genl-g-binder", "binder", 2);
        absent("6.12", "genl-g-dev_energymodel", "dev-energymodel", 4);
    }
}
