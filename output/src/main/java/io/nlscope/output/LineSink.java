package io.nlscope.output;

import io.nlscope.dissect.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The default output: one line per message, every captured string escaped ({@link Escape}). */
public final class LineSink implements MessageSink {
    private static final byte[] NEWLINE = {'\n'};
    private final OutputStream os;
    private long base = Long.MIN_VALUE;
    private final StringBuilder sb = new StringBuilder(256);

    /** @param os where the lines go; buffer it (writes are one line each) */
    public LineSink(OutputStream os) { this.os = os; }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
        if (base == Long.MIN_VALUE) base = f.timestampNanos();
        sb.setLength(0);
        number(sb, m.frame(), 6, true).append(' ');
        long us = Math.floorDiv(m.timestampNanos() - base, 1000);
        long whole = Math.floorDiv(us, 1_000_000L), frac = Math.floorMod(us, 1_000_000L);
        spaces(sb, 11 - (digits(whole) + 7));
        sb.append(whole).append('.');
        for (int i = digits(frac); i < 6; i++) sb.append('0');
        sb.append(frac).append(' ');
        pad(sb, m.protocolName(), 9, false).append(' ');
        int arrowAt = utf8Length(sb);
        pad(sb, m.direction().arrow(), 3, false).append(' ');
        pad(sb, m.typeName(), 18, false).append(' ');
        pad(sb, flagText(m), 22, false).append(' ');
        sb.append("seq=");
        number(sb, m.seq(), 10, false).append(" pid=");
        number(sb, m.pid(), 7, false).append(" len=");
        number(sb, m.length(), 5, false).append(' ');
        if (m.malformed()) sb.append("[MALFORMED] ");
        if (!m.keys().isEmpty()) sb.append(m.keys()).append(", ");   // what it is about, then its shape
        sb.append(m.summary());
        Escape.inPlace(sb, 0);
        byte[] b = sb.toString().getBytes(StandardCharsets.UTF_8);
        return new Rendered(b, arrowAt, arrowAt + 3, b.length, m.direction());
    }

    @Override public void write(Rendered r, Link link) throws IOException {
        if (link == null) {
            os.write(r.bytes());
            os.write(NEWLINE);
        } else {
            os.write(complete(r, link));
        }
    }

    @Override public byte[] complete(Rendered r, Link link) {
        byte[] b = r.bytes();
        if (link == null) {
            byte[] c = java.util.Arrays.copyOf(b, b.length + 1);
            c[b.length] = '\n';
            return c;
        }
        sb.setLength(0);
        sb.append("  [");
        Escape.append(sb, link.text()).append("]\n");
        byte[] tail = sb.toString().getBytes(StandardCharsets.UTF_8);
        byte[] c = java.util.Arrays.copyOf(b, b.length + tail.length);
        System.arraycopy(tail, 0, c, b.length, tail.length);
        Direction d = link.direction(r.direction());
        if (d != r.direction()) {
            String a = pad(new StringBuilder(3), d.arrow(), 3, false).toString();
            for (int i = 0; i < 3; i++) c[r.directionAt() + i] = (byte) a.charAt(i);
        }
        return c;
    }

    @Override public void write(byte[] raw) throws IOException { if (raw.length > 0) os.write(raw); }

    @Override public void end(java.util.List<String> warnings) throws IOException { os.flush(); }

    /** Seconds with microseconds, e.g. {@code 2.067810}. */
    public static String seconds(long nanos) {
        long us = Math.floorDiv(nanos, 1000);
        String frac = Long.toString(Math.floorMod(us, 1_000_000L));
        return Math.floorDiv(us, 1_000_000L) + "." + "000000".substring(frac.length()) + frac;
    }

    private final String[][] flagTexts = new String[io.nlscope.dissect.MessageKind.values().length][];

    /** "REQUEST|ACK", made once per flags value and message kind. */
    private String flagText(NetlinkMessage m) {
        String[] byFlags = flagTexts[m.kind().ordinal()];
        if (byFlags == null) flagTexts[m.kind().ordinal()] = byFlags = new String[0x10000];
        int f = m.flags() & 0xffff;
        String t = byFlags[f];
        if (t == null) byFlags[f] = t = String.join("|", m.flagNames());
        return t;
    }

    private static final char[] SPACES = " ".repeat(64).toCharArray();

    private static void spaces(StringBuilder sb, int n) {
        while (n > 0) {
            int k = Math.min(n, SPACES.length);
            sb.append(SPACES, 0, k);
            n -= k;
        }
    }

    /** A number padded to {@code width}, without a string of its own. */
    private static StringBuilder number(StringBuilder sb, long v, int width, boolean right) {
        int n = v < 0 ? digits(-v) + 1 : digits(v);
        if (right) spaces(sb, width - n);
        sb.append(v);
        if (!right) spaces(sb, width - n);
        return sb;
    }

    private static int digits(long v) {
        int n = 1;
        while (v >= 10) { v /= 10; n++; }
        return n;
    }

    static StringBuilder pad(StringBuilder sb, String s, int width, boolean right) {
        if (right) spaces(sb, width - s.length());
        sb.append(s);
        if (!right) spaces(sb, width - s.length());
        return sb;
    }

    /** Bytes of {@code s} in UTF-8. */
    static int utf8Length(CharSequence s) {
        int n = 0;
        for (int i = 0, len = s.length(); i < len; i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(s.charAt(i + 1))) { n += 4; i++; }
            else n += 3;
        }
        return n;
    }
}
