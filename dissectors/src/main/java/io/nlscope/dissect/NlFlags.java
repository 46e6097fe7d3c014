package io.nlscope.dissect;

import java.util.ArrayList;
import java.util.List;

/** Names the bits of nlmsg_flags by what the message is, never with two meanings at once. */
public final class NlFlags {
    private NlFlags() {}

    private static final SpecTables.EnumTable COMMON = SpecTables.enumTable("netlink_message.nlm_f_common");
    private static final int NLM_F_REQUEST = 0x1;
    private static final int NLM_F_DUMP = 0x300;

    /**
     * Flag names for a message of this kind. A request of unknown kind that asks for a dump
     * (ROOT|MATCH, the one combination only GET requests use) is named as a GET.
     */
    public static List<String> names(int flags, MessageKind kind) {
        if (kind == MessageKind.OTHER && (flags & NLM_F_REQUEST) != 0 && (flags & NLM_F_DUMP) == NLM_F_DUMP) {
            kind = MessageKind.GET;
        }
        SpecTables.EnumTable high = kind.highByteTable() == null ? null : SpecTables.enumTable(kind.highByteTable());
        List<String> out = new ArrayList<>(4);
        for (int bit = 1; bit <= 0x8000 && bit > 0; bit <<= 1) {
            if ((flags & bit) == 0) continue;
            String name = COMMON.nameOrNull(bit);
            if (name == null && high != null) name = high.nameOrNull(bit);
            out.add(name == null ? String.format("0x%x", bit) : shortName(name));
        }
        return out;
    }

    // Immutable results, so a racy fill is harmless; the same few flag words repeat millions of times.
    private static final Value.Flags[] CACHE = new Value.Flags[MessageKind.values().length << 16];

    public static Value.Flags value(int flags, MessageKind kind) {
        int key = (kind.ordinal() << 16) | (flags & 0xffff);
        Value.Flags v = CACHE[key];
        if (v == null) CACHE[key] = v = new Value.Flags(flags & 0xffff, names(flags, kind));
        return v;
    }

    /** A flag word named bit by bit by a table of single-bit values (IFF_UP, IFA_F_PERMANENT ...). */
    public static Value.Flags bits(long raw, SpecTables.EnumTable table) {
        Value.Flags[] cache = table.flagValues();
        int slot = (int) (raw ^ (raw >>> 29) ^ (raw >>> 47)) & (cache.length - 1);
        Value.Flags v = cache[slot];
        if (v != null && v.raw() == raw) return v;
        String[] names = table.bitNames();
        List<String> out = new ArrayList<>(4);
        for (int i = 0; i < 64; i++) {
            if ((raw & (1L << i)) == 0) continue;
            out.add(names[i] == null ? "0x" + Long.toHexString(1L << i) : names[i]);
        }
        v = new Value.Flags(raw, out);
        cache[slot] = v;   // flag words repeat; a direct-mapped cache of immutable values needs no lock and cannot grow
        return v;
    }

    /** NLM_F_REQUEST -> REQUEST: the prefix says nothing inside a flags field. */
    private static String shortName(String kernelName) {
        return kernelName.startsWith("NLM_F_") ? kernelName.substring(6) : kernelName;
    }
}
