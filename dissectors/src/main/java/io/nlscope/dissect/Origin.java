package io.nlscope.dissect;

import io.nlscope.capture.KernelRelease;

/**
 * Where the bytes being decoded come from: the byte order of the machine that sent them and, when known, its
 * kernel's release (a value the kernel renumbered between releases is read by it, {@link KernelLayouts}); and,
 * for a message the capture's snapshot length cut short, where the captured bytes stop.
 *
 * @param kernel null when unknown
 * @param cut    the frame offset at which the capture cut the message, -1 when it holds all of it: an attribute
 *               that runs past a run ending there was cut, not malformed ({@link AttrCursor#cutShort()})
 */
record Origin(boolean le, KernelRelease kernel, int cut) {
    private static final Origin LE = new Origin(true, null, -1), BE = new Origin(false, null, -1);

    /** The byte order alone, the kernel unknown. */
    static Origin of(boolean le) { return le ? LE : BE; }

    /** The byte order and kernel (null: unknown). */
    static Origin of(boolean le, KernelRelease kernel) { return kernel == null ? of(le) : new Origin(le, kernel, -1); }

    /** The same, for a message whose captured bytes stop at frame offset {@code at}. */
    Origin cutAt(int at) { return new Origin(le, kernel, at); }
}
