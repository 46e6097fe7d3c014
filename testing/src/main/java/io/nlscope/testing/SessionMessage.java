package io.nlscope.testing;

import io.nlscope.analysis.ProcessRef;
import io.nlscope.analysis.Unpaired;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A message of a {@link NetlinkSession} that is part of no transaction: a notification (multicast event), or an
 * orphan, late or copied response or an unreadable message ({@link Unpaired.Kind}), with its decoded fields by name.
 *
 * @param unpaired   the message as {@link io.nlscope.analysis.Pairing} reported it
 * @param attributes its decoded fields by path, as {@link SessionTransaction#attributes()}
 * @param marks      the names of the session's filters ({@link NetlinkSession.Options#withFilter}) that matched it
 */
public record SessionMessage(Unpaired unpaired, SortedMap<String, String> attributes, Set<String> marks) {

    public SessionMessage {
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
        marks = Collections.unmodifiableSet(new LinkedHashSet<>(marks));
    }

    public long number() { return unpaired.number(); }

    public long frame() { return unpaired.message().frame(); }

    public Unpaired.Kind kind() { return unpaired.kind(); }

    /** The protocol's name, or for generic netlink the family's. */
    public String family() { return unpaired.message().operation().family(); }

    /** The message type's name ({@code RTM_NEWADDR}), or for generic netlink the command's. */
    public String operation() { return unpaired.message().operation().name(); }

    /** For a notification, the number of the request that caused it (its seq and port id say so); else 0. */
    public long causedBy() { return unpaired.causedBy(); }

    /** The process the capture recorded for it. */
    public Optional<ProcessRef> process() { return Optional.ofNullable(unpaired.message().process()); }

    /** Its field of this name or path, as {@link SessionTransaction#attribute(String)}. */
    public Optional<String> attribute(String name) { return NetlinkSession.attribute(attributes, name); }

    /** Whether its operation is this one, as {@link SessionTransaction#is(String)}. */
    public boolean is(String operation) { return NetlinkSession.names(unpaired.message().operation(), operation); }

    /** {@code frame 40 route RTM_NEWADDR (notification)}. */
    @Override public String toString() {
        return "frame " + frame() + " " + family() + " " + operation() + " (" + kind().name().toLowerCase(java.util.Locale.ROOT) + ")";
    }
}
