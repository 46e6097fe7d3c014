package io.nlscope.output.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The decoded texts waiting for their event, on disk: put in order, read back by number, let go from the oldest. */
class HeldTest {

    private static byte[] text(String s) { return s.getBytes(StandardCharsets.UTF_8); }

    @Test
    void textsComeBackByNumberUntilLetGo() throws Exception {
        try (Held h = new Held(1 << 20)) {
            byte[] big = new byte[100_000];   // larger than the write buffer: written at once
            java.util.Arrays.fill(big, (byte) 'x');
            h.put(1, text("one"), 0, 3);
            h.put(2, text("[two]"), 1, 3);     // a part of a larger buffer, as TreeSink's
            h.put(4, big, 0, big.length);      // 3 never came (not rendered)
            h.put(5, text("five"), 0, 4);
            assertThat(new String(h.get(1), StandardCharsets.UTF_8)).isEqualTo("one");
            assertThat(new String(h.get(2), StandardCharsets.UTF_8)).isEqualTo("two");
            assertThat(h.get(3)).isNull();
            assertThat(h.get(4)).isEqualTo(big);
            assertThat(new String(h.get(5), StandardCharsets.UTF_8)).isEqualTo("five");
            assertThat(h.get(6)).isNull();
            h.dropBefore(4);
            assertThat(h.get(2)).isNull();
            assertThat(h.get(4)).isEqualTo(big);
            h.dropBefore(6);                   // nothing waits: the file starts again
            assertThat(h.get(5)).isNull();
            h.put(6, text("six"), 0, 3);
            assertThat(new String(h.get(6), StandardCharsets.UTF_8)).isEqualTo("six");
        }
    }

    @Test
    void pastItsLimitATextIsNotKept() throws Exception {
        try (Held h = new Held(10)) {
            h.put(1, text("12345678"), 0, 8);
            h.put(2, text("abcdef"), 0, 6);    // 14 > 10 bytes
            h.put(3, text("z"), 0, 1);
            assertThat(h.get(1)).isNotNull();
            assertThat(h.get(2)).isNull();
            assertThat(new String(h.get(3), StandardCharsets.UTF_8)).isEqualTo("z");
        }
    }

    @Test
    void manyWaitingGrowTheRing() throws Exception {
        try (Held h = new Held(1 << 24)) {
            for (int i = 1; i <= 5000; i++) h.put(i, text("m" + i), 0, ("m" + i).length());
            h.dropBefore(2500);
            for (int i = 5001; i <= 9000; i++) h.put(i, text("m" + i), 0, ("m" + i).length());
            assertThat(h.get(2499)).isNull();
            for (int i : new int[] {2500, 5000, 5001, 9000}) assertThat(new String(h.get(i), StandardCharsets.UTF_8)).isEqualTo("m" + i);
        }
    }
}
