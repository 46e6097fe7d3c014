package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;

import java.util.List;
import java.util.Optional;

/**
 * The socket a frame was sent or received on, as a capture made by {@code nlscope trace} (or
 * {@code import-strace}) records it in the frame's comment {@code pid=PID fd=FD proto=N portid=P} ({@link FrameComment}).
 * nlmon captures have no such comment (what {@code nlscope capture} records names a process, not a socket):
 * there the port id of a request is not known.
 *
 * @param process the process id, or -1
 * @param fd      the file descriptor, or -1
 * @param portId  the socket's netlink port id, or -1 when the trace never saw it
 */
public record Socket(long process, int fd, long portId) {

    /** The socket a frame's comments record, or null (nlmon captures have none). */
    public static Socket of(DissectedFrame f) {
        return f.comments().isEmpty() ? null : of(f.comments()).orElse(null);
    }

    /** The socket named by the first comment of a traced capture's form ({@link FrameComment} with an fd), if any. */
    public static Optional<Socket> of(List<String> comments) {
        for (String c : comments) {
            FrameComment f = FrameComment.parse(c);
            if (f != null && f.namesSocket()) return Optional.of(f.socket());
        }
        return Optional.empty();
    }

    /** True when the port id is known. */
    public boolean knowsPort() { return portId >= 0; }

    /**
     * Whether two frames went through the same socket: the same port id when both are known,
     * else the same process and file descriptor.
     */
    public boolean same(Socket o) {
        if (knowsPort() && o.knowsPort()) return portId == o.portId;
        return process == o.process && fd == o.fd && process >= 0 && fd >= 0;
    }
}
