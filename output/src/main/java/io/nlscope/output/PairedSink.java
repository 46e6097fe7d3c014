package io.nlscope.output;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.filter.MessageFilter;
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
 *
 * <p>With a filter of the event ({@link MessageFilter#needsEvent()}, e.g. {@code outcome == ERROR}) every
 * message waits until its event is known: then it is shown or left out, and a frame shows its head before its
 * first message shown and its tail after its last message, only when it shows one.
 */
public final class PairedSink implements MessageOutput {
    /** A message, or a frame without messages, waiting to be written. */
    private static final class Entry extends HeldBytes.Held {
        Link link;               // once known
        boolean last;            // the frame's last message (or a frame without messages): its tail follows it
        byte[] lateTail;         // the tail of the frame it ends after all (read -c: the last message shown)
        boolean ready;
        int bytes;
        // with a filter of the event:
        long number, frame;
        long bits;
        boolean show = true;     // decided, or to be decided with the event
        boolean pending;         // its event decides whether it is shown
        boolean first;           // the frame's first message: it holds the frame's head and tail
        Entry nextSame;          // the next entry waiting for the same event
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
    /** A filter of the event, or null; with it, every message waits for its event (see the class comment). */
    private final MessageFilter filter;
    /** Whether a response is shown with its request (export): tested with the request's own fields, not its own. */
    private final boolean byRequest;
    private final LongMap<Entry> byEvent = new LongMap<>();
    private final LongMap<Long> requestBits = new LongMap<>();
    private final java.util.ArrayList<PairingEvent> early = new java.util.ArrayList<>();   // events handed out while accepting the message, before its entry waits
    private Entry frameFirst;             // the first message of the frame being handed on (filter of the event)
    private boolean headOut;              // whether that frame's head went out
    private long limit = Long.MAX_VALUE, written;

    /**
     * @param config pairing's timeout
     * @param budget bytes of rendered messages that may wait for their requests' transactions;
     *               past it the oldest open request is shown at once, its answer not known yet
     *               (its responses, when they come, still name it)
     */
    public PairedSink(MessageSink out, Pairing.Config config, long budget) {
        this(out, config, budget, null, false);
    }

    /**
     * @param filter    a filter of the event ({@link MessageFilter#needsEvent()}): every message waits until its
     *                  event tells whether it matches; null for none
     * @param byRequest a response is shown when its request matches with the event (export: every message of a
     *                  matching transaction); else each message is tested with its own fields (read)
     */
    public PairedSink(MessageSink out, Pairing.Config config, long budget, MessageFilter filter, boolean byRequest) {
        this.out = out;
        this.budget = budget;
        this.store = new HeldBytes(budget);
        this.filter = filter != null && filter.needsEvent() ? filter : null;
        this.byRequest = byRequest;
        this.pairing = new Pairing(config.withKeepResponses(0).withRequestKeys(false).withOrdered(false), e -> {
            if (this.filter != null) {
                decide(e);
                return;
            }
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

    /** With a filter of the event: show at most {@code n} messages (read -c N); later ones are paired, not shown. */
    public void limit(long n) { limit = n; }

    /** With a filter of the event: the messages shown so far. */
    public long written() { return written; }

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
            e.first = true;
            e.frame = f.index();
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
        if (filter != null) {
            waitForEvent(f, m);
            return;
        }
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
        for (Entry e : waiting) {   // every event has come: nothing waits for one (a message that had none is not shown)
            if (e.pending) e.show = false;
            e.ready = true;
        }
        flush();
        out.end(warnings);
    }

    /** With a filter of the event: every message waits, with the frame's head, until its event says whether it shows. */
    private void waitForEvent(DissectedFrame f, NetlinkMessage m) throws IOException {
        int i = inFrame++;
        number++;
        long bits = filter.bits(m);
        early.clear();
        Pairing.Placement p = pairing.accept(m, socket);
        boolean request = p.role() == Pairing.Placement.Role.REQUEST;
        long event = p.role() == Pairing.Placement.Role.RESPONSE ? p.requestNumber() : number;
        if (byRequest && request) requestBits.put(number, bits);
        else if (byRequest && event != number) {
            Long b = requestBits.get(event);
            if (b != null) bits = b;
        }
        if (written >= limit && !showing) return;
        Entry e = new Entry();
        e.number = number;
        e.frame = f.index();
        e.bits = bits;
        e.last = i == f.messages().size() - 1;
        Boolean now = filter.decide(bits);
        e.pending = now == null;
        e.show = now == null || now;
        e.first = i == 0;   // the frame's first message holds its head and tail (read -c may stop before its last)
        boolean hidden = Boolean.FALSE.equals(now);   // its own fields decide: not rendered, waits for nothing
        store.hold(e.first ? head : MessageSink.NOTHING, hidden ? null : out.render(f, m), e.first ? tail : null, e);
        wait(e);
        if (hidden) {
            e.ready = true;
            return;
        }
        if (!request) complete(e, Link.of(p, m, pairing.lastProcess()));
        e.ready = !request && !e.pending;
        if (request || e.pending) {
            PairingEvent ended = null;
            for (PairingEvent x : early) if (x.number() == event) ended = x;
            if (ended != null) decide(e, ended);
            else {
                e.nextSame = byEvent.get(event);
                byEvent.put(event, e);
            }
        }
        while (held > budget && !waiting.peekFirst().ready && pairing.releaseOldest()) flush();
    }

    /** An event has come: its messages are shown or not, its request has its link. */
    private void decide(PairingEvent ev) {
        Entry chain = byEvent.remove(ev.number());
        requestBits.remove(ev.number());
        early.add(ev);   // it may be the event of the message being accepted, whose entry is not made yet
        for (Entry e = chain; e != null; ) {
            Entry next = e.nextSame;
            e.nextSame = null;
            decide(e, ev);
            e = next;
        }
    }

    private void decide(Entry e, PairingEvent ev) {
        if (e.number == ev.number() && e.link == null) {
            complete(e, ev instanceof Transaction t ? Link.of(t)
                    : Link.notification(ev instanceof io.nlscope.analysis.Unpaired u ? u.message().process() : null));
        }
        if (e.pending) e.show = filter.test(e.bits, ev, e.number);
        e.pending = false;
        e.ready = true;
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
        if (filter != null) {
            flushDecided();
            return;
        }
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

    /** With a filter of the event: every message from the head whose event has decided, shown or not. */
    private void flushDecided() throws IOException {
        while (!waiting.isEmpty() && waiting.peekFirst().ready) {
            Entry e = waiting.pollFirst();
            held -= e.bytes;
            if (e.first) {   // kept until the frame's last message has passed: its head and tail go out with a shown one
                if (frameFirst != null) store.release(frameFirst);
                frameFirst = e;
                headOut = false;
            }
            if (e.show && written < limit && frameFirst != null) {
                if (!headOut) frameFirst.writeHead(out);
                headOut = true;
                if (e.holdsMessage()) {
                    out.write(e.rendered(), e.link);
                    written++;
                }
            }
            if (headOut && (e.last || written >= limit)) {
                frameFirst.writeTail(out);
                headOut = false;
            }
            if (e != frameFirst) store.release(e);
            if (e.last && frameFirst != null) {
                store.release(frameFirst);
                frameFirst = null;
            }
        }
        if (written >= limit) showing = false;
    }
}
