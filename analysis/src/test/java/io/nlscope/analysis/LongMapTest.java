package io.nlscope.analysis;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** LongMap against HashMap under random puts and removes (deletion by backward shift keeps every key findable). */
class LongMapTest {
    @Test
    void behavesLikeAHashMap() {
        LongMap<String> m = new LongMap<>();
        Map<Long, String> ref = new HashMap<>();
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long k = r.nextInt(5_000) * (r.nextBoolean() ? 1L : 1L << 33);
            int op = r.nextInt(4);
            if (op == 0) {
                assertEquals(ref.remove(k), m.remove(k), "remove " + k);
            } else if (op == 1) {
                assertEquals(ref.get(k), m.get(k), "get " + k);
            } else {
                String v = "v" + i;
                ref.put(k, v);
                m.put(k, v);
            }
            assertEquals(ref.size(), m.size());
        }
        for (Map.Entry<Long, String> e : ref.entrySet()) assertEquals(e.getValue(), m.remove(e.getKey()));
        assertEquals(0, m.size());
    }
}
