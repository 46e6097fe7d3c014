package io.nlscope.output;

import io.nlscope.dissect.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** -V: every frame with its cooked header, and every message as its full tree; captured strings escaped. */
public final class TreeSink implements MessageSink {
    private final OutputStream os;
    private final TextBuffer t = new TextBuffer(4096);
    private final TextBuffer link = new TextBuffer(128);
    private long second = Long.MIN_VALUE;
    private String secondText;

    private final boolean spans;

    public TreeSink(OutputStream os) { this(os, true); }

    /**
     * With {@code spans} false each field's place in the frame ({@code [offset+length]}) is left out: the text of
     * {@code nlscope report}'s rows, where it would double the page's size.
     */
    public TreeSink(OutputStream os, boolean spans) {
        this.os = os;
        this.spans = spans;
    }

    @Override public byte[] frameHead(DissectedFrame f) {
        t.clear().name("Frame ").num(f.index()).name(": ").num(f.capturedLength()).name(" bytes");
        if (f.capturedLength() != f.originalLength()) t.name(" (of ").num(f.originalLength()).ascii(')');
        instant(t.name(", "), f.timestampNanos()).name(", ").name(f.protocolName()).name(", ").num(f.messages().size())
                .text(f.messages().size() == 1 ? " message" : " messages").text(f.littleEndian() ? "" : ", big-endian").ascii('\n');
        for (String c : f.comments()) t.name("  comment: ").text(c).ascii('\n');   // what the capture recorded (pcapng opt_comment), escaped
        t.name("  cooked header").ascii('\n');
        fields(f.cookedHeader(), 2);
        return t.toArray();
    }

    @Override public byte[] frameTail(DissectedFrame f) {
        if (f.trailer().isEmpty()) return NOTHING;
        t.clear().name("  after the last message").ascii('\n');
        fields(f.trailer(), 2);
        return t.toArray();
    }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
        t.clear().name("  Message ").num(m.index() + 1).name(" at offset ").num(m.offset()).name(": ").name(m.typeName()).ascii(' ');
        int arrowAt = t.length();
        t.name(m.direction().arrow());
        int arrowEnd = t.length();
        if (m.directionInferred()) t.name(" (direction inferred)");
        t.name("  ");
        if (!m.keys().isEmpty()) t.text(m.keys()).name(", ");
        t.text(m.summary()).ascii('\n');
        if (m.malformed()) t.name("    MALFORMED: ").text(m.problem().orElse("")).ascii('\n');
        int linkAt = t.length();
        fields(m.fields(), 2);
        return new Rendered(t.array(), t.length(), arrowAt, arrowEnd, linkAt, m.direction());
    }

    @Override public void write(Rendered r, Link l) throws IOException {
        byte[] b = r.bytes();
        int o = r.offset();
        if (l == null) {
            os.write(b, o, r.length());
            return;
        }
        Direction d = l.direction(r.direction());
        if (d != r.direction()) {
            os.write(b, o, r.directionAt());
            os.write(d.arrow().getBytes(StandardCharsets.US_ASCII));
            os.write(b, o + r.directionEnd(), r.linkAt() - r.directionEnd());
        } else {
            os.write(b, o, r.linkAt());
        }
        l.text(link.clear().name("    [")).ascii(']').ascii('\n').writeTo(os);
        os.write(b, o + r.linkAt(), r.length() - r.linkAt());
    }

    @Override public void write(byte[] raw, int offset, int length) throws IOException { if (length > 0) os.write(raw, offset, length); }

    @Override public void end(List<String> warnings) throws IOException { os.flush(); }

    private void fields(List<Field> fs, int depth) {
        for (int i = 0, n = fs.size(); i < n; i++) {
            Field fl = fs.get(i);
            t.append(prefixes.get(fl.name(), depth));
            Value v = fl.value();
            if (!(v instanceof Value.Nested)) value(t, v);
            if (spans) t.span(fl.offset(), fl.length());
            else t.ascii('\n');
            if (v instanceof Value.Nested nested) fields(nested.fields(), depth + 1);
        }
    }

    /** "    NAME: " of a field name at a depth, as the buffer writes it: made once per name and depth. */
    private final NameCache prefixes = new NameCache(16384,
            (name, depth) -> new TextBuffer(64).spaces(2 * (depth + 1)).text(name).ascii(':').ascii(' ').toArray());

    /** {@link Value#display()}, written into the buffer without a string of its own where that is the common case. */
    static void value(TextBuffer t, Value v) {
        if (v instanceof Value.Num n) {
            if (n.unsigned()) t.unsigned(n.value()); else t.num(n.value());
        } else if (v instanceof Value.Named n) {
            t.name(n.name()).ascii(' ').ascii('(').num(n.raw()).ascii(')');
        } else if (v instanceof Value.Flags fl) {
            t.hex(fl.raw(), 4);
            List<String> names = fl.names();
            if (!names.isEmpty()) {
                t.name(" (");
                for (int i = 0; i < names.size(); i++) (i > 0 ? t.ascii('|') : t).name(names.get(i));
                t.ascii(')');
            }
        } else if (v instanceof Value.Text s) {
            t.ascii('"').text(s.text()).ascii('"');
        } else {
            t.text(v.display());
        }
    }

    /** {@link Instant#toString()} of a time in nanoseconds, the date and time of day made once per second. */
    private TextBuffer instant(TextBuffer t, long nanos) {
        long s = Math.floorDiv(nanos, 1_000_000_000L);
        int ns = (int) Math.floorMod(nanos, 1_000_000_000L);
        if (s != second) {
            String whole = Instant.ofEpochSecond(s).toString();
            second = s;
            secondText = whole.substring(0, whole.length() - 1);   // without its 'Z'
        }
        t.name(secondText);
        if (ns != 0) {
            int digits = ns % 1_000_000 == 0 ? 3 : ns % 1000 == 0 ? 6 : 9;
            int v = digits == 3 ? ns / 1_000_000 : digits == 6 ? ns / 1000 : ns;
            t.ascii('.');
            for (int d = TextBuffer.digits(v); d < digits; d++) t.ascii('0');
            t.num(v);
        }
        return t.ascii('Z');
    }
}
