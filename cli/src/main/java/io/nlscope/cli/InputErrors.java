package io.nlscope.cli;

import io.nlscope.capture.CaptureFormatException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Words an input problem as the one sentence a user sees. */
final class InputErrors {
    private InputErrors() {}

    static String describe(String file, IOException e) {
        if (e instanceof CaptureFormatException) return e.getMessage();
        if (e instanceof NoSuchFileException) return "cannot open " + file + ": no such file.";
        if (e instanceof AccessDeniedException) return "cannot open " + file + ": permission denied.";
        String m = e.getMessage();
        if (m != null && m.contains("Is a directory")) return "cannot read " + file + ": it is a directory.";
        return "cannot read " + file + ": " + (m == null ? e.getClass().getSimpleName() : m) + ".";
    }
}
