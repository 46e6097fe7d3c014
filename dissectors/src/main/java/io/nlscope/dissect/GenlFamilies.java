package io.nlscope.dissect;

import io.nlscope.capture.CaptureReader;
import io.nlscope.capture.Frame;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which generic netlink family each nlmsg_type (family id) of one capture is. Ids are given out
 * by the kernel at run time, so they are learnt from the controller's CTRL_CMD_NEWFAMILY
 * messages (CTRL_ATTR_FAMILY_ID and CTRL_ATTR_FAMILY_NAME); a user may give ids too, and those
 * win over anything learnt. The fixed ids of genetlink.h (GENL_ID_CTRL ...) are known from the
 * start.
 *
 * <p>One instance belongs to one capture (it is mutable: decoding learns into it); nothing is
 * shared between instances but the immutable family descriptions read from the specs.
 */
public final class GenlFamilies {
    /** GENL_MAX_ID in genetlink.h: the kernel gives out no id above it. */
    public static final int MAX_ID = 1023;
    static final int GENL_ID_CTRL = 16;
    static final int CTRL_CMD_NEWFAMILY = 1;
    static final int CTRL_ATTR_FAMILY_ID = 1, CTRL_ATTR_FAMILY_NAME = 2;

    /** One command of a family, resolved from the specs once. */
    static final class Command {
        final int cmd;
        final String name;
        final MessageKind kind;
        final AttributeSet attrs;
        final Value.Named value;
        /** The multicast group (the name the family announces, e.g. "monitor") its notifications go to: -nl-group. */
        final GroupRule group;
        private final String[] summaries = new String[64];

        Command(int cmd, String name, MessageKind kind, AttributeSet attrs) {
            this(cmd, name, kind, attrs, GroupRule.NONE);
        }

        Command(int cmd, String name, MessageKind kind, AttributeSet attrs, GroupRule group) {
            this.group = group;
            this.cmd = cmd;
            this.name = name;
            this.kind = kind;
            this.attrs = attrs;
            this.value = new Value.Named(cmd, name);
        }

        /** "CTRL_CMD_NEWFAMILY, 7 attributes", made once per count. */
        String summary(int n) {
            if (n < summaries.length) {
                String s = summaries[n];
                if (s == null) summaries[n] = s = text(n);
                return s;
            }
            return text(n);
        }

        private String text(int n) { return name + ", " + n + (n == 1 ? " attribute" : " attributes"); }
    }

    /**
     * A family: its name, and, when a spec describes it, its commands (requests and replies
     * apart: ethtool numbers them differently) and attribute sets.
     */
    static final class Family {
        final String name;
        final boolean described;
        final AttributeSet defaultAttrs;
        final Command[] requests, replies, events;
        /** The family's struct after genlmsghdr, before the attributes (-nl-fixed-header: ovs_header), or null. */
        final StructDecoder fixedHeader;
        /**
         * The attributes' length, type and values are in network order whatever the host (-nl-byte-order: big: the
         * legacy TIPC family's struct tlv_desc items), not in the host's as netlink attributes are.
         */
        final boolean bigEndianAttrs;

        Family(String name, boolean described, AttributeSet defaultAttrs, Command[] requests, Command[] replies) {
            this(name, described, defaultAttrs, requests, replies, null, null, false);
        }

        Family(String name, boolean described, AttributeSet defaultAttrs, Command[] requests, Command[] replies, Command[] events,
               StructDecoder fixedHeader, boolean bigEndianAttrs) {
            this.fixedHeader = fixedHeader;
            this.bigEndianAttrs = bigEndianAttrs;
            this.events = events;
            this.name = name;
            this.described = described;
            this.defaultAttrs = defaultAttrs;
            this.requests = requests;
            this.replies = replies;
        }

        /** The command of a message, or null when the spec has none of that number. */
        Command command(int cmd, boolean request) {
            return command(cmd, request, false);
        }

