package io.nlscope.dissect;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The interface names a capture has told so far, by interface index: every rtnetlink RTM_NEWLINK
 * (a reply, a dump entry, a notification or a request) that carries both its ifinfomsg's
 * {@code ifi_index} and IFLA_IFNAME names its index from then on, so that later messages that
 * refer to the index (RTA_OIF, ifa_index, ndm_ifindex ...) can show the name as iproute2 does. Read
 * in capture order, once per dissector (one capture); a later announcement of an index wins (an
 * interface renamed, or an index reused after a deletion). Holds at most {@link #MAX} names.
 */
public final class InterfaceNames {
    /** At most this many indexes are named; later ones stay numbers (a capture of a host with more links). */
    public static final int MAX = 65_536;

    static final int RTM_NEWLINK = 16, IFLA_IFNAME = 3;
    // the layout of struct ifinfomsg, from its spec (rtnetlink_link.ksy, after rtnetlink.h)
    private static final StructDecoder IFINFOMSG = StructDecoder.of("rtnetlink_link.ifinfomsg");
    private static final int IFI_INDEX = IFINFOMSG.memberOffset("ifi_index");

    private final Map<Integer, String> names = new HashMap<>();

    /** The name index {@code index} had in the latest RTM_NEWLINK read so far that named it. */
    public Optional<String> name(long index) {
        if (index <= 0 || index > Integer.MAX_VALUE) return Optional.empty();
        return Optional.ofNullable(names.get((int) index));
    }

    /** How many indexes are named. */
    public int size() { return names.size(); }

    /** Learns from an rtnetlink message's payload [start, end) when it is an RTM_NEWLINK with an index and a name. */
    void learn(ByteBuffer frame, int type, int start, int end, boolean le) {
        if (type != RTM_NEWLINK || end - start < IFINFOMSG.size()) return;
        long index = Bytes.u32(frame, start + IFI_INDEX, le);
        if (index <= 0 || index > Integer.MAX_VALUE) return;
        AttrCursor c = new AttrCursor(frame, start + ((IFINFOMSG.size() + 3) & ~3), end, le);
        while (c.next()) {
            if (c.type() != IFLA_IFNAME) continue;
            int e = c.valueStart();
            while (e < c.valueEnd() && frame.get(e) != 0) e++;
            if (e == c.valueStart()) return;
            String name = CapturedText.decode(frame, c.valueStart(), e);
            String old = names.get((int) index);
            if (old == null ? names.size() < MAX : !old.equals(name)) names.put((int) index, name);
            return;
        }
    }
}
