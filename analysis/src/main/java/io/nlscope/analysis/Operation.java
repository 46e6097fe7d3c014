package io.nlscope.analysis;

import io.nlscope.dissect.NetlinkMessage;

/**
 * What a request asks for: the family (the protocol's name, or for generic netlink the family's
 * name) and the operation (the kernel's name of the message type, or of the generic netlink
 * command), e.g. {@code route RTM_NEWROUTE}, {@code ethtool ETHTOOL_MSG_LINKINFO_GET}.
 */
public record Operation(String family, String name) {

    private static final int NETLINK_GENERIC = 16;

    public static Operation of(NetlinkMessage m) {
        if (m.protocol() == NETLINK_GENERIC && m.type() >= 16) return new Operation(m.typeName(), m.operation());
        return new Operation(m.protocolName(), m.typeName());
    }

    /**
     * The operation without the prefix its family repeats on every name: RTM_NEWROUTE is NEWROUTE,
     * ETHTOOL_MSG_LINKINFO_GET is LINKINFO_GET, CTRL_CMD_GETFAMILY is GETFAMILY.
     */
    public String shortName() {
        int i = name.indexOf("_MSG_");
        if (i > 0) return name.substring(i + 5);
        i = name.indexOf("_CMD_");
        if (i > 0) return name.substring(i + 5);
        if (name.startsWith("RTM_")) return name.substring(4);
        return name;
    }

    /** {@code route NEWROUTE}, {@code ethtool LINKINFO_GET}. */
    @Override public String toString() { return family + " " + shortName(); }
}
