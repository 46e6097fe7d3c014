package io.nlscope.dissect;

import java.util.Optional;

/**
 * Decodes the messages of one netlink protocol (keyed by the protocol number, as the kernel
 * keys sockets). Built-in protocols and a user's own plug in the same way: through
 * {@link ProtocolRegistry}, directly or as a {@link java.util.ServiceLoader} service.
 * Control messages (types below 16: NOOP, ERROR, DONE, OVERRUN) are decoded by the core for
 * every protocol; a dissector sees only the protocol's own types, and those control types it
 * claims with {@link #decodesControlType} (the spec tables' dissector claims type 0, which the
 * tutorials' programs send as data).
 */
public interface ProtocolDissector {

    /** The netlink protocol number (0..31) this dissector decodes. */
    int protocol();

    /** Short protocol name, e.g. "route", "generic". */
    String name();

    /** The kernel name of a message type of this protocol (>= 16), if known. */
    Optional<String> typeName(int type);

    /** What the type does, which decides how its flags are named. */
    MessageKind kind(int type);

    /**
     * What the message does, when the payload says more than the type (a generic netlink
     * command); called before {@link #dissect}, whose payload {@code ctx} it may read (and must
     * not add to). By default {@link #kind(int)}.
     */
    default MessageKind kind(int type, PayloadContext ctx) { return kind(type); }

    /**
     * The multicast group the kernel sends this message to when it notifies (rtnetlink's
     * {@code RTNLGRP_IPV4_ROUTE}, a generic netlink family's {@code monitor}), where the protocol
     * defines one for the message's type; asked of messages from the kernel, with the payload in
     * {@code ctx} (which it may read and must not add to). By default none.
     */
    default Optional<String> multicastGroup(PayloadContext ctx) { return Optional.empty(); }

    /**
     * The name of what the message does when the payload says more than the type (a generic
     * netlink command's name), read from {@code ctx} without adding to it; null (the default)
     * when the type's name says it.
     */
    default String operation(PayloadContext ctx) { return null; }

    /**
     * At {@link Depth#SUMMARY}: the summary {@link #dissect} would return, worked out without adding
     * fields, when the payload certainly decodes without a malformed node; null (the default) when
     * that is not certain or the dissector does not say: the message is then decoded whole.
     */
    default String summarize(PayloadContext ctx) { return null; }

    /**
     * What the message is about ({@link Keys}), read from the payload in {@code ctx} without adding
     * to it; null (the default) to have it read from the decoded tree instead.
     */
    default String keys(PayloadContext ctx) { return null; }

    /**
     * What a message teaches about later ones (a generic netlink family announcement), read from
     * {@code ctx} without adding to it. Called for a message that is not decoded whole
     * ({@link Depth#HEADERS}, {@link Depth#SUMMARY}); {@link #dissect} learns the same itself.
     * By default nothing.
     */
    default void learn(PayloadContext ctx) {}

    /**
     * Decodes the payload in {@code ctx} (adding fields to it) and returns a one-line summary.
     * Must not throw for malformed input: add a malformed field instead.
     */
    String dissect(PayloadContext ctx);

    /**
     * True for a protocol whose datagrams are not split into nlmsghdr messages
     * (NETLINK_KOBJECT_UEVENT): the whole payload after the cooked header is handed to
     * {@link #dissect} as one message of type 0, named by {@code typeName(0)}, without a header.
     */
    default boolean framesOwnMessages() { return false; }

    /**
     * True when this protocol uses a control type (below 16) for its own messages, which the
     * core then hands to {@link #dissect} instead of decoding it (NETLINK_CONNECTOR sends every
     * message as NLMSG_DONE).
     */
    default boolean decodesControlType(int type) { return false; }

    /**
     * How many bytes a message of {@code type} whose nlmsg_len says {@code nlmsgLen} spans, {@code left} bytes of
     * the frame being left from its start: nlmsg_len (the default). NETLINK_AUDIT's kernel records count only
     * their text in nlmsg_len ({@link AuditDissector}).
     */
    default long messageLength(int type, long nlmsgLen, int left) { return nlmsgLen; }
}
