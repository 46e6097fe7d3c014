package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * A decoded value. The few real alternatives of what a netlink field can hold; every one is
 * immutable (byte arrays are copied on the way in and out).
 */
public sealed interface Value {

    /** The value as a person reads it: numbers in decimal, flags by name, bytes in hex. */
    String display();

    /** An integer. {@code unsigned} values above {@link Long#MAX_VALUE} keep their bits. */
    record Num(long value, boolean unsigned) implements Value {
        private static final Num[] SMALL = new Num[1024];
        static { for (int i = 0; i < SMALL.length; i++) SMALL[i] = new Num(i, true); }

        /** An unsigned number; small ones (lengths, zero seqs and pids) are shared. */
        public static Num of(long v) { return v >= 0 && v < SMALL.length ? SMALL[(int) v] : new Num(v, true); }
        public static Num signed(long v) { return new Num(v, false); }
        @Override public String display() { return unsigned ? Long.toUnsignedString(value) : Long.toString(value); }
    }

    /**
     * Text (a string attribute without its trailing NULs, a name). Text read from a capture keeps every byte:
     * a byte that is no part of well-formed UTF-8 is the lone surrogate U+DC00 + byte (U+DC80..U+DCFF), and
     * control characters stay as they are ({@link CapturedText}); {@link #bytes()} gives the captured bytes back.
     */
    record Text(String text) implements Value {
        @Override public String display() { return '"' + text + '"'; }
        /** The bytes the text was read from: UTF-8, with each U+DC80..U+DCFF the byte it stands for. */
        public byte[] bytes() { return CapturedText.encode(text); }
    }

    /** A named number: an enum value, an errno, a message type. */
    record Named(long raw, String name) implements Value {
        @Override public String display() { return name + " (" + raw + ")"; }
    }

    /** A flag word: the raw bits and the names of the bits set (unnamed bits as hex). */
    record Flags(long raw, List<String> names) implements Value {
        public Flags { names = List.copyOf(names); }
        @Override public String display() {
            String hex = String.format("0x%04x", raw);
            return names.isEmpty() ? hex : hex + " (" + String.join("|", names) + ")";
        }
    }

    /** An address: IPv4, IPv6 or link-layer. */
    record Address(Kind kind, byte[] bytes) implements Value {
        public enum Kind { IPV4, IPV6, LINK }
        public Address { bytes = bytes.clone(); }
        @Override public byte[] bytes() { return bytes.clone(); }
        @Override public String display() { return Formats.address(kind, bytes); }
        @Override public boolean equals(Object o) { return o instanceof Address a && a.kind == kind && Arrays.equals(a.bytes, bytes); }
        @Override public int hashCode() { return kind.hashCode() * 31 + Arrays.hashCode(bytes); }
        @Override public String toString() { return "Address[" + display() + "]"; }
    }

    /** Fields inside this one: a nested attribute list or a struct. */
    record Nested(List<Field> fields) implements Value {
        public Nested { fields = ImmutableFields.of(fields); }
        @Override public String display() { return fields.size() + (fields.size() == 1 ? " field" : " fields"); }
    }

    /**
     * Bytes that have no further meaning here (or none we know): {@code length} bytes at
     * {@code offset} of a read-only buffer (the frame's), so decoding copies nothing.
     */
    record Raw(ByteBuffer source, int offset, int length) implements Value {
        public Raw { source = region(source, offset, length); }
        public static Raw of(byte[] bytes) { return new Raw(ByteBuffer.wrap(bytes.clone()), 0, bytes.length); }
        @Override public ByteBuffer source() { return source.duplicate(); }
        /** The bytes, as a read-only buffer of their own. */
        public ByteBuffer view() { return source.slice(offset, length); }
        /** A copy of the bytes. */
        public byte[] bytes() { return copy(source, offset, length); }
        public int size() { return length; }
        @Override public String display() { return Formats.hexAndText(bytes()); }
        @Override public boolean equals(Object o) { return o instanceof Raw r && r.view().equals(view()); }
        @Override public int hashCode() { return view().hashCode(); }
        @Override public String toString() { return "Raw[" + HexFormat.of().formatHex(bytes()) + "]"; }
    }

    /**
     * Bytes that do not parse as what they should be. The reason says what is wrong; the
     * bytes ({@code length} at {@code offset} of the frame's read-only buffer) are kept, so
     * nothing of the capture is lost.
     */
    record Malformed(String reason, ByteBuffer source, int offset, int length) implements Value {
        public Malformed { source = region(source, offset, length); }
        public static Malformed of(String reason, byte[] bytes) { return new Malformed(reason, ByteBuffer.wrap(bytes.clone()), 0, bytes.length); }
        @Override public ByteBuffer source() { return source.duplicate(); }
        /** A copy of the bytes that could not be decoded. */
        public byte[] bytes() { return copy(source, offset, length); }
        @Override public String display() { byte[] b = bytes(); return "MALFORMED: " + reason + (b.length > 0 ? " [" + Formats.hex(b, 64) + "]" : ""); }
        @Override public boolean equals(Object o) {
            return o instanceof Malformed m && m.reason.equals(reason) && m.source.slice(m.offset, m.length).equals(source.slice(offset, length));
        }
        @Override public int hashCode() { return reason.hashCode() * 31 + source.slice(offset, length).hashCode(); }
        @Override public String toString() { return "Malformed[" + reason + "]"; }
    }

    /**
     * The captured part of an item the capture's snapshot length cut short: {@code length} bytes at {@code offset} of
     * the frame's buffer, of an item that claims {@code claimed} bytes (its nla_len, nlmsg_len or struct size). Not
     * malformed: the sender wrote all of it, the capture kept only these. A message cut this way ends with such a
     * node (of no bytes when the cut fell between two items), so a reader sees where the capture stops.
     */
    record Cut(long claimed, ByteBuffer source, int offset, int length) implements Value {
        public Cut { source = region(source, offset, length); }
        @Override public ByteBuffer source() { return source.duplicate(); }
        /** A copy of the captured bytes. */
        public byte[] bytes() { return copy(source, offset, length); }
        @Override public String display() {
            byte[] b = bytes();
            return "[cut by the capture's snapshot length: " + length + " of " + claimed + " bytes captured]"
                    + (b.length > 0 ? " [" + Formats.hex(b, 64) + "]" : "");
        }
        @Override public boolean equals(Object o) {
            return o instanceof Cut c && c.claimed == claimed && c.source.slice(c.offset, c.length).equals(source.slice(offset, length));
        }
        @Override public int hashCode() { return Long.hashCode(claimed) * 31 + source.slice(offset, length).hashCode(); }
        @Override public String toString() { return "Cut[" + length + " of " + claimed + "]"; }
    }

    /** A read-only buffer that holds [offset, offset + length); the dissector's buffers already are. */
    private static ByteBuffer region(ByteBuffer b, int offset, int length) {
        java.util.Objects.checkFromIndexSize(offset, length, b.limit());
        return b.isReadOnly() ? b : b.asReadOnlyBuffer();
    }

    private static byte[] copy(ByteBuffer b, int offset, int length) {
        byte[] out = new byte[length];
        b.get(offset, out);
        return out;
    }
}
