package io.nlscope.dissect;

/**
 * What a control message (NLMSG_ERROR, NLMSG_DONE) says, typed, so that pairing and reports read
 * it without looking fields up by name. {@link #NONE} for every other message.
 *
 * @param error          the errno (negative, as the kernel sends it; 0 for an ACK or a DONE without one)
 * @param errorShown     false when the message was cut short before its error field (a snapshot length)
 * @param requestLength  nlmsg_len of the request an NLMSG_ERROR echoes, -1 when none is echoed
 * @param requestType    its nlmsg_type, -1 when none is echoed
 * @param requestFlags   its nlmsg_flags, -1 when none is echoed
 * @param requestSeq     its nlmsg_seq, -1 when none is echoed
 * @param extAckMessage  the extended ACK's NLMSGERR_ATTR_MSG, "" when there is none
 */
public record Control(int error, boolean errorShown, long requestLength, int requestType, int requestFlags,
                      long requestSeq, String extAckMessage) {

    public static final Control NONE = new Control(0, false, -1, -1, -1, -1, "");

    /** True when an NLMSG_ERROR echoes the header of the request it answers. */
    public boolean echoesRequest() { return requestType >= 0; }
}
