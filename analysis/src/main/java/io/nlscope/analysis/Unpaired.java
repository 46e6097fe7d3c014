package io.nlscope.analysis;

/**
 * A message that is part of no transaction reported with it.
 *
 * @param number  the message's number
 * @param message the message
 * @param kind    what it is
 * @param request the request it relates to, or 0: for a {@link Kind#NOTIFICATION} the request
 *                whose seq and port id the kernel stamped on it (rtnetlink and nf_tables do);
 *                for a {@link Kind#LATE} response the request it answers; for a {@link Kind#COPY}
 *                the request it is a copy of
 */
public record Unpaired(long number, MessageRef message, Kind kind, long request) implements PairingEvent {

    public enum Kind {
        /** A multicast event or another message that answers nothing (seq 0, pid 0 is typical). */
        NOTIFICATION,
        /** A response (ACK, error, dump part, NLMSG_DONE) whose request is not in the capture, e.g. a capture started mid-dump. */
        ORPHAN,
        /**
         * A response to a request whose transaction had already been reported: it timed out, was
         * released to keep memory bounded, or was closed as answered by nothing ({@link #request()} names it).
         */
        LATE,
        /**
         * A verbatim copy of a request in a later frame, before anything answered it: a module that
         * relays requests to a multicast group ({@code netlink_broadcast()} delivers one copy per
         * listening socket, and nlmon records each), or one user message multicast to several
         * sockets. {@link #request()} names the first.
         */
        COPY,
        /** A message whose header cannot be read. */
        UNREADABLE
    }

    /** For a notification, the request that caused it; else 0. */
    public long causedBy() { return kind == Kind.NOTIFICATION ? request : 0; }

    @Override public String describe() {
        return message.operation().name() + ": " + kind + message.group().map(g -> " (" + g + ")").orElse("");
    }

    /** For a copy, the request it copies; else 0. */
    public long copyOf() { return kind == Kind.COPY ? request : 0; }
}
