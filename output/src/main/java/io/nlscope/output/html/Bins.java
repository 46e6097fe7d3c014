package io.nlscope.output.html;

/**
 * Counts over time in constant memory: {@link #COUNT} bins from the capture's first frame, each
 * {@link #widthNanos()} wide; when a time falls past the last bin, neighbouring bins are merged
 * pairwise and the width doubles, so a capture of any length fits. Times before the start count in
 * the first bin (a capture's timestamps need not be ordered).
 */
final class Bins {
    static final int COUNT = 120;
    /** The first width: one millisecond. */
    static final long FIRST_WIDTH = 1_000_000L;

    private final long start;
    private long width = FIRST_WIDTH;
    private final long[] values = new long[COUNT];
    private int used;   // bins up to the latest time added

    Bins(long startNanos) { start = startNanos; }

    void add(long timestampNanos, long value) {
        long offset = Math.max(0, timestampNanos - start);
        while (offset / width >= COUNT) widen();
        int i = (int) (offset / width);
        values[i] += value;
        used = Math.max(used, i + 1);
    }

    /** Every bin twice as wide: bins 2i and 2i+1 become bin i. */
    void widen() {
        for (int i = 0; i < COUNT / 2; i++) values[i] = values[2 * i] + values[2 * i + 1];
        java.util.Arrays.fill(values, COUNT / 2, COUNT, 0);
        used = (used + 1) / 2;
        width *= 2;
    }

    /** Widens to {@code w} (a power-of-two multiple of the first width), so that series drawn together share their bins. */
    void widenTo(long w) { while (width < w) widen(); }

    long widthNanos() { return width; }

    /** Bins up to the last one that holds a time added (at least one). */
    int used() { return Math.max(1, used); }

    long value(int i) { return values[i]; }

    long total() {
        long n = 0;
        for (long v : values) n += v;
        return n;
    }
}
