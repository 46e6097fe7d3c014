package io.nlscope.capture;

/**
 * Which way a frame travelled, as recorded by the capturing tool.
 *
 * <p>Only pcapng records this (epb_flags bits 0-1); classic pcap frames are always {@link #UNKNOWN}.
 */
public enum Direction {
    UNKNOWN,
    INBOUND,
    OUTBOUND;

    /** Decodes bits 0-1 of a pcapng epb_flags / pack_flags word; the value 3 is undefined by the spec. */
    static Direction fromFlags(int flags) {
        switch (flags & 3) {
            case 1: return INBOUND;
            case 2: return OUTBOUND;
            default: return UNKNOWN;
        }
    }

    /** The epb_flags word for this direction (0 for UNKNOWN, which writers then omit). */
    int toFlags() {
        switch (this) {
            case INBOUND: return 1;
            case OUTBOUND: return 2;
            default: return 0;
        }
    }
}
