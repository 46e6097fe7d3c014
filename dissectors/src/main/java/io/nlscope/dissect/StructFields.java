package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * The members of a fixed-layout struct, read by the generated parser the first time one is
 * asked for. Immutable: every read gives equal fields.
 */
final class StructFields extends ImmutableFields {
    private final StructDecoder decoder;
    private final ByteBuffer frame;
    private final int start;
    private final boolean le;
    private final int count;
    private volatile Object parsed;

    /** @param count the members shown: all, or for a growing struct sent shorter those it holds */
    StructFields(StructDecoder decoder, ByteBuffer frame, int start, boolean le, int count) {
        this.decoder = decoder;
        this.frame = frame;
        this.start = start;
        this.le = le;
        this.count = count;
    }

    @Override public Field get(int i) {
        java.util.Objects.checkIndex(i, size());
        Object p = parsed;
        if (p == null) parsed = p = decoder.parse(frame, start, le);
        return decoder.member(p, i, frame, start, le);
    }

    @Override public int size() { return count; }

    @Override boolean malformedInside() { return false; }

    /** A struct's members followed by the bytes after it that the struct does not describe. */
    static final class WithTail extends ImmutableFields {
        private final List<Field> members;
        private final Field tail;

        WithTail(List<Field> members, Field tail) {
            this.members = members;
            this.tail = tail;
        }

        @Override public Field get(int i) { return i == members.size() ? tail : members.get(i); }

        @Override public int size() { return members.size() + 1; }

        @Override boolean malformedInside() { return false; }
    }
}
