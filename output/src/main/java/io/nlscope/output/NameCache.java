package io.nlscope.output;

/**
 * The bytes a format makes of a name (a field, enum or flag name of the specs: the same few thousand
 * strings repeat on every message), made once per name and variant (e.g. an indent depth) and then
 * reused: a direct-mapped cache, hit by identity and then by value (equal names may be different String
 * objects: rtnl_link_stats and rtnl_link_stats64 share their member names). Not thread-safe: one per writer.
 */
final class NameCache {
    /** Makes the bytes of a name on a miss. */
    interface Maker {
        byte[] make(String name, int variant);
    }

    private final String[] names;
    private final int[] variants;
    private final byte[][] bytes;
    private final int mask;
    private final Maker maker;

    /** @param size a power of two */
    NameCache(int size, Maker maker) {
        if (Integer.bitCount(size) != 1) throw new IllegalArgumentException("size must be a power of two: " + size);
        this.names = new String[size];
        this.variants = new int[size];
        this.bytes = new byte[size][];
        this.mask = size - 1;
        this.maker = maker;
    }

    byte[] get(String name, int variant) {
        int h = name.hashCode() * 31 + variant;
        int i = (h ^ (h >>> 14)) & mask;
        String cached = names[i];
        if (variants[i] == variant && (cached == name || cached != null && cached.equals(name))) return bytes[i];
        byte[] b = maker.make(name, variant);
        names[i] = name;
        variants[i] = variant;
        bytes[i] = b;
        return b;
    }
}
