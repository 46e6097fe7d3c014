package io.nlscope.cli;

import io.nlscope.capture.strace.StraceImporter;
import io.nlscope.dissect.SpecTables;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Netlink protocol numbers for the names strace prints (ROUTE, GENERIC, ...), from the spec table nlmon_cooked_header.netlink_protocol. */
final class StraceProtocols {
    private StraceProtocols() {}

    static ToIntFunction<String> byName() {
        Map<String, Integer> m = new HashMap<>();
        SpecTables.EnumTable t = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");
        for (SpecTables.Entry e : t.entries().values()) {
            m.put(StraceImporter.straceName(e.name()), (int) e.value());
        }
        m.putIfAbsent("INET_DIAG", 4); // NETLINK_INET_DIAG is NETLINK_SOCK_DIAG (linux/netlink.h)
        return name -> m.getOrDefault(name.toUpperCase(Locale.ROOT), -1);
    }
}
