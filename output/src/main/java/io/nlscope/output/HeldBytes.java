package io.nlscope.output;

import java.util.ArrayDeque;

/**
 * Where {@link PairedSink} keeps the rendered messages that wait for their transactions: copied
 * into a few large chunks that are reused, not one array per message. Waiting messages survive
 * several young collections; as arrays of their own they were copied by every one and filled the
 * old generation with garbage (full collections took a quarter of {@code read -V}). A chunk goes
 * back to the pool when the last message in it has been written.
 */
final class HeldBytes {
    static final int CHUNK = 1 << 20;

    /** Part of a chunk, or an array of its own for a message larger than a quarter chunk. */
    static final class Chunk {
        final byte[] bytes;
        int used, live;
        Chunk(int size) { bytes = new byte[size]; }
    }

    private final ArrayDeque<Chunk> pool = new ArrayDeque<>();
    private final int maxPooled;
    private Chunk current;

    /** @param budget bytes that may wait at most (the pool keeps about that many chunks) */
    HeldBytes(long budget) {
        this.maxPooled = (int) Math.min(64, budget / CHUNK + 2);
    }

    /** A held message: where in which chunk, and where in it its direction and link go. */
    static class Held {
        private Chunk chunk;
        private int offset, length, directionAt, directionEnd, linkAt;
        private io.nlscope.dissect.Direction direction;

        final boolean holds() { return chunk != null; }
        final int heldLength() { return length; }

        /** The message as it was rendered. */
        final Rendered rendered() {
            return new Rendered(chunk.bytes, offset, length, directionAt, directionEnd, linkAt, direction);
        }
    }

    /** Copies {@code r}'s bytes into a chunk and notes where in {@code h}, valid until {@link #release}d. */
    void hold(Rendered r, Held h) {
        int len = r.length();
        Chunk c;
        if (len > CHUNK / 4) {
            c = new Chunk(len);
        } else {
            if (current == null || current.used + len > CHUNK) {
                if (current != null && current.live == 0) current.used = 0;
                else current = pool.isEmpty() ? new Chunk(CHUNK) : pool.poll();
            }
            c = current;
        }
        int at = c.used;
        System.arraycopy(r.bytes(), r.offset(), c.bytes, at, len);
        c.used += len;
        c.live++;
        h.chunk = c;
        h.offset = at;
        h.length = len;
        h.directionAt = r.directionAt();
        h.directionEnd = r.directionEnd();
        h.linkAt = r.linkAt();
        h.direction = r.direction();
    }

    /** The message {@link #hold} put in {@code held} has been written. */
    void release(Held held) {
        Chunk c = held.chunk;
        if (--c.live > 0 || c == current) return;
        if (c.bytes.length == CHUNK && pool.size() < maxPooled) {
            c.used = 0;
            pool.add(c);
        }
    }
}
