package io.nlscope.cli;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** -V: every frame with its cooked header, and every message as its full tree. */
final class TreeSink implements MessageSink {
    private final Writer w;

    TreeSink(OutputStream os) {
        this.w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override public void frame(DissectedFrame f) throws IOException {
        Instant t = Instant.ofEpochSecond(0, f.timestampNanos());
        w.write("Frame " + f.index() + ": " + f.capturedLength() + " bytes"
                + (f.capturedLength() != f.originalLength() ? " (of " + f.originalLength() + ")" : "")
                + ", " + t + ", " + f.protocolName() + ", " + f.messages().size()
                + (f.messages().size() == 1 ? " message" : " messages")
                + (f.littleEndian() ? "" : ", big-endian") + "\n");
        w.write("  cooked header\n");
        fields(f.cookedHeader(), 2);
    }

    @Override public void frameEnd(DissectedFrame f) throws IOException {
        if (!f.trailer().isEmpty()) {
            w.write("  after the last message\n");
            fields(f.trailer(), 2);
        }
    }

    @Override public void message(DissectedFrame f, NetlinkMessage m, Link link) throws IOException {
        w.write("  Message " + (m.index() + 1) + " at offset " + m.offset() + ": " + m.typeName() + " " + (link != null ? link.arrow(m) : m.direction().arrow())
                + (m.directionInferred() ? " (direction inferred)" : "") + "  " + m.summary() + "\n");
        if (m.malformed()) w.write("    MALFORMED: " + m.problem().orElse("") + "\n");
        if (link != null) w.write("    [" + link.text() + "]\n");
        fields(m.fields(), 2);
    }

    private void fields(List<Field> fs, int depth) throws IOException {
        for (Field fl : fs) {
            w.write("  ".repeat(depth + 1));
            w.write(fl.name());
            w.write(": ");
            w.write(fl.value() instanceof Value.Nested ? "" : fl.value().display());
            w.write("  [" + fl.offset() + "+" + fl.length() + "]\n");
            if (fl.value() instanceof Value.Nested n) fields(n.fields(), depth + 1);
        }
    }

    @Override public void end(List<String> warnings) throws IOException { w.flush(); }
}
