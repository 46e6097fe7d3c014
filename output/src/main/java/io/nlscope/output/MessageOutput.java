package io.nlscope.output;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.List;

/** Where a command hands its decoded frames and messages: a format directly, or {@link PairedSink} in front of one. */
public interface MessageOutput {
    void frame(DissectedFrame f) throws IOException;

    void message(DissectedFrame f, NetlinkMessage m) throws IOException;

    void frameEnd(DissectedFrame f) throws IOException;

    void end(List<String> warnings) throws IOException;

    /**
     * A message of the frame that is not shown (a display filter left it out): pairing still sees it. Once a
     * message is skipped, a frame shows its head and tail only around the messages shown, and not at all
     * without one.
     */
    void skip(DissectedFrame f, NetlinkMessage m) throws IOException;

    /** Every message written at once, without pairing. */
    static MessageOutput direct(MessageSink sink) {
        return new MessageOutput() {
            private DissectedFrame pending;   // a frame whose head waits for its first shown message
            private boolean started;

            @Override public void frame(DissectedFrame f) throws IOException {
                pending = f;
                started = false;
                if (f.messages().isEmpty()) start();
            }
            @Override public void message(DissectedFrame f, NetlinkMessage m) throws IOException {
                start();
                sink.write(sink.render(f, m), null);
            }
            @Override public void skip(DissectedFrame f, NetlinkMessage m) { }
            @Override public void frameEnd(DissectedFrame f) throws IOException { if (started) sink.write(sink.frameTail(f)); }
            @Override public void end(List<String> warnings) throws IOException { sink.end(warnings); }

            private void start() throws IOException {
                if (started) return;
                started = true;
                sink.write(sink.frameHead(pending));
            }
        };
    }
}
