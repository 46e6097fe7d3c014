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
    private static final String[] INDENT = new String[64];
    static { for (int i = 0; i < INDENT.length; i++) INDENT[i] = "  ".repeat(i); }
    private final OutputStream os;
    private final StringBuilder sb = new StringBuilder(4096);

    public TreeSink(OutputStream os) { this.os = os; }

    @Override public byte[] frameHead(DissectedFrame f) {
        sb.setLength(0);
        Instant t = Instant.ofEpochSecond(0, f.timestampNanos());
        sb.append("Frame ").append(f.index()).append(": ").append(f.capturedLength()).append(" bytes");
        if (f.capturedLength() != f.originalLength()) sb.append(" (of ").append(f.originalLength()).append(')');
        sb.append(", ").append(t).append(", ").append(f.protocolName()).append(", ").append(f.messages().size())
                .append(f.messages().size() == 1 ? " message" : " messages").append(f.littleEndian() ? "" : ", big-endian").append('\n');
        sb.append("  cooked header\n");
        fields(f.cookedHeader(), 2);
        return bytes();
    }

    @Override public byte[] frameTail(DissectedFrame f) {
        if (f.trailer().isEmpty()) return NOTHING;
        sb.setLength(0);
        sb.append("  after the last message\n");
        fields(f.trailer(), 2);
        return bytes();
    }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
        sb.setLength(0);
        sb.append("  Message ").append(m.index() + 1).append(" at offset ").append(m.offset()).append(": ");
        Escape.append(sb, m.typeName()).append(' ');
        int arrowAt = LineSink.utf8Length(sb);
        String arrow = m.direction().arrow();
        sb.append(arrow);
        int arrowEnd = arrowAt + arrow.length();
        if (m.directionInferred()) sb.append(" (direction inferred)");
        sb.append("  ");
        if (!m.keys().isEmpty()) Escape.append(sb, m.keys()).append(", ");
        Escape.append(sb, m.summary()).append('\n');
        if (m.malformed()) Escape.append(sb.append("    MALFORMED: "), m.problem().orElse("")).append('\n');
        int linkAt = LineSink.utf8Length(sb);
        fields(m.fields(), 2);
        return new Rendered(bytes(), arrowAt, arrowEnd, linkAt, m.direction());
    }

    @Override public byte[] complete(Rendered r, Link link) throws IOException {
        byte[] b = r.bytes();
        if (link == null) return b;
        java.io.ByteArrayOutputStream c = new java.io.ByteArrayOutputStream(b.length + 128);
        Direction d = link.direction(r.direction());
        if (d != r.direction()) {
            c.write(b, 0, r.directionAt());
            c.write(d.arrow().getBytes(StandardCharsets.US_ASCII));
            c.write(b, r.directionEnd(), r.linkAt() - r.directionEnd());
        } else {
            c.write(b, 0, r.linkAt());
        }
        sb.setLength(0);
        Escape.append(sb.append("    ["), link.text()).append("]\n");
        c.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        c.write(b, r.linkAt(), b.length - r.linkAt());
        return c.toByteArray();
    }

    @Override public void write(byte[] raw) throws IOException { if (raw.length > 0) os.write(raw); }

    @Override public void end(List<String> warnings) throws IOException { os.flush(); }

    private void fields(List<Field> fs, int depth) {
        for (Field fl : fs) {
            sb.append(depth + 1 < INDENT.length ? INDENT[depth + 1] : "  ".repeat(depth + 1));
            Escape.append(sb, fl.name()).append(": ");
            if (!(fl.value() instanceof Value.Nested)) Escape.append(sb, fl.value().display());
            sb.append("  [").append(fl.offset()).append('+').append(fl.length()).append("]\n");
            if (fl.value() instanceof Value.Nested n) fields(n.fields(), depth + 1);
        }
    }

    private byte[] bytes() { return sb.toString().getBytes(StandardCharsets.UTF_8); }
}
