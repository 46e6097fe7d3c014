package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Generic netlink families of issue 15 part B, from real captures of Linux 7.2 (and 6.12 where
 * recorded): fou (`ip fou add port 5555 ipproto 4`, `ip fou show`) and SEG6 (`ip sr tunsrc set
 * 2001:db8::1`, `ip sr tunsrc show`). Scenarios: testdata/kernels/scenarios-genl-b.txt.
 */
class NewerGenlFamiliesBTest {
    private static final int GENERIC = 16;

    private static Path capture(String kernel, String name) {
        return TestData.root().resolve("testdata/kernels/" + kernel + "/" + name + ".pcap");
    }

    private static List<NetlinkMessage> generic(Path p) throws IOException {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(p))
            for (NetlinkMessage m : f.messages()) if (m.protocol() == GENERIC) out.add(m);
        return out;
    }

    private static String cmd(NetlinkMessage m) {
        return ((Value.Named) m.field("genlmsghdr").orElseThrow().child("cmd").orElseThrow().value()).name();
    }

    private static List<String> kernels(String name) {
        List<String> ks = new ArrayList<>();
        for (String k : List.of("7.2", "6.12")) if (Files.exists(capture(k, name))) ks.add(k);
        assertTrue(ks.contains("7.2"), "no 7.2 capture " + name);
        return ks;
    }

    /** Every message of the capture is clean, and at least one is of the family. */
    private static List<NetlinkMessage> family(String kernel, String name, String family) throws IOException {
        List<NetlinkMessage> all = generic(capture(kernel, name));
        for (NetlinkMessage m : all) {
            assertFalse(m.malformed(), kernel + " " + name + ": " + m.summary() + " " + m.problem().orElse(""));
            FamilyAssertions.noUnnamed(m.fields(), kernel + " " + name + " " + m.summary());
        }
        List<NetlinkMessage> mine = all.stream().filter(m -> m.typeName().equals(family)).toList();
        assertFalse(mine.isEmpty(), kernel + " " + name + ": no " + family + " message");
        return mine;
    }

    @Test
    void fouShowAnswersThePortIpFouAdded() throws IOException {
        for (String k : kernels("genl-b-fou")) {
            List<NetlinkMessage> fou = family(k, "genl-b-fou", "fou");
            // the kernel's FOU_CMD_GET dump answer (NLM_F_MULTI): commands log "port 5555 ipproto 4"
            List<NetlinkMessage> replies = fou.stream().filter(m -> cmd(m).equals("FOU_CMD_GET") && m.field("FOU_ATTR_PORT").isPresent()).toList();
            assertEquals(1, replies.size(), k);
            NetlinkMessage r = replies.get(0);
            assertEquals("5555", FamilyAssertions.display(r, "FOU_ATTR_PORT"), k);
            assertEquals("4", FamilyAssertions.display(r, "FOU_ATTR_IPPROTO"), k);
            assertEquals("2", FamilyAssertions.display(r, "FOU_ATTR_AF"), k);
            assertTrue(FamilyAssertions.display(r, "FOU_ATTR_TYPE").startsWith("FOU_ENCAP_DIRECT"), k);
            assertTrue(fou.stream().anyMatch(m -> cmd(m).equals("FOU_CMD_ADD")), k);
            assertTrue(fou.stream().anyMatch(m -> cmd(m).equals("FOU_CMD_DEL")), k);
        }
    }

    @Test
    void seg6TunsrcShowAnswersTheAddressSet() throws IOException {
        for (String k : kernels("genl-b-seg6")) {
            List<NetlinkMessage> seg6 = family(k, "genl-b-seg6", "SEG6");
            // the kernel's SEG6_CMD_GET_TUNSRC reply: commands log "tunsrc addr 2001:db8::1"
            List<NetlinkMessage> replies = seg6.stream().filter(m -> cmd(m).equals("SEG6_CMD_GET_TUNSRC") && m.field("SEG6_ATTR_DST").isPresent()).toList();
            assertEquals(1, replies.size(), k);
            assertEquals("2001:db8::1", FamilyAssertions.display(replies.get(0), "SEG6_ATTR_DST"), k);
            assertTrue(seg6.stream().anyMatch(m -> cmd(m).equals("SEG6_CMD_SET_TUNSRC")), k);
        }
    }

    @Test
    void ioam6NamespaceShowAnswersTheNamespaceAdded() throws IOException {
        for (String k : kernels("genl-b-ioam6")) {
            List<NetlinkMessage> ioam = family(k, "genl-b-ioam6", "IOAM6");
            // the kernel's dump answer: commands log "namespace 123, data 0x0000abcd, wide 0x1122334455667788"
            List<NetlinkMessage> replies = ioam.stream().filter(m -> cmd(m).equals("IOAM6_CMD_DUMP_NAMESPACES") && m.field("IOAM6_ATTR_NS_ID").isPresent()).toList();
            assertEquals(1, replies.size(), k);
            NetlinkMessage r = replies.get(0);
            assertEquals("123", FamilyAssertions.display(r, "IOAM6_ATTR_NS_ID"), k);
            assertEquals(0xabcdL, ((Value.Num) r.field("IOAM6_ATTR_NS_DATA").orElseThrow().value()).value(), k);
            assertEquals(0x1122334455667788L, ((Value.Num) r.field("IOAM6_ATTR_NS_DATA_WIDE").orElseThrow().value()).value(), k);
            assertTrue(ioam.stream().anyMatch(m -> cmd(m).equals("IOAM6_CMD_ADD_NAMESPACE")), k);
        }
    }
}
