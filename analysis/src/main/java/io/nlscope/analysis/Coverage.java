package io.nlscope.analysis;

import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of a capture the dissectors understand, per protocol and message type: messages,
 * fields decoded by name and type, fields left raw (attributes no table names, shown as
 * {@code attr_N}, payloads shown only as bytes, struct tails no spec describes), and malformed nodes. The nlmsghdr is not
 * counted: every message has one.
 */
public final class Coverage {

    /** Counts for one protocol and message type. */
    public record Row(String protocol, String type, long messages, long named, long raw, long malformed) {}

    private static final class Counts { long messages, named, raw, malformed; }

    private final Map<String, Map<String, Counts>> byProtocol = new TreeMap<>();

    public void add(NetlinkMessage m) {
        Counts c = byProtocol.computeIfAbsent(m.protocolName(), k -> new TreeMap<>())
                .computeIfAbsent(m.typeName(), k -> new Counts());
        c.messages++;
        for (Field f : m.fields()) {
            if (!f.name().equals("nlmsghdr")) count(f, c);
        }
    }

    private static void count(Field f, Counts c) {
        Value v = f.value();
        if (v instanceof Value.Malformed) {
            c.malformed++;
        } else if (isRaw(f)) {
            c.raw++;
            if (v instanceof Value.Nested n) for (Field k : n.fields()) count(k, c);
        } else if (v instanceof Value.Nested n) {
            if (!f.name().equals("nlmsghdr")) c.named++;
            for (Field k : n.fields()) if (!k.name().equals("nlmsghdr")) count(k, c);
        } else {
            c.named++;
        }
    }

    /**
     * An attribute no table names, a payload or fixed header shown only as bytes, or the bytes
     * after a struct that its spec does not describe.
     */
    public static boolean isRaw(Field f) {
        String n = f.name();
        if (n.startsWith("attr_")) return true;
        return f.value() instanceof Value.Raw && (n.equals("payload") || n.equals("fixed_header") || n.equals("extra_bytes"));
    }

    public List<Row> rows() {
        List<Row> out = new ArrayList<>();
        byProtocol.forEach((p, types) -> types.forEach((t, c) -> out.add(new Row(p, t, c.messages, c.named, c.raw, c.malformed))));
        return out;
    }

    /** Sums over all rows. */
    public Row total() {
        long m = 0, n = 0, r = 0, x = 0;
        for (Row row : rows()) { m += row.messages(); n += row.named(); r += row.raw(); x += row.malformed(); }
        return new Row("all", "all", m, n, r, x);
    }
}
