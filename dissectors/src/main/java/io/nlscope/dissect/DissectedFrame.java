package io.nlscope.dissect;

import java.util.List;

/**
 * A decoded nlmon frame: its cooked header, the netlink messages in it, and any bytes after
 * the last message that are no message (e.g. the zeros iproute2 sends after a dump request),
 * and the comments the capture recorded with the frame (pcapng opt_comment, e.g. the
 * {@code pid=.. fd=.. proto=N portid=P} of {@code nlscope trace}).
 */
public record DissectedFrame(
        long index, long timestampNanos, int capturedLength, int originalLength,
        int protocol, String protocolName, boolean littleEndian,
        List<Field> cookedHeader, List<NetlinkMessage> messages, List<Field> trailer, List<String> comments) {

    public DissectedFrame {
        cookedHeader = List.copyOf(cookedHeader);
        messages = List.copyOf(messages);
        trailer = List.copyOf(trailer);
        comments = List.copyOf(comments);
    }
}