        /**
         * The command of a message; kernel notifications (not a request, seq 0) read by the
         * family's event table where it has one (mptcp_pm numbers events and replies alike).
         */
        Command command(int cmd, boolean request, boolean notification) {
            Command[] t = request ? requests : notification && events != null ? events : replies;
            return t != null && cmd < t.length ? t[cmd] : null;
        }
    }

    /** The families the specs describe, by name: read from the index genetlink_message.genl_family_spec, each built on first use. */
    private static final Map<String, SpecTables.Entry> DESCRIBED = index();
    private static final Map<String, Family> BUILT = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Family[] FIXED = loadFixed();

    private final Family[] given = new Family[MAX_ID + 1];
    private final Family[] learnt = new Family[MAX_ID + 1];
    private final Family[] unresolved = new Family[MAX_ID + 1];
    private final Map<String, Family> undescribed = new HashMap<>();
    /** Opens the capture again for the pre-scan, until it has run (null: none to run). */
    private Rescan rescan;

    /** Opens a capture file again from its start. */
    @FunctionalInterface
    interface Rescan { CaptureReader open() throws IOException; }

    public GenlFamilies() {
        System.arraycopy(FIXED, 0, learnt, 0, FIXED.length);
    }

    /** A user's statement that {@code id} is the family {@code name}; it wins over announcements. */
    public GenlFamilies give(int id, String name) {
        checkId(id);
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("a family needs a name");
        given[id] = family(name);
        return this;
    }

    /** Gives every id of the map (see {@link #give}). */
    public GenlFamilies giveAll(Map<Integer, String> idToName) {
        idToName.forEach(this::give);
        return this;
    }

    /** Records an announcement: {@code id} is the family {@code name} from now on. */
    public void learn(int id, String name) {
        if (id < GENL_ID_CTRL || id > MAX_ID || name == null || name.isEmpty()) return;
        Family f = learnt[id];
        if (f == null || !f.name.equals(name)) learnt[id] = family(name);
    }

    /** Learns an id only when nothing is known of it yet (the pre-scan: the first announcement counts). */
    void learnIfUnknown(int id, String name) {
        if (id >= GENL_ID_CTRL && id <= MAX_ID && learnt[id] == null) learn(id, name);
    }

    /** Every id learnt from announcements (and the fixed ids of genetlink.h), with its family's name, by id. */
    public Map<Integer, String> learnt() {
        Map<Integer, String> m = new java.util.TreeMap<>();
        for (int id = 0; id <= MAX_ID; id++) if (learnt[id] != null) m.put(id, learnt[id].name);
        return m;
    }

    /**
     * Every id the capture will name: what {@link #learnt()} holds once the pre-scan (if one is pending) has read the
     * file's announcements, and the user's ids over them.
     */
    public Map<Integer, String> all() {
        if (rescan != null) preScanNow();
        Map<Integer, String> m = learnt();
        for (int id = 0; id <= MAX_ID; id++) if (given[id] != null) m.put(id, given[id].name);
        return m;
    }

    /** The family name of an id, when given or learnt. */
    public Optional<String> name(int id) {
        Family f = known(id);
        return f == null ? Optional.empty() : Optional.of(f.name);
    }

    /** The family of an id: given, else learnt, else an unresolved one named "unresolved family 0x24". */
    Family family(int id) {
        Family f = known(id);
        if (f != null) return f;
        if (id < 0 || id > MAX_ID) return new Family(unresolvedName(id), false, null, null, null);
        f = unresolved[id];
        if (f == null) unresolved[id] = f = new Family(unresolvedName(id), false, null, null, null);
        return f;
    }

    private Family known(int id) {
        if (id < 0 || id > MAX_ID) return null;
        Family f = given[id];
        if (f != null) return f;
        f = learnt[id];
        if (f == null && rescan != null) {   // used before any announcement so far: look ahead once
            preScanNow();
            f = learnt[id];
        }
        return f;
    }

    private static String unresolvedName(int id) { return String.format("unresolved family 0x%02x", id); }

