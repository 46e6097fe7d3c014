package io.nlscope.cli;

import java.io.PrintStream;

/** A once-a-second progress line on the terminal; silent when output is piped or with -q. */
final class Progress {
    private final PrintStream err;
    private final boolean on;
    private final long start = System.nanoTime();
    private long next = start + 1_000_000_000L;
    private boolean shown;

    Progress(PrintStream err, boolean wanted) {
        this.err = err;
        this.on = wanted && System.console() != null;   // null when stdin or stdout is not a terminal
    }

    void update(long frames, long messages) {
        if (!on || (frames & 0x3ff) != 0) return;
        long now = System.nanoTime();
        if (now < next) return;
        next = now + 1_000_000_000L;
        double s = (now - start) / 1e9;
        err.printf("\r%,d frames, %,d messages (%.0f messages/s)   ", frames, messages, messages / s);
        err.flush();
        shown = true;
    }

    void done() {
        if (shown) { err.print("\r\033[K"); err.flush(); shown = false; }
    }
}
