package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CTRL_CMD_GETPOLICY dumps from 7.2.13 (testdata/kernels/7.2/genl-policy.pcap, scenarios-genl-policy.txt): nlctrl's
 * own policies and those of ethtool's ETHTOOL_MSG_LINKINFO_GET. CTRL_ATTR_POLICY is a nest-array numbered twice
 * (-nl-array-depth: 2), decoded from the spec alone; and the kernel's policy of each nlctrl attribute is the type
 * genetlink_ctrl.ksy gives it.
 */
class GenlPolicyTest {
    private static final Path FILE = TestData.root().resolve("testdata/kernels/7.2/genl-policy.pcap");

    private static List<NetlinkMessage> answers(String familyId) throws Exception {
        List<NetlinkMessage> out = new ArrayList<>();
        for (DissectedFrame f : TestData.dissectAll(FILE))
            for (NetlinkMessage m : f.messages()) {
                assertFalse(m.malformed(), String.valueOf(m.problem()));
                FamilyAssertions.noUnnamed(m.fields(), "frame " + m.frame());
                if (m.direction() == Direction.FROM_KERNEL && m.operation().equals("CTRL_CMD_GETPOLICY")
                        && FamilyAssertions.display(m, "CTRL_ATTR_FAMILY_ID").equals(familyId)) out.add(m);
            }
        assertFalse(out.isEmpty(), "no policy of family " + familyId);
        return out;
    }

    /** policy index -> attribute type -> the NL_POLICY_TYPE_ATTR_* of the entry. */
    private static Map<Integer, Map<Integer, Field>> policies(List<NetlinkMessage> answers) {
        Map<Integer, Map<Integer, Field>> p = new TreeMap<>();
        for (NetlinkMessage m : answers)
            m.field("CTRL_ATTR_POLICY").ifPresent(pol -> {
                for (Field idx : pol.children())
                    for (Field attr : idx.children())
                        p.computeIfAbsent(index(idx), k -> new TreeMap<>()).put(index(attr), attr);
            });
        return p;
    }

    private static int index(Field f) {
        assertTrue(f.name().matches("\\[\\d+]"), f.name());
        return Integer.parseInt(f.name().substring(1, f.name().length() - 1));
    }

    private static String type(Field entry) {
        String t = entry.child("NL_POLICY_TYPE_ATTR_TYPE").orElseThrow().value().display();
        return t.substring("NL_ATTR_TYPE_".length(), t.indexOf(' '));
    }

    @Test
    void nlctrlsPolicyIsTheTypeTheSpecGivesEachAttribute() throws Exception {
        Map<Integer, Map<Integer, Field>> p = policies(answers("16"));
        Map<Integer, Field> ctrl = p.get(0);
        assertEquals("U16", type(ctrl.get(1)), "CTRL_ATTR_FAMILY_ID");
        assertEquals("65535", ctrl.get(1).child("NL_POLICY_TYPE_ATTR_MAX_VALUE_U").orElseThrow().value().display());
        assertEquals("NUL_STRING", type(ctrl.get(2)), "CTRL_ATTR_FAMILY_NAME");
        assertEquals("15", ctrl.get(2).child("NL_POLICY_TYPE_ATTR_MAX_LENGTH").orElseThrow().value().display(), "GENL_NAMSIZ - 1");
        // every attribute the kernel's policy names: the spec's -nl-type reads that kernel type
        Map<String, String> kernelToSpec = Map.of("U8", "u8", "U16", "u16", "U32", "u32", "U64", "u64", "NUL_STRING", "string",
                "STRING", "string", "FLAG", "flag", "NESTED", "nest", "NESTED_ARRAY", "nest-array");
        SpecTables.EnumTable attrs = SpecTables.enumTable("genetlink_ctrl.ctrl_attr");
        for (Map.Entry<Integer, Field> e : ctrl.entrySet()) {
            String spec = attrs.get(e.getKey()).orElseThrow().ext("type").orElseThrow();
            assertEquals(kernelToSpec.get(type(e.getValue())), spec, "ctrl_attr " + e.getKey());
        }
        assertEquals(java.util.Set.of(1, 2), ctrl.keySet(), "CTRL_CMD_GETPOLICY takes a family id or name (and an op)");
    }

    @Test
    void ethtoolsLinkinfoGetPolicyNestsTheHeaderPolicy() throws Exception {
        List<NetlinkMessage> answers = answers(ethtoolId());
        Map<Integer, Map<Integer, Field>> p = policies(answers);
        Field header = p.get(0).get(1);   // ETHTOOL_A_LINKINFO_HEADER
        assertEquals("NESTED", type(header));
        int idx = Integer.parseInt(header.child("NL_POLICY_TYPE_ATTR_POLICY_IDX").orElseThrow().value().display());
        assertTrue(p.containsKey(idx), "the nested policy is in the dump: " + p.keySet());
        assertEquals("NUL_STRING", type(p.get(idx).get(2)), "ETHTOOL_A_HEADER_DEV_NAME");
        assertEquals("U32", type(p.get(idx).get(1)), "ETHTOOL_A_HEADER_DEV_INDEX");
        // CTRL_ATTR_OP_POLICY: the operation asked for (2, ETHTOOL_MSG_LINKINFO_GET) and its do/dump policy 0
        Field op = answers.stream().flatMap(m -> m.field("CTRL_ATTR_OP_POLICY").stream()).findFirst().orElseThrow();
        assertEquals("[2]", op.children().get(0).name());
        assertEquals("0", op.children().get(0).child("CTRL_ATTR_POLICY_DO").orElseThrow().value().display());
    }

    /** The family the second dump named by CTRL_ATTR_FAMILY_NAME "ethtool": the kernel answers with its id, not 16. */
    private static String ethtoolId() throws Exception {
        for (DissectedFrame f : TestData.dissectAll(FILE))
            for (NetlinkMessage m : f.messages())
                if (m.direction() == Direction.FROM_KERNEL && m.operation().equals("CTRL_CMD_GETPOLICY")
                        && !FamilyAssertions.display(m, "CTRL_ATTR_FAMILY_ID").equals("16"))
                    return FamilyAssertions.display(m, "CTRL_ATTR_FAMILY_ID");
        throw new AssertionError("no policy of ethtool");
    }
}
