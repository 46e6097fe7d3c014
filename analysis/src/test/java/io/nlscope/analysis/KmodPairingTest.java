package io.nlscope.analysis;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pairing on the tutorial module's traced captures (testdata/kmod: custom units 17/21/25/30 in a
 * real 6.1 kernel, recorded with nlscope trace), against the user programs' own logs: each SEND
 * is a request, and the RECVs its socket read before its next SEND (not from a multicast group)
 * are its responses. Unit 30 answers with seq 0, unit 25 with ten messages, unit 21 with ACKs
 * and EINVAL, unit 17 with a reply, an ACK and a multicast copy.
 */
class KmodPairingTest {
    private static final Pattern LINE = Pattern.compile("^(SEND|RECV) unit=(\\d+) sock=(\\d+) (?:from_portid=\\d+ from_groups=(\\S+) )?.* seq=(\\d+) ");

    @ParameterizedTest
    @ValueSource(strings = {"kmod-hello", "kmod-burst", "kmod-ack", "kmod-ops17"})
    void everyRequestHasTheResponsesItsProgramRead(String name) throws Exception {
        Path dir = CoverageTest.capture("x").getParent().getParent().resolve("kmod/captures");
        List<String> want = new ArrayList<>();
        long multicast = 0;
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().startsWith(name + ".")
                    && p.toString().endsWith(".client.log")).sorted().toList()) {
                Map<String, int[]> lastSend = new HashMap<>();   // socket -> {index in want}
                for (String line : Files.readAllLines(log)) {
                    Matcher m = LINE.matcher(line);
                    if (!m.find()) continue;
                    String sock = m.group(3);
                    if (m.group(1).equals("SEND")) {
                        want.add(m.group(2) + " seq=" + m.group(5) + " responses=0");
                        lastSend.put(sock, new int[] {want.size() - 1});
                    } else if (!"0x0".equals(m.group(4))) {
                        multicast++;
                    } else {
                        int[] at = lastSend.get(sock);
                        assertTrue(at != null, "a reply before any request in " + log + ": " + line);
                        String w = want.get(at[0]);
                        int n = Integer.parseInt(w.substring(w.lastIndexOf('=') + 1));
                        want.set(at[0], w.substring(0, w.lastIndexOf('=') + 1) + (n + 1));
                    }
                }
            }
        }
        List<String> got = new ArrayList<>();
        long[] notifications = {0};
        Pairing p = new Pairing(Pairing.Config.defaults(), e -> {
            if (e instanceof Transaction t) got.add(t.request().protocol() + " seq=" + t.request().seq() + " responses=" + t.responseCount());
            else notifications[0]++;
        });
        try (NetlinkCapture cap = NetlinkCapture.open(dir.resolve(name + ".pcapng"))) {
            for (DissectedFrame f; (f = cap.next()) != null; ) p.accept(f);
        }
        p.finish();
        assertEquals(want.stream().sorted().toList(), got.stream().sorted().toList(), name);
        assertEquals(multicast, notifications[0], name + ": multicast copies the listeners read");
        assertEquals(0, p.counts().ambiguous());
    }
}
