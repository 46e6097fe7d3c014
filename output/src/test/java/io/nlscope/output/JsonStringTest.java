package io.nlscope.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The field tree's JSON strings are written by hand (JsonSink.string): they must be the bytes Jackson's
 * generator writes for the same string, and read back as the same string, whatever a capture holds.
 */
class JsonStringTest {

    private static String jackson(String s) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(o)) {
            g.writeString(s);
        }
        return o.toString(StandardCharsets.UTF_8);
    }

    /** A byte that is no UTF-8 (0xff in an interface name), as the dissector keeps it: U+DCFF, written as Jackson writes it. */
    @Test
    void aLoneSurrogateIsWrittenAsItsEscapeAndReadsBackExactly() throws Exception {
        TextBuffer t = new TextBuffer(16, false);
        JsonSink.string(t, "eth\udcff0\ud83d");
        assertEquals("\"eth\\uDCFF0\\uD83D\"", t.toString());
        assertEquals(jackson("eth\udcff0\ud83d"), t.toString());
        assertEquals("eth\udcff0\ud83d", new ObjectMapper().readValue(t.toString(), String.class));
    }

    @Test
    void hostileStringsAreEscapedAsJacksonEscapesThem() throws Exception {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) every.append(c);
        List<String> cases = List.of("", "lo", "dummy0", "a\"b", "back\\slash", "tab\there", "new\nline", "\u001b[2J\u0007",
                "\u007f del", "caf\u00e9", "\u2028\u2029", "\ufffd\ufffd", "emoji \ud83d\ude00", "lone \ud83d surrogate", "/etc/passwd", every.toString());
        ObjectMapper om = new ObjectMapper();
        for (String s : cases) {
            TextBuffer t = new TextBuffer(16, false);
            JsonSink.string(t, s);
            String mine = t.toString();
            // characters outside the BMP are written as their UTF-8 bytes, which the generator would write as two \\u escapes
            if (s.codePoints().allMatch(c -> c < 0x10000))
                assertEquals(jackson(s), mine, "as Jackson writes " + s.chars().mapToObj(Integer::toHexString).toList());
            assertEquals(s, om.readValue(mine, String.class));
        }
    }
}
