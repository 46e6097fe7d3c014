package io.nlscope.capture;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * A refillable window over a channel, sized so that almost every record is parsed in place.
 *
 * <p>Records are addressed through {@link #record()} / {@link #recordOffset()} after {@link #load(int)}, so parsers
 * do not care whether the record sits in the shared window or, when it is larger than the window, in a
 * one-off buffer allocated just for it.
 */
final class ByteSource implements Closeable {
    static final int DEFAULT_CAPACITY = 1 << 20;
    /** Enough for any fixed-size header the parsers {@link #fill} for (the pcap file header is the largest at 24). */
    static final int MIN_CAPACITY = 32;

    private final ReadableByteChannel channel;
    // Direct, so FileChannel reads land here without the JDK's intermediate copy.
    private final ByteBuffer window;
    private int pos;
    private int lim;
    /** File offset of window index 0. */
    private long windowStart;
    private boolean eof;

    private ByteBuffer oversized;

    ByteSource(ReadableByteChannel channel, int capacity) {
        this.channel = channel;
        if (capacity < MIN_CAPACITY) {
            throw new IllegalArgumentException("capacity below " + MIN_CAPACITY + ": " + capacity);
        }
        this.window = ByteBuffer.allocateDirect(capacity);
    }

    void order(ByteOrder order) {
        window.order(order);
    }

    ByteOrder order() {
        return window.order();
    }

    /** File offset of the next unconsumed byte. */
    long offset() {
        return windowStart + pos;
    }

    /** Raw window access for the hot path; valid for {@code available()} bytes from {@link #position()}. */
    ByteBuffer window() {
        return window;
    }

    int position() {
        return pos;
    }

    int available() {
        return lim - pos;
    }

    /**
     * Makes {@code n <= capacity} bytes available from {@link #position()}; returns how many are, which is fewer
     * than {@code n} only at the end of input.
     */
    int fill(int n) throws IOException {
        if (lim - pos >= n) {
            return n;
        }
        if (n > window.capacity()) {
            throw new IllegalArgumentException("fill(" + n + ") exceeds the window; use load()");
        }
        if (pos + n > window.capacity()) {
            compact();
        }
        // Stop as soon as the record is complete rather than filling the window: on a pipe fed by a live
        // capture, waiting for more would hold back frames that have already arrived.
        while (lim - pos < n && !eof) {
            window.limit(window.capacity()).position(lim);
            int r = channel.read(window);
            if (r < 0) {
                eof = true;
            } else {
                lim += r;
            }
        }
        return Math.min(n, lim - pos);
    }

    private void compact() {
        window.limit(lim).position(pos);
        window.compact();
        windowStart += pos;
        lim -= pos;
        pos = 0;
    }

    /**
     * Makes a whole record of {@code len} bytes addressable via {@link #record()} at {@link #recordOffset()};
     * returns how many bytes of it exist (fewer than {@code len} only at the end of input).
     */
    int load(int len) throws IOException {
        oversized = null;
        if (len <= window.capacity()) {
            return fill(len);
        }
        ByteBuffer big = ByteBuffer.allocate(len).order(window.order());
        int buffered = lim - pos;
        big.put(0, window, pos, buffered);
        big.position(buffered);
        long start = offset();
        while (big.hasRemaining()) {
            int r = channel.read(big);
            if (r < 0) {
                eof = true;
                break;
            }
        }
        int got = big.position();
        // The window is now empty and logically sits right after what we pulled into the big buffer.
        pos = 0;
        lim = 0;
        windowStart = start + got;
        oversized = big;
        return got;
    }

    /**
     * Drops the next {@code n} bytes without keeping them (a block nothing is read from), in constant memory
     * whatever {@code n} is; returns how many there were, fewer than {@code n} only at the end of input.
     */
    long skip(long n) throws IOException {
        oversized = null;
        long skipped = 0;
        while (skipped < n) {
            if (pos == lim && fill(1) == 0) {
                break;
            }
            int k = (int) Math.min(n - skipped, lim - pos);
            pos += k;
            skipped += k;
        }
        return skipped;
    }

    ByteBuffer record() {
        return oversized != null ? oversized : window;
    }

    int recordOffset() {
        return oversized != null ? 0 : pos;
    }

    /** Drops the record last loaded (or {@code n} window bytes when nothing oversized is pending). */
    void consume(int n) {
        if (oversized != null) {
            oversized = null;
        } else {
            pos += n;
        }
    }

    @Override
    public void close() throws IOException {
        oversized = null;
        channel.close();
    }
}
