package io.nlscope.dissect;

import java.util.List;
import java.util.Optional;

/**
 * One node of a decoded message: a name in the protocol's own words, its value, and where its
 * bytes are in the frame (offset from the first byte of the frame, cooked header included).
 */
public record Field(String name, Value value, int offset, int length) {

    public Field {
        if (name == null || value == null) throw new IllegalArgumentException("name and value are required");
    }

    public boolean isMalformed() { return value instanceof Value.Malformed; }

    /** The fields inside a nested value, or none. */
    public List<Field> children() {
        return value instanceof Value.Nested n ? n.fields() : List.of();
    }

    /** The first child with this name. */
    public Optional<Field> child(String childName) {
        for (Field f : children()) if (f.name.equals(childName)) return Optional.of(f);
        return Optional.empty();
    }

    /** True when this field or any field below it is malformed. */
    public boolean containsMalformed() {
        if (isMalformed()) return true;
        if (!(value instanceof Value.Nested n)) return false;
        if (n.fields() instanceof ImmutableFields fl) return fl.malformedInside();
        for (Field f : n.fields()) if (f.containsMalformed()) return true;
        return false;
    }
}
