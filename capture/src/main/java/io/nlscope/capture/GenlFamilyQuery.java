package io.nlscope.capture;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Asks the running kernel's nlctrl for every generic netlink family (a CTRL_CMD_GETFAMILY dump on a
 * NETLINK_GENERIC socket, through libc by JNA, which pcap4j brings): the request and the kernel's
 * answers as the datagrams they were, so that a capture can start with them and both nlscope and
 * Wireshark learn the dynamic family ids from the file (nlmon records only the exchanges made while
 * it runs). Layouts from linux/netlink.h and linux/genetlink.h.
 */
public final class GenlFamilyQuery {
    private GenlFamilyQuery() {}

    static final int AF_NETLINK = 16, SOCK_RAW = 3, SOCK_CLOEXEC = 0x80000, NETLINK_GENERIC = 16;
    static final int GENL_ID_CTRL = 16, CTRL_CMD_GETFAMILY = 3, CTRL_CMD_NEWFAMILY = 1;
    static final int CTRL_ATTR_FAMILY_ID = 1, CTRL_ATTR_FAMILY_NAME = 2;
    static final int NLM_F_REQUEST = 1, NLM_F_DUMP = 0x300, NLMSG_ERROR = 2, NLMSG_DONE = 3;
    private static final int SOL_SOCKET = 1, SO_RCVTIMEO = 20;

    /** What was sent and received: the request datagram, then each answer datagram as the kernel sent it. */
    public record Exchange(byte[] request, List<byte[]> answers) {}

    interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;
        NativeLong send(int fd, byte[] buf, NativeLong len, int flags) throws LastErrorException;
        NativeLong recv(int fd, byte[] buf, NativeLong len, int flags) throws LastErrorException;
        int setsockopt(int fd, int level, int name, byte[] value, int len) throws LastErrorException;
        int close(int fd);
    }

    private static volatile LibC libc;

    private static LibC libc() {
        LibC l = libc;
        if (l == null) libc = l = Native.load("c", LibC.class);
        return l;
    }

    /** The dump, or an exception saying in one sentence why the kernel could not be asked. */
    public static Exchange query() throws IOException {
        LibC c;
        int fd;
        try {
            c = libc();
            fd = c.socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_GENERIC);
        } catch (LastErrorException | UnsatisfiedLinkError | NoClassDefFoundError e) {
            throw new IOException("cannot open a generic netlink socket: " + e.getMessage(), e);
        }
        try {
            ByteBuffer tv = ByteBuffer.allocate(16).order(ByteOrder.nativeOrder());
            tv.putLong(2).putLong(0);   // struct timeval: a 2 s receive timeout, so that a silent kernel cannot hang the start
            c.setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, tv.array(), 16);
            int seq = (int) (System.currentTimeMillis() / 1000);
            ByteBuffer req = ByteBuffer.allocate(20).order(ByteOrder.nativeOrder());
            req.putInt(20).putShort((short) GENL_ID_CTRL).putShort((short) (NLM_F_REQUEST | NLM_F_DUMP)).putInt(seq).putInt(0);
            req.put((byte) CTRL_CMD_GETFAMILY).put((byte) 1).putShort((short) 0);   // genlmsghdr: cmd, version, reserved
            c.send(fd, req.array(), new NativeLong(20), 0);
            List<byte[]> answers = new ArrayList<>();
            byte[] buf = new byte[1 << 16];
            for (int datagrams = 0; datagrams < 10_000; datagrams++) {
                int n = c.recv(fd, buf, new NativeLong(buf.length), 0).intValue();
                if (n <= 0) break;
                byte[] d = Arrays.copyOf(buf, n);
                answers.add(d);
                if (ends(d, seq)) return new Exchange(req.array(), List.copyOf(answers));
            }
            throw new IOException("the kernel's answer to the generic netlink family dump did not end");
        } catch (LastErrorException e) {
            throw new IOException("the generic netlink family dump failed: " + e.getMessage(), e);
        } finally {
            c.close(fd);
        }
    }

    /** True when the datagram holds the dump's NLMSG_DONE or an NLMSG_ERROR for it. */
    private static boolean ends(byte[] d, int seq) {
        ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.nativeOrder());
        for (int pos = 0; d.length - pos >= 16; ) {
            long len = b.getInt(pos) & 0xffffffffL;
            int type = b.getShort(pos + 4) & 0xffff;
            if (len < 16 || len > d.length - pos) return true;   // damaged: stop reading
            if (b.getInt(pos + 8) == seq && (type == NLMSG_DONE || type == NLMSG_ERROR)) return true;
            pos += (int) ((len + 3) & ~3L);
        }
        return false;
    }

    /**
     * A datagram as an nlmon frame: the 16-byte cooked header (big-endian: packet type, ARPHRD_NETLINK,
     * no address, the protocol), then the datagram. nlmon writes packet type 4 (PACKET_OUTGOING) in both
     * directions (seen in the 6.1 captures), so the frame does too.
     */
    public static byte[] nlmonFrame(byte[] datagram) {
        ByteBuffer b = ByteBuffer.allocate(16 + datagram.length).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) 4);
        b.putShort((short) 824).putShort((short) 0).putLong(0).putShort((short) NETLINK_GENERIC);
        b.put(datagram);
        return b.array();
    }

    /**
     * A datagram of nlctrl CTRL_CMD_NEWFAMILY messages (seq 0, port id 0, as the kernel multicasts them when a
     * family registers), one per family, each with CTRL_ATTR_FAMILY_ID and CTRL_ATTR_FAMILY_NAME only: what a
     * reader of the capture (Wireshark, nlscope) learns family ids from.
     */
    public static byte[] announcement(java.util.Map<Integer, String> families, boolean littleEndian) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        families.forEach((id, name) -> {
            byte[] n = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            int nameAttr = 4 + n.length + 1, len = 16 + 4 + 8 + ((nameAttr + 3) & ~3);
            ByteBuffer b = ByteBuffer.allocate(len).order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
            b.putInt(len).putShort((short) GENL_ID_CTRL).putShort((short) 0).putInt(0).putInt(0);
            b.put((byte) CTRL_CMD_NEWFAMILY).put((byte) 2).putShort((short) 0);              // genlmsghdr: cmd, version
            b.putShort((short) 6).putShort((short) CTRL_ATTR_FAMILY_ID).putShort((short) (int) id).putShort((short) 0);
            b.putShort((short) nameAttr).putShort((short) CTRL_ATTR_FAMILY_NAME).put(n);    // NUL and padding: zeros
            out.write(b.array(), 0, len);
        });
        return out.toByteArray();
    }
}
