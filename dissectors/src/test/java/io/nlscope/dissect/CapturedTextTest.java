package io.nlscope.dissect;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link CapturedText} reads well-formed UTF-8 exactly as Java's own decoder does, and keeps every other byte:
 * checked on every input of one and two bytes and on every three-byte input with a three-byte lead.
 */
class CapturedTextTest {

    private static void agrees(byte[] b) {
        String ours = CapturedText.decode(ByteBuffer.wrap(b), 0, b.length);
        String java = new String(b, StandardCharsets.UTF_8);
        if (java.indexOf('\ufffd') < 0) assertEquals(java, ours, () -> java.toString());
        boolean replacementSent = java.contains("\ufffd") && new String(b, StandardCharsets.ISO_8859_1).contains("\u00ef\u00bf\u00bd");
        if (!replacementSent) assertEquals(-1, ours.indexOf('\ufffd'), () -> "U+FFFD for " + java.toString());
        assertArrayEquals(b, CapturedText.encode(ours));
    }

    @Test
    void everyShortInputReadsAsJavaReadsItOrKeepsItsBytes() {
        for (int a = 0; a < 256; a++) {
            agrees(new byte[] {(byte) a});
            for (int b = 0; b < 256; b++) agrees(new byte[] {(byte) a, (byte) b});
        }
        for (int a = 0xe0; a < 0xf0; a++)
            for (int b = 0; b < 256; b++)
                for (int c = 0; c < 256; c++) agrees(new byte[] {(byte) a, (byte) b, (byte) c});
    }

    @Test
    void fourByteSequencesAndTheirNeighbours() {
        for (int a = 0xf0; a < 0x100; a++)
            for (int b = 0x70; b < 0xd0; b++) agrees(new byte[] {(byte) a, (byte) b, (byte) 0x80, (byte) 0xbf});
        assertEquals("\ud83d\ude00", CapturedText.decode(ByteBuffer.wrap(new byte[] {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}), 0, 4));
    }

    /** A byte that is no part of UTF-8 is the lone surrogate U+DC00 + byte, even next to one read from a 4-byte sequence. */
    @Test
    void aLoneByteIsKeptAsASurrogateEscape() {
        byte[] b = {'a', (byte) 0xff, (byte) 0xf0, (byte) 0x90, (byte) 0x82, (byte) 0x80, (byte) 0x80, 0x1b, 0};
        String s = CapturedText.decode(ByteBuffer.wrap(b), 0, b.length);
        assertEquals("a\udcff\ud800\udc80\udc80\u001b\u0000", s);
        assertArrayEquals(b, CapturedText.encode(s));
    }
}
