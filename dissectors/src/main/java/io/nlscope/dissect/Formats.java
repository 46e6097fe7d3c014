package io.nlscope.dissect;

import java.util.HexFormat;

/** How values are written for people: addresses in their usual notation, bytes as hex + text. */
final class Formats {
    private Formats() {}

    private static final HexFormat HEX = HexFormat.of();

    static String hex(byte[] b, int max) {
        if (b.length <= max) return HEX.formatHex(b);
        return HEX.formatHex(b, 0, max) + "...(" + b.length + " bytes)";
    }

    /** Hex, plus the printable text when the bytes look like text (custom protocols send strings). */
    static String hexAndText(byte[] b) {
        String text = printableText(b);
        return text == null ? hex(b, 256) : hex(b, 256) + " \"" + text + "\"";
    }

    /** The bytes as text if they are printable ASCII, possibly NUL-terminated or padded; else null. */
    static String printableText(byte[] b) {
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) end--;
        if (end < 2) return null;
        StringBuilder sb = new StringBuilder(end);
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xff;
            if (c == '\n') sb.append("\\n");
            else if (c == '\t') sb.append("\\t");
            else if (c >= 0x20 && c < 0x7f) sb.append((char) c);
            else return null;
        }
        return sb.toString();
    }

    static String address(Value.Address.Kind kind, byte[] a) {
        switch (kind) {
            case IPV4:
                if (a.length == 4) return (a[0] & 0xff) + "." + (a[1] & 0xff) + "." + (a[2] & 0xff) + "." + (a[3] & 0xff);
                break;
            case IPV6:
                if (a.length == 16) return ipv6(a);
                break;
            case LINK:
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) sb.append(':');
                    sb.append(Character.forDigit((a[i] >> 4) & 0xf, 16)).append(Character.forDigit(a[i] & 0xf, 16));
                }
                return sb.toString();
        }
        return HEX.formatHex(a);
    }

    /** RFC 5952 text form: lower case, longest run of two or more zero groups as "::". */
    private static String ipv6(byte[] a) {
        int[] g = new int[8];
        for (int i = 0; i < 8; i++) g[i] = ((a[2 * i] & 0xff) << 8) | (a[2 * i + 1] & 0xff);
        int bestStart = -1, bestLen = 1;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) { i++; continue; }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) { bestStart = i; bestLen = j - i; }
            i = j;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) { sb.append(i == 0 ? "::" : ":"); i += bestLen - 1; continue; }
            sb.append(Integer.toHexString(g[i]));
            if (i < 7) sb.append(':');
        }
        return sb.toString();
    }
}
