package io.nlscope.output;

import io.nlscope.dissect.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.io.OutputStream;

/** The default output: one line per message, every captured string escaped ({@link Escape}). */
public final class LineSink implements MessageSink {
    private final OutputStream os;
    private long base = Long.MIN_VALUE;
    /** The frame before the current one, the current one, the message shown last (-t d, dd). */
    private long previousFrame = Long.MIN_VALUE, currentFrame = Long.MIN_VALUE, lastShown = Long.MIN_VALUE;
    private TimeFormat times = TimeFormat.RELATIVE;
    private final TextBuffer line = new TextBuffer(256);
    private final TextBuffer link = new TextBuffer(128);
    private final byte[][] arrows = new byte[Direction.values().length][];

    /** @param os where the lines go; buffer it (writes are one line each) */
    public LineSink(OutputStream os) {
        this.os = os;
        for (Direction d : Direction.values()) arrows[d.ordinal()] = new TextBuffer(3).text(d.arrow(), 3).toArray();
    }

    private static final int TYPE_WIDTH = 18, FLAGS_WIDTH = 23;

    /** Shows times as {@code f} says (tshark's -t); relative to the first frame by default. */
    public LineSink withTimes(TimeFormat f) {
        times = f;
        return this;
    }

    @Override public void frameSeen(long timestampNanos) {
        if (base == Long.MIN_VALUE) base = timestampNanos;
        previousFrame = currentFrame == Long.MIN_VALUE ? timestampNanos : currentFrame;
        currentFrame = timestampNanos;
    }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
        if (base == Long.MIN_VALUE) base = f.timestampNanos();
        TextBuffer t = line.clear();
        t.num(m.frame(), 6, true).ascii(' ');
        long ts = m.timestampNanos();
        if (times.ofDay()) times.appendOfDay(t, ts);
        else seconds(t, switch (times) {
            case DELTA -> previousFrame == Long.MIN_VALUE ? 0 : ts - previousFrame;
            case DELTA_DISPLAYED -> lastShown == Long.MIN_VALUE ? 0 : ts - lastShown;
            case EPOCH -> ts;
            default -> ts - base;
        });
        t.ascii(' ');
        lastShown = ts;
        int protocolAt = t.length();
        t.name(m.protocolName(), 9).ascii(' ');
        int arrowAt = t.length();
        t.name(m.direction().arrow(), 3).ascii(' ');
        int arrowEnd = arrowAt + 3;
        // type and flags share their columns: a long type name takes its room from the flags' column, so that
        // the columns after them stay aligned unless both are long; a protocol name longer than its column
        // (kobject_uevent) takes its room from them too
        int typeAt = protocolAt + 9 + 1 + 3 + 1;
        t.name(m.typeName()).ascii(' ').spaces(typeAt + TYPE_WIDTH + 1 - t.length());
        t.name(flagText(m)).ascii(' ').spaces(typeAt + TYPE_WIDTH + 1 + FLAGS_WIDTH + 1 - t.length());
        t.name("seq=").num(m.seq(), 10, false).name(" pid=").num(m.pid(), 10, false).name(" len=").num(m.length(), 5, false).ascii(' ');
        if (m.malformed()) t.name("[MALFORMED] ");
        if (!m.keys().isEmpty()) t.text(m.keys()).name(", ");   // what it is about, then its shape
        t.text(m.summary());
        return new Rendered(t.array(), t.length(), arrowAt, arrowEnd, t.length(), m.direction());
    }

    /** Seconds with six decimals, right-aligned in 11 columns (more when needed). */
    private static void seconds(TextBuffer t, long nanos) {
        long us = Math.floorDiv(nanos, 1000);
        long whole = Math.floorDiv(us, 1_000_000L), frac = Math.floorMod(us, 1_000_000L);
        t.num(whole, 4, true).ascii('.');
        for (int i = TextBuffer.digits(frac); i < 6; i++) t.ascii('0');
        t.num(frac);
    }

    @Override public void write(Rendered r, Link l) throws IOException {
        byte[] b = r.bytes();
        int o = r.offset();
        if (l == null) {
            os.write(b, o, r.length());
            os.write('\n');
            return;
        }
        Direction d = l.direction(r.direction());
        if (d != r.direction()) {
            os.write(b, o, r.directionAt());
            os.write(arrows[d.ordinal()]);
            os.write(b, o + r.directionEnd(), r.length() - r.directionEnd());
        } else {
            os.write(b, o, r.length());
        }
        l.text(link.clear().name("  [")).ascii(']').ascii('\n').writeTo(os);
    }

    @Override public void write(byte[] raw, int offset, int length) throws IOException { if (length > 0) os.write(raw, offset, length); }

    @Override public void end(java.util.List<String> warnings) throws IOException { os.flush(); }

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
}
