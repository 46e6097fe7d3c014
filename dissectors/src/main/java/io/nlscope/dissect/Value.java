package io.nlscope.dissect;

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
        public static Num of(long v) { return new Num(v, true); }
        public static Num signed(long v) { return new Num(v, false); }
        @Override public String display() { return unsigned ? Long.toUnsignedString(value) : Long.toString(value); }
    }

    /** Text (a string attribute without its NUL, a name). */
    record Text(String text) implements Value {
        @Override public String display() { return '"' + text + '"'; }
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
        public Nested { fields = List.copyOf(fields); }
        @Override public String display() { return fields.size() + (fields.size() == 1 ? " field" : " fields"); }
    }

    /** Bytes that have no further meaning here (or none we know). */
    record Raw(byte[] bytes) implements Value {
        public Raw { bytes = bytes.clone(); }
        @Override public byte[] bytes() { return bytes.clone(); }
        public int size() { return bytes.length; }
        @Override public String display() { return Formats.hexAndText(bytes); }
        @Override public boolean equals(Object o) { return o instanceof Raw r && Arrays.equals(r.bytes, bytes); }
        @Override public int hashCode() { return Arrays.hashCode(bytes); }
        @Override public String toString() { return "Raw[" + HexFormat.of().formatHex(bytes) + "]"; }
    }

    /**
     * Bytes that do not parse as what they should be. The reason says what is wrong; the
     * bytes are kept, so nothing of the capture is lost.
     */
    record Malformed(String reason, byte[] bytes) implements Value {
        public Malformed { bytes = bytes.clone(); }
        @Override public byte[] bytes() { return bytes.clone(); }
        @Override public String display() { return "MALFORMED: " + reason + (bytes.length > 0 ? " [" + Formats.hex(bytes, 64) + "]" : ""); }
        @Override public boolean equals(Object o) { return o instanceof Malformed m && m.reason.equals(reason) && Arrays.equals(m.bytes, bytes); }
        @Override public int hashCode() { return reason.hashCode() * 31 + Arrays.hashCode(bytes); }
        @Override public String toString() { return "Malformed[" + reason + "]"; }
    }
}
