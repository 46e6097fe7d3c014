package io.nlscope.analysis;

/**
 * What {@link Pairing} makes of a capture: each message ends up in exactly one event, a
 * {@link Transaction} (a request and its responses) or an {@link Unpaired} message. Events come
 * in the order of their first message.
 */
public sealed interface PairingEvent permits Transaction, Unpaired {
    /** The number of the event's first message. */
    long number();
}
