package io.nlscope.output.html;

import io.nlscope.output.Escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What the HTML reports share: escaping (captured text is first escaped as for a terminal, {@link Escape},
 * then for HTML, so no captured byte becomes markup), the page's head with its style sheet and the
 * script, both resources of this package written into the page (nothing is fetched when it is viewed).
 */
public final class Html {
    private Html() {}

    /** Text for an HTML element or a quoted attribute: escaped as the terminal shows it, then {@code & < > " '}. */
    public static String text(String s) {
        return markup(Escape.text(s));
    }

    /** Text already safe for a terminal (no control characters), escaped for HTML. */
    static String markup(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r == null) {
                if (b != null) b.append(c);
                continue;
            }
            if (b == null) b = new StringBuilder(s.length() + 16).append(s, 0, i);
            b.append(r);
        }
        return b == null ? s : b.toString();
    }

    /** A resource of this package as text (the style sheet, the script). */
    static String resource(String name) {
        try (InputStream in = Html.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page up to its body's first element: title, style sheet and the heading with the file(s) it reports on. */
    static String head(String title, String heading, String subtitle) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                + "script-src 'unsafe-inline'\">\n"
                + "<title>" + text(title) + "</title>\n<style>\n" + resource("report.css") + "</style>\n</head>\n<body>\n"
                + "<header><h1>" + heading + "</h1><p class=\"subtitle\">" + subtitle + "</p></header>\n";
    }

    /** A duration for an axis or a title: "250 µs", "1.5 ms", "12 s". */
    static String duration(double nanos) {
        double a = Math.abs(nanos);
        if (a == 0) return "0";
        if (a < 1e3) return trim(nanos) + " ns";
        if (a < 1e6) return trim(nanos / 1e3) + " µs";
        if (a < 1e9) return trim(nanos / 1e6) + " ms";
        return trim(nanos / 1e9) + " s";
    }

    /** A number to about three significant digits, without trailing zeros: 1.5, 12, 0.13, 250. */
    static String trim(double v) {
        double a = Math.abs(v);
        String s = String.format(java.util.Locale.ROOT, a >= 100 ? "%.0f" : a >= 10 ? "%.1f" : a >= 1 ? "%.2f" : "%.3f", v);
        if (s.indexOf('.') >= 0) s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s;
    }

    /** 1234567 as "1,234,567". */
    static String count(long n) { return String.format(java.util.Locale.ROOT, "%,d", n); }

    /** Bytes as "512 B", "14.2 KiB", "3.1 MiB". */
    static String bytes(double n) {
        if (n < 1024) return trim(n) + " B";
        if (n < 1024 * 1024) return trim(n / 1024) + " KiB";
        if (n < 1024.0 * 1024 * 1024) return trim(n / 1024 / 1024) + " MiB";
        return trim(n / 1024 / 1024 / 1024) + " GiB";
    }
}
