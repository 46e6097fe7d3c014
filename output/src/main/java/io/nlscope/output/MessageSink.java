package io.nlscope.output;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.List;

/**
 * An output format of decoded messages: text lines, the -V tree, JSON or NDJSON. A format renders
 * a message at once, before pairing knows its {@link Link}, and writes it, link and all, when
 * pairing does: so what waits for a transaction to end is a few rendered bytes, not a decoded
 * tree. Use it through {@link MessageOutput#direct} or {@link PairedSink}.
 */
public interface MessageSink {
    byte[] NOTHING = new byte[0];

    /**
     * Every frame's time, shown or not (a filter may leave it out), before its messages are rendered: relative
     * times count from the first, deltas from the one before.
     */
    default void frameSeen(long timestampNanos) { }

    /** What a frame shows before its messages (-V: its header). */
    default byte[] frameHead(DissectedFrame f) { return NOTHING; }

    /** What a frame shows after its messages (-V: bytes after the last message). */
    default byte[] frameTail(DissectedFrame f) { return NOTHING; }

    /** The message, rendered but for its link. */
    Rendered render(DissectedFrame f, NetlinkMessage m) throws IOException;

    /**
     * Writes a rendered message with its link (null when pairing is off), and what separates it
     * from the one before if the format has any.
     */
    void write(Rendered r, Link link) throws IOException;

    /** Writes what {@link #frameHead} or {@link #frameTail} rendered, or {@code length} bytes of it from {@code offset}. */
    void write(byte[] raw, int offset, int length) throws IOException;

    default void write(byte[] raw) throws IOException { write(raw, 0, raw.length); }

    /** After the last message, with the reader's warnings; flushes. */
    default void end(List<String> warnings) throws IOException {}

    /** -T none: decode only (what the benchmark times). */
    final class None implements MessageSink {
        private static final Rendered EMPTY = new Rendered(NOTHING, 0, 0, 0, 0, io.nlscope.dissect.Direction.UNKNOWN);
        @Override public Rendered render(DissectedFrame f, NetlinkMessage m) { return EMPTY; }
        @Override public void write(Rendered r, Link link) {}
        @Override public void write(byte[] raw, int offset, int length) {}
    }
}
