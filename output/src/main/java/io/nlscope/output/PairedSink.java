package io.nlscope.output;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Pairs messages on their way to a {@link MessageSink}, so each is shown with its {@link Link}.
 * A request's link is known only once its transaction ends, so messages wait here, in order,
 * from the first request still open on: as the sink rendered them (a line, a tree, a JSON record:
 * bytes, not decoded trees). {@link Pairing} bounds how many: past the budget the oldest open
 * request is shown at once, its answer not known yet.
 */
public final class PairedSink implements MessageOutput {
    /** A message, or a frame without messages, waiting to be written. */
    private static final class Entry extends HeldBytes.Held {
        Link link;               // once known
        boolean last;            // the frame's last message (or a frame without messages): its tail follows it
        byte[] lateTail;         // the tail of the frame it ends after all (read -c: the last message shown)
        boolean ready;
        int bytes;
    }

    /** Heap of an entry beyond its byte arrays (the entry and the deque's slot), measured. */
    private static final int OVERHEAD = 64;
    /** Heap of a link (most have no list of alternatives). */
    private static final int LINK = 96;

    private final MessageSink out;
    private final Pairing pairing;
    private final ArrayDeque<Entry> waiting = new ArrayDeque<>();
    private final LongMap<Entry> requests = new LongMap<>();
    private final HeldBytes store;
    private final long budget;
    private long held;
    private long number;
    private Socket socket;
    private int inFrame;
    /** Whether the current frame's head went out (with its first shown message). */
    private boolean headWritten;
    private byte[] head, tail;
    private boolean showing = true;

    /**
     * @param config pairing's timeout
     * @param budget bytes of rendered messages that may wait for their requests' transactions;
     *               past it the oldest open request is shown at once, its answer not known yet
     *               (its responses, when they come, still name it)
     */
    public PairedSink(MessageSink out, Pairing.Config config, long budget) {
        this.out = out;
        this.budget = budget;
        this.store = new HeldBytes(budget);
        this.pairing = new Pairing(config.withKeepResponses(0).withRequestKeys(false).withOrdered(false), e -> {
            Entry r = requests.remove(e.number());
            if (r != null) {
                // a tentative request of a custom unit that nothing answered is a notification after all
                complete(r, e instanceof Transaction t ? Link.of(t)
                        : Link.notification(e instanceof io.nlscope.analysis.Unpaired u ? u.message().process() : null));
            }
        });
    }

    /**
     * From now on messages are paired but not shown (read -c N past its N-th message): the shown
     * requests still get their answers, from the rest of the capture. The message shown last
     * ends its frame.
     */
    public void quiet() throws IOException {
        if (!showing) return;
        showing = false;
        Entry lastShown = waiting.peekLast();
        if (lastShown != null && !lastShown.last) {                                  // it waits: its frame ends with it
            lastShown.last = true;
            lastShown.lateTail = tail;
        }
        else if (lastShown == null && headWritten) out.write(tail);                // it was written: end its frame now
    }

    /** True when every shown message has its link and has been handed on. */
    public boolean settled() { return waiting.isEmpty(); }

    @Override public void frame(DissectedFrame f) throws IOException {
        socket = pairing.frame(f);
        inFrame = 0;
        headWritten = false;
        if (!showing) return;
        head = out.frameHead(f);
        tail = out.frameTail(f);
        if (f.messages().isEmpty()) {
            Entry e = new Entry();
            e.ready = true;   // nothing to pair: passes on as soon as everything before it has
            e.last = true;
            store.hold(head, null, tail, e);
            wait(e);
        }
    }

    @Override public void skip(DissectedFrame f, NetlinkMessage m) throws IOException {
        int i = inFrame++;
        if (showing) number++;   // pairing numbers every message (past -c N, message() does not count either)
        pairing.accept(m, socket);
        if (!showing || i != f.messages().size() - 1 || !headWritten) return;
        // the frame's last message is left out, an earlier one was shown: its tail follows that one
        Entry e = new Entry();
        e.ready = true;
        e.last = true;
        store.hold(MessageSink.NOTHING, null, tail, e);
        wait(e);
        flush();
    }

    @Override public void message(DissectedFrame f, NetlinkMessage m) throws IOException {
        if (!showing) {
            pairing.accept(m, socket);
            return;
        }
        int i = inFrame++;
        Rendered r = out.render(f, m);
        byte[] h = headWritten ? MessageSink.NOTHING : head;
        headWritten = true;
        byte[] t = i == f.messages().size() - 1 ? tail : null;
        number++;
        Pairing.Placement p = pairing.accept(m, socket);
        boolean request = p.role() == Pairing.Placement.Role.REQUEST;
        if (!request && waiting.isEmpty()) {   // nothing before it waits: out at once
            out.write(h);
            out.write(r, Link.of(p, m, pairing.lastProcess()));
            if (t != null) out.write(t);
            return;
        }
        Entry e = new Entry();
        e.last = t != null;
        store.hold(h, r, t, e);
        wait(e);
        if (request) requests.put(number, e);
        else complete(e, Link.of(p, m, pairing.lastProcess()));
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

    /** The entry's message has its link: it goes out once everything before it has. */
    private void complete(Entry e, Link link) {
        e.link = link;
        e.ready = true;
        e.bytes += LINK;
        held += LINK;
    }

    private void wait(Entry e) {
        e.bytes = OVERHEAD + e.heldLength();
        waiting.add(e);
        held += e.bytes;
    }

    /** Hands on every message from the head whose link is known. */
    private void flush() throws IOException {
        while (!waiting.isEmpty() && waiting.peekFirst().ready) {
            Entry e = waiting.pollFirst();
            held -= e.bytes;
            e.writeHead(out);
            if (e.holdsMessage()) out.write(e.rendered(), e.link);
            e.writeTail(out);
            if (e.lateTail != null) out.write(e.lateTail);
            store.release(e);
        }
    }
}
