package io.nlscope.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A page written beside its target ({@code .NAME.partial}, so that the rename is atomic, with the permissions a new
 * file gets) and renamed onto it by {@link #commit}; closed uncommitted, it is deleted: a failed run leaves no half
 * page and the target as it was.
 */
final class PartialFile implements AutoCloseable {
    private final Path target, partial;
    private boolean committed;

    PartialFile(Path target) {
        this.target = target;
        this.partial = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".partial");
    }

    /** A buffered stream to the partial file (the caller closes it before {@link #commit}). */
    OutputStream open() throws IOException { return new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16); }

    /** Renames the partial file onto the target. */
    void commit() throws IOException {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override public void close() {
        if (committed) return;
        try {
            Files.deleteIfExists(partial);
        } catch (IOException ignored) {
            // the failure to tell is the one that kept it from being committed
        }
    }
}
