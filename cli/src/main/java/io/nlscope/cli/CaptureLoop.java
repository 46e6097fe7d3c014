package io.nlscope.cli;

import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.output.Escape;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/**
 * Reading a capture frame by frame, as every command does: progress on the terminal, warnings
 * of a damaged file, and the exit codes (0 done, 1 damaged, 2 unreadable input, 3 internal
 * error) with one sentence each.
 */
final class CaptureLoop {
    private CaptureLoop() {}

    interface Body {
        /** One decoded frame; false stops reading. */
        boolean frame(DissectedFrame f) throws IOException;

        /** One frame as read and as decoded (export writes the one, chooses by the other); by default {@link #frame(DissectedFrame)}. */
        default boolean frame(io.nlscope.capture.Frame raw, DissectedFrame f) throws IOException { return frame(f); }

        /** The capture once opened, before its first frame. */
        default void opened(NetlinkCapture cap) throws IOException {}

        /** After the last frame (also after a stop), with the reader's warnings. */
        void end(List<String> warnings) throws IOException;

        /** Before the first frame: what the file's section header says about where it was made, when it says anything. */
        default void started(java.util.Optional<io.nlscope.capture.Section> section) {}
    }

    static int run(CaptureInput input, OutputStream os, PrintStream err, Body body) {
        return run(input, Depth.FULL, os, err, body);
    }

    /** As {@link #run(CaptureInput, OutputStream, PrintStream, Body)}, decoding each message only as deep as {@code depth}. */
    static int run(CaptureInput input, Depth depth, OutputStream os, PrintStream err, Body body) {
        String file = input.file();
        boolean debug = input.debug();
        Progress progress = new Progress(err, !input.quiet());
        try (NetlinkCapture cap = input.open().withDepth(depth)) {
            body.started(cap.reader().section());
            body.opened(cap);
            long messages = 0, frames = 0;
            io.nlscope.capture.CaptureFormatException broken = null;
            while (true) {
                io.nlscope.capture.Frame raw;
                try {
                    raw = cap.reader().next();
                } catch (io.nlscope.capture.CaptureFormatException e) {
                    broken = e;   // damage past the frames read so far: they are shown (and paired) before the error
                    break;
                }
                if (raw == null) break;
                DissectedFrame f = cap.dissect(raw);
                messages += f.messages().size();
                frames++;
                if (!body.frame(raw, f)) break;
                progress.update(f.index(), messages);
            }
            progress.done();
            body.end(cap.warnings());
            os.flush();
            if (broken != null) {
                for (String w : cap.warnings()) err.println("nlscope: warning: " + w);
                throw broken;
            }
            for (String w : cap.warnings()) err.println("nlscope: warning: " + w);
            // an empty result says why (tshark prints nothing); a note, not an error: exit 0
            if (frames == 0 && cap.warnings().isEmpty() && !input.quiet())
                err.println("nlscope: " + Escape.text(name(file)) + " holds no frames.");
            else if (frames > 0 && messages == 0 && !input.quiet())
                err.println("nlscope: " + Escape.text(name(file)) + " holds " + frames + (frames == 1 ? " frame" : " frames") + " but no netlink messages.");
            return cap.warnings().isEmpty() ? Main.OK : Main.DAMAGED;
        } catch (IOException e) {
            progress.done();
            flushQuietly(os);
            err.println("nlscope: " + InputErrors.describe(file.equals("-") ? "standard input" : file, e));
            if (debug) e.printStackTrace(err);
            return Main.USAGE;
        } catch (ClosedOutput e) {
            progress.done();
            throw e;
        } catch (OutOfMemoryError e) {
            progress.done();
            flushQuietly(os);
            return Main.outOfMemory(err, debug ? e : null);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            progress.done();
            flushQuietly(os);
            err.println("nlscope: internal error while reading " + file + ": " + e + " (please report it; --debug shows where)");
            if (debug) e.printStackTrace(err);
            return Main.INTERNAL;
        }
    }

    private static String name(String file) { return file.equals("-") ? "standard input" : file; }

    private static void flushQuietly(OutputStream os) {
        try { os.flush(); } catch (IOException ignored) { /* the error being reported matters more */ }
    }
}
