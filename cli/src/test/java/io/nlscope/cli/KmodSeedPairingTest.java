package io.nlscope.cli;

import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static io.nlscope.cli.ReadCommandTest.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every exchange of {@code testdata/kmod/captures/kmod-seed.pcap} against its truth.
 *
 * <p>The capture is nlmon in a real 6.1 kernel (qemu) while {@code nlscope_seed.ko} answered
 * the way the background documents' modules do (pid-0 and seq-0 replies, NLMSG_NOOP replies,
 * ten 1040-byte replies, flags-0 requests, netlink_ack for them, several requests in one
 * datagram, multicast relays to listeners, two clients with the same seq, answers from a work
 * queue). The truth, {@code kmod-seed.truth.tsv}, was made by {@code seed-truth.py} from the
 * module's own kernel log: for every message whether it went to the kernel, which request a
 * response answers, which request a copy copies, and every request the response's bytes allow.
 * Pairing must place each message as the truth says; where the bytes allow several requests,
 * it may instead say ambiguous, naming the true one.
 */
class KmodSeedPairingTest {
    private static final Path DIR = root().resolve("testdata/kmod/captures");

    record Truth(long frame, int msg, int unit, String dir, long len, int type, int flags, long seq, long pid,
                 String role, String of, List<String> candidates, String action) {
        String key() { return frame + "." + msg; }
    }

    private static final List<Truth> truth = new ArrayList<>();
    /** "frame.msg" -> message number, and what pairing said of each message. */
    private static final Map<String, Long> numbers = new HashMap<>();
    private static final Map<Long, String> keys = new HashMap<>();
    private static final Map<String, Pairing.Placement> placements = new HashMap<>();
    private static final Map<String, NetlinkMessage> messages = new LinkedHashMap<>();
    private static final Map<Long, Transaction> transactions = new HashMap<>();
    private static final Map<Long, Unpaired> unpaired = new HashMap<>();

