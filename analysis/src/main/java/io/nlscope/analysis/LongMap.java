package io.nlscope.analysis;

import java.util.Arrays;

/**
 * A map from long keys to values without boxing (open addressing, linear probing, deletion by
 * backward shift): open requests by protocol and seq in {@link Pairing}, the requests the output's
 * pairing holds by message number. Not thread-safe.
 */
public final class LongMap<V> {
    private long[] keys = new long[16];
    private Object[] values = new Object[16];
    private boolean[] used = new boolean[16];
    private int size;

    public int size() { return size; }

    /** The value of {@code key}, or null. */
    @SuppressWarnings("unchecked")
    public V get(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] == key) return (V) values[i];
        }
        return null;
    }

    public void put(long key, V value) {
        if (2 * (size + 1) > keys.length) grow();
        int i = slot(key);
        if (!used[i]) { used[i] = true; keys[i] = key; size++; }
        values[i] = value;
    }

    @SuppressWarnings("unchecked")
    public V remove(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); used[i]; i = (i + 1) & mask) {
            if (keys[i] != key) continue;
            V v = (V) values[i];
            // close the gap: move back each later entry of the run whose home slot is not after the gap
            int gap = i;
            for (int j = (i + 1) & mask; used[j]; j = (j + 1) & mask) {
                int home = index(keys[j], mask);
                if (((j - home) & mask) >= ((j - gap) & mask)) {
                    keys[gap] = keys[j];
                    values[gap] = values[j];
                    gap = j;
                }
            }
            used[gap] = false;
            values[gap] = null;
            size--;
            return v;
        }
        return null;
    }

    private int slot(long key) {
        int mask = keys.length - 1, i = index(key, mask);
        while (used[i] && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }

    private void grow() {
        long[] k = keys;
        Object[] v = values;
        boolean[] u = used;
        keys = new long[k.length * 2];
        values = new Object[k.length * 2];
        used = new boolean[k.length * 2];
        size = 0;
        for (int i = 0; i < k.length; i++) {
            if (!u[i]) continue;
            int s = slot(k[i]);
            used[s] = true;
            keys[s] = k[i];
            values[s] = v[i];
            size++;
        }
        Arrays.fill(u, false);
    }
}
