package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_AUDIT, built as kernel/audit.c and auditctl lay the messages out (nlmon sees none in the testdata). */
class AuditTest {

    private static NetlinkMessage one(int type, int flags, byte[] payload) {
        NetlinkMessage m = new NetlinkDissector().dissect(frame(1, 9, msg(type, flags, 7, 0, payload))).messages().get(0);
        assertFalse(m.malformed(), m.problem().toString());
        return m;
    }

    /** The kernel's reply to `auditctl -s` (audit_receive_msg, AUDIT_GET: struct audit_status). */
    @Test
    void auditStatus() {
        byte[] st = Wire.le().u32(0).u32(1).u32(1).u32(612).u32(0).u32(8192).u32(3).u32(0).u32(0x7f).u32(60000).u32(0).bytes();
        NetlinkMessage m = one(1000, 0, st);
        assertEquals("AUDIT_GET", m.typeName());
        assertEquals("ENABLED (1)", FamilyAssertions.display(m, "audit_status.enabled"));
        assertEquals("612", FamilyAssertions.display(m, "audit_status.pid"));
        assertEquals("AUDIT_FAIL_PRINTK (1)", FamilyAssertions.display(m, "audit_status.failure"));
        assertEquals("8192", FamilyAssertions.display(m, "audit_status.backlog_limit"));
        assertEquals("3", FamilyAssertions.display(m, "audit_status.lost"));
    }

    /** `auditctl -w /etc/passwd -p wa -k pw`: AUDIT_ADD_RULE with struct audit_rule_data and buflen bytes. */
    @Test
    void addRule() {
        byte[] buf = "/etc/passwdpw".getBytes();
        Wire r = Wire.le().u32(4).u32(2).u32(3).zeros(256 * 4).u32(buf.length);
        byte[] payload = Wire.cat(r.bytes(), buf);
        NetlinkMessage m = one(1011, 0x5, payload);
        assertEquals("AUDIT_ADD_RULE", m.typeName());
        assertEquals("AUDIT_FILTER_EXIT (4)", FamilyAssertions.display(m, "audit_rule_data.flags"));
        assertEquals("AUDIT_ALWAYS (2)", FamilyAssertions.display(m, "audit_rule_data.action"));
        assertEquals("3", FamilyAssertions.display(m, "audit_rule_data.field_count"));
        assertEquals(buf.length, ((Value.Raw) m.field("buf").orElseThrow().value()).size());
        // a buflen past the payload is malformed
        byte[] bad = Wire.cat(Wire.le().u32(4).u32(2).u32(3).zeros(256 * 4).u32(500).bytes(), buf);
        assertTrue(new NetlinkDissector().dissect(frame(1, 9, msg(1011, 5, 7, 0, bad))).messages().get(0).malformed());
    }


    /** A kernel record sent to auditd (audit_log_end): text. */
    @Test
    void textRecords() {
        String rec = "audit(1700000000.123:45): arch=c000003e syscall=59 success=yes exit=0 comm=\"ls\"";
        NetlinkMessage m = one(1300, 0, Wire.cstr(rec));
        assertEquals("AUDIT_SYSCALL", m.typeName());
        assertEquals(rec, ((Value.Text) m.field("text").orElseThrow().value()).text());
        // a userspace message in the first user range that audit.h does not name (auditd's AUDIT_USER_* ones)
        NetlinkMessage u = one(1105, 0x5, Wire.cstr("op=login acct=\"root\" res=success"));
        assertEquals("AUDIT_USER_MSG_1105", u.typeName());
        assertEquals("AUDIT_USER_AVC", one(1107, 0, Wire.cstr("avc: denied")).typeName());
        assertEquals("AUDIT_USER_MSG_2500", one(2500, 0, Wire.cstr("x=y")).typeName());
    }

    @Test
    void shortStatusIsMalformed() {
        assertTrue(new NetlinkDissector().dissect(frame(1, 9, msg(1001, 5, 7, 0, new byte[8]))).messages().get(0).malformed());
    }

    @Test
    void testdataAuditMessagesAreClean() throws IOException {
        FamilyAssertions.assertCleanEverywhere(9);
    }
}
