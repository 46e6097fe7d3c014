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

    /** A chunk, or an array of its own for a message larger than a quarter chunk. */
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

    /**
     * What is held for one message, or for a frame without messages: the frame's head before it (if
     * it is the frame's first), the message as rendered (if any) and the frame's tail (if it is the
     * frame's last), one after the other in a chunk; where its direction and link go.
     */
    static class Held {
        private Chunk chunk;
        private int offset, headLength, length, tailLength, directionAt, directionEnd, linkAt;
        private boolean message;
        private io.nlscope.dissect.Direction direction;

        final boolean holdsMessage() { return message; }
        final int heldLength() { return headLength + length + tailLength; }
        final boolean hasTail() { return tailLength > 0; }

        /** The message as it was rendered. */
        final Rendered rendered() {
            return new Rendered(chunk.bytes, offset + headLength, length, directionAt, directionEnd, linkAt, direction);
        }

        final void writeHead(MessageSink out) throws java.io.IOException {
            if (headLength > 0) out.write(chunk.bytes, offset, headLength);
        }

        final void writeTail(MessageSink out) throws java.io.IOException {
            if (tailLength > 0) out.write(chunk.bytes, offset + headLength + length, tailLength);
        }
    }

    /**
     * Copies the frame's {@code head}, {@code r}'s bytes (null: no message) and the frame's
     * {@code tail} (null: not its last) into a chunk and notes where in {@code h}, valid until
     * {@link #release}d.
     */
    void hold(byte[] head, Rendered r, byte[] tail, Held h) {
        int hl = head.length, ml = r == null ? 0 : r.length(), tl = tail == null ? 0 : tail.length;
        int len = hl + ml + tl;
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
        System.arraycopy(head, 0, c.bytes, at, hl);
        if (r != null) System.arraycopy(r.bytes(), r.offset(), c.bytes, at + hl, ml);
        if (tail != null) System.arraycopy(tail, 0, c.bytes, at + hl + ml, tl);
        c.used += len;
        c.live++;
        h.chunk = c;
        h.offset = at;
        h.headLength = hl;
        h.length = ml;
        h.tailLength = tl;
        h.message = r != null;
        if (r != null) {
            h.directionAt = r.directionAt();
            h.directionEnd = r.directionEnd();
            h.linkAt = r.linkAt();
            h.direction = r.direction();
        }
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
