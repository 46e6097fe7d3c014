package io.nlscope.dissect;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable list of fields over an array its builder hands over, so the dissector's trees
 * are built without the copy {@link List#copyOf} would make of every list. The records accept
 * it as it is and copy any other list.
 */
final class FieldList extends ImmutableFields {
    private static final Field[] NONE = new Field[0];
    private final Field[] items;
    private final int size;
    private final boolean malformedInside;

    private FieldList(Field[] items, int size, boolean malformedInside) {
        this.items = items;
        this.size = size;
        this.malformedInside = malformedInside;
    }

    /** True when a field of this list, or below one, is malformed; known without a walk. */
    @Override boolean malformedInside() { return malformedInside; }

    @Override public Field get(int i) {
        if (i >= size) throw new IndexOutOfBoundsException(i);
        return items[i];
    }

    @Override public int size() { return size; }

    /** Collects fields; {@link #build()} hands its array to the list and starts afresh. */
    static final class Builder {
        private Field[] items = NONE;
        private int size;
        private boolean malformed;

        Builder() {}

        Builder(int capacity) { items = new Field[capacity]; }

        Builder add(Field f) {
            if (size == items.length) items = Arrays.copyOf(items, Math.max(4, size * 2));
            items[size++] = f;
            malformed |= f.containsMalformed();
            return this;
        }

        Builder addAll(List<Field> fs) { for (Field f : fs) add(f); return this; }

        int size() { return size; }

        /** Drops the fields added after the first {@code n} (what a dissector added before it threw). */
        void truncate(int n) {
            if (n > size) throw new IllegalArgumentException(n + " > " + size);
            java.util.Arrays.fill(items, n, size, null);
            size = n;
            malformed = false;
            for (int i = 0; i < n; i++) malformed |= items[i].containsMalformed();
        }

        boolean malformed() { return malformed; }

        Field get(int i) { return items[i]; }

        List<Field> build() {
            List<Field> l = size == 0 ? List.of() : new FieldList(items, size, malformed);
            items = NONE;
            size = 0;
            malformed = false;
            return l;
        }
    }
}
