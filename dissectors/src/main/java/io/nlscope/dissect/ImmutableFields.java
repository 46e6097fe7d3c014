package io.nlscope.dissect;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The field lists the dissector builds: immutable by construction, so the records take them
 * as they are instead of copying them; any other list is copied.
 */
abstract class ImmutableFields extends AbstractList<Field> implements RandomAccess {

    /** True when a field of this list, or below one, is malformed; known without a walk. */
    abstract boolean malformedInside();

    static List<Field> of(List<Field> l) {
        return l instanceof ImmutableFields ? l : List.copyOf(l);
    }
}
