package io.nlscope.cli;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs messages on their way to another sink, so each is shown with its {@link Link}. A
 * request's link is known only once its transaction ends, so messages wait here from the first
 * request still open on; {@link Pairing} bounds how many.
 */
final class PairedSink implements MessageSink {
    private static final class Entry {
        final DissectedFrame frame;
        final NetlinkMessage message;   // null: a frame without messages
        final boolean first;
        boolean last;
        Link link;
        boolean ready;
        final long bytes;

        Entry(DissectedFrame frame, NetlinkMessage message, boolean first, boolean last) {
            this.frame = frame;
            this.message = message;
            this.first = first;
            this.last = last;
            this.bytes = estimate(message);
        }
    }

    /**
     * Estimated heap of a decoded message held here: measured on the real captures in
     * testdata/captures, a decoded tree takes about 600 bytes plus 16 per byte of the message.
     */
    static long estimate(NetlinkMessage m) {
        return m == null ? 200 : 600 + 16 * Math.max(0, m.length());
    }

    private final MessageSink out;
    private final Pairing pairing;
    private final ArrayDeque<Entry> waiting = new ArrayDeque<>();
    private final Map<Long, Entry> requests = new HashMap<>();
    private final long budget;
    private long held;
    private long number;
    private Socket socket;
    private int inFrame;
    private boolean showing = true;

    /**
     * @param config pairing's timeout and budget
     * @param budget estimated bytes of decoded messages that may wait for their requests'
     *               transactions; past it the oldest open request is shown at once, its answer
     *               not known yet (its responses, when they come, still name it)
     */
    PairedSink(MessageSink out, Pairing.Config config, long budget) {
        this.out = out;
        this.budget = budget;
        this.pairing = new Pairing(config.withKeepResponses(0).withRequestKeys(false), e -> {
            Entry r = requests.remove(e.number());
            if (r != null) {
                // a tentative request of a custom unit that nothing answered is a notification after all
                r.link = e instanceof Transaction t ? Link.of(t) : Link.notification();
                r.ready = true;
            }
        });
    }

    /**
     * From now on messages are paired but not shown (read -c N past its N-th message): the shown
     * requests still get their answers, from the rest of the capture. The message shown last
     * ends its frame.
     */
    void quiet() {
        if (!showing) return;
        showing = false;
        if (!waiting.isEmpty()) waiting.peekLast().last = true;
    }

    /** True when every shown message has its link and has been handed on. */
    boolean settled() { return waiting.isEmpty(); }

    @Override public void frame(DissectedFrame f) {
        socket = Socket.of(f);
        inFrame = 0;
        if (!showing) return;
        if (f.messages().isEmpty()) {
            Entry e = new Entry(f, null, true, true);
            e.ready = true;   // nothing to pair: passes on as soon as everything before it has
            waiting.add(e);
            held += e.bytes;
        }
    }

    @Override public void message(DissectedFrame f, NetlinkMessage m, Link ignored) throws IOException {
        if (!showing) {
            pairing.accept(m, socket);
            return;
        }
        int i = inFrame++;
        Entry e = new Entry(f, m, i == 0, i == f.messages().size() - 1);
        number++;
        waiting.add(e);
        held += e.bytes;
        Pairing.Placement p = pairing.accept(m, socket);
        if (p.role() == Pairing.Placement.Role.REQUEST) {
            requests.put(number, e);
        } else {
            e.link = Link.of(p, m);
            e.ready = true;
        }
        while (held > budget && !waiting.peekFirst().ready && pairing.releaseOldest()) flush();
    }

    @Override public void frameEnd(DissectedFrame f) throws IOException {
        flush();
    }

    @Override public void end(List<String> warnings) throws IOException {
        pairing.finish();
        flush();
        out.end(warnings);
    }

    /** Hands on every message from the head whose link is known. */
    private void flush() throws IOException {
        while (!waiting.isEmpty() && waiting.peekFirst().ready) {
            Entry e = waiting.pollFirst();
            held -= e.bytes;
            if (e.first) out.frame(e.frame);
            if (e.message != null) out.message(e.frame, e.message, e.link);
            if (e.last) out.frameEnd(e.frame);
        }
    }
}
