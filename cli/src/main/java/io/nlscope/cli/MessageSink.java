package io.nlscope.cli;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.List;

/** Where decoded messages go: one of the output formats. */
interface MessageSink {
    default void frame(DissectedFrame f) throws IOException {}

    /** One message; {@code link} says how it pairs with others (null when pairing is off). */
    void message(DissectedFrame f, NetlinkMessage m, Link link) throws IOException;

    default void frameEnd(DissectedFrame f) throws IOException {}

    default void end(List<String> warnings) throws IOException {}

    /** -T none: decode only (what the benchmark times). */
    final class None implements MessageSink {
        @Override public void message(DissectedFrame f, NetlinkMessage m, Link link) {}
    }
}
