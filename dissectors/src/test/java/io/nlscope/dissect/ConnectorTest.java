package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static io.nlscope.dissect.Wire.frame;
import static io.nlscope.dissect.Wire.msg;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NETLINK_CONNECTOR and the proc connector (drivers/connector/cn_proc.c): not in the testdata. */
class ConnectorTest {

    private static byte[] cn(int idx, int val, byte[] data) {
        return Wire.cat(Wire.le().u32(idx).u32(val).u32(9).u32(0).u16(data.length).u16(0).bytes(), data);
    }

    private static NetlinkMessage one(byte[] payload) {
        NetlinkMessage m = new NetlinkDissector().dissect(frame(1, 11, msg(3, 0, 9, 0, payload))).messages().get(0);
        return m;
    }

    /** A process-events listener (e.g. `forkstat`) subscribes with PROC_CN_MCAST_LISTEN; nlmsg_type is NLMSG_DONE. */
    @Test
    void mcastListen() {
        NetlinkMessage m = one(cn(1, 1, Wire.le().u32(1).bytes()));
        assertFalse(m.malformed(), m.problem().toString());
        assertEquals("NLMSG_DONE", m.typeName());
        assertEquals("CN_IDX_PROC (1)", FamilyAssertions.display(m, "cn_msg.idx"));
        assertEquals("PROC_CN_MCAST_LISTEN (1)", FamilyAssertions.display(m, "proc_cn_mcast.mcast_op"));
    }

    /** proc_fork_connector: a fork of pid 1200 into 1234, event_data padded to the union's 24 bytes. */
    @Test
    void forkEvent() {
        byte[] ev = Wire.le().u32(1).u32(3).u32(0x5678).u32(0x1234).u32(1200).u32(1200).u32(1234).u32(1234).zeros(8).bytes();
        NetlinkMessage m = one(cn(1, 1, ev));
        assertFalse(m.malformed(), m.problem().toString());
        assertEquals("PROC_EVENT_FORK (1)", FamilyAssertions.display(m, "proc_event_header.what"));
        assertEquals("3", FamilyAssertions.display(m, "proc_event_header.cpu"));
        assertEquals("1200", FamilyAssertions.display(m, "fork_proc_event.parent_pid"));
        assertEquals("1234", FamilyAssertions.display(m, "fork_proc_event.child_pid"));
        assertEquals("proc_event PROC_EVENT_FORK", m.summary());
    }

    /** proc_exec_connector, proc_comm_connector, proc_exit_connector. */
    @Test
    void execCommExit() {
        NetlinkMessage exec = one(cn(1, 1, Wire.le().u32(2).u32(0).u32(0).u32(0).u32(1234).u32(1234).zeros(16).bytes()));
        assertEquals("1234", FamilyAssertions.display(exec, "exec_proc_event.process_pid"));
        NetlinkMessage comm = one(cn(1, 1, Wire.cat(Wire.le().u32(0x200).u32(0).u32(0).u32(0).u32(1234).u32(1234).bytes(),
                Wire.cstr("kworker/0:1"), new byte[4])));
        assertEquals("\"kworker/0:1\"", FamilyAssertions.display(comm, "comm_proc_event.comm"));
        NetlinkMessage exit = one(cn(1, 1, Wire.le().u32(0x80000000L).u32(0).u32(0).u32(0)
                .u32(1234).u32(1234).u32(256).u32(17).u32(1200).u32(1200).bytes()));
        assertFalse(exit.malformed(), exit.problem().toString());
        assertEquals("256", FamilyAssertions.display(exit, "exit_proc_event.exit_code"));
        assertEquals("1200", FamilyAssertions.display(exit, "exit_proc_event.parent_pid"));
        // a len past the payload
        assertTrue(one(Wire.le().u32(1).u32(1).u32(0).u32(0).u16(100).u16(0).bytes()).malformed());
    }

    @Test
    void testdataConnectorMessagesAreClean() throws IOException {
        FamilyAssertions.assertCleanEverywhere(11);
    }
}
