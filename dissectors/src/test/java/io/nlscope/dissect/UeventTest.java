package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static io.nlscope.dissect.Wire.frame;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * NETLINK_KOBJECT_UEVENT: datagrams without nlmsghdr. nlmon on a stock kernel does not see
 * them, so the bytes are built as the senders lay them out.
 */
class UeventTest {

    private static byte[] text(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    /** lib/kobject_uevent.c (kobject_uevent_env) on `ip link add dummy0 type dummy`. */
    static final byte[] KERNEL_ADD = text("add@/devices/virtual/net/dummy0\0ACTION=add\0DEVPATH=/devices/virtual/net/dummy0\0"
            + "SUBSYSTEM=net\0INTERFACE=dummy0\0IFINDEX=5\0SEQNUM=3012\0");

    static String text(NetlinkMessage m, String name) {
        return ((Value.Text) m.field(name).orElseThrow().value()).text();
    }

    @Test
    void kernelUeventIsOneMessageWithNamedProperties() {
        DissectedFrame f = new NetlinkDissector().dissect(frame(1, 15, KERNEL_ADD));
        assertEquals(1, f.messages().size());
        NetlinkMessage m = f.messages().get(0);
        assertFalse(m.malformed(), m.problem().toString());
        assertEquals("UEVENT", m.typeName());
        assertEquals(0, m.type());
        assertFalse(m.field("nlmsghdr").isPresent());
        assertEquals("add", text(m, "ACTION"));
        assertEquals("/devices/virtual/net/dummy0", text(m, "DEVPATH"));
        assertEquals("net", text(m, "SUBSYSTEM"));
        assertEquals("3012", text(m, "SEQNUM"));
        assertEquals("dummy0", text(m, "INTERFACE"));
        assertEquals("5", text(m, "IFINDEX"));
        assertEquals("add /devices/virtual/net/dummy0 (net)", m.summary());
    }

    /** systemd-udevd (sd_device_monitor_send) re-broadcasting the event with its monitor header. */
    @Test
    void udevMonitorMessage() {
        byte[] props = text("ACTION=add\0DEVPATH=/devices/virtual/net/dummy0\0SUBSYSTEM=net\0INTERFACE=dummy0\0"
                + "IFINDEX=5\0SEQNUM=3012\0USEC_INITIALIZED=123456\0ID_NET_DRIVER=dummy\0");
        Wire h = Wire.le().raw(text("libudev\0"));
        h.raw(new Wire(ByteOrder.BIG_ENDIAN).u32(0xfeedcafeL).bytes());
        h.u32(40).u32(40).u32(props.length);
        h.raw(new Wire(ByteOrder.BIG_ENDIAN).u32(0x12345678L).u32(0).u32(0).u32(0).bytes());
        byte[] payload = Wire.cat(h.bytes(), props);
        NetlinkMessage m = new NetlinkDissector().dissect(frame(1, 15, payload)).messages().get(0);
        assertFalse(m.malformed(), m.problem().toString());
        Field hdr = m.field("udev_monitor_header").orElseThrow();
        assertEquals(Value.Num.of(0xfeedcafeL), hdr.child("magic").orElseThrow().value());
        assertEquals(Value.Num.of(40), hdr.child("properties_off").orElseThrow().value());
        assertEquals(Value.Num.of(0x12345678L), hdr.child("filter_subsystem_hash").orElseThrow().value());
        assertEquals("add", text(m, "ACTION"));
        assertEquals("net", text(m, "SUBSYSTEM"));
        assertEquals("3012", text(m, "SEQNUM"));
        assertEquals("dummy", text(m, "ID_NET_DRIVER"));
        assertEquals("udev net event", m.summary());
    }

    @Test
    void badUdevMagicIsMalformedAndTextWithoutAtToo() {
        byte[] payload = Wire.le().raw(text("libudev\0")).u32(0x11223344).u32(40).u32(40).u32(0).zeros(16).bytes();
        assertTrue(new NetlinkDissector().dissect(frame(1, 15, payload)).messages().get(0).malformed());
        assertTrue(new NetlinkDissector().dissect(frame(1, 15, text("garbage\0"))).messages().get(0).malformed());
    }

    /** A uevent first in a capture must not decide the byte order of the netlink messages after it. */
    @Test
    void uventDoesNotDecideByteOrder() {
        NetlinkDissector d = new NetlinkDissector();
        d.dissect(frame(1, 15, KERNEL_ADD));
        assertTrue(d.littleEndian().isEmpty());
    }


    @Test
    void noUeventInTestdataIsMalformed() throws IOException {
        FamilyAssertions.assertCleanEverywhere(15);
    }
}
