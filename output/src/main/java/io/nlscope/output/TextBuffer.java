package io.nlscope.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Text built straight as UTF-8 bytes, for the text formats: numbers written digit by digit, strings
 * encoded as they are appended, and, when the buffer escapes (the default), every character that
 * must not reach a terminal escaped on the way in ({@link Escape}'s rules). No intermediate
 * {@code String}s per line, no second pass to escape or encode.
 */
public final class TextBuffer {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private final boolean escaping;
    private byte[] b;
    private int n;

    /** A buffer that escapes what it is given. */
    public TextBuffer(int capacity) { this(capacity, true); }

    /** @param escaping escape unsafe characters (text for terminals); false keeps them (text for JSON) */
    public TextBuffer(int capacity, boolean escaping) {
        this.b = new byte[Math.max(16, capacity)];
        this.escaping = escaping;
    }

    public int length() { return n; }

    /** Drops everything from {@code length} on. */
    public TextBuffer setLength(int length) {
        if (length < 0 || length > n) throw new IndexOutOfBoundsException(length);
        n = length;
        return this;
    }

    public TextBuffer clear() { n = 0; return this; }

    private void room(int k) {
        if (n + k > b.length) b = Arrays.copyOf(b, Math.max(b.length * 2, n + k));
    }

    /** One ASCII character the caller knows is safe. */
    public TextBuffer ascii(char c) {
        if (n == b.length) room(1);
        b[n++] = (byte) c;
        return this;
    }

    /** Names seen lately and their bytes as {@link #text} writes them (made when first asked for). */
    private NameCache names;

    /**
     * A name from a fixed set (a field, type, enum or flag name of the specs, a protocol's name): as
     * {@link #text}, but its bytes are made once and then copied. For text that repeats as the same
     * {@code String} object; other text only passes through the cache.
     */
    public TextBuffer name(String s) {
        if (names == null) names = new NameCache(4096, (name, unused) -> new TextBuffer(name.length() + 8, escaping).text(name).toArray());
        return append(names.get(s, 0));
    }

    /** A {@link #name} padded with spaces to {@code width} characters (of the name as given). */
    public TextBuffer name(String s, int width) {
        return name(s).spaces(width - s.length());
    }

    /** Text, UTF-8 encoded and (when escaping) with every unsafe character escaped. */
    public TextBuffer text(CharSequence s) {
        int len = s.length();
        room(len);
        byte[] b = this.b;
        int n = this.n, i = 0;
        for (; i < len; i++) {   // printable ASCII: one byte each, room made above
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7f) break;
            b[n++] = (byte) c;
        }
        this.n = n;
        if (i < len) rest(s, i, len);
        return this;
    }

    /** The rest of {@code s} from its first character that is not printable ASCII. */
    private void rest(CharSequence s, int from, int len) {
        for (int i = from; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                ascii(c);
            } else if (escaping && Escape.unsafe(c)) {
                escape(c);
            } else if (c < 0x80) {
                ascii(c);
            } else if (c < 0x800) {
                room(2);
                b[n++] = (byte) (0xc0 | c >> 6);
                b[n++] = (byte) (0x80 | c & 0x3f);
            } else if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, s.charAt(++i));
                    room(4);
                    b[n++] = (byte) (0xf0 | cp >> 18);
                    b[n++] = (byte) (0x80 | (cp >> 12) & 0x3f);
                    b[n++] = (byte) (0x80 | (cp >> 6) & 0x3f);
                    b[n++] = (byte) (0x80 | cp & 0x3f);
                } else if (escaping) {
                    escape(c);    // a lone surrogate: a captured byte that was no UTF-8 (\xff), or a backslash-u escape
                } else {
                    ascii('?');   // a lone surrogate, as String.getBytes(UTF_8) writes it
                }
            } else {
                room(3);
                b[n++] = (byte) (0xe0 | c >> 12);
                b[n++] = (byte) (0x80 | (c >> 6) & 0x3f);
                b[n++] = (byte) (0x80 | c & 0x3f);
            }
        }
    }

    /** {@link Escape}'s escape of {@code c} (escapes are rare: the buffer's own ASCII run is the common case). */
    private void escape(char c) {
        StringBuilder e = new StringBuilder(6);
        Escape.escape(c, e);
        for (int i = 0; i < e.length(); i++) ascii(e.charAt(i));
    }

    /** Text padded with spaces to {@code width} characters (of the text as given, before escaping). */
    public TextBuffer text(CharSequence s, int width) {
        return text(s).spaces(width - s.length());
    }

    /** {@code k} spaces (none if {@code k <= 0}). */
    public TextBuffer spaces(int k) {
        if (k <= 0) return this;
        room(k);
        Arrays.fill(b, n, n + k, (byte) ' ');
        n += k;
        return this;
    }

    /** A signed decimal number. */
    public TextBuffer num(long v) {
        if (v >= 0 && v < 10) return ascii((char) ('0' + v));
        if (v < 0) {
            if (v == Long.MIN_VALUE) return text("-9223372036854775808");
            ascii('-');
            v = -v;
        }
        room(19);
        n = digitsAt(b, n, v);
        return this;
    }

    /** A decimal number right-aligned ({@code right}) or left-aligned in {@code width} characters. */
    public TextBuffer num(long v, int width, boolean right) {
        int w = v < 0 ? (v == Long.MIN_VALUE ? 20 : digits(-v) + 1) : digits(v);
        if (right) spaces(width - w);
        num(v);
        if (!right) spaces(width - w);
        return this;
    }

    /** An unsigned 64-bit decimal number. */
    public TextBuffer unsigned(long v) {
        return v >= 0 ? num(v) : text(Long.toUnsignedString(v));
    }

    /** {@code 0x} and at least {@code minDigits} lower-case hex digits. */
    public TextBuffer hex(long v, int minDigits) {
        int d = Math.max(minDigits, (64 - Long.numberOfLeadingZeros(v) + 3) / 4);
        return ascii('0').ascii('x').hexDigits(v, Math.max(d, 1));
    }

    /** Four upper-case hex digits of a character, as Jackson writes a JSON escape's. */
    TextBuffer hex4(char c) {
        for (int shift = 12; shift >= 0; shift -= 4) ascii("0123456789ABCDEF".charAt((c >> shift) & 15));
        return this;
    }

    private TextBuffer hexDigits(long v, int d) {
        room(d);
        for (int i = n + d - 1; i >= n; i--) {
            b[i] = HEX[(int) (v & 15)];
            v >>>= 4;
        }
        n += d;
        return this;
    }

    /** Digits of a non-negative number. */
    static int digits(long v) {
        if (v < 10) return 1;
        if (v < 100) return 2;
        if (v < 1000) return 3;
        if (v < 10000) return 4;
        int d = 5;
        for (long p = 100000; d < 19 && v >= p; p *= 10) d++;
        return d;
    }

    /** Bytes that are text already, all of them. */
    public TextBuffer append(byte[] bytes) {
        int len = bytes.length;
        room(len);
        System.arraycopy(bytes, 0, b, n, len);
        n += len;
        return this;
    }

    /** {@code "  [OFFSET+LENGTH]"} and a newline: a -V field's place in its frame. */
    public TextBuffer span(int offset, int length) {
        if ((offset | length) < 0) return ascii(' ').ascii(' ').ascii('[').num(offset).ascii('+').num(length).ascii(']').ascii('\n');
        room(48);
        byte[] b = this.b;
        int n = this.n;
        b[n++] = ' ';
        b[n++] = ' ';
        b[n++] = '[';
        n = digitsAt(b, n, offset);
        b[n++] = '+';
        n = digitsAt(b, n, length);
        b[n++] = ']';
        b[n++] = '\n';
        this.n = n;
        return this;
    }

    /** Writes the decimal digits of {@code v} (0 or more) at {@code at}, where there is room; returns where they end. */
    private static int digitsAt(byte[] b, int at, long v) {
        if (v < 10) {
            b[at] = (byte) ('0' + v);
            return at + 1;
        }
        int d = digits(v), end = at + d;
        for (int i = end - 1; i >= at; i--) {
            long q = v / 10;
            b[i] = (byte) ('0' + (v - q * 10));
            v = q;
        }
        return end;
    }

    /** Another buffer's bytes. */
    public TextBuffer append(TextBuffer o) {
        return append(o.b, 0, o.n);
    }

    /** Bytes that are text already (UTF-8, escaped as needed). */
    public TextBuffer append(byte[] bytes, int from, int length) {
        room(length);
        System.arraycopy(bytes, from, b, n, length);
        n += length;
        return this;
    }

    /** Overwrites the bytes at {@code at} with these ASCII characters (a direction arrow's place). */
    public void put(int at, byte[] ascii) {
        System.arraycopy(ascii, 0, b, at, ascii.length);
    }

    public byte[] toArray() { return Arrays.copyOf(b, n); }

    /** The buffer itself: its first {@link #length()} bytes are the text, until the next change. */
    byte[] array() { return b; }

    /** Bytes {@code [from, n)} as an array of their own. */
    public byte[] toArray(int from) { return Arrays.copyOfRange(b, from, n); }

    public void writeTo(OutputStream os) throws IOException { os.write(b, 0, n); }

    @Override public String toString() { return new String(b, 0, n, StandardCharsets.UTF_8); }
}
