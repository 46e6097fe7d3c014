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

    /** Every message written at once, without pairing. */
    static MessageOutput direct(MessageSink sink) {
        return new MessageOutput() {
            @Override public void frame(DissectedFrame f) throws IOException { sink.write(sink.frameHead(f)); }
            @Override public void message(DissectedFrame f, NetlinkMessage m) throws IOException { sink.write(sink.render(f, m), null); }
            @Override public void frameEnd(DissectedFrame f) throws IOException { sink.write(sink.frameTail(f)); }
            @Override public void end(List<String> warnings) throws IOException { sink.end(warnings); }
        };
    }
}
