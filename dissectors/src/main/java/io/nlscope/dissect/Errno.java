package io.nlscope.dissect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Linux errno names and texts (errno.tsv, taken from the asm-generic UAPI headers). */
public final class Errno {
    public record Entry(int number, String name, String text) {}

    private static final Map<Integer, Entry> BY_NUMBER;
    private static final Map<String, Entry> BY_NAME;   // aliases too (EWOULDBLOCK is EAGAIN's number)

    static {
        Map<Integer, Entry> byNumber = new HashMap<>();
        Map<String, Entry> byName = new HashMap<>();
        load(byNumber, byName);
        BY_NUMBER = Map.copyOf(byNumber);
        BY_NAME = Map.copyOf(byName);
    }

    private Errno() {}

    /** The errno with this number (positive, as in errno.h). */
    public static Optional<Entry> of(int number) { return Optional.ofNullable(BY_NUMBER.get(number)); }

    /** The errno of this name (EEXIST, also an alias such as EWOULDBLOCK), ignoring case. */
    public static Optional<Entry> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toUpperCase(java.util.Locale.ROOT)));
    }

    /** "EEXIST" for -17 or 17; "errno 4095" when unknown. */
    public static String name(int error) {
        Entry e = BY_NUMBER.get(Math.abs(error));
        return e == null ? "errno " + Math.abs(error) : e.name();
    }

    /** "File exists" for -17 or 17; empty when unknown. */
    public static String text(int error) {
        Entry e = BY_NUMBER.get(Math.abs(error));
        return e == null ? "" : e.text();
    }

    private static void load(Map<Integer, Entry> m, Map<String, Entry> byName) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                Errno.class.getResourceAsStream("errno.tsv"), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] f = line.split("\t", 3);
                int n = Integer.parseInt(f[0]);
                Entry e = new Entry(n, f[1], f.length > 2 ? f[2] : "");
                m.putIfAbsent(n, e);
                byName.putIfAbsent(e.name(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
