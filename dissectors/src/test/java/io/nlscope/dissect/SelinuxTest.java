package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_SELINUX, as security/selinux/netlink.c (selnl_notify) sends it: not in the testdata. */
class SelinuxTest {

    private static NetlinkMessage one(int type, byte[] payload) {
        return new NetlinkDissector().dissect(frame(1, 7, msg(type, 0, 0, 0, payload))).messages().get(0);
    }

    /** `setenforce 1` makes the kernel multicast SELNL_MSG_SETENFORCE with val 1. */
    @Test
    void setenforce() {
        NetlinkMessage m = one(0x10, Wire.le().u32(1).bytes());
        assertFalse(m.malformed());
        assertEquals("SELNL_MSG_SETENFORCE", m.typeName());
        assertEquals("ENFORCING (1)", FamilyAssertions.display(m, "selnl_msg_setenforce.val"));
    }

    /** `load_policy`: SELNL_MSG_POLICYLOAD with the policy's seqno. */
    @Test
    void policyload() {
        NetlinkMessage m = one(0x11, Wire.le().u32(42).bytes());
        assertEquals("SELNL_MSG_POLICYLOAD", m.typeName());
        assertEquals("42", FamilyAssertions.display(m, "selnl_msg_policyload.seqno"));
        assertTrue(one(0x11, new byte[2]).malformed());
    }

    @Test
    void testdataSelinuxMessagesAreClean() throws IOException {
        FamilyAssertions.assertCleanEverywhere(7);
    }
}
