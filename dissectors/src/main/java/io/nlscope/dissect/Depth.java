package io.nlscope.dissect;

/**
 * How much of each message a {@link NetlinkDissector} decodes.
 */
public enum Depth {
    /** Everything: headers, control messages, fixed headers and every attribute, nested ones included. */
    FULL,
    /**
     * What pairing and statistics need, and no more: the nlmsghdr, control messages whole (the error,
     * the header of the request an error echoes, the extended ACK, DONE's error), and each protocol's
     * fixed header (genlmsghdr with its command, ifinfomsg, nfgenmsg ...). The attributes after the
     * fixed header stay one raw field {@code attributes}; an echoed request's payload stays raw bytes.
     * Generic netlink family announcements are still learnt. A message whose attributes are damaged
     * is therefore not marked malformed at this depth.
     */
    HEADERS,
    /**
     * What a one-line view needs: everything {@link #HEADERS} gives, the summary and whether the
     * message is malformed, exactly as {@link #FULL} says them, but no cooked-header fields and no tree where the protocol
     * can say them without one ({@link ProtocolDissector#summarize}): attributes are checked and
     * counted, not decoded. A message that might be malformed, and any message whose protocol
     * cannot summarise it so, is decoded whole, tree included.
     */
    SUMMARY
}
