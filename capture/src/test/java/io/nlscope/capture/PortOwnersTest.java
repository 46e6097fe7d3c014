package io.nlscope.capture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PortOwnersTest {

    /** This host's /proc: a running `ip monitor` holds a NETLINK_ROUTE socket, autobound to its pid. */
    @Test
    void findsTheProcessOfARealSocket() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/net/netlink"))
                && (Files.isExecutable(Path.of("/usr/sbin/ip")) || Files.isExecutable(Path.of("/sbin/ip"))),
                "needs /proc/net/netlink and iproute2");
        Process ip = new ProcessBuilder("ip", "monitor", "link").redirectErrorStream(true).start();
        try {
            long pid = ip.pid();
            PortOwners owners = new PortOwners();
            assertTrue(owners.available());
            PortOwners.Owner o = null;
            try (PortOwners polling = owners.start()) {   // its own thread reads the list every 10 ms
                for (int i = 0; i < 100 && o == null; i++) {   // until ip has bound its socket
                    Thread.sleep(20);
                    o = owners.owner(0, pid);
                }
            }
            assertEquals(new PortOwners.Owner(pid, "ip"), o);
            Frame f = owners.annotate(frame(0, pid));
            assertEquals(List.of("pid=" + pid + " portid=" + pid + " proto=0 comm=ip"), f.comments());
            // the kernel's port, and a port nothing holds: the frame as it was
            Frame kernel = frame(0, 0);
            assertSame(kernel, owners.annotate(kernel));
            ip.destroy();
            ip.waitFor(5, TimeUnit.SECONDS);
            owners.refresh();
            assertEquals(o, owners.owner(0, pid), "an owner stays known after its socket closed (answers come after the process exits)");
        } finally {
            ip.destroyForcibly();
        }
    }

    /** A /proc tree made here: sockets appear, close, and a port id passes to another socket. */
    @Test
    void followsSocketsAsTheyComeAndGo(@TempDir Path proc) throws IOException {
        Files.createDirectories(proc.resolve("net"));
        process(proc, 100, "NetworkManager", 7001);
        process(proc, 200, "ip", 7002);
        process(proc, 300, "Web Content", 7003);
        netlink(proc, "0   100 7001", "0   200 7002", "16  -4200 7003", "0   0 1");
        PortOwners owners = new PortOwners(proc);
        owners.refresh();
        assertEquals(new PortOwners.Owner(100, "NetworkManager"), owners.owner(0, 100));
        assertEquals(new PortOwners.Owner(200, "ip"), owners.owner(0, 200));
        assertEquals(new PortOwners.Owner(300, "Web Content"), owners.owner(16, -4200L & 0xffffffffL));
        assertNull(owners.owner(16, 200), "a port id is per protocol");
        assertNull(owners.owner(0, 0), "the kernel's sockets are nobody's");
        Frame f = owners.annotate(frame(16, -4200L & 0xffffffffL));
        assertEquals(List.of("pid=300 portid=" + (-4200L & 0xffffffffL) + " proto=16 comm=Web Content"), f.comments());

        // ip exits; a new process gets the port id 200 on another socket
        delete(proc.resolve("200"));
        process(proc, 400, "nft", 7004);
        netlink(proc, "0   100 7001", "0   200 7004", "16  -4200 7003");
        owners.refresh();
        assertEquals(new PortOwners.Owner(400, "nft"), owners.owner(0, 200));
        assertEquals(new PortOwners.Owner(100, "NetworkManager"), owners.owner(0, 100));

        // a socket whose holder cannot be found names no process, and a frame of it stays as it was
        netlink(proc, "0   100 7001", "0   200 7004", "16  -4200 7003", "0   555 9999");
        owners.refresh();
        assertNull(owners.owner(0, 555));
        Frame unknown = frame(0, 555);
        assertSame(unknown, owners.annotate(unknown));
    }

    @Test
    void noProcTreeMeansNoOwners(@TempDir Path proc) {
        PortOwners owners = new PortOwners(proc);
        assertTrue(!owners.available());
        owners.refresh();
        assertNull(owners.owner(0, 1));
    }

    private static void process(Path proc, long pid, String comm, long socketInode) throws IOException {
        Path dir = Files.createDirectories(proc.resolve(Long.toString(pid)).resolve("fd"));
        Files.writeString(proc.resolve(Long.toString(pid)).resolve("comm"), comm + "\n");
        Files.createSymbolicLink(dir.resolve("0"), Path.of("/dev/null"));
        Files.createSymbolicLink(dir.resolve("3"), Path.of("socket:[" + socketInode + "]"));
    }

    /** /proc/net/netlink with lines "PROTOCOL PORT INODE". */
    private static void netlink(Path proc, String... sockets) throws IOException {
        StringBuilder b = new StringBuilder("sk               Eth Pid        Groups   Rmem     Wmem     Dump  Locks    Drops    Inode\n");
        for (String s : sockets) {
            String[] w = s.trim().split("\\s+");
            long port = Long.parseLong(w[1]) & 0xffffffffL;   // the kernel prints the u32
            b.append(String.format("0000000000000000 %-3s %-10d 00000000 0        0        0     2        0        %-8s\n", w[0], port, w[2]));
        }
        Files.writeString(proc.resolve("net/netlink"), b);
    }

    private static void delete(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** An nlmon frame: the cooked header (protocol) and a 16-byte nlmsghdr with this nlmsg_pid, in host order. */
    private static Frame frame(int protocol, long port) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.putShort(0, (short) 4).putShort(2, (short) 824).putShort(14, (short) protocol);
        b.order(ByteOrder.nativeOrder()).putInt(16, 16).putShort(20, (short) 18).putInt(28, (int) port);
        return new Frame(1, 1_000, 32, LinkTypes.NETLINK, 0, Direction.UNKNOWN, b.array());
    }
}
