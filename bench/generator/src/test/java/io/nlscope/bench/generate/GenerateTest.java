package io.nlscope.bench.generate;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GenerateTest {
    private static final int NLM_F_REQUEST = 0x1;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int generate(String... args) {
        out.reset();
        err.reset();
        return Generate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void writesACleanRealisticMix() throws IOException {
        Path f = dir.resolve("synthetic.pcap");
        assertEquals(Generate.OK, generate("-n", "20000", "-w", f.toString()), err());

        long messages = 0, frames = 0, lastTs = -1;
        Set<String> types = new TreeSet<>();
        Set<Integer> protocols = new TreeSet<>();
        boolean ack = false, eexist = false, extAck = false, multi = false;
        try (NetlinkCapture cap = NetlinkCapture.open(f)) {
            for (DissectedFrame fr; (fr = cap.next()) != null; ) {
                frames++;
                assertTrue(fr.timestampNanos() > lastTs, "timestamps increase, frame " + fr.index());
                lastTs = fr.timestampNanos();
                protocols.add(fr.protocol());
                assertFalse(fr.messages().isEmpty(), "frame " + fr.index() + " holds messages");
                for (NetlinkMessage m : fr.messages()) {
                    messages++;
                    assertFalse(m.malformed(), () -> "frame " + m.frame() + " message " + m.index() + " "
                            + m.typeName() + " is malformed: " + m.problem().orElse(""));
                    types.add(m.typeName());
                    if ((m.flags() & NLM_F_REQUEST) != 0) {
                        assertEquals(0, m.pid(), "requests carry pid 0, frame " + m.frame());
                    } else if (m.seq() != 0) {
                        assertNotEquals(0, m.pid(), "replies carry the requester's port id, frame " + m.frame());
                    } else if (m.pid() == 0) {
                        assertFalse(m.isControl(), "notifications are no control messages, frame " + m.frame());
                    }
                    multi |= (m.flags() & 0x2) != 0;
                    if (m.typeName().equals("NLMSG_ERROR")) {
                        ack |= m.summary().startsWith("ACK ");
                        eexist |= m.summary().contains("EEXIST");
                        extAck |= m.field("ext_ack").isPresent();
                    }
                }
            }
            assertEquals(List.of(), cap.warnings());
        }
        assertTrue(messages >= 20_000, "at least the requested messages: " + messages);
        assertTrue(frames < messages, "dumps put several messages in a frame");
        for (String t : List.of("RTM_NEWLINK", "RTM_GETLINK", "RTM_NEWADDR", "RTM_GETADDR", "RTM_NEWROUTE",
                "RTM_GETROUTE", "RTM_DELLINK", "NLMSG_DONE", "NLMSG_ERROR")) {
            assertTrue(types.contains(t), t + " in " + types);
        }
        assertTrue(ack, "some ACKs");
        assertTrue(eexist, "some EEXIST errors");
        assertTrue(extAck, "some errors with extended ACK attributes");
        assertTrue(multi, "multi-part dumps");
        assertTrue(protocols.containsAll(List.of(0, 4, 16)), "route, sock_diag and generic netlink: " + protocols);
        assertTrue(err().contains(messages + " messages in " + frames + " frames, " + Files.size(f) + " bytes"), err());
    }

    @Test
    void sameSeedSameBytes() throws IOException {
        Path a = dir.resolve("a.pcap"), b = dir.resolve("b.pcap"), c = dir.resolve("c.pcap");
        assertEquals(Generate.OK, generate("-n", "5000", "-w", a.toString()), err());
        assertEquals(Generate.OK, generate("-n", "5000", "-w", b.toString()), err());
        assertEquals(Generate.OK, generate("-n", "5000", "-w", c.toString(), "--seed", "7"), err());
        assertEquals(-1, Files.mismatch(a, b), "same arguments, same bytes");
        assertNotEquals(-1, Files.mismatch(a, c), "another seed, another mix");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        String f = dir.resolve("x.pcap").toString();
        for (String[] args : List.of(new String[] {"-n", "abc", "-w", f}, new String[] {"-n", "0", "-w", f},
                new String[] {"-w", f}, new String[] {"-n", "10"}, new String[] {"-n", "10", "-w", f, "--seed", "x"},
                new String[] {"-n", "10", "-w", f, "extra"}, new String[] {"--bogus"})) {
            assertEquals(Generate.USAGE, generate(args), String.join(" ", args));
            assertEquals(1, err().lines().count(), "one sentence: " + err());
            assertTrue(err().startsWith("nlscope generate: "), err());
        }
        assertEquals(Generate.USAGE, generate("-n", "10", "-w", dir.resolve("no/such/dir/x.pcap").toString()));
        assertFalse(Files.exists(dir.resolve("x.pcap")));
    }
}
