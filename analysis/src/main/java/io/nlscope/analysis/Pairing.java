package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Control;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns a stream of netlink messages into {@link Transaction}s (a request and its responses)
 * and {@link Unpaired} messages (notifications, orphans), in memory bounded by the number of
 * pending events, not by the size of the capture:
 * <pre>{@code
 * Pairing p = new Pairing(Pairing.Config.defaults(), event -> System.out.println(event));
 * try (NetlinkCapture cap = NetlinkCapture.open(Path.of("x.pcap"))) {
 *     for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
 * }
 * p.finish();
 * }</pre>
 *
 * <h2>The rules</h2>
 * A message going to the kernel (recorded direction, or NLM_F_REQUEST on nlmon captures) opens
 * a transaction. A message from the kernel with protocol P, seq S and nlmsg_pid Q answers an
 * open request on P with seq S whose port is Q: its port is known when the capture records it
 * (a traced capture: exact), when the request carried Q itself, or once an earlier response
 * bound it to Q; a request with nlmsg_pid 0 and no bound port may be Q's. Among those, a
 * request that expects this kind of answer is taken before one that does not, then the
 * earliest: an ACK or error echoes the header of the request it answers; a dump part or
 * NLMSG_DONE answers a dump; a reply answers a GET or a request of a family without kinds; a
 * batch marker or a NEW/DELETE without NLM_F_ECHO expects only its ACK or error. When two
 * unbound requests expect the same answer the earliest is taken, and the transaction is marked
 * {@link Transaction#AMBIGUOUS} and counted. Anything sent back for a NEW or DELETE that asked
 * for NLM_F_ECHO is its echo; without it, a message of a type the family multicasts
 * ({@link NetlinkMessage#group()}) is a notification the change caused (rtnetlink and nf_tables
 * notifications carry the requester's seq and port, and the first one binds a port-less request
 * to that port), and one of a type never multicast is the change's reply (ethtool's
 * FEATURES_SET_REPLY). A data message that no port-less request asked for answers none of them
 * (nft's batch markers, seq 0, ask for no data). A seq-0 message of a type nobody multicasts that
 * answers no open request but goes to the port of an open, unanswered request of the same
 * protocol is attached to it as an inferred reply (the custom protocols' habit). Anything else
 * from the kernel is a notification, or an orphan when it can only be a response (ACK, error,
 * dump part, NLMSG_DONE; dump parts with seq 0 and pid 0 are multicast, as team's events).
 *
 * <p>A transaction closes at its last expected response (ACK or error; NLMSG_DONE; a reply when
 * no ACK was asked for), when nothing came for {@link Config#timeoutNanos()} of capture time
 * since its last message, when its answers have no end marker (a batch marker or a NEW/DELETE
 * without NLM_F_ACK: an error, or its echo) and a later request of its protocol has been
 * answered ({@link Transaction#SETTLED}: the kernel sends them before the sendmsg() carrying the
 * request returns), when the events waiting behind open transactions
 * hold more than {@link Config#pendingBytes()} (the oldest is reported at once and counted as
 * evicted), or at {@link #finish()}. A response to a request reported before its answer could
 * be known (timed out, settled, evicted) is a {@link Unpaired.Kind#LATE} response naming it.
 * An open transaction keeps its request and responses as {@link MessageRef}s, not their
 * decoded trees.
 */
public final class Pairing {

    /**
     * @param timeoutNanos  capture time after which an open request with nothing new is closed
     * @param pendingBytes  the memory, in estimated bytes, that open transactions and the events
     *                      waiting behind them may hold; past it the oldest open transaction is
     *                      reported at once ({@link Transaction#EVICTED}). Each waiting event is
     *                      counted as {@link MessageRef#BYTES} plus its summary, an open transaction
     *                      as that plus its kept responses
     * @param keepResponses responses kept per transaction (the rest are only counted)
     * @param requestKeys   whether transactions carry their request's key fields ({@link NetlinkMessage#keys()})
     * @param ordered       whether events are handed out in the order of their first messages (a
     *                      transaction when its request's turn comes); without, each as soon as it is
     *                      complete, so nothing waits behind a long-open request (statistics, and
     *                      callers that keep their own order, need no more)
     */
    public record Config(long timeoutNanos, long pendingBytes, int keepResponses, boolean requestKeys, boolean ordered) {
        /** 5 s, 8 MiB, 1,000 responses, with request keys, in order. */
        public static Config defaults() { return new Config(5_000_000_000L, 8L << 20, 1_000, true, true); }

        public Config withTimeoutNanos(long t) { return new Config(t, pendingBytes, keepResponses, requestKeys, ordered); }
        public Config withPendingBytes(long n) { return new Config(timeoutNanos, n, keepResponses, requestKeys, ordered); }
        public Config withKeepResponses(int n) { return new Config(timeoutNanos, pendingBytes, n, requestKeys, ordered); }
        public Config withRequestKeys(boolean k) { return new Config(timeoutNanos, pendingBytes, keepResponses, k, ordered); }
        public Config withOrdered(boolean o) { return new Config(timeoutNanos, pendingBytes, keepResponses, requestKeys, o); }
    }

    /** Totals so far. */
    public record Counts(long messages, long transactions, long notifications, long orphans, long unreadable,
                         long ambiguous, long inferred, long evicted, long timedOut, long late, long settled,
                         long copies) {}

    /**
     * Where a message went, told as soon as it is known: for a response the request it answers,
     * for a notification the request that caused it (0 and 0 if none); for a late response also
     * why its request's transaction had already been reported ({@code requestFlags}: the
     * transaction's {@link Transaction#TIMED_OUT}, {@link Transaction#EVICTED} or
     * {@link Transaction#SETTLED} bit, or none when it ended at its timeout as it normally does).
     */
    public record Placement(Role role, long requestNumber, long requestFrame, int requestFlags) {
        /** COPY: a verbatim copy of the request named ({@link Unpaired.Kind#COPY}). */
        public enum Role { REQUEST, RESPONSE, LATE, NOTIFICATION, ORPHAN, UNREADABLE, COPY }
    }

    private static final int NLMSG_NOOP = 1, NLMSG_ERROR = 2, NLMSG_DONE = 3;
    private static final int F_REQUEST = 0x1, F_MULTI = 0x2, F_ACK = 0x4, F_ECHO = 0x8, F_DUMP_INTR = 0x10;
    private static final int F_DUMP = 0x300;

    private static final Placement REQUEST = new Placement(Placement.Role.REQUEST, 0, 0, 0);
    private static final Placement NOTIFICATION = new Placement(Placement.Role.NOTIFICATION, 0, 0, 0);
    private static final Placement ORPHAN = new Placement(Placement.Role.ORPHAN, 0, 0, 0);
    private static final Placement UNREADABLE = new Placement(Placement.Role.UNREADABLE, 0, 0, 0);

    /** Requests reported before their answer was known that a late response may still name (with one timeout). */
    private static final int RECENT_MAX = 4096;
    /** Requests per custom unit that a copy is looked for among; request signatures learned per protocol. */
    private static final int COPY_WINDOW = 8, SIGNATURES_MAX = 256;
    /**
     * What pairing keeps besides the open transactions and the events waiting behind them (which
     * {@link Config#pendingBytes()} bounds): the recently closed requests a late response may name, and per protocol the
     * latest requests a copy is compared with and the learnt request signatures ({@link #entries()}).
     */
    static final int BOOKKEEPING_MAX = RECENT_MAX + 32 * (COPY_WINDOW + SIGNATURES_MAX);

    private final Config config;
    private final Consumer<PairingEvent> out;
    /** Open requests by protocol and seq; requests sharing both are chained oldest first. */
    private final LongMap<Open> open = new LongMap<>();
    /** Ordered: everything not yet handed out, in the order of first messages. */
    private final ArrayDeque<Pending> pending = new ArrayDeque<>();
    /** Unordered: transactions closed by the current message, handed out after it. */
    private final ArrayDeque<Open> closedNow = new ArrayDeque<>();
    /** Open (not closed) requests, oldest first, linked through {@link Open#newerOpen}. */
    private Open oldestOpen, newestOpen;
    /** The estimated bytes {@link #pending} holds. */
    private long pendingBytes;
    /** Open (not closed) requests. */
    private int openCount;
    /** Open requests without any response yet, per protocol: the candidates of an inferred reply. */
    @SuppressWarnings("unchecked")
    private final List<Open>[] unanswered = new List[32];
    /** Open requests whose answers have no end marker ({@link #settles}), per protocol, oldest first: settled by a later answer. */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Open>[] quiet = new ArrayDeque[32];
    /** The last request of each protocol. */
    private final Open[] last = new Open[32];
    /** The latest requests of each custom unit, newest first: what a multicast copy copies. */
    @SuppressWarnings("unchecked")
    private final ArrayDeque<Open>[] latest = new ArrayDeque[32];
    /**
     * Per protocol, the (type, nlmsg_pid) of messages known to be requests (NLM_F_REQUEST, or
     * shown by their answer) on the units where requests may come without the flag: a later
     * message of the same type from the same pid is a request too (the module's pattern).
     */
    @SuppressWarnings("unchecked")
    private final java.util.Set<Long>[] signatures = new java.util.Set[32];
    /** The request the current frame's first message opened, or null: a datagram's messages all go one way. */
    private Open frameHead;
    /**
     * Requests reported before their answer could be known (timed out, evicted, settled), by
     * protocol and seq, newest first in each chain, for {@link #RECENT_MAX} entries and one
     * timeout: what a late response names.
     */
    private final LongMap<Closed> recent = new LongMap<>();
    private final ArrayDeque<Closed> recentOrder = new ArrayDeque<>();
    private long messages, transactions, notifications, orphans, unreadable, ambiguous, inferred, evicted, timedOut,
            late, settled, copies;
    private long now = Long.MIN_VALUE;
    private final Processes processes = new Processes();
    /** The process of the message being placed. */
    private ProcessRef process;

    public Pairing(Config config, Consumer<PairingEvent> out) {
        this.config = config;
        this.out = out;
        for (int i = 0; i < unanswered.length; i++) {
            unanswered[i] = new ArrayList<>(2);
            quiet[i] = new ArrayDeque<>(2);
            latest[i] = new ArrayDeque<>(COPY_WINDOW);
            signatures[i] = new java.util.HashSet<>();
        }
    }

    /** Every message of a decoded frame, with the socket the frame's comments record, if any. */
    public void accept(DissectedFrame f) {
        Socket s = frame(f);
        for (NetlinkMessage m : f.messages()) accept(m, s);
    }

    /**
     * Learns what a frame's comments say about processes ({@link Processes}) and returns the socket they
     * record (traced captures), or null: call it before {@link #accept(NetlinkMessage, Socket)} of the frame's messages.
     */
    public Socket frame(DissectedFrame f) {
        if (f.comments().isEmpty()) return null;
        FrameComment c = FrameComment.of(f.comments());   // read once, for both
        if (c == null) return null;
        processes.learn(c);
        return c.socket();
    }

    /** The process of the message accepted last ({@link Processes#of}), or null. */
    public ProcessRef lastProcess() { return process; }

    /**
     * One message, numbered one more than the last. {@code socket} is the socket a traced
     * capture recorded for it, or null.
     */
    public Placement accept(NetlinkMessage m, Socket socket) {
        long number = ++messages;
        process = processes.of(m, socket);
        if (m.timestampNanos() > now) now = m.timestampNanos();
        sweep();
        Placement p;
        Open head = m.index() > 0 && frameHead != null && frameHead.request.frame() == m.frame() ? frameHead : null;
        Open original;
        if (m.length() < 16 && m.malformed()) {
            unreadable++;
            p = UNREADABLE;
            add(new Unpaired(number, ref(number, m), Unpaired.Kind.UNREADABLE, 0));
        } else if ((original = copyOf(m)) != null && original.count > 0) {
            // the same bytes again after an answer: the request sent again
            Open o = openRequest(number, m, socket, false);
            if (!toKernel(m)) o.flags |= Transaction.DIRECTION_INFERRED;
            p = REQUEST;
        } else if (original != null) {
            copies++;
            add(new Unpaired(number, ref(number, m), Unpaired.Kind.COPY, original.number));
            p = new Placement(Placement.Role.COPY, original.number, original.request.frame(), 0);
        } else if (toKernel(m)) {
            openRequest(number, m, socket, false);
            p = REQUEST;
        } else if (head != null && m.directionInferred()) {
            // the frame's first message went to the kernel, so does the rest of the datagram
            Open o = openRequest(number, m, socket, head.tentative);
            if (!o.tentative) o.flags |= Transaction.DIRECTION_INFERRED;
            p = REQUEST;
        } else {
            p = response(number, m, socket);
        }
        drain();
        while (pendingBytes > config.pendingBytes() && releaseOldest()) { /* until within the budget */ }
        return p;
    }

    /** Closes everything still open (the capture ended) and hands out the remaining events. */
    public void finish() {
        while (oldestOpen != null) close(oldestOpen, 0, false);
        drain();
    }

    /**
     * The estimated bytes that open transactions and the events waiting behind them hold now: after each message at
     * most {@link Config#pendingBytes()} (the oldest open transaction is evicted to keep it so), 0 after {@link #finish()}.
     */
    public long heldBytes() { return pendingBytes; }

    /**
     * Entries of pairing's own indexes (open requests by key, by age, by protocol; waiting events; recently closed
     * requests; copy windows; signatures): bounded by the open transactions, so by the budget, plus
     * {@link #BOOKKEEPING_MAX}. For the tests that check memory stays bounded.
     */
    long entries() {
        long n = openCount + pending.size() + closedNow.size() + recentOrder.size() + open.size();
        for (int i = 0; i < 32; i++) n += unanswered[i].size() + quiet[i].size() + latest[i].size() + signatures[i].size();
        return n;
    }

    public Counts counts() {
        return new Counts(messages, transactions, notifications, orphans, unreadable, ambiguous, inferred, evicted,
                timedOut, late, settled, copies);
    }

    // ---------------------------------------------------------------------------------------

    /**
     * A request, or (tentative) a message of a custom unit that carries no NLM_F_REQUEST and
     * answers nothing: it is a request when a response shows it, else a notification.
     */
    private Open openRequest(long number, NetlinkMessage m, Socket socket, boolean tentative) {
        String keys = config.requestKeys() ? m.keys() : "";
        Open o = new Open(number, ref(number, m), keys, socket);
        o.tentative = tentative;
        if (customUnit(m.protocol())) {
            o.content = contentHash(m);
            ArrayDeque<Open> ring = latest[m.protocol() & 31];
            if (ring.size() == COPY_WINDOW) ring.pollLast();
            ring.addFirst(o);
        }
        if (!tentative) learn(o);
        // a datagram's requests: the first heads the frame, the later ones are its siblings
        if (m.index() == 0) {
            frameHead = o;
        } else if (frameHead != null && frameHead.request.frame() == m.frame()) {
            o.head = frameHead;
            if (frameHead.siblings.isEmpty()) frameHead.siblings = new ArrayList<>(2);
            frameHead.siblings.add(o);
        }
        long key = key(m.protocol(), m.seq());
        Open chain = open.get(key);
        if (chain == null) {
            open.put(key, o);
            o.lastSameKey = o;
        } else {
            // appended in O(1): custom units send every request with seq 0, so one chain may hold all open requests
            chain.lastSameKey.nextSameKey = o;
            o.prevSameKey = chain.lastSameKey;
            chain.lastSameKey = o;
        }
        openCount++;
        unanswered[m.protocol() & 31].add(o);
        if (settles(o.request)) quiet[m.protocol() & 31].add(o);
        last[m.protocol() & 31] = o;
        if (config.ordered()) pending.add(o);
        pendingBytes += o.held;
        o.olderOpen = newestOpen;
        if (newestOpen != null) newestOpen.newerOpen = o; else oldestOpen = o;
        newestOpen = o;
        return o;
    }

    /**
     * NETLINK_USERSOCK and the units netlink.h assigns to nothing (17, 23-31): where users' own
     * kernel modules talk, in the tutorials' ways (flags 0, pid-0 replies, NLMSG_NOOP as a reply).
     */
    static boolean customUnit(int protocol) {
        return protocol == 2 || protocol == 17 || protocol >= 23;
    }

    /** (type, nlmsg_pid): what {@link #signatures} holds. */
    private static long signature(int type, long pid) {
        return ((long) type << 32) | (pid & 0xffffffffL);
    }

    /** Remembers a request's (type, pid) where requests may come without NLM_F_REQUEST; pid 0 says nothing. */
    private void learn(Open o) {
        MessageRef r = o.request;
        if (r.pid() == 0 || !(customUnit(r.protocol()) || r.type() == 0)) return;
        java.util.Set<Long> set = signatures[r.protocol() & 31];
        if (set.size() >= SIGNATURES_MAX) set.clear();
        set.add(signature(r.type(), r.pid()));
    }

    /**
     * The request {@code m} repeats, or null: on a custom unit, a later frame with the same header
     * and the same decoded content as one of the latest requests. Before anything answered that
     * request it is a multicast copy of it; after, the request sent again.
     */
    private Open copyOf(NetlinkMessage m) {
        if (!customUnit(m.protocol()) || (m.direction() == Direction.TO_KERNEL && !m.directionInferred())) return null;
        Integer content = null;
        for (Open o : latest[m.protocol() & 31]) {
            MessageRef r = o.request;
            if (r.frame() == m.frame()) continue;
            if (r.length() != m.length() || r.type() != m.type() || r.flags() != m.flags() || r.seq() != m.seq()
                    || r.pid() != m.pid()) continue;
            if (content == null) content = contentHash(m);
            if (content == o.content) return o;
        }
        return null;
    }

    /** A hash of a message's decoded values (names and values, not offsets: a copy sits elsewhere in its frame). */
    private static int contentHash(NetlinkMessage m) {
        return contentHash(m.fields());
    }

    private static int contentHash(List<Field> fields) {
        int h = 1;
        for (Field f : fields) {
            h = 31 * h + f.name().hashCode();
            Value v = f.value();
            h = 31 * h + (v instanceof Value.Nested n ? contentHash(n.fields())
                    : v instanceof Value.Address a ? java.util.Arrays.hashCode(a.bytes()) : v.hashCode());
        }
        return h;
    }

    /**
     * A message that could be sent by either side: no NLM_F_REQUEST, no recorded direction, data,
     * on a custom unit or of type 0, which no kernel family uses (the tutorials' modules may take
     * an assigned unit, as seed 003 takes 21).
     */
    private static boolean undecided(NetlinkMessage m) {
        return (customUnit(m.protocol()) || m.type() == 0) && (m.direction() != Direction.FROM_KERNEL || m.directionInferred())
                && (m.flags() & F_REQUEST) == 0
                && isData(m.type()) && (m.flags() & F_MULTI) == 0;
    }

    private void add(Unpaired u) {
        if (!config.ordered()) {
            out.accept(u);
            return;
        }
        Done d = new Done(u, u.message().bytes());
        pending.add(d);
        pendingBytes += d.bytes;
    }

    private static boolean toKernel(NetlinkMessage m) {
        if (m.direction() == Direction.TO_KERNEL) return true;
        if (m.direction() == Direction.FROM_KERNEL) return false;
        return (m.flags() & F_REQUEST) != 0;
    }

    private MessageRef ref(long number, NetlinkMessage m) {
        return MessageRef.of(number, m, process);
    }

    private static long key(int protocol, long seq) {
        return ((long) protocol << 32) | (seq & 0xffffffffL);
    }

    private Placement response(long number, NetlinkMessage m, Socket socket) {
        int type = m.type();
        Echo echo = type == NLMSG_ERROR ? Echo.of(m) : null;
        Open o = match(m, echo, socket);
        if (o != null && isData(type) && isChange(o.request) && (m.flags() & F_MULTI) == 0) {
            // a NEW or DELETE is answered only by an ACK or error, and by its echo if it asked for one;
            // another message with its seq and port is a notification the change caused
            // (with NLM_F_ECHO everything sent back to the requester is its echo: nft -e gets its NEWTABLE and a NEWGEN)
            if ((o.request.flags() & F_ECHO) != 0) {
                o.echoed = true;
            } else if (m.group().isPresent()) {
                return notification(number, m, o);
            }
            // else: a type the family never multicasts is the change's reply (ethtool's FEATURES_SET_REPLY)
        }
        // a custom unit's module may answer with NLMSG_NOOP (the tutorials' __nlmsg_put(skb, pid, 0, NLMSG_NOOP, ...))
        boolean data = isReply(type, m.protocol());
        if (o == null && m.seq() == 0 && data && (m.flags() & F_MULTI) == 0 && m.group().isEmpty()) {
            o = inferredRequest(m, socket);
            if (o != null) {
                o.flags |= Transaction.INFERRED;
                inferred++;
            }
        }
        if (o == null) {
            Closed c = matchClosed(m, echo, socket);
            if (c != null) {
                late++;
                add(new Unpaired(number, ref(number, m), Unpaired.Kind.LATE, c.request.number()));
                return new Placement(Placement.Role.LATE, c.request.number(), c.request.frame(), c.flags);
            }
            // a dump part or DONE answers a request, except one sent to nobody's port with seq 0: a multicast in
            // several parts (team's change events)
            boolean multicast = m.seq() == 0 && m.pid() == 0;
            boolean mustAnswer = type == NLMSG_ERROR || (!multicast && (type == NLMSG_DONE || (m.flags() & F_MULTI) != 0));
            if (mustAnswer) {
                orphans++;
                add(new Unpaired(number, ref(number, m), Unpaired.Kind.ORPHAN, 0));
                return ORPHAN;
            }
            if (undecided(m)) {
                if (m.pid() != 0 && signatures[m.protocol() & 31].contains(signature(m.type(), m.pid()))) {
                    // answering nothing, of a type the same pid sent as a request before: the module's pattern
                    openRequest(number, m, socket, false).flags |= Transaction.DIRECTION_INFERRED;
                    return REQUEST;
                }
                // flags 0, as the tutorials send requests: a response will tell
                openRequest(number, m, socket, true);
                return REQUEST;
            }
            return notification(number, m, null);
        }
        attach(o, number, m);
        return new Placement(Placement.Role.RESPONSE, o.number, o.request.frame(), 0);
    }

    private Placement notification(long number, NetlinkMessage m, Open cause) {
        notifications++;
        // the kernel stamps a caused notification with the requester's port: from now on only that port is the request's
        if (cause != null && cause.bound < 0 && cause.socket == null && m.pid() != 0) cause.bound = m.pid();
        add(new Unpaired(number, ref(number, m), Unpaired.Kind.NOTIFICATION, cause == null ? 0 : cause.number));
        return cause == null ? NOTIFICATION : new Placement(Placement.Role.NOTIFICATION, cause.number, cause.request.frame(), 0);
    }

    /**
     * Types 1..15 are netlink's control messages (NOOP, ERROR, DONE, OVERRUN, reserved); 0 is
     * no control type, and the tutorials' custom protocols send their data with it.
     */
    private static boolean isData(int type) {
        return type == 0 || type >= 16;
    }

    /** A data message, or on a custom unit NLMSG_NOOP, which the tutorials' modules answer with. */
    private static boolean isReply(int type, int protocol) {
        return isData(type) || (type == NLMSG_NOOP && customUnit(protocol));
    }

    /** A request of a protocol that is not generic netlink and whose type has no kind: a user's own protocol. */
    private static boolean isCustom(MessageRef request) {
        return request.kind() == MessageKind.OTHER && request.protocol() != 16;
    }

    private static boolean isChange(MessageRef request) {
        MessageKind k = request.kind();
        return k == MessageKind.NEW || k == MessageKind.DELETE;
    }

    /**
     * A request whose answers have no end marker and all come in the sendmsg() that carries it:
     * a batch marker, or a NEW or DELETE without NLM_F_ACK (only an error, or with NLM_F_ECHO its echo).
     */
    private static boolean settles(MessageRef request) {
        return request.kind() == MessageKind.BATCH || (isChange(request) && (request.flags() & F_ACK) == 0);
    }

    /**
     * The open request this response answers, by protocol, seq and port; null if none. Among
     * requests its port could be, one that expects this kind of answer wins over one that does
     * not (a batch marker or a NEW without NLM_F_ACK expects no reply and gets one only when it
     * fails), then the earliest.
     */
    private Open match(NetlinkMessage m, Echo echo, Socket socket) {
        Open chain = open.get(key(m.protocol(), m.seq()));
        if (chain == null) return null;
        Open sure = null, sureExpecting = null, maybe = null, maybeExpecting = null, maybeChange = null;
        List<Open> expecting = null;
        boolean custom = customUnit(m.protocol());
        long q = m.pid();
        for (Open o = chain; o != null; o = o.nextSameKey) {
            if (o.closed || expired(o)) continue;
            boolean expects = expects(o.request, m, echo);
            if (socket != null && o.socket != null) {
                if (!o.socket.same(socket)) continue;
                if (sure == null) sure = o;
                if (expects) { sureExpecting = o; break; }
                continue;
            }
            if (q != 0 && (o.bound == q || o.request.pid() == q)) {
                if (sure == null) sure = o;
                if (expects) { sureExpecting = o; break; }
                continue;
            }
            // pid 0 names no port: only a seq of the request's own choosing ties such a message to it
            // the custom units' modules answer with pid 0 whatever the request carried (getpid(), its port)
            if (o.bound < 0 && (o.request.pid() == 0 || (q == 0 && customUnit(m.protocol()))) && (q != 0 || m.seq() != 0)) {
                if (maybe == null) maybe = o;
                if (maybeChange == null && isChange(o.request)) maybeChange = o;
                if (expects) {
                    // a custom unit's module answers each request once or in a burst: the earliest still unanswered
                    if (maybeExpecting == null || (custom && maybeExpecting.count > 0 && o.count == 0)) maybeExpecting = o;
                    if (expecting == null) expecting = new ArrayList<>(2);
                    expecting.add(o);
                }
            }
        }
        if (sureExpecting != null) return sureExpecting;
        if (sure != null && maybeExpecting == null) return sure;
        // a data message that no port-less candidate asked for is at most a notification a change caused (nft's
        // batch markers, seq 0, ask for no data: another process's seq-0 event is not their reply)
        boolean data = isData(m.type()) && (m.flags() & F_MULTI) == 0;
        Open pick = maybeExpecting != null ? maybeExpecting : data ? maybeChange : maybe;
        if (pick != null && expecting != null && expecting.size() > 1) ambiguousAmong(pick, expecting);
        return pick != null ? pick : sure;
    }

    /**
     * Whether {@code request} asks for an answer like {@code m}. An error or ACK echoes the request's
     * header ({@code echo}), so it expects only the request it echoes.
     */
    private static boolean expects(MessageRef request, NetlinkMessage m, Echo echo) {
        int type = m.type();
        if (type == NLMSG_ERROR) return echo == null || echo.is(request);
        int rf = request.flags();
        MessageKind k = request.kind();
        boolean dump = (rf & F_DUMP) != 0 && (k == MessageKind.GET || k == MessageKind.OTHER);
        if (type == NLMSG_DONE || (m.flags() & F_MULTI) != 0) return dump || k == MessageKind.OTHER;
        if (!isReply(type, request.protocol())) return false;
        return switch (k) {
            case GET -> !dump;
            case OTHER -> !dump;
            case NEW, DELETE -> (rf & F_ECHO) != 0;
            default -> false;
        };
    }

    /**
     * For a seq-0 message that answers nothing by seq: the one open, still unanswered request of
     * its protocol that went out from the port it is sent to (known from the trace, the
     * request's own nlmsg_pid, or an earlier response). When the message names no port (pid 0)
     * and the capture does not record one, only a request of a protocol or generic family with
     * no message kinds of its own (a custom protocol) qualifies, and only when it is the only
     * one open.
     */
    private Open inferredRequest(NetlinkMessage m, Socket socket) {
        boolean custom = customUnit(m.protocol()), lastTried = custom && m.pid() == 0 && socket == null;
        if (lastTried) {
            // the tutorials' modules answer right away: the request just before, if it is still open
            Open l = lastRequest(m, null);
            if (l != null) return l;
        }
        List<Open> candidates = unanswered[m.protocol() & 31];
        Open only = null;
        int live = 0;
        for (Open o : candidates) {
            if (expired(o)) continue;
            live++;
            if (socket != null && o.socket != null) {
                if (o.socket.same(socket)) only = o;
            } else if (m.pid() != 0 && (o.request.pid() == m.pid() || o.bound == m.pid())) {
                only = o;
            } else if (m.pid() == 0 && o.request.kind() == MessageKind.OTHER
                    && (m.protocol() != 16 || m.type() == o.request.type())) {
                if (only == null) only = o;
            }
        }
        if (only != null && m.pid() == 0 && (socket == null || only.socket == null) && live > 1) only = null;
        return only != null || !custom || lastTried ? only : lastRequest(m, socket);
    }

    /**
     * The custom units' habit: seq-0 replies right after their request, no other request between
     * (a burst of them, or several requests in one datagram, which the kernel handles in order:
     * the earliest of them still unanswered). Null when the last request of the unit is closed,
     * or went out from another port than the one the message names.
     */
    private Open lastRequest(NetlinkMessage m, Socket socket) {
        Open l = last[m.protocol() & 31];
        if (l == null || l.closed || expired(l)) return null;
        if (socket != null && l.socket != null && !l.socket.same(socket)) return null;
        if (m.pid() != 0 && l.request.pid() != m.pid() && l.bound != m.pid()) return null;
        Open h = l.head != null ? l.head : l;
        if (h.siblings.isEmpty()) return l;
        // several requests in one datagram: the kernel handles them in order, the earliest still
        // unanswered is next (a module that answers only the first with a burst cannot be told apart:
        // ambiguous, naming them all)
        List<Open> same = new ArrayList<>(1 + h.siblings.size());
        if (!h.closed) same.add(h);
        for (Open sib : h.siblings) if (!sib.closed) same.add(sib);
        Open pick = null;
        for (Open o : same) if (pick == null && o.count == 0) pick = o;
        if (pick == null) pick = l;
        if (same.size() > 1) ambiguousAmong(pick, same);
        return pick;
    }

    /**
     * For a response that answers no open request: the request reported before its answer
     * could be known (timed out, evicted, settled) that it answers by the same rules, newest
     * first; null if none.
     */
    private Closed matchClosed(NetlinkMessage m, Echo echo, Socket socket) {
        expireRecent();
        long q = m.pid();
        for (Closed c = recent.get(key(m.protocol(), m.seq())); c != null; c = c.next) {
            if (c.gone) continue;
            boolean port = socket != null && c.socket != null ? c.socket.same(socket)
                    : q == 0 ? c.request.pid() == 0 && c.bound < 0 && m.seq() != 0
                    : c.bound == q || c.request.pid() == q || (c.bound < 0 && c.request.pid() == 0);
            if (port && expects(c.request, m, echo)) return c;
        }
        return null;
    }

    private void remember(Open o) {
        Closed c = new Closed(o.request, o.socket, o.bound, o.flags, now);
        long key = key(o.request.protocol(), o.request.seq());
        c.next = recent.get(key);
        if (c.next != null) c.next.prev = c;
        recent.put(key, c);
        recentOrder.add(c);
        if (recentOrder.size() > RECENT_MAX) forget(recentOrder.poll());
    }

    private void expireRecent() {
        while (!recentOrder.isEmpty() && now - recentOrder.peek().closedAt > config.timeoutNanos()) forget(recentOrder.poll());
    }

    /** Takes a closed request out of its chain (it is the oldest there: they are forgotten in the order they closed). */
    private void forget(Closed c) {
        c.gone = true;
        if (c.next != null) c.next.prev = c.prev;
        if (c.prev != null) {
            c.prev.next = c.next;
        } else {
            long key = key(c.request.protocol(), c.request.seq());
            if (c.next == null) recent.remove(key); else recent.put(key, c.next);
        }
        c.next = c.prev = null;
    }

    private boolean expired(Open o) {
        return now - o.lastActivity > config.timeoutNanos();
    }

    private void attach(Open o, long number, NetlinkMessage m) {
        if (o.tentative) {
            // an answer shows it went to the kernel, and with it the rest of its datagram
            Open h = o.head != null ? o.head : o;
            confirm(h);
            for (Open sib : h.siblings) confirm(sib);
        }
        if (o.bound < 0 && o.socket == null && m.pid() != 0) o.bound = m.pid();
        if (o.count++ == 0) unanswered[o.request.protocol() & 31].remove(o);
        o.bytes += m.length();
        MessageRef n = ref(number, m);
        if (o.first == null) o.first = n;
        o.last = n;
        if (o.kept.size() < config.keepResponses()) {
            o.kept.add(n);
            o.held += n.bytes();
            pendingBytes += n.bytes();
        }
        o.lastActivity = Math.max(o.lastActivity, m.timestampNanos());
        int type = m.type();
        if ((m.flags() & F_DUMP_INTR) != 0) o.flags |= Transaction.INTERRUPTED;
        if (type == NLMSG_ERROR) {
            // an error cut short (a snapshot length) before its errno: ACK or error is not known
            o.unreadableError = !m.control().errorShown();
            if (o.unreadableError) o.flags |= Transaction.CUT;
            o.errno = errorOf(m);
            o.message = extAckMessage(m);
            o.acked = true;
            close(o, 0, false);
        } else if (type == NLMSG_DONE) {
            o.done = true;
            o.errno = errorOf(m);
            o.message = extAckMessage(m);
            close(o, 0, false);
        } else if ((m.flags() & F_MULTI) != 0) {
            o.multi = true;
        } else if (isReply(type, m.protocol())) {
            o.replied = true;
            // without an ACK to wait for, one reply ends it; an echo may be several messages (nft -e: the object and NEWGEN)
            // a custom protocol (no message kinds) may answer with a burst: it ends at its timeout
            if ((o.request.flags() & F_ACK) == 0 && !o.echoed && !isCustom(o.request)) close(o, 0, false);
        }
        settleBefore(o);
    }

    private void confirm(Open o) {
        if (!o.tentative) return;
        o.tentative = false;
        o.flags |= Transaction.DIRECTION_INFERRED;
        learn(o);
    }

    /** Marks a pick among several requests that could each have had the response, naming them to each other. */
    private void ambiguousAmong(Open pick, List<Open> candidates) {
        for (Open c : candidates) {
            if (c == pick) continue;
            if ((pick.flags & Transaction.AMBIGUOUS) == 0) ambiguous++;
            pick.flags |= Transaction.AMBIGUOUS;
            if ((c.flags & Transaction.AMBIGUOUS) == 0) ambiguous++;
            c.flags |= Transaction.AMBIGUOUS;
            pick.alsoCould(c);
            c.alsoCould(pick);
        }
    }

    /**
     * The kernel has answered {@code later}: every request of its protocol sent before it whose
     * answers have no end marker (an error, an echo) has had them. The kernel handles a request
     * in the sendmsg() that carries it and queues those answers there, so an answer to a later
     * request comes after them; should one still come, it is a late response naming the request.
     */
    private void settleBefore(Open later) {
        ArrayDeque<Open> q = quiet[later.request.protocol() & 31];
        // it holds open requests only: closing the first takes it out
        while (!q.isEmpty() && q.peekFirst().number < later.number) close(q.peekFirst(), Transaction.SETTLED, true);
    }

    /**
     * The header an NLMSG_ERROR echoes (length, type, flags of the request it answers), read once
     * per error; -1 for what it does not show.
     */
    private record Echo(long len, long type, long flags) {
        static Echo of(NetlinkMessage error) {
            Control c = error.control();
            return c.echoesRequest() ? new Echo(c.requestLength(), c.requestType(), c.requestFlags()) : null;
        }

        boolean is(MessageRef request) {
            return (type < 0 || type == request.type()) && (flags < 0 || flags == request.flags())
                    && (len < 0 || len == request.length());
        }
    }

    private static int errorOf(NetlinkMessage m) { return m.control().error(); }

    private static String extAckMessage(NetlinkMessage m) { return m.control().extAckMessage(); }

    /**
     * Marks a transaction closed with the given extra flag (timed out, evicted, settled), and
     * takes it out of the index; {@code early} when it is reported before its answer could be
     * known, so that a response coming later can still name it.
     */
    private void close(Open o, int why, boolean early) {
        if (o.closed) return;
        o.closed = true;
        // "timed out" is a request that ended without its answer; an echo, a custom protocol's burst or a request
        // that asked for nothing has no end marker, and the timeout is its normal end
        if (why == Transaction.TIMED_OUT && o.outcome() != Outcome.UNANSWERED) why = 0;
        o.flags |= why;
        if (why == Transaction.TIMED_OUT) timedOut++;
        if (why == Transaction.EVICTED) evicted++;
        if (why == Transaction.SETTLED) settled++;
        if (o.count == 0) unanswered[o.request.protocol() & 31].remove(o);
        if (o.olderOpen != null) o.olderOpen.newerOpen = o.newerOpen; else oldestOpen = o.newerOpen;
        if (o.newerOpen != null) o.newerOpen.olderOpen = o.olderOpen; else newestOpen = o.olderOpen;
        o.olderOpen = o.newerOpen = null;
        if (!config.ordered()) closedNow.add(o);
        openCount--;
        // a request answered nothing may never be settled: it leaves the list of those waiting to be
        if (settles(o.request)) quiet[o.request.protocol() & 31].removeFirstOccurrence(o);
        long key = key(o.request.protocol(), o.request.seq());
        Open next = o.nextSameKey, prev = o.prevSameKey;
        if (prev == null) {
            if (next == null) {
                open.remove(key);
            } else {
                next.prevSameKey = null;
                next.lastSameKey = o.lastSameKey;
                open.put(key, next);
            }
        } else {
            prev.nextSameKey = next;
            if (next != null) next.prevSameKey = prev;
            else open.get(key).lastSameKey = prev;
        }
        o.nextSameKey = o.prevSameKey = o.lastSameKey = null;
        if (early && !o.tentative) remember(o);
    }

    /** Closes open transactions at the head that nothing has answered for longer than the timeout. */
    private void sweep() {
        while (oldestOpen != null && expired(oldestOpen)) close(oldestOpen, Transaction.TIMED_OUT, true);
    }

    /**
     * Reports the oldest open transaction now, before its answer is known
     * ({@link Transaction#EVICTED}; a response that comes later is a {@link Unpaired.Kind#LATE}
     * naming it), and hands out the events that waited behind it; false when none is open. A
     * caller holding more per event than pairing does (decoded messages waiting for their
     * transaction) uses it to keep its own memory bounded.
     */
    public boolean releaseOldest() {
        if (oldestOpen == null) return false;
        close(oldestOpen, Transaction.EVICTED, true);
        drain();
        return true;
    }

    /** Hands out finished events from the head. */
    private void drain() {
        while (!closedNow.isEmpty()) handOut(closedNow.pollFirst());
        while (!pending.isEmpty()) {
            Pending head = pending.peekFirst();
            if (head instanceof Open o) {
                if (!o.closed) return;
                pending.pollFirst();
                handOut(o);
            } else {
                Done d = (Done) pending.pollFirst();
                pendingBytes -= d.bytes;
                out.accept(d.event);
            }
        }
    }

    private void handOut(Open o) {
        pendingBytes -= o.held;
        if (o.tentative) {
            // nothing showed that it went to the kernel: what it looked like, a message from it
            notifications++;
            out.accept(new Unpaired(o.number, o.request, Unpaired.Kind.NOTIFICATION, 0));
            return;
        }
        transactions++;
        out.accept(o.toTransaction());
    }

    private sealed interface Pending permits Open, Done {}

    private record Done(PairingEvent event, int bytes) implements Pending {}

    /** What is kept of a request reported before its answer could be known. */
    private static final class Closed {
        final long bound, closedAt;
        final MessageRef request;
        final Socket socket;
        final int flags;
        Closed next, prev;
        boolean gone;

        Closed(MessageRef request, Socket socket, long bound, int flags, long closedAt) {
            this.request = request;
            this.socket = socket;
            this.bound = bound;
            this.flags = flags & (Transaction.TIMED_OUT | Transaction.EVICTED | Transaction.SETTLED);
            this.closedAt = closedAt;
        }
    }

    private static final class Open implements Pending {
        final long number;
        final MessageRef request;
        final String keys;
        final Socket socket;
        /** Neighbours among the open requests of the same protocol and seq, oldest first; the newest, on the oldest. */
        Open nextSameKey, prevSameKey, lastSameKey;
        /** Neighbours in the list of open requests, by age. */
        Open olderOpen, newerOpen;
        long bound = -1;
        long lastActivity;
        boolean closed, acked, done, multi, replied, echoed, unreadableError, tentative;
        int flags, errno;
        /** On a custom unit, {@link #contentHash} of the request: what a copy must equal. */
        int content;
        /** The request of the same frame's first message, when this is a later one; that one's later ones. */
        Open head;
        List<Open> siblings = List.of();
        /** When ambiguous, the other requests that could have had its responses (or it theirs). */
        List<Open> alternatives = List.of();
        /** Responses, and their nlmsg_len summed. */
        long count, bytes;
        /** Estimated bytes held: the request and its kept responses. */
        long held;
        String message = "";
        MessageRef first, last;
        final List<MessageRef> kept = new ArrayList<>(2);

        Open(long number, MessageRef request, String keys, Socket socket) {
            this.number = number;
            this.request = request;
            this.keys = keys;
            this.socket = socket;
            this.lastActivity = request.timestampNanos();
            this.held = request.bytes() + 2L * keys.length();
            if (socket != null) flags |= Transaction.EXACT;
        }

        Transaction toTransaction() {
            List<MessageRef> alt = List.of();
            if (!alternatives.isEmpty()) {
                alt = new ArrayList<>(alternatives.size());
                for (Open a : alternatives) alt.add(a.request);
            }
            return new Transaction(number, request, keys, outcome(), kept.isEmpty() ? List.of() : kept, count, bytes, first, last,
                    errno, message, flags, alt);
        }

        void alsoCould(Open other) {
            if (other == this || alternatives.contains(other) || alternatives.size() >= 8) return;
            if (alternatives.isEmpty()) alternatives = new ArrayList<>(2);
            alternatives.add(other);
        }

        Outcome outcome() {
            int rf = request.flags();
            if (acked && unreadableError) return Outcome.CUT;
            if (acked && errno != 0) return Outcome.ERROR;
            if (done) return Outcome.DUMP;
            if (echoed) return Outcome.ECHO;
            if (replied || (multi && acked)) return Outcome.REPLY;   // some replies carry NLM_F_MULTI and end with an ACK
            if (multi) return Outcome.UNANSWERED;                     // a dump that never ended
            if (acked) return Outcome.ACK;
            boolean expects = (rf & F_ACK) != 0 || (rf & F_DUMP) != 0 || request.kind() == MessageKind.GET;
            return expects ? Outcome.UNANSWERED : Outcome.NO_REPLY;
        }
    }
}
