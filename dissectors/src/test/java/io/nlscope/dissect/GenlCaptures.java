package io.nlscope.dissect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tests of the generic netlink families recorded under testdata/kernels/KERNEL/ (NewerGenlFamilies*Test)
 * ask of a capture: its clean messages, a family's, its commands and refusals, and the values of their fields.
 */
final class GenlCaptures {
    private GenlCaptures() {}

    static final int GENERIC = 16;

    static Path capture(String kernel, String name) {
        return TestData.root().resolve("testdata/kernels/" + kernel + "/" + name + ".pcap");
    }

    /** The kernels a capture was recorded on, 7.2 always. */
    static List<String> kernels(String name) {
        List<String> ks = new ArrayList<>();
        for (String k : List.of("7.2", "6.12")) if (Files.exists(capture(k, name))) ks.add(k);
        assertTrue(ks.contains("7.2"), "no 7.2 capture " + name);
        return ks;
    }

    /** The scenario's commands and their output, kept next to the capture. */
    static String log(String kernel, String name) throws IOException {
        return Files.readString(TestData.root().resolve("testdata/kernels/" + kernel + "/" + name + ".commands.log"));
    }

    /** The command's name, or its number where the family does not name it. */
    static String cmd(NetlinkMessage m) {
        Value v = m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value();
        return v instanceof Value.Named n ? n.name() : v.display();
    }

    static long num(Field f) {
        return ((Value.Num) f.value()).value();
    }

    static long num(NetlinkMessage m, String path) {
        return num(FamilyAssertions.at(m, path).orElseThrow(() -> new AssertionError(m.summary() + ": no " + path)));
    }

    static String show(NetlinkMessage m, String path) {
        String s = FamilyAssertions.display(m, path);
        assertNotNull(s, m.summary() + ": no " + path);
        return s;
    }

    static String text(NetlinkMessage m, String path) {
        return ((Value.Text) FamilyAssertions.at(m, path).orElseThrow(() -> new AssertionError(m.summary() + ": no " + path)).value()).text();
    }

    /** All generic netlink messages of the capture (at least one), each checked clean (no malformed node, no attr_N). */
    static List<NetlinkMessage> generic(String kernel, String name) throws IOException {
        List<NetlinkMessage> all = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(capture(kernel, name)))
            for (NetlinkMessage m : f.messages()) {
                if (m.protocol() != GENERIC) continue;
                assertFalse(m.malformed(), kernel + " " + name + ": " + m.summary() + " " + m.problem().orElse(""));
                FamilyAssertions.noUnnamed(m.fields(), kernel + " " + name + " " + m.summary());
                all.add(m);
            }
        assertFalse(all.isEmpty(), kernel + " " + name + ": no generic netlink message");
        return all;
    }

    /** The family's messages of a capture (at least one), each with a named command. */
    static List<NetlinkMessage> family(String kernel, String name, String family) throws IOException {
        return family(generic(kernel, name), family);
    }

    static List<NetlinkMessage> family(List<NetlinkMessage> generic, String family) {
        List<NetlinkMessage> mine = new ArrayList<>();
        for (NetlinkMessage m : generic)
            if (m.typeName().equals(family)) {
                assertFalse(cmd(m).matches("\\d+|.*unknown.*"), "command not named: " + m.summary());
                mine.add(m);
            }
        assertFalse(mine.isEmpty(), "no " + family + " message");
        return mine;
    }

    static List<NetlinkMessage> fromKernel(List<NetlinkMessage> ms, String command) {
        List<NetlinkMessage> out = ms.stream().filter(m -> m.direction() == Direction.FROM_KERNEL && cmd(m).equals(command)).toList();
        assertFalse(out.isEmpty(), "no " + command + " from the kernel");
        return out;
    }

    static List<NetlinkMessage> toKernel(List<NetlinkMessage> ms, String command) {
        List<NetlinkMessage> out = ms.stream().filter(m -> m.direction() == Direction.TO_KERNEL && cmd(m).equals(command)).toList();
        assertFalse(out.isEmpty(), "no " + command + " request");
        return out;
    }

    /** The kernel's NLMSG_ERRORs (errno not 0) for requests of the family, in capture order, each echoing its request. */
    static List<NetlinkMessage> refusals(String kernel, String name, String family) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (NetlinkMessage m : generic(kernel, name)) {
            if (m.type() != 2 || m.control().error() == 0 || m.direction() != Direction.FROM_KERNEL) continue;
            String type = FamilyAssertions.display(m, "request.nlmsghdr.nlmsg_type");
            if (type != null && type.startsWith(family + " (")) out.add(m);
        }
        assertFalse(out.isEmpty(), kernel + " " + name + ": no error for a " + family + " request");
        return out;
    }

    /** The command of the request an NLMSG_ERROR echoes. */
    static String requestCmd(NetlinkMessage error) {
        return ((Value.Named) FamilyAssertions.at(error, "request.genlmsghdr.cmd").orElseThrow().value()).name();
    }

    /** The group names the family announced in the capture's CTRL_CMD_NEWFAMILY answers. */
    static Set<String> announcedGroups(List<NetlinkMessage> generic, String family) {
        Set<String> names = new TreeSet<>();
        for (NetlinkMessage m : generic) {
            if (!m.typeName().equals("nlctrl") || m.direction() != Direction.FROM_KERNEL || m.field("CTRL_ATTR_FAMILY_NAME").isEmpty()
                    || !((Value.Text) m.field("CTRL_ATTR_FAMILY_NAME").get().value()).text().equals(family)) continue;
            for (Field g : FamilyAssertions.findAll(m.fields(), "CTRL_ATTR_MCAST_GRP_NAME")) names.add(((Value.Text) g.value()).text());
        }
        return names;
    }
}
