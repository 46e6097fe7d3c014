package io.nlscope.dissect;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A capture decoded on a thread of its own, a few frames ahead of the one who reads them: reading
 * and dissecting on one core while the caller pairs, formats and writes on another. Frames come in
 * capture order, exactly as {@link NetlinkCapture#next()} gives them, and so does its failure:
 * every frame before it, then the same exception. At most {@link #AHEAD} batches of at most
 * {@link #BATCH} frames or {@link #BATCH_BYTES} captured bytes wait, so memory stays bounded.
 * A decoded frame owns its bytes and is immutable, which is what makes the hand-over safe; the
 * capture's dissector (its generic netlink families) is used by the decoding thread alone.
 *
 * <pre>{@code
 * try (NetlinkCapture cap = NetlinkCapture.open(file); DecodeAhead frames = new DecodeAhead(cap)) {
 *     for (DissectedFrame f; (f = frames.next()) != null; ) ...
 * }
 * }</pre>
 * Closing stops the decoding thread (a daemon: a read blocked on a pipe never keeps the JVM alive).
 */
public final class DecodeAhead implements AutoCloseable {
    static final int AHEAD = 4, BATCH = 64, BATCH_BYTES = 64 << 10;

    /** Frames in order; after them the end of the capture ({@code last}) or its failure ({@code error}). */
    private record Batch(DissectedFrame[] frames, int count, boolean last, Throwable error) {}

    private final NetlinkCapture capture;
    private final ArrayBlockingQueue<Batch> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;
    private volatile boolean stopped;
    private Batch current;
    private int at;
    private boolean done;

    public DecodeAhead(NetlinkCapture capture) {
        this.capture = capture;
        this.thread = new Thread(this::decode, "nlscope-decode");
        thread.setDaemon(true);
        thread.start();
    }

    private void decode() {
        DissectedFrame[] frames = new DissectedFrame[BATCH];
        int n = 0;
        long bytes = 0;
        try {
            for (DissectedFrame f; !stopped && (f = capture.next()) != null; ) {
                frames[n++] = f;
                bytes += f.capturedLength();
                if (n == BATCH || bytes >= BATCH_BYTES) {
                    hand(new Batch(frames, n, false, null));
                    frames = new DissectedFrame[BATCH];
                    n = 0;
                    bytes = 0;
                }
            }
            hand(new Batch(frames, n, true, null));
        } catch (Throwable e) {   // handed on in order: the reader sees it after the frames before it
            hand(new Batch(frames, n, true, e));
        }
    }

    private void hand(Batch b) {
        try {
            while (!stopped) {
                if (queue.offer(b, 100, TimeUnit.MILLISECONDS)) return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next decoded frame, or null at the end of the capture; throws what {@link NetlinkCapture#next()} threw. */
    public DissectedFrame next() throws IOException {
        while (true) {
            if (current != null) {
                if (at < current.count) {
                    DissectedFrame f = current.frames[at];
                    current.frames[at++] = null;   // let it go once read
                    return f;
                }
                if (current.last) {
                    Throwable e = current.error;
                    current = null;
                    done = true;
                    if (e != null) rethrow(e);
                }
            }
            if (done) return null;
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the next frame", e);
            }
            at = 0;
        }
    }

    private static void rethrow(Throwable e) throws IOException {
        if (e instanceof IOException io) throw io;
        if (e instanceof UncheckedIOException u) throw u;
        if (e instanceof RuntimeException r) throw r;
        if (e instanceof Error err) throw err;
        throw new IllegalStateException(e);
    }

    /**
     * Stops decoding (frames not read yet are dropped) and waits a moment for the decoding thread to
     * finish the frame it is on, so that the capture's warnings are final; a thread blocked reading a
     * pipe is left behind (it is a daemon). The capture itself is closed by its owner.
     */
    @Override public void close() {
        stopped = true;
        queue.clear();
        try {
            thread.join(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
