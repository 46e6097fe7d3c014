package io.nlscope.dissect;

import java.util.List;
import java.util.Optional;

/**
 * One decoded netlink message. The header values are here for quick access; {@link #fields()}
 * is the full decoded tree (header first). A message that could not be read as a whole is
 * {@link #malformed()}, with the reason in {@link #problem()}; its bytes are kept in the tree.
 *
 * @param frame        frame number in the capture (1-based)
 * @param timestampNanos capture time, ns since the epoch
 * @param protocol     netlink protocol number (from the cooked header)
 * @param index        position of the message within its frame (0-based)
 * @param offset       offset of the message in the frame
 * @param length       nlmsg_len (or the bytes left, for a message without a readable header)
 * @param group        for a message from the kernel, the multicast group the kernel sends its type
 *                     to when it notifies, where the protocol defines one (e.g. RTNLGRP_IPV4_ROUTE,
 *                     by the route's family); whether it was a notification is for pairing to say
 * @param control      what a control message (ERROR, DONE) says, typed; {@link Control#NONE} for others
 * @param operation    what the message does: its type name, or for generic netlink its command's name
 *                     ({@code CTRL_CMD_GETFAMILY}, {@code cmd 7} when the family does not name it)
 * @param keys         what the message is about, from its key fields ({@link Keys}: {@code dummy0 type dummy});
 *                     "" when it has none of them, and at {@link Depth#HEADERS}
 */
public record NetlinkMessage(
        long frame, long timestampNanos, int protocol, String protocolName, int index, int offset,
        long length, int type, int flags, long seq, long pid,
        String typeName, MessageKind kind, Direction direction, boolean directionInferred,
        List<Field> fields, String summary, Optional<String> problem, Optional<String> group,
        Control control, String operation, String keys) {

    public NetlinkMessage {
        fields = ImmutableFields.of(fields);
    }

    public boolean malformed() { return problem.isPresent(); }

    /** NLMSG_ERROR with error 0 or not, NLMSG_DONE, etc. are recognisable by type. */
    public boolean isControl() { return type > 0 && type < 16; }

    /** Flag names as the tree shows them. */
    public List<String> flagNames() { return NlFlags.value(flags, kind).names(); }

    /** The first top-level field with this name. */
    public Optional<Field> field(String name) {
        for (Field f : fields) if (f.name().equals(name)) return Optional.of(f);
        return Optional.empty();
    }
}
