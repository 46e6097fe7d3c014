package io.nlscope.dissect;

/**
 * What a message type does, which decides what the high byte of nlmsg_flags means
 * (netlink.h gives the same bits different names for GET, NEW and DELETE requests and for
 * acknowledgements).
 */
public enum MessageKind {
    GET("netlink_message.nlm_f_get"),
    NEW("netlink_message.nlm_f_new"),
    DELETE("netlink_message.nlm_f_delete"),
    ACK("netlink_message.nlm_f_ack"),
    /** A marker that opens or closes a batch of requests (nfnetlink's BATCH_BEGIN/END): answered by nothing but errors. */
    BATCH(null),
    /** Not known from the type alone (e.g. a generic netlink command). */
    OTHER(null);

    private final String highByteTable;

    MessageKind(String highByteTable) { this.highByteTable = highByteTable; }

    /** The enum naming the high-byte flags for this kind, or null. */
    String highByteTable() { return highByteTable; }

    static MessageKind fromSpec(String s) {
        return switch (s) {
            case "get" -> GET;
            case "new" -> NEW;
            case "delete" -> DELETE;
            case "ack" -> ACK;
            case "batch" -> BATCH;
            default -> OTHER;
        };
    }
}