    private Family family(String name) {
        Family f = described(name);
        if (f != null) return f;
        return undescribed.computeIfAbsent(name, n -> new Family(n, false, null, null, null));
    }

    private static void checkId(int id) {
        if (id < GENL_ID_CTRL || id > MAX_ID)
            throw new IllegalArgumentException("generic netlink family ids are " + GENL_ID_CTRL + ".." + MAX_ID + ", not " + id);
    }

    /**
     * Parses a user's "0x24=ethtool" (or "36=ethtool") into the map; throws
     * IllegalArgumentException with a reason a person can act on.
     */
    public static Map.Entry<Integer, String> parseMapping(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0 || eq == text.length() - 1)
            throw new IllegalArgumentException("'" + text + "' is not ID=NAME (e.g. 0x24=ethtool)");
        int id;
        try {
            id = Integer.decode(text.substring(0, eq).trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text.substring(0, eq) + "' is not a family id (e.g. 0x24 or 36)");
        }
        checkId(id);
        return Map.entry(id, text.substring(eq + 1).trim());
    }

    // ---- announcements ----

    /**
     * When [from, to) holds the attributes of a CTRL_CMD_NEWFAMILY message, learns the id and
     * name it announces. Reads the two attributes directly: no fields are made.
     */
    void learnFromNewFamily(ByteBuffer b, int from, int to, boolean le, boolean onlyUnknown) {
        int id = -1;
        String name = null;
        AttrCursor c = new AttrCursor(b, from, to, le);
        while (c.next()) {
            if (c.type() == CTRL_ATTR_FAMILY_ID && c.valueLength() >= 2) id = Bytes.u16(b, c.valueStart(), le);
            else if (c.type() == CTRL_ATTR_FAMILY_NAME) {
                int e = c.valueStart();
                while (e < c.valueEnd() && b.get(e) != 0) e++;
                name = CapturedText.decode(b, c.valueStart(), e);
            }
        }
        if (id < 0 || name == null) return;
        if (onlyUnknown) learnIfUnknown(id, name);
        else learn(id, name);
    }

    /**
     * Runs the pre-scan ({@link #preScan}) of the file {@code open} reads, when and only if a message
     * uses a family id that neither the user nor an announcement so far has named: most captures hold
     * their announcements before the ids are used and are read once. The result is the same as
     * pre-scanning first: an id still unknown then gets its first announcement in the file, and an id
     * known already keeps what the announcements so far said.
     */
    void preScanOnDemand(Rescan open) { this.rescan = open; }

    private void preScanNow() {
        Rescan r = rescan;
        rescan = null;
        try (CaptureReader scan = r.open()) {
            preScan(scan);
        } catch (IOException | RuntimeException e) {
            // the file went away or is damaged: the ids stay unresolved, decoding reports damage
        }
    }

    /**
     * The pre-scan of a capture file: reads every frame once, looking only at protocol 16
     * frames and in them only at nlctrl CTRL_CMD_NEWFAMILY messages, and learns the ids they
     * announce (the first announcement of an id counts), so that a family used before its
     * announcement still resolves. Damaged input ends the scan quietly: decoding reports it.
     */
    void preScan(CaptureReader reader) {
        try {
            Boolean le = null;
            for (Frame f; (f = reader.next()) != null; ) le = learnFrom(f, le, true);
        } catch (IOException | RuntimeException e) {
            // the decoding pass meets the same damage and reports it
        }
    }

    /**
     * Learns what the frame's nlctrl CTRL_CMD_NEWFAMILY messages announce, as a reader of the frame alone would
     * ({@code nlscope export} keeps track of what the file it writes announces). Reads the bytes directly.
     */
    public void learnAnnouncements(Frame f) {
        learnFrom(f, null, false);
    }

    /**
     * Learns the announcements of a protocol 16 frame; {@code le} is the byte order known so far (null: read it
     * from the first message's length). Returns the byte order known after it.
     */
    private Boolean learnFrom(Frame f, Boolean le, boolean onlyUnknown) {
        ByteBuffer b = f.data();
        int end = b.limit();
        if (end < NetlinkDissector.COOKED + NetlinkDissector.NLMSG_HDRLEN) return le;
        int protocol = Bytes.u16(b, 14, false);   // cooked header: big-endian
        if (protocol != 16) return le;
        int pos = NetlinkDissector.COOKED;
        if (le == null) {
            long l = Bytes.u32(b, pos, true), g = Bytes.u32(b, pos, false);
            boolean lok = l >= 16 && l <= end - pos, bok = g >= 16 && g <= end - pos;
            if (lok == bok) return null;
            le = lok;
        }
        while (end - pos >= NetlinkDissector.NLMSG_HDRLEN + 4) {
            long len = Bytes.u32(b, pos, le);
            if (len < NetlinkDissector.NLMSG_HDRLEN || len > end - pos) break;
            int type = Bytes.u16(b, pos + 4, le);
            int body = pos + NetlinkDissector.NLMSG_HDRLEN;
            if (type == GENL_ID_CTRL && len >= NetlinkDissector.NLMSG_HDRLEN + 4 && (b.get(body) & 0xff) == CTRL_CMD_NEWFAMILY)
                learnFromNewFamily(b, body + 4, (int) (pos + len), le, onlyUnknown);
            pos += (int) ((len + 3) & ~3L);
        }
        return le;
    }

    // ---- the specs' family tables ----

    private static Map<String, SpecTables.Entry> index() {
        Map<String, SpecTables.Entry> m = new HashMap<>();
        for (SpecTables.Entry e : SpecTables.enumTable("genetlink_message.genl_family_spec").entries().values()) {
            String name = e.ext("family").orElseThrow(() -> new IllegalStateException("genl_family_spec entry without -nl-family"));
            m.put(name, e);
        }
        return Map.copyOf(m);
    }

    /** The family a spec describes, read on first use (a capture without nl80211 never reads its spec); null if none does. */
    private static Family described(String name) {
        SpecTables.Entry e = DESCRIBED.get(name);
        if (e == null) return null;
        return BUILT.computeIfAbsent(name, n -> {
            AttributeSet def = e.ext("attrs").map(AttributeSet::of).orElse(null);
            Command[] req = e.ext("commands").map(t -> commands(t, def)).orElse(null);
            Command[] rep = e.ext("replies").map(t -> commands(t, def)).orElse(req);
            Command[] ev = e.ext("events").map(t -> commands(t, def)).orElse(null);
            StructDecoder hdr = e.ext("fixed-header").map(StructDecoder::of).orElse(null);
            boolean be = e.ext("byte-order").map("big"::equals).orElse(false);
            return new Family(n, true, def, req, rep, ev, hdr, be);
        });
    }

    private static Command[] commands(String table, AttributeSet def) {
        SpecTables.EnumTable t = SpecTables.enumTable(table);
        String spec = table.substring(0, table.indexOf('.'));
        Command[] c = new Command[256];
        for (SpecTables.Entry e : t.entries().values()) {
            int cmd = (int) e.value();
            if (cmd < 0 || cmd > 255) continue;
            c[cmd] = new Command(cmd, e.name(), e.ext("kind").map(MessageKind::fromSpec).orElse(MessageKind.OTHER),
                    e.ext("attrs").map(a -> AttributeSet.of(StructDecoder.qualify(spec, a))).orElse(def), GroupRule.of(e, false));
        }
        return c;
    }

    private static Family[] loadFixed() {
        Family[] f = new Family[GENL_ID_CTRL + 3];
        for (SpecTables.Entry e : SpecTables.enumTable("genetlink_message.genl_id").entries().values()) {
            String name = e.ext("family").orElse(null);
            if (name == null || e.value() >= f.length) continue;
            Family d = described(name);
            f[(int) e.value()] = d != null ? d : new Family(name, false, null, null, null);
        }
        return f;
    }
}
