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

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        TextBuffer t = new TextBuffer(16, false);
        JsonSink.string(t, "a\ud83d");
        assertEquals("\"a\ufffd\"", t.toString());
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
            if (s.chars().noneMatch(c -> Character.isSurrogate((char) c)))
                assertEquals(jackson(s), mine, "as Jackson writes " + s.chars().mapToObj(Integer::toHexString).toList());
            assertEquals(JsonSink.wholeSurrogates(s), om.readValue(mine, String.class));
        }
    }
}
