package io.nlscope.output;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code read -T fields}: one line per message of the {@link FieldColumns}. A message's own values are read when
 * it is rendered, the transaction's when pairing gives its link; what waits in between is the values' text.
 */
final class FieldsSink implements MessageSink {
    private static final char SEP = '\0';   // between the held values (escaped text has no NUL)

    private final OutputStream os;
    private final FieldColumns columns;
    private long first = Long.MIN_VALUE;

    FieldsSink(OutputStream os, FieldColumns columns) throws IOException {
        this.os = os;
        this.columns = columns;
        os.write(columns.header().getBytes(StandardCharsets.UTF_8));
    }

    @Override public void frameSeen(long timestampNanos) {
        if (first == Long.MIN_VALUE) first = timestampNanos;
    }

    @Override public Rendered render(DissectedFrame f, NetlinkMessage m) {
        StringBuilder b = new StringBuilder(FieldColumns.seconds(f.timestampNanos() - (first == Long.MIN_VALUE ? f.timestampNanos() : first)));
        for (String v : columns.messageValues(m)) b.append(SEP).append(v == null ? "" : v);
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        return new Rendered(bytes, bytes.length, 0, 0, bytes.length, m.direction());
    }

    @Override public void write(Rendered r, Link link) throws IOException {
        String[] held = new String(r.bytes(), r.offset(), r.length(), StandardCharsets.UTF_8).split(String.valueOf(SEP), -1);
        String[] own = java.util.Arrays.copyOfRange(held, 1, held.length);
        os.write(columns.line(own, link, held[0]).getBytes(StandardCharsets.UTF_8));
        os.write('\n');
    }

    @Override public void write(byte[] raw, int offset, int length) throws IOException {
        os.write(raw, offset, length);
    }

    @Override public void end(List<String> warnings) throws IOException { os.flush(); }
}
