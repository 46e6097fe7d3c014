package io.nlscope.dissect;

/**
 * Which way a message went. nlmon does not record it (every frame says PACKET_OUTGOING), so
 * for nlmon captures it is inferred: requests carry NLM_F_REQUEST, everything else comes from
 * the kernel. Captures that record it (pcapng EPB flags) give it exactly.
 */
public enum Direction {
    TO_KERNEL("U>K"), FROM_KERNEL("K>U"), UNKNOWN("?");

    private final String arrow;

    Direction(String arrow) { this.arrow = arrow; }

    /** Short form for one-line output. */
    public String arrow() { return arrow; }
}
