package io.nlscope.analysis;

import io.nlscope.dissect.NetlinkMessage;

/**
 * A message that answers no request in the capture.
 *
 * @param number   the message's number
 * @param message  the message
 * @param kind     what it is
 * @param causedBy for a notification the kernel sent because of a request in the capture (it
 *                 carries that request's seq and port id, as rtnetlink's do), the request's
 *                 number; else 0
 */
public record Unpaired(long number, NetlinkMessage message, Kind kind, long causedBy) implements PairingEvent {

    public enum Kind {
        /** A multicast event or another message that answers nothing (seq 0, pid 0 is typical). */
        NOTIFICATION,
        /** A response (ACK, error, dump part, NLMSG_DONE) whose request is not in the capture, e.g. a capture started mid-dump. */
        ORPHAN,
        /** A message whose header cannot be read. */
        UNREADABLE
    }
}
