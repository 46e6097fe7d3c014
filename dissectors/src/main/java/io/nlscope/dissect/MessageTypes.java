package io.nlscope.dissect;

import java.util.Optional;

/**
 * The names and kinds of a protocol's message types, by number, filled from a spec's type
 * enum: the lookup part every Java protocol dissector needs, in one place.
 */
final class MessageTypes {
    private final String[] names;
    private final MessageKind[] kinds;
    private final GroupRule[] groups;

    MessageTypes(int size) {
        names = new String[size];
        kinds = new MessageKind[size];
        groups = new GroupRule[size];
    }

    int size() { return names.length; }

    boolean contains(int type) { return type >= 0 && type < names.length; }

    /** Records a type from its spec entry (name, -nl-kind and -nl-group). */
    void put(int type, SpecTables.Entry e) {
        put(type, e.name(), e.ext("kind").map(MessageKind::fromSpec).orElse(MessageKind.OTHER));
        groups[type] = GroupRule.of(e, true);
    }

    void put(int type, String name, MessageKind kind) {
        names[type] = name;
        kinds[type] = kind;
    }

    Optional<String> name(int type) {
        return contains(type) ? Optional.ofNullable(names[type]) : Optional.empty();
    }

    /** The multicast group of a message of this type (-nl-group), read from its payload in {@code ctx} where it depends on it. */
    Optional<String> group(PayloadContext ctx) {
        GroupRule g = contains(ctx.type()) ? groups[ctx.type()] : null;
        return g == null ? Optional.empty() : g.group(ctx);
    }

    MessageKind kind(int type) {
        MessageKind k = contains(type) ? kinds[type] : null;
        return k == null ? MessageKind.OTHER : k;
    }
}
