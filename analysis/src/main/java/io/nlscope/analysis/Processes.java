package io.nlscope.analysis;

import io.nlscope.dissect.NetlinkMessage;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which process each netlink port belongs to, learnt from the frame comments a capture recorded
 * ({@link FrameComment}) as the capture is read: a later comment for the same port wins (a port id is
 * reused once its socket is closed). At most {@link #MAX} ports and process names are kept, the
 * least recently learnt forgotten first.
 */
public final class Processes {
    /** Ports and names kept. */
    public static final int MAX = 65_536;

    private final Map<Long, ProcessRef> byPort = bounded();
    private final Map<Long, String> names = bounded();
    private ProcessRef last;

    private static <V> Map<Long, V> bounded() {
        return new LinkedHashMap<>(64, 0.75f, false) {
            @Override protected boolean removeEldestEntry(Map.Entry<Long, V> e) { return size() > MAX; }
        };
    }

    /** Learns what a frame's comment says ({@link FrameComment#of}: the first of its form). */
    public void learn(FrameComment fc) {
        ProcessRef p = fc.process();
        if (!p.name().isEmpty()) names.put(p.pid(), p.name());
        if (fc.portId() > 0 && fc.protocol() >= 0) byPort.put(key(fc.protocol(), fc.portId()), p);
    }

    /**
     * The process of a message: the traced socket's when the frame recorded one, else the owner of the
     * port its nlmsg_pid names (for a message to the kernel the sender's port, for one from the kernel the
     * receiver's, or for a notification the port whose request caused it); null when unknown or the kernel's.
     */
    public ProcessRef of(NetlinkMessage m, Socket socket) {
        if (socket != null && socket.process() >= 0) {
            String name = names.getOrDefault(socket.process(), "");
            if (last != null && last.pid() == socket.process() && last.name().equals(name)) return last;
            return last = new ProcessRef(socket.process(), name);
        }
        if (m.pid() == 0 || byPort.isEmpty()) return null;
        return byPort.get(key(m.protocol(), m.pid()));
    }

    private static long key(int protocol, long port) {
        return ((long) protocol << 32) | (port & 0xffffffffL);
    }
}
