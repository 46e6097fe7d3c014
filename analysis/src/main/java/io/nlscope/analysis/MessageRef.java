package io.nlscope.analysis;

import io.nlscope.dissect.Direction;
import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.NetlinkMessage;

import java.util.Optional;

/**
 * A message as pairing keeps it: its number and place in the capture, its header and the
 * names reports show, without its decoded tree. Pairing holds requests and waiting events in
 * this form so that its memory does not depend on how large the messages are.
 *
 * @param number         the message's number in the capture: 1 for the first message of the
 *                       first frame, counting every message of every frame (what {@code nlscope read} prints)
 * @param frame          its frame (1-based)
 * @param index          its position within the frame (0-based)
 * @param timestampNanos capture time, ns since the epoch
 * @param protocol       netlink protocol number
 * @param protocolName   its name
 * @param length         nlmsg_len
 * @param type           nlmsg_type
 * @param typeName       the type's name (for generic netlink the family's)
 * @param kind           what the type does
 * @param flags          nlmsg_flags
 * @param seq            nlmsg_seq
 * @param pid            nlmsg_pid
 * @param direction      the direction the capture records or the dissector infers
 * @param operation      family and operation, as reports group them
 * @param summary        the one-line summary of the decoded message
 * @param group          the multicast group its type goes to when the kernel notifies, if the family defines one
 * @param process        the process the capture recorded for it ({@link Processes#of}), or null
 */
public record MessageRef(long number, long frame, int index, long timestampNanos, int protocol, String protocolName,
                         long length, int type, String typeName, MessageKind kind, int flags, long seq, long pid,
                         Direction direction, Operation operation, String summary, Optional<String> group,
                         ProcessRef process) {

    /** Fixed part of one kept reference on a 64-bit JVM, for the byte budgets: the record, its boxed group and operation. */
    static final int BYTES = 160;

    public static MessageRef of(long number, NetlinkMessage m) {
        return of(number, m, null);
    }

    /** The message as pairing keeps it, with the process the capture recorded for it (or null). */
    public static MessageRef of(long number, NetlinkMessage m, ProcessRef process) {
        return new MessageRef(number, m.frame(), m.index(), m.timestampNanos(), m.protocol(), m.protocolName(),
                m.length(), m.type(), m.typeName(), m.kind(), m.flags(), m.seq(), m.pid(), m.direction(),
                Operation.of(m), m.summary(), m.group(), process);
    }

    /** Its estimated size in bytes (the summary is its own string). */
    int bytes() { return BYTES + 2 * summary.length(); }
}
