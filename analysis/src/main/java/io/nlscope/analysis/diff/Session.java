package io.nlscope.analysis.diff;

import io.nlscope.analysis.LongMap;
import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.InterfaceNames;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A recorded netlink session as {@code nlscope diff} compares it: its transactions and notifications in capture
 * order, each normalised ({@link Normalizer}): what the request asked (its operation, flags and attributes) and
 * what the kernel answered (outcome, errno, extended ACK), without what differs between identical runs.
 *
 * @param file  the capture's name
 * @param items every transaction and notification, in the order of their first message
 */
public record Session(String file, List<Item> items) {

    public Session {
        items = List.copyOf(items);
    }

    /**
     * One transaction or notification.
     *
     * @param notification true for a notification, false for a transaction
     * @param group        what alignment groups by: the protocol, or a generic netlink family
     * @param operation    "route NEWROUTE", as {@code pairs} names it
     * @param identity     what it is about, for alignment: its operation and its normalised key fields
     * @param flags        the request's nlmsg_flags by name ("REQUEST|ACK|EXCL|CREATE"); "" for a notification
     * @param attributes   the request's (or notification's) fields by path, normalised
     * @param outcome      "ACK", "ERROR EEXIST", "DUMP", ...; "" for a notification
     * @param extack       the extended ACK's message; "" without one
     * @param frame        the frame of its first message
     * @param lastFrame    the frame of its last response (its own for a notification or without responses)
     */
    public record Item(boolean notification, String group, String operation, String identity, String flags,
                       SortedMap<String, String> attributes, String outcome, String extack, long frame, long lastFrame) {}

    /** Reads a capture file and normalises what it holds. */
    public static Session read(Path file, Normalizer normalizer) throws IOException {
        List<Item> items = new ArrayList<>();
        LongMap<Object[]> asked = new LongMap<>();   // message number -> {attributes, identity} until its event comes
        InterfaceNames[] names = {null};
        Pairing pairing = new Pairing(Pairing.Config.defaults().withRequestKeys(false), e -> {
            Object[] a = asked.remove(e.number());
            items.add(item(e, a));
        });
        long number = 0;
        try (NetlinkCapture cap = NetlinkCapture.open(file)) {
            names[0] = cap.interfaces();
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                Socket s = pairing.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    number++;
                    SortedMap<String, String> attrs = normalizer.attributes(m, names[0]);
                    asked.put(number, new Object[] {attrs, normalizer.identity(m, attrs)});
                    // a response is part of its request's event: only what an event starts with waits for it
                    if (pairing.accept(m, s).role() == Pairing.Placement.Role.RESPONSE) asked.remove(number);
                }
            }
            pairing.finish();
        }
        return new Session(file.getFileName().toString(), items);
    }

    @SuppressWarnings("unchecked")
    private static Item item(PairingEvent e, Object[] asked) {
        SortedMap<String, String> attrs = asked == null ? new java.util.TreeMap<>() : (SortedMap<String, String>) asked[0];
        String identity = asked == null ? "" : (String) asked[1];
        if (e instanceof Transaction t) {
            MessageRef r = t.request();
            String outcome = t.outcome().name() + (t.errno() != 0 ? " " + Errno.name(t.errno()) : "");
            return new Item(false, group(r), r.operation().toString(), identity, String.join("|",
                    io.nlscope.dissect.NlFlags.value(r.flags(), r.kind()).names()), attrs, outcome, t.errorMessage(),
                    r.frame(), t.last() == null ? r.frame() : t.last().frame());
        }
        Unpaired u = (Unpaired) e;
        MessageRef m = u.message();
        boolean notification = u.kind() == Unpaired.Kind.NOTIFICATION;
        return new Item(notification, group(m), m.operation().toString() + (notification ? "" : " (" + u.kind().name().toLowerCase() + ")"),
                identity, "", attrs, notification ? "" : u.kind().name(), "", m.frame(), m.frame());
    }

    private static String group(MessageRef m) {
        return m.protocol() == 16 ? m.operation().family() : m.protocolName();
    }

    /** The items of one group, in order. */
    public List<Item> group(String group) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) if (i.group().equals(group)) out.add(i);
        return out;
    }

    /** The groups, in the order they first occur. */
    public List<String> groups() {
        java.util.LinkedHashSet<String> g = new java.util.LinkedHashSet<>();
        for (Item i : items) g.add(i.group());
        return new ArrayList<>(g);
    }

    /** Every attribute path of the items, for --ignore/--keep checks. */
    Map<String, Integer> paths() {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (Item i : items) for (String k : i.attributes().keySet()) m.merge(k, 1, Integer::sum);
        return m;
    }
}
