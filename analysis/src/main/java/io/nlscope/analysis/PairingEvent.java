package io.nlscope.analysis;

/**
 * What {@link Pairing} makes of a capture: each message ends up in exactly one event, a
 * {@link Transaction} (a request and its responses) or an {@link Unpaired} message. Events come
 * in the order of their first message.
 */
public sealed interface PairingEvent permits Transaction, Unpaired {
    /** The number of the event's first message. */
    long number();

    /**
     * One line saying what it was: the operation, its keys, the outcome, errno, the extended ACK's message and the
     * sending process ({@code RTM_NEWROUTE 10.77.0.0/16 via 203.0.113.1: ERROR ENETUNREACH "Nexthop has invalid
     * gateway" by ip[209]}); for a loose message its type and kind. Captured text as it is: escape it for a terminal.
     */
    String describe();
}
