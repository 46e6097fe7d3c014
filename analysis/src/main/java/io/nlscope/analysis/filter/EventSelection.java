package io.nlscope.analysis.filter;

import io.nlscope.analysis.PairingEvent;
import io.nlscope.dissect.NetlinkMessage;

import java.util.ArrayDeque;

/**
 * Which pairing events a message filter selects ({@code pairs -Y}, {@code stats -Y}): an event (a transaction, a
 * notification ...) is selected when its first message, the request, matches. Feed it every message in the order
 * pairing numbers them, then ask about each event as pairing hands it out. It keeps the numbers of matching
 * messages whose event has not come yet, and no more: events come in the order of their first message, so an
 * event drops every number before its own (answers that matched, whose transaction had already come). A
 * filter of the event ({@link MessageFilter#needsEvent()}) is finished with the event: a request whose own
 * fields leave it open waits with the results of their tests.
 */
public final class EventSelection {
    private final MessageFilter filter;
    private final ArrayDeque<long[]> matched = new ArrayDeque<>();   // {number, bits}
    private long number;

    public EventSelection(MessageFilter filter) { this.filter = filter; }

    /** The next message, numbered as pairing numbers it (one more than the last). */
    public void message(NetlinkMessage m) {
        number++;
        long bits = filter.bits(m);
        if (!Boolean.FALSE.equals(filter.decide(bits))) matched.addLast(new long[] {number, bits});
    }

    /** Whether the event's first message matched. */
    public boolean selects(PairingEvent e) {
        long n = e.number();
        while (!matched.isEmpty() && matched.peekFirst()[0] < n) matched.pollFirst();
        if (!matched.isEmpty() && matched.peekFirst()[0] == n) return filter.test(matched.pollFirst()[1], e, n);
        return false;
    }
}
