package io.nlscope.cli;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The default output: one line per message. */
final class LineSink implements MessageSink {
    private final Writer w;
    private long base = Long.MIN_VALUE;
    private final StringBuilder sb = new StringBuilder(256);

    LineSink(OutputStream os) {
        this.w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override public void message(DissectedFrame f, NetlinkMessage m, Link link) throws IOException {
        if (base == Long.MIN_VALUE) base = f.timestampNanos();
        sb.setLength(0);
        pad(sb, Long.toString(m.frame()), 6, true).append(' ');
        pad(sb, seconds(m.timestampNanos() - base), 11, true).append(' ');
        pad(sb, m.protocolName(), 9, false).append(' ');
        pad(sb, link != null ? link.arrow(m) : m.direction().arrow(), 3, false).append(' ');
        pad(sb, m.typeName(), 18, false).append(' ');
        pad(sb, String.join("|", m.flagNames()), 22, false).append(' ');
        sb.append("seq=");
        pad(sb, Long.toString(m.seq()), 10, false).append(" pid=");
        pad(sb, Long.toString(m.pid()), 7, false).append(" len=");
        pad(sb, Long.toString(m.length()), 5, false).append(' ');
        if (m.malformed()) sb.append("[MALFORMED] ");
        sb.append(m.summary());
        if (link != null) sb.append("  [").append(link.text()).append(']');
        sb.append('\n');
        w.append(sb);
    }

    @Override public void end(List<String> warnings) throws IOException { w.flush(); }

    static String seconds(long nanos) {
        long us = Math.floorDiv(nanos, 1000);
        String frac = Long.toString(Math.floorMod(us, 1_000_000L));
        return Math.floorDiv(us, 1_000_000L) + "." + "000000".substring(frac.length()) + frac;
    }

    private static StringBuilder pad(StringBuilder sb, String s, int width, boolean right) {
        if (right) for (int i = s.length(); i < width; i++) sb.append(' ');
        sb.append(s);
        if (!right) for (int i = s.length(); i < width; i++) sb.append(' ');
        return sb;
    }
}
