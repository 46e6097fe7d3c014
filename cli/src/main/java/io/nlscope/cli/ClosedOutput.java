package io.nlscope.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Thrown when standard output was closed by its reader ({@code nlscope read F | head -1}): the
 * command stops at once, as tshark does, instead of decoding the rest of the capture into a pipe
 * nobody reads. {@link Main} turns it into exit code 0 without a word.
 */
final class ClosedOutput extends RuntimeException {
    ClosedOutput(IOException cause) { super("standard output was closed", cause, false, false); }

    /**
     * Standard output as a PrintStream whose writes throw ClosedOutput when the reader has gone,
     * where {@code System.out} would swallow the error and let the command run on.
     */
    static PrintStream stdout() {
        OutputStream fd = new FileOutputStream(FileDescriptor.out);
        return new PrintStream(fd, false) {
            @Override public void write(int b) {
                try { fd.write(b); } catch (IOException e) { throw new ClosedOutput(e); }
            }

            @Override public void write(byte[] b, int off, int len) {
                try { fd.write(b, off, len); } catch (IOException e) { throw new ClosedOutput(e); }
            }

            @Override public void flush() { /* unbuffered: every write went to the descriptor */ }
        };
    }
}
