package io.nlscope.dissect;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The multicast group the kernel sends a message type to when it notifies, as a spec states it
 * with {@code -nl-group} on the type's enum entry:
 * <ul>
 *   <li>one group: {@code -nl-group: rtnlgrp_link};</li>
 *   <li>a group per address family, read from the payload's first byte (the family member every
 *       rtnetlink and netfilter fixed header starts with), with {@code other} for the rest:
 *       {@code -nl-group: {af_inet: rtnlgrp_ipv4_route, af_inet6: rtnlgrp_ipv6_route}};</li>
 *   <li>a group for messages with NLM_F_CREATE and one for the others:
 *       {@code -nl-group: {create: nfnlgrp_conntrack_new, other: nfnlgrp_conntrack_update}}.</li>
 * </ul>
 * Group names are shown in upper case, as the kernel's constants are (generic netlink groups are
 * strings the family announces, e.g. {@code monitor}, and are shown as they are written; a
 * generic family's payload starts with its command, so only one group or {@code create} apply).
 */
final class GroupRule {
    static final GroupRule NONE = new GroupRule(null, Map.of(), null, null);
    private static final int NLM_F_CREATE = 0x400;
    private static final SpecTables.EnumTable FAMILIES = SpecTables.enumTable("linux_common.address_family");

    private final Optional<String> fixed;
    private final Map<Integer, Optional<String>> byFamily;
    private final Optional<String> create;
    private final Optional<String> other;

    private GroupRule(String fixed, Map<Integer, Optional<String>> byFamily, String create, String other) {
        this.fixed = Optional.ofNullable(fixed);
        this.byFamily = byFamily;
        this.create = Optional.ofNullable(create);
        this.other = Optional.ofNullable(other);
    }

    /** The rule of a type's enum entry; {@link #NONE} when it names no group. */
    static GroupRule of(SpecTables.Entry e, boolean constants) {
        Optional<String> one = e.ext("group");
        if (one.isPresent()) return new GroupRule(show(one.get(), constants), Map.of(), null, null);
        Map<Integer, Optional<String>> fam = new HashMap<>();
        String create = null, other = null;
        for (Map.Entry<String, String> kv : e.ext().entrySet()) {
            if (!kv.getKey().startsWith("group.")) continue;
            String key = kv.getKey().substring(6), group = show(kv.getValue(), constants);
            switch (key) {
                case "create" -> create = group;
                case "other" -> other = group;
                default -> fam.put((int) familyNumber(key, e), Optional.of(group));
            }
        }
        if (fam.isEmpty() && create == null && other == null) return NONE;
        return new GroupRule(null, Map.copyOf(fam), create, other);
    }

    private static long familyNumber(String name, SpecTables.Entry e) {
        for (SpecTables.Entry f : FAMILIES.entries().values()) if (f.name().equalsIgnoreCase(name)) return f.value();
        throw new IllegalStateException("-nl-group of " + e.name() + ": '" + name
                + "' is no address family of linux_common.address_family, nor 'create' or 'other'");
    }

    private static String show(String id, boolean constants) {
        return constants ? id.toUpperCase(java.util.Locale.ROOT) : id;
    }

    /** The group of the message whose payload is in {@code ctx}. */
    Optional<String> group(PayloadContext ctx) {
        if (fixed.isPresent() || this == NONE) return fixed;
        if (create.isPresent() && (ctx.flags() & NLM_F_CREATE) != 0) return create;
        if (!byFamily.isEmpty() && ctx.length() > 0) {
            Optional<String> g = byFamily.get(ctx.frame().get(ctx.start()) & 0xff);
            if (g != null) return g;
        }
        return other;
    }
}
