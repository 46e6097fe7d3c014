package io.nlscope.dissect;

import java.nio.ByteBuffer;

/**
 * How captured bytes become a Java string, and back, without losing any. Strings in netlink are bytes the
 * sender chose (an interface name, an extended ACK message, a uevent property), usually UTF-8 but not
 * necessarily: {@code new String(bytes, UTF_8)} would turn every byte that is not part of a well-formed
 * UTF-8 sequence into U+FFFD, and the bytes would be gone. Here a well-formed sequence (the Unicode
 * standard's table 3-7: no overlong forms, no encoded surrogates, nothing above U+10FFFF) becomes its
 * character, and every other byte {@code b} becomes the lone surrogate {@code U+DC00 + b}
 * (U+DC80..U+DCFF: Python's "surrogateescape", PEP 383). No well-formed text holds a lone surrogate, so
 * {@link #encode} gives back exactly the captured bytes. Control characters (0x00-0x1f, 0x7f, C1) are
 * characters like any other here and kept as they are; showing them safely is the output's job.
 */
final class CapturedText {
    private CapturedText() {}

    /** The text of the bytes [from, to) of {@code b}. */
    static String decode(ByteBuffer b, int from, int to) {
        int i = from;
        while (i < to && b.get(i) >= 0) i++;   // ASCII, the common case: one char per byte
        if (i == to) {
            byte[] x = new byte[to - from];
            b.get(from, x);
            return new String(x, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        StringBuilder s = new StringBuilder(to - from);
        for (int k = from; k < i; k++) s.append((char) b.get(k));
        while (i < to) {
            int c = b.get(i) & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
            if (n == 1) { s.append((char) c); i++; continue; }
            int cp = n == 0 || i + n > to ? -1 : sequence(b, i, n, c);
            if (cp < 0) { s.append((char) (0xdc00 + c)); i++; continue; }
            s.appendCodePoint(cp);
            i += n;
        }
        return s.toString();
    }

    /** The code point of the {@code n}-byte sequence at {@code i} (lead byte {@code c}), or -1 when it is not well-formed. */
    private static int sequence(ByteBuffer b, int i, int n, int c) {
        int b1 = b.get(i + 1) & 0xff;
        // the second byte's range depends on the lead byte (table 3-7)
        int lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : 0x80, hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : 0xbf;
        if (b1 < lo || b1 > hi) return -1;
        int cp = (c & (0x7f >> n)) << 6 | (b1 & 0x3f);
        for (int k = 2; k < n; k++) {
            int x = b.get(i + k) & 0xff;
            if ((x & 0xc0) != 0x80) return -1;
            cp = cp << 6 | (x & 0x3f);
        }
        return cp;
    }

    /** The bytes {@link #decode} read {@code s} from: UTF-8, each lone U+DC80..U+DCFF the byte it stands for. */
    static byte[] encode(String s) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0xdc80 && cp <= 0xdcff) { out.write(cp - 0xdc00); continue; }
            if (cp < 0x80) out.write(cp);
            else if (cp < 0x800) { out.write(0xc0 | cp >> 6); out.write(0x80 | cp & 0x3f); }
            else if (cp < 0x10000) { out.write(0xe0 | cp >> 12); out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f); }
            else { out.write(0xf0 | cp >> 18); out.write(0x80 | cp >> 12 & 0x3f); out.write(0x80 | cp >> 6 & 0x3f); out.write(0x80 | cp & 0x3f); }
        }
        return out.toByteArray();
    }
}
