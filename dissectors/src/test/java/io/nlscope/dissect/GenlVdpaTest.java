package io.nlscope.dissect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.nlscope.dissect.FamilyAssertions.noUnnamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vdpa family on Linux 7.2 and 6.12 (testdata/kernels/scenarios-genl-vdpa.txt: iproute2's vdpa with VDUSE's
 * management device, Debian's kernels having no vdpa_sim). The kernel's answer to `vdpa -j mgmtdev show` decodes to
 * what the tool printed (genl-vdpa.mgmtdev.json); the device VDUSE was never given is refused with EINVAL, the
 * config of a device that does not exist with ENODEV.
 */
class GenlVdpaTest {
    private static final Map<String, Integer> VIRTIO_IDS = Map.of("net", 1, "block", 2);   // linux/virtio_ids.h

    private static Path file(String kernel, String name) { return TestData.root().resolve("testdata/kernels/" + kernel + "/" + name); }

    private static String cmd(NetlinkMessage m) {
        return ((Value.Named) m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value()).name();
    }

    private static Value attr(NetlinkMessage m, String name) { return m.field(name).orElseThrow(() -> new AssertionError(name)).value(); }

    @ParameterizedTest
    @ValueSource(strings = {"7.2", "6.12"})
    void managementDevicesRequestsAndRefusals(String kernel) throws Exception {
        assertTrue(Files.readString(file(kernel, "summary.txt")).contains("kernel " + kernel + "."), kernel);
        List<NetlinkMessage> ms = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(file(kernel, "genl-vdpa.pcap"))) ms.addAll(f.messages());
        List<NetlinkMessage> vdpa = ms.stream().filter(m -> m.protocol() == 16 && m.typeName().equals("vdpa")).toList();
        assertTrue(vdpa.size() >= 4, kernel + ": vdpa messages " + vdpa.size());
        for (NetlinkMessage m : ms) {
            assertFalse(m.malformed(), m.summary());
            noUnnamed(m.fields(), kernel + " frame " + m.frame());
        }
        // vdpa -j mgmtdev show (and genlq.py's dump): each answer is a VDPA_CMD_MGMTDEV_NEW naming VDUSE
        JsonNode shown = new ObjectMapper().readTree(file(kernel, "genl-vdpa.mgmtdev.json").toFile()).path("mgmtdev");
        String name = shown.fieldNames().next();
        JsonNode dev = shown.path(name);
        List<NetlinkMessage> mgmt = vdpa.stream().filter(m -> m.direction() == Direction.FROM_KERNEL && cmd(m).equals("VDPA_CMD_MGMTDEV_NEW")).toList();
        assertEquals(2, mgmt.size(), kernel + ": two mgmtdev dumps, one device each");
        for (NetlinkMessage m : mgmt) {
            assertEquals(name, ((Value.Text) attr(m, "VDPA_ATTR_MGMTDEV_DEV_NAME")).text());
            assertFalse(m.field("VDPA_ATTR_MGMTDEV_BUS_NAME").isPresent(), "VDUSE's management device is on no bus");
            long classes = 0;
            for (JsonNode c : dev.path("supported_classes")) classes |= 1L << VIRTIO_IDS.get(c.asText());
            assertEquals(classes, ((Value.Num) attr(m, "VDPA_ATTR_MGMTDEV_SUPPORTED_CLASSES")).value());
            assertEquals(dev.path("max_supported_vqs").asLong(), ((Value.Num) attr(m, "VDPA_ATTR_DEV_MGMTDEV_MAX_VQS")).value());
            assertEquals(0, ((Value.Num) attr(m, "VDPA_ATTR_DEV_SUPPORTED_FEATURES")).value(), "dev_features: []");
        }
        // vdpa dev add name vd0 mgmtdev vduse: the request, and the kernel's EINVAL ("kernel answers: Invalid argument")
        NetlinkMessage add = vdpa.stream().filter(m -> cmd(m).equals("VDPA_CMD_DEV_NEW")).findFirst().orElseThrow();
        assertEquals("vd0", ((Value.Text) attr(add, "VDPA_ATTR_DEV_NAME")).text());
        assertEquals("vduse", ((Value.Text) attr(add, "VDPA_ATTR_MGMTDEV_DEV_NAME")).text());
        assertTrue(ms.stream().anyMatch(m -> m.type() == 2 && m.seq() == add.seq() && m.control().error() == -22), kernel + ": EINVAL");
        // vdpa dev config show vd0: ENODEV
        NetlinkMessage config = vdpa.stream().filter(m -> cmd(m).equals("VDPA_CMD_DEV_CONFIG_GET")).findFirst().orElseThrow();
        assertEquals("vd0", ((Value.Text) attr(config, "VDPA_ATTR_DEV_NAME")).text());
        assertTrue(ms.stream().anyMatch(m -> m.type() == 2 && m.seq() == config.seq() && m.control().error() == -19), kernel + ": ENODEV");
        // vdpa -j dev show printed {"dev":{}}: the kernel's dump held no device, only its DONE
        assertTrue(vdpa.stream().anyMatch(m -> cmd(m).equals("VDPA_CMD_DEV_GET") && m.direction() == Direction.TO_KERNEL));
        assertFalse(vdpa.stream().anyMatch(m -> cmd(m).equals("VDPA_CMD_DEV_NEW") && m.direction() == Direction.FROM_KERNEL));
        String log = Files.readString(file(kernel, "genl-vdpa.commands.log"));
        assertTrue(log.contains("{\"dev\":{}}") && log.contains("dev add refused") && log.contains("No such device"), log);
    }
}
