package io.nlscope.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlscope.capture.PcapWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A capture whose strings attack the terminal (an interface name and an extended-ACK message with
 * ESC, BEL, CR, LF, a C1 CSI and a right-to-left override) goes through every text format: no
 * control character reaches the output unescaped, and JSON keeps the strings exactly.
 */
class OutputSafetyTest {
    @TempDir Path dir;

    static final String IFNAME = "ev\u001b]0;owned\u0007il\r\n    99    0.000000 route     FAKE\u009b2J\u202e";
    static final String EXTACK = "bad \u001b[2J name\nsecond line\u0085";

    private static byte[] attr(int type, String text) {
        byte[] s = text.getBytes(StandardCharsets.UTF_8);
        int len = 4 + s.length + 1;
        ByteBuffer b = ByteBuffer.allocate((len + 3) & ~3).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) len).putShort((short) type).put(s);
        return b.array();
    }

    private static ByteBuffer frame(int payload) {
        ByteBuffer b = ByteBuffer.allocate(16 + payload);
        b.order(ByteOrder.BIG_ENDIAN).putShort((short) 4).putShort((short) 824).putShort((short) 0).put(new byte[8]).putShort((short) 0);
        return b.order(ByteOrder.LITTLE_ENDIAN);
    }

    private Path capture() throws Exception { return capture(dir.resolve("hostile.pcap"), IFNAME, EXTACK); }

    /** An RTM_NEWLINK naming the interface {@code ifname}, refused with EINVAL and the extended ACK message {@code extack}. */
    static Path capture(Path p, String ifname, String extack) throws Exception {
        byte[] name = attr(3, ifname);                                   // IFLA_IFNAME
        int reqLen = 16 + 16 + name.length;
        ByteBuffer req = frame(reqLen);
        req.putInt(reqLen).putShort((short) 16).putShort((short) 0x5).putInt(7).putInt(0);   // RTM_NEWLINK REQUEST|ACK
        req.put(new byte[16]).put(name);
        byte[] msg = attr(1, extack);                                    // NLMSGERR_ATTR_MSG
        int errLen = 16 + 4 + 16 + msg.length;
        ByteBuffer err = frame(errLen);
        err.putInt(errLen).putShort((short) 2).putShort((short) 0x300).putInt(7).putInt(4242);  // NLMSG_ERROR CAPPED|ACK_TLVS
        err.putInt(-22).putInt(reqLen).putShort((short) 16).putShort((short) 0x5).putInt(7).putInt(0).put(msg);
        try (OutputStream os = Files.newOutputStream(p); PcapWriter w = new PcapWriter(os, 253, 65535)) {
            w.write(1_000_000_000L, req.array(), 0, req.capacity());
            w.write(1_001_000_000L, err.array(), 0, err.capacity());
        }
        return p;
    }

    private static void assertSafe(String what, String out, int lines) {
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == '\n') continue;
            if (io.nlscope.output.Escape.unsafe(c)) fail(what + ": unescaped U+" + Integer.toHexString(c) + " at " + i + " in\n" + out);
        }
        assertEquals(lines, out.split("\n", -1).length - 1, what + ": lines\n" + out);
    }

    @Test void everyTextFormatEscapesControlCharacters() throws Exception {
        String f = capture().toString();
        ReadCommandTest.Result line = ReadCommandTest.run("read", "-q", f);
        assertEquals(0, line.code(), line.err());
        assertSafe("read", line.out(), 2);
        assertTrue(line.out().contains("bad \\x1b[2J name\\nsecond line\\u0085"), line.out());

        ReadCommandTest.Result tree = ReadCommandTest.run("read", "-q", "-V", f);
        assertEquals(0, tree.code(), tree.err());
        assertTrue(tree.out().contains("IFLA_IFNAME: \"ev\\x1b]0;owned\\x07il\\r\\n    99    0.000000 route     FAKE\\u009b2J\\u202e\""), tree.out());
        assertSafe("read -V", tree.out(), (int) tree.out().chars().filter(c -> c == '\n').count());
        assertTrue(tree.out().lines().noneMatch(l -> l.startsWith("    99")), tree.out());

        for (String format : new String[] {"table", "csv"}) {
            ReadCommandTest.Result pairs = ReadCommandTest.run("pairs", "-q", "--format", format, f);
            assertEquals(0, pairs.code(), pairs.err());
            assertSafe("pairs " + format, pairs.out(), (int) pairs.out().lines().count());
            assertTrue(pairs.out().lines().filter(l -> l.contains("EINVAL")).count() == 1, pairs.out());
        }
        ReadCommandTest.Result stats = ReadCommandTest.run("stats", "-q", f);
        assertEquals(0, stats.code(), stats.err());
        assertSafe("stats", stats.out(), (int) stats.out().lines().count());
    }

    @Test void jsonKeepsTheStringsExactly() throws Exception {
        ReadCommandTest.Result r = ReadCommandTest.run("read", "-q", "-T", "json", capture().toString());
        assertEquals(0, r.code(), r.err());
        JsonNode doc = new ObjectMapper().readTree(r.out());
        JsonNode request = doc.get("messages").get(0);
        String name = null;
        for (JsonNode fl : request.get("fields")) if (fl.get("name").asText().equals("IFLA_IFNAME")) name = fl.get("value").asText();
        assertEquals(IFNAME, name);
        assertTrue(doc.get("messages").get(1).get("summary").asText().contains(EXTACK), r.out());
        assertEquals("ERROR", request.get("pairing").get("outcome").asText());
        assertEquals("EINVAL", request.get("pairing").get("errno").asText());
    }
}
