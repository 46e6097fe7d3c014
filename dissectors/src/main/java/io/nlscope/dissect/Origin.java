package io.nlscope.dissect;

import io.nlscope.capture.KernelRelease;

/**
 * Where the bytes being decoded come from: the byte order of the machine that sent them and, when known, its
 * kernel's release (a value the kernel renumbered between releases is read by it, {@link KernelLayouts}).
 *
 * @param kernel null when unknown
 */
record Origin(boolean le, KernelRelease kernel) {
    private static final Origin LE = new Origin(true, null), BE = new Origin(false, null);

    /** The byte order alone, the kernel unknown. */
    static Origin of(boolean le) { return le ? LE : BE; }

    /** The byte order and kernel (null: unknown). */
    static Origin of(boolean le, KernelRelease kernel) { return kernel == null ? of(le) : new Origin(le, kernel); }
}