    @BeforeAll
    static void pairTheCapture() throws IOException {
        for (String line : Files.readAllLines(DIR.resolve("kmod-seed.truth.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] c = line.split("\t");
            truth.add(new Truth(Long.parseLong(c[0]), Integer.parseInt(c[1]), Integer.parseInt(c[2]), c[3],
                    Long.parseLong(c[4]), Integer.parseInt(c[5]), Integer.decode(c[6]), Long.parseLong(c[7]),
                    Long.parseLong(c[8]), c[9], c[10], c[11].equals("-") ? List.of() : List.of(c[11].split(",")), c[12]));
        }
        Pairing pairing = new Pairing(Pairing.Config.defaults(), KmodSeedPairingTest::event);
        long n = 0;
        try (NetlinkCapture cap = NetlinkCapture.open(DIR.resolve("kmod-seed.pcap"))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) {
                Socket s = Socket.of(f);
                for (NetlinkMessage m : f.messages()) {
                    String key = f.index() + "." + (m.index() + 1);
                    numbers.put(key, ++n);
                    keys.put(n, key);
                    messages.put(key, m);
                    placements.put(key, pairing.accept(m, s));
                }
            }
        }
        pairing.finish();
    }

    private static void event(PairingEvent e) {
        if (e instanceof Transaction t) transactions.put(t.number(), t);
        else if (e instanceof Unpaired u) unpaired.put(u.number(), u);
    }

    @Test
    void theCaptureHoldsExactlyTheMessagesTheModuleLogged() {
        assertEquals(truth.size(), messages.size(), "messages in the capture vs the truth");
        for (Truth t : truth) {
            NetlinkMessage m = messages.get(t.key());
            String what = "frame " + t.key();
            assertEquals(t.unit(), m.protocol(), what);
            assertEquals(t.len(), m.length(), what);
            assertEquals(t.type(), m.type(), what);
            assertEquals(t.flags(), m.flags(), what);
            assertEquals(t.seq(), m.seq(), what);
            assertEquals(t.pid(), m.pid(), what);
        }
        // every behaviour of the seeds is in it, so the comparison below cannot pass on nothing
        assertTrue(count("request", 17) >= 7 && count("request", 25) >= 4 && count("request", 21) >= 4
                && count("request", 30) >= 2 && count("request", 2) >= 10 && count("request", 23) >= 5, "requests per unit");
        assertTrue(count("copy", 2) >= 16 && count("copy", 23) >= 3, "multicast copies");
        assertTrue(truth.stream().anyMatch(t -> t.role().equals("request") && t.flags() == 0 && t.unit() == 2),
                "flags-0 requests on NETLINK_USERSOCK");
        assertTrue(truth.stream().anyMatch(t -> t.role().equals("response") && t.type() == 1), "NLMSG_NOOP replies");
        assertTrue(truth.stream().anyMatch(t -> t.role().equals("response") && t.candidates().size() > 1
                && t.seq() != 0), "replies whose bytes fit two requests of the same seq");
    }

    private static long count(String role, int unit) {
        return truth.stream().filter(t -> t.role().equals(role) && t.unit() == unit).count();
    }

    @Test
    void everyMessageIsPairedAsItsTruthSays() {
        List<String> wrong = new ArrayList<>();
        int exact = 0, ambiguous = 0;
        for (Truth t : truth) {
            long number = numbers.get(t.key());
            Pairing.Placement p = placements.get(t.key());
            switch (t.role()) {
                case "request" -> {
                    Transaction tx = transactions.get(number);
                    if (tx == null) wrong.add(t.key() + " is a request (" + t.action() + "), pairing: " + describe(number, p));
                    else if ((t.flags() & 1) == 0 && !tx.has(Transaction.DIRECTION_INFERRED))
                        wrong.add(t.key() + " went to the kernel without NLM_F_REQUEST: not marked direction inferred");
                    else exact++;
                }
                case "copy" -> {
                    Unpaired u = unpaired.get(number);
                    if (u == null || u.kind() != Unpaired.Kind.COPY || u.copyOf() != numbers.get(t.of()))
                        wrong.add(t.key() + " is a copy of " + t.of() + ", pairing: " + describe(number, p));
                    else exact++;
                }
                case "response" -> {
                    long want = numbers.get(t.of());
                    if (p.role() == Pairing.Placement.Role.RESPONSE && p.requestNumber() == want) {
                        exact++;
                        continue;
                    }
                    Transaction picked = p.role() == Pairing.Placement.Role.RESPONSE ? transactions.get(p.requestNumber()) : null;
                    Set<Long> named = new TreeSet<>();
                    if (picked != null) {
                        named.add(picked.number());
                        for (MessageRef a : picked.alternatives()) named.add(a.number());
                    }
                    boolean allowed = picked != null && t.candidates().size() > 1 && picked.has(Transaction.AMBIGUOUS)
                            && t.candidates().contains(keys.get(picked.number())) && named.contains(want);
                    if (allowed) ambiguous++;
                    else wrong.add(t.key() + " answers " + t.of() + " (the bytes allow " + t.candidates() + "), pairing: "
                            + describe(number, p));
                }
                default -> wrong.add(t.key() + ": unknown role " + t.role());
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + truth.size() + " messages wrong:\n" + String.join("\n", wrong));
        assertEquals(truth.size(), exact + ambiguous);
        // the bytes decide all but the replies of same-seq requests that were all still open
        assertTrue(ambiguous <= truth.stream().filter(t -> t.candidates().size() > 1).count(), "ambiguous " + ambiguous);
    }

    @Test
    void repliesBothClientsCouldHaveAreMarkedAndNameBothRequests() {
        // unit 23 answers from a work queue 300 ms later: two clients' seq-7 queries are both open when the replies come
        List<Truth> both = truth.stream().filter(t -> t.unit() == 23 && t.role().equals("request") && t.seq() == 7).toList();
        assertEquals(2, both.size());
        Transaction a = transactions.get(numbers.get(both.get(0).key()));
        Transaction b = transactions.get(numbers.get(both.get(1).key()));
        assertTrue(a.has(Transaction.AMBIGUOUS) && b.has(Transaction.AMBIGUOUS));
        assertEquals(List.of(b.number()), a.alternatives().stream().map(MessageRef::number).toList());
        assertEquals(List.of(a.number()), b.alternatives().stream().map(MessageRef::number).toList());
        // each still gets one reply: the earliest request still unanswered takes the next
        assertEquals(1, a.responseCount());
        assertEquals(1, b.responseCount());
    }

    private static String describe(long number, Pairing.Placement p) {
        Transaction t = transactions.get(number);
        Unpaired u = unpaired.get(number);
        String what = t != null ? "request " + t.outcome() : u != null ? u.kind() + (u.request() > 0 ? " of " + keys.get(u.request()) : "")
                : p.role().toString();
        return what + (p.role() == Pairing.Placement.Role.RESPONSE || p.role() == Pairing.Placement.Role.LATE
                ? " to " + keys.get(p.requestNumber()) : "");
    }
}
