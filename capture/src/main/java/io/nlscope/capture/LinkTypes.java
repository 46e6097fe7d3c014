package io.nlscope.capture;

/** Human-readable names for the link types users are most likely to feed us by mistake. */
final class LinkTypes {
    private LinkTypes() {
    }

    /** LINKTYPE_NETLINK: what an nlmon interface captures (the 16-byte cooked header, then the messages). */
    static final int NETLINK = 253;

    static String name(int linkType) {
        switch (linkType) {
            case 0: return "NULL";
            case 1: return "ETHERNET";
            case 101: return "RAW";
            case 105: return "IEEE802_11";
            case 113: return "LINUX_SLL";
            case 127: return "IEEE802_11_RADIOTAP";
            case 228: return "IPV4";
            case 229: return "IPV6";
            case 253: return "NETLINK";
            case 276: return "LINUX_SLL2";
            default: return null;
        }
    }

    /** "1 (ETHERNET)", or just the number when we have no name for it. */
    static String describe(int linkType) {
        String n = name(linkType);
        return n == null ? Integer.toString(linkType) : linkType + " (" + n + ")";
    }
}
