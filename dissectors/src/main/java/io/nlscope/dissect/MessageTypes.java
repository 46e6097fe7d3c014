package io.nlscope.dissect;

import java.util.Optional;

/**
 * The names and kinds of a protocol's message types, by number, filled from a spec's type
 * enum: the lookup part every Java protocol dissector needs, in one place.
 */
final class MessageTypes {
    private final String[] names;
    private final MessageKind[] kinds;

    MessageTypes(int size) {
        names = new String[size];
        kinds = new MessageKind[size];
    }

    int size() { return names.length; }

    boolean contains(int type) { return type >= 0 && type < names.length; }

    /** Records a type from its spec entry (name, and -nl-kind). */
    void put(int type, SpecTables.Entry e) {
        put(type, e.name(), e.ext("kind").map(MessageKind::fromSpec).orElse(MessageKind.OTHER));
    }

    void put(int type, String name, MessageKind kind) {
        names[type] = name;
        kinds[type] = kind;
    }

    Optional<String> name(int type) {
        return contains(type) ? Optional.ofNullable(names[type]) : Optional.empty();
    }

    MessageKind kind(int type) {
        MessageKind k = contains(type) ? kinds[type] : null;
        return k == null ? MessageKind.OTHER : k;
    }
}
