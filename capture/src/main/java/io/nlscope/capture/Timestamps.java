package io.nlscope.capture;

/**
 * Converts a pcapng interface's raw 64-bit timestamps to epoch nanoseconds, exactly and without doubles.
 *
 * <p>The raw value is unsigned; resolutions coarser than 1 ns multiply, finer ones divide (rounding down),
 * and binary resolutions use a 128-bit product so 2^-30 and friends lose nothing. A time beyond what a signed
 * 64-bit nanosecond count holds (before 1677 or after 2262: only a damaged file says so) saturates at
 * {@link Long#MIN_VALUE} or {@link Long#MAX_VALUE} rather than wrapping round to another time.
 */
final class Timestamps {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private enum Mode { MULTIPLY, DIVIDE, BINARY, ZERO }

    private final Mode mode;
    private final long factor;
    private final int shift;
    private final long offsetNanos;

    private Timestamps(Mode mode, long factor, int shift, long offsetNanos) {
        this.mode = mode;
        this.factor = factor;
        this.shift = shift;
        this.offsetNanos = offsetNanos;
    }

    /**
     * @param tsresol       the if_tsresol byte: high bit set means 2^-n, else 10^-n
     * @param offsetSeconds if_tsoffset
     */
    static Timestamps forResolution(int tsresol, long offsetSeconds) {
        long offsetNanos = Math.abs(offsetSeconds) <= Long.MAX_VALUE / NANOS_PER_SECOND ? offsetSeconds * NANOS_PER_SECOND
                : offsetSeconds < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        int exp = tsresol & 0x7F;
        if ((tsresol & 0x80) != 0) {
            // 10^9 = 2^9 * 1953125, so up to 2^-9 every tick is a whole number of nanoseconds.
            if (exp <= 9) {
                return new Timestamps(Mode.MULTIPLY, NANOS_PER_SECOND >> exp, 0, offsetNanos);
            }
            return new Timestamps(Mode.BINARY, NANOS_PER_SECOND, exp, offsetNanos);
        }
        if (exp <= 9) {
            return new Timestamps(Mode.MULTIPLY, pow10(9 - exp), 0, offsetNanos);
        }
        if (exp - 9 > 19) {
            // 10^20 exceeds any unsigned 64-bit tick count, so every timestamp is below 1 ns.
            return new Timestamps(Mode.ZERO, 0, 0, offsetNanos);
        }
        return new Timestamps(Mode.DIVIDE, pow10(exp - 9), 0, offsetNanos);
    }

    /** 10^n for n <= 19; 10^19 only fits as an unsigned long, which is how DIVIDE uses it. */
    private static long pow10(int n) {
        long v = 1;
        for (int i = 0; i < n; i++) {
            v *= 10;
        }
        return v;
    }

    long toNanos(long raw) {
        switch (mode) {
            case MULTIPLY:
                return Long.compareUnsigned(raw, Long.MAX_VALUE / factor) > 0 ? Long.MAX_VALUE
                        : plus(raw * factor, offsetNanos);
            case DIVIDE:
                // factor >= 10, so the unsigned quotient fits a signed long
                return plus(Long.divideUnsigned(raw, factor), offsetNanos);
            case BINARY: {
                long lo = raw * factor;
                // Unsigned high word of raw * factor (factor is positive, raw may have its top bit set).
                long hi = Math.multiplyHigh(raw, factor) + ((raw >> 63) & factor);
                if (shift < 64) {
                    long q = (lo >>> shift) | (hi << (64 - shift));
                    return (hi >>> shift) != 0 || q < 0 ? Long.MAX_VALUE : plus(q, offsetNanos);
                }
                return plus(hi >>> (shift - 64), offsetNanos);
            }
            default:
                return offsetNanos;
        }
    }

    /** {@code t + offset} for a non-negative {@code t}, saturating instead of wrapping round. */
    private static long plus(long t, long offset) {
        long r = t + offset;
        return offset > 0 && r < 0 ? Long.MAX_VALUE : r;
    }
}
