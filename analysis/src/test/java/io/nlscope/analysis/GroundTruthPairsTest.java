package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Errno;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Pairing on real captures (qemu, kernel 6.1; testdata/vm/scenarios-pairs.txt) against what
 * must come out, written by hand from what each command does next to each capture
 * (NAME.expected.tsv, checked independently with tshark by testdata/vm/expect-check.py): counts
 * per family, operation, outcome and errno, including notifications.
 */
class GroundTruthPairsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pairs-rtnl", "pairs-batch", "pairs-concurrent", "pairs-dump400", "pairs-monitor", "pairs-genl-nft-ss",
            "pairs-edges", "pairs-cut-start", "pairs-cut-end"})
    void pairingReproducesTheExpectedCountsExactly(String name) throws Exception {
        Path dir = CoverageTest.capture("x").getParent();
        Map<String, Long> want = expected(dir.resolve(name + ".expected.tsv"));
        Map<String, Long> got = new TreeMap<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> got.merge(row(e), 1L, Long::sum));
        try (NetlinkCapture cap = NetlinkCapture.open(dir.resolve(name + ".pcap"))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
        }
        p.finish();
        assertEquals(lines(want), lines(got), name);
        assertEquals(0, p.counts().unreadable());
    }

    /**
     * genl-misc.pcap runs `iw phy | head -40`: head exits after 40 lines, iw dies of SIGPIPE in the
     * middle of its NL80211_CMD_GET_WIPHY dump, and the kernel, which makes the next dump part only
     * when the socket is read, never sends NLMSG_DONE. The dump is therefore UNANSWERED, with the
     * 189 parts that did come (frames 57-58), and the next requests pair as usual.
     */
    @Test
    void aDumpWhoseReaderQuitIsUnansweredWithTheParts() throws Exception {
        List<Transaction> got = new ArrayList<>();
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> { if (e instanceof Transaction t) got.add(t); });
        try (NetlinkCapture cap = NetlinkCapture.open(CoverageTest.capture("genl-misc.pcap"))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
        }
        p.finish();
        Transaction wiphy = got.stream().filter(t -> t.operation().name().equals("NL80211_CMD_GET_WIPHY")).findFirst().orElseThrow();
        assertEquals(Outcome.UNANSWERED, wiphy.outcome());
        assertEquals(56, wiphy.frame());
        assertEquals(189, wiphy.responseCount());
        assertEquals(57, wiphy.first().frame());
        assertEquals(58, wiphy.last().frame());
        assertEquals(0, wiphy.flags() & Transaction.TIMED_OUT, "ended by the capture's end, not the timeout");
        Transaction reg = got.stream().filter(t -> t.operation().name().equals("NL80211_CMD_GET_REG")).findFirst().orElseThrow();
        assertEquals(Outcome.DUMP, reg.outcome());
        assertEquals(2, reg.responseCount());
    }

    static String row(PairingEvent e) {
        if (e instanceof Transaction t) {
            return t.operation().family() + "\t" + t.operation().name() + "\t" + t.outcome() + "\t"
                    + (t.errno() == 0 ? "-" : Errno.name(t.errno()));
        }
        Unpaired u = (Unpaired) e;
        Operation op = u.message().operation();
        return op.family() + "\t" + op.name() + "\t" + u.kind() + "\t-";
    }

    private static Map<String, Long> expected(Path tsv) throws Exception {
        Map<String, Long> m = new TreeMap<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            m.merge(f[0] + "\t" + f[1] + "\t" + f[2] + "\t" + f[3], Long.parseLong(f[4].trim()), Long::sum);
        }
        return m;
    }

    /** One line per row, so a failure shows the rows that differ. */
    private static String lines(Map<String, Long> m) {
        List<String> out = new ArrayList<>();
        m.forEach((k, v) -> out.add(k + "\t" + v));
        return String.join("\n", out);
    }
}
