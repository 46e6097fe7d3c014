package io.nlscope.output;

/**
 * Captured strings are untrusted: an interface name, an extended-ACK message or a generic netlink
 * family name learnt from the capture may hold ESC, BEL, CR, LF or C1 bytes that would rewrite a
 * terminal's title, clear its screen or forge output lines. Every text format passes what it
 * shows through here: control characters become visible escapes, as tshark shows them
 * ({@code \n}, {@code \r}, {@code \t}, {@code \x1b}; C1 controls and the bidirectional
 * overrides as {@code \u0085}, {@code \u202e}), everything else stays as it is. A byte the capture held
 * that is no part of well-formed UTF-8 (which the dissector keeps as the lone surrogate U+DC00 + byte) is
 * shown as that byte, {@code \xff}; any other lone surrogate as a backslash, u and its four hex digits. JSON keeps the original
 * characters (Jackson escapes control characters and lone surrogates the JSON way).
 */
public final class Escape {
    private Escape() {}

    /**
     * True when {@code c} must not reach a terminal as it is, whatever stands around it: C0, DEL, C1, the
     * line and paragraph separators, the bidirectional embeddings, overrides, isolates and marks. A surrogate is
     * unsafe unless it is half of a pair ({@link #unsafeAt}).
     */
    public static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
    }

    /** True when the character at {@code i} of {@code s} must be escaped: {@link #unsafe}, or a surrogate not half of a pair. */
    public static boolean unsafeAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (!Character.isSurrogate(c)) return unsafe(c);
        if (Character.isHighSurrogate(c)) return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code s} with every unsafe character escaped ({@code s} itself when there is none). */
    public static String text(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (unsafeAt(s, i)) return append(new StringBuilder(n + 8), s, 0, n).toString();
        }
        return s;
    }

    /** Appends {@code s} to {@code b}, escaped. */
    public static StringBuilder append(StringBuilder b, CharSequence s) {
        return append(b, s, 0, s.length());
    }

    /** Escapes the characters of {@code b} from {@code from} on, in place. */
    public static void inPlace(StringBuilder b, int from) {
        int n = b.length();
        for (int i = from; i < n; i++) {
            if (unsafeAt(b, i)) {
                String rest = b.substring(i);
                b.setLength(i);
                append(b, rest, 0, rest.length());
                return;
            }
        }
    }

    private static StringBuilder append(StringBuilder b, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (unsafeAt(s, i)) {
                escape(c, b);
            } else {
                b.append(c);
            }
        }
        return b;
    }

    /** The escape of an unsafe character {@code c}. */
    static void escape(char c, StringBuilder b) {
        switch (c) {
            case '\n' -> b.append("\\n");
            case '\r' -> b.append("\\r");
            case '\t' -> b.append("\\t");
            case 0 -> b.append("\\0");
            default -> {
                if (c < 0x80) b.append("\\x").append(HEX[c >> 4]).append(HEX[c & 15]);
                else if (c >= 0xdc80 && c <= 0xdcff) b.append("\\x").append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);   // a captured byte
                else b.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
}
