package io.nlscope.dissect;

import io.nlscope.ksy.tree.SpecTree;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every name a display filter can give a field of a decoded message ({@code nlscope fields} lists them), worked out
 * from the spec tables alone, the way the dissectors build the tree from them; never by decoding a capture.
 *
 * <p><b>Names</b> are paths of the decoded tree, each part a node's name, as the filter walks them from the top of
 * a message:
 * <ul>
 *   <li>attributes at the top of a message (named in upper case, as the kernel's constants) under {@code attr.}:
 *       {@code attr.IFLA_MTU}; nested ones by their path, nests followed to their leaves:
 *       {@code attr.IFLA_LINKINFO.IFLA_INFO_KIND}; a struct-valued attribute by its members
 *       ({@code attr.IFLA_STATS64.rx_packets}, and {@code .extra_bytes} or the spec's {@code -nl-tail} for the bytes
 *       a longer struct has); a submsg by the names of every target its selector can pick;</li>
 *   <li>the other nodes of a message (named in lower case) by their own name: fixed headers and their members
 *       ({@code ifinfomsg.ifi_index}, {@code nlmsghdr.nlmsg_seq}, {@code genlmsghdr.cmd}), {@code error},
 *       {@code ext_ack.NLMSGERR_ATTR_MSG}, and the bytes no spec describes ({@code payload}, {@code trailing}).
 *       A kobject uevent's {@code ACTION} and {@code DEVPATH} are upper case and listed as {@code attr.ACTION}.</li>
 *   <li>{@code request.NAME}: the request an NLMSG_ERROR echoes, its fields named as in the request's protocol but
 *       without {@code attr.} ({@code request.ifinfomsg.ifi_index}, {@code request.IFLA_IFNAME}). Only
 *       {@code request.nlmsghdr.*} is listed; {@link #lookup} resolves the others.</li>
 * </ul>
 * Not listed, because no filter can spell them or no spec names them: attributes of a type no table names
 * ({@code attr_62}), the numbered entries of a nest-array or struct-attrs-array ({@code [0]}, {@code [1]} ...: the
 * list stops at the array, whose description says what each entry holds), and a uevent's properties other than
 * ACTION and DEVPATH (their keys are the sender's).
 *
 * <p><b>Recursion.</b> A nest (or submsg target, or struct-attrs) whose attribute set is already open on the path
 * from the top (veth's VETH_INFO_PEER holds a peer's IFLA_* again) is listed itself, with
 * {@code recursive: ... as under P} in its description, and not expanded again; {@link #lookup} follows it, so
 * {@code attr.IFLA_LINKINFO.IFLA_INFO_DATA.VETH_INFO_PEER.IFLA_IFNAME} resolves as {@code attr.IFLA_IFNAME}.
 * Besides, no path is expanded deeper than {@link #MAX_DEPTH} sets.
 *
 * <p><b>Types</b> are the spec's: an attribute's {@code -nl-type} (binary when it gives none: u8 ... s64, uint,
 * sint, string, binary, flag, ipv4, ipv6, ipaddr, lladdr, nest, nest-array, submsg, struct, struct-attrs,
 * struct-attrs-array); a struct member's size as u8 ... u64 / s8 ... s64, or its {@code -nl-type} (ipv4, lladdr,
 * string ...) or binary for {@code size: N} bytes; a fixed header {@code struct}. The description says where a
 * name occurs (the message types or commands of a top-level name, the selector text of a submsg target) and the
 * enum or flags naming its value.
 *
 * <p>Each entry belongs to a protocol ({@code route}, {@code netfilter} ...; a described generic netlink family by
 * its name, {@code ethtool}); the names every protocol shares belong to {@code netlink}. Immutable.
 */
public final class FieldNames {
    /** Sets nested deeper than this on one path are not expanded (a guard beside the recursion check). */
    public static final int MAX_DEPTH = 16;
    /** The protocol of the names every message can have (nlmsghdr, error, ext_ack ...). */
    public static final String CORE = "netlink";

    /**
     * One name.
     *
     * @param name        the path a filter names it by, e.g. {@code attr.IFLA_LINKINFO.IFLA_INFO_KIND}
     * @param type        its type as the spec gives it, e.g. {@code u32}, {@code string}, {@code nest}, {@code struct}
     * @param protocol    the protocol ({@code route}) or generic netlink family ({@code ethtool}) it belongs to
     * @param description where it occurs and what names its value; may be empty
     */
    public record Entry(String name, String type, String protocol, String description) {}

    private static final class Holder { static final FieldNames STANDARD = build(ProtocolRegistry.standard()); }

    private final List<Entry> entries;
    private final Map<String, Entry> byName;
    private final Map<String, java.util.Set<String>> owners;
    private final Map<String, String> recursive;
    private final List<String> protocols, families;

    private final Map<String, java.util.Set<String>> where;

    private FieldNames(List<Entry> entries, Map<String, String> recursive, Map<String, java.util.Set<String>> where,
                       List<String> protocols, List<String> families) {
        Map<String, java.util.Set<String>> w = new HashMap<>();
        where.forEach((k, v) -> w.put(k, java.util.Set.copyOf(v)));
        this.where = Map.copyOf(w);
        this.entries = List.copyOf(entries);
        Map<String, Entry> m = new HashMap<>();
        Map<String, java.util.Set<String>> o = new HashMap<>();
        for (Entry e : this.entries) {
            m.putIfAbsent(e.name(), e);
            o.computeIfAbsent(e.name(), k -> new java.util.TreeSet<>()).add(e.protocol());
        }
        this.byName = Map.copyOf(m);
        o.replaceAll((k, v) -> java.util.Set.copyOf(v));
        this.owners = Map.copyOf(o);
        this.recursive = Map.copyOf(recursive);
        this.protocols = List.copyOf(protocols);
        this.families = List.copyOf(families);
    }

    /** The names of the standard registry's protocols (the one NetlinkCapture decodes with), made once. */
    public static FieldNames standard() { return Holder.STANDARD; }

    /** Every name, the shared ones ({@link #CORE}) first, then by protocol number; one entry per name and protocol. */
    public List<Entry> entries() { return entries; }

    /** The protocols' names as filters name them (their dissector's name), by protocol number 0..31. */
    public List<String> protocols() { return protocols; }

    /** The generic netlink families a spec describes, by the name the kernel announces ({@code nlctrl}, {@code ethtool}). */
    public List<String> families() { return families; }

    /** Whether a display filter's field name can name a node of a decoded tree (see {@link #lookup}). */
    public boolean exists(String name) { return lookup(name).isPresent(); }

    /**
     * The listed entry a filter's field name stands for, as the filter resolves names: {@code attr.} is only a
     * prefix it drops ({@code attr.ifinfomsg.ifi_index} and {@code IFLA_MTU} name what {@code ifinfomsg.ifi_index}
     * and {@code attr.IFLA_MTU} do), {@code request.NAME} a field of an echoed request, and a path through a
     * recursive nest the name it repeats. Empty when no decoded tree can have the name.
     */
    public Optional<Entry> lookup(String name) {
        String p = name.startsWith("attr.") ? name.substring(5) : name;
        Entry e = top(p);
        if (e == null && p.startsWith("request.")) {
            // the echoed request: its nlmsghdr (listed) and its protocol's payload, not the error's own nodes
            Entry r = top(p.substring(8));
            if (r != null && (!r.protocol().equals(CORE) || r.name().equals("payload"))) e = r;
        }
        return Optional.ofNullable(e);
    }

    /** A path from the top of the tree: listed as it is (a header, a struct) or under attr. (an attribute). */
    private Entry top(String p) {
        if (p.startsWith("attr.") || p.isEmpty()) return null;   // no node of the tree is named attr
        Entry e = resolve(p);
        return e != null ? e : resolve("attr." + p);
    }

    /** A listed name, or one under a recursive nest: the nest's path replaced by the one it repeats. */
    private Entry resolve(String c) {
        for (int guard = 0; guard <= 4 * MAX_DEPTH; guard++) {
            Entry e = byName.get(c);
            if (e != null) return e;
            String hit = null;
            for (int i = c.lastIndexOf('.'); i > 0 && hit == null; i = c.lastIndexOf('.', i - 1)) {
                if (recursive.containsKey(c.substring(0, i))) hit = c.substring(0, i);
            }
            if (hit == null) return null;
            c = recursive.get(hit) + c.substring(hit.length());
        }
        return null;
    }

    /**
     * The protocols and generic netlink families whose messages can have the node a filter's name stands for
     * ({@link Entry#protocol()}: {@code route}, {@code ethtool}): a message of another cannot. Empty when it is not
     * known or any message can have it: a name of {@link #CORE}, of an echoed request ({@code request.NAME}), or none.
     */
    public java.util.Set<String> owners(String name) {
        String p = name.startsWith("attr.") ? name.substring(5) : name;
        if (p.startsWith("request.")) return java.util.Set.of();
        Entry e = top(p);
        if (e == null) return java.util.Set.of();
        java.util.Set<String> o = owners.getOrDefault(e.name(), java.util.Set.of());
        return o.contains(CORE) ? java.util.Set.of() : o;
    }

    /**
     * Where the node a filter's name stands for can occur: "route/RTM_NEWLINK" for a message type of a protocol,
     * "ethtool/*" for any message of a protocol or family; a message elsewhere cannot have it. Empty when not known
     * or anywhere (as {@link #owners}).
     */
    public java.util.Set<String> where(String name) {
        if (owners(name).isEmpty()) return java.util.Set.of();
        Entry e = top(name.startsWith("attr.") ? name.substring(5) : name);
        return where.getOrDefault(e.name(), java.util.Set.of());
    }

    /** Up to 5 listed names close to a misspelt one (see {@link #suggest(String, int)}). */
    public List<String> suggest(String name) { return suggest(name, 5); }

    /**
     * Up to {@code max} listed names close to {@code name}, closest first: by edit distance (case aside) among the
     * names that start with the same part (all of {@code attr.} for an attribute), else among all names. Empty when
     * the name exists or nothing is close.
     */
    public List<String> suggest(String name, int max) {
        if (max <= 0 || exists(name)) return List.of();
        List<String> wanted = new ArrayList<>(List.of(name));
        if (!name.startsWith("attr.")) wanted.add("attr." + name);
        List<String> near = closest(wanted, true, max);
        return near.isEmpty() ? closest(wanted, false, max) : near;
    }

    private List<String> closest(List<String> wanted, boolean samePrefix, int max) {
        record Near(int distance, String name) {}
        List<Near> found = new ArrayList<>();
        for (String cand : byName.keySet()) {
            int best = Integer.MAX_VALUE;
            for (String w : wanted) {
                if (samePrefix && !first(w).equals(first(cand))) continue;
                int limit = Math.max(2, w.length() / 6);
                if (Math.abs(w.length() - cand.length()) > limit) continue;
                int d = distance(w.toLowerCase(Locale.ROOT), cand.toLowerCase(Locale.ROOT), limit);
                if (d <= limit) best = Math.min(best, d);
            }
            if (best != Integer.MAX_VALUE) found.add(new Near(best, cand));
        }
        found.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::name));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < found.size() && i < max; i++) out.add(found.get(i).name());
        return out;
    }

    private static String first(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** Levenshtein distance, or more than {@code limit} as soon as it must be. */
    private static int distance(String a, String b, int limit) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > limit) return limit + 1;
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }

    // ---- the enumeration ----

    /** The names of the protocols {@code registry} decodes, read from the spec tables its dissectors use. */
    public static FieldNames build(ProtocolRegistry registry) {
        Builder b = new Builder();
        b.core();
        List<String> protocols = new ArrayList<>();
        List<String> families = new ArrayList<>();
        SpecTables.EnumTable table = SpecTables.enumTable("nlmon_cooked_header.netlink_protocol");
        for (int p = 0; p < ProtocolRegistry.MAX_PROTOCOLS; p++) {
            ProtocolDissector d = registry.get(p);
            String name = d.name();
            protocols.add(name);
            if (d instanceof TableDissector) table.get(p).ifPresent(e -> b.table(name, e));
            else if (d instanceof SockDiagDissector) b.sockDiag(name);
            else if (d instanceof SelinuxDissector) b.selinux(name);
            else if (d instanceof AuditDissector) b.audit(name);
            else if (d instanceof ConnectorDissector) b.connector(name);
            else if (d instanceof NetfilterDissector) b.netfilter(name);
            else if (d instanceof KobjectUeventDissector) b.uevent(name);
            else if (d instanceof GenericNetlinkDissector) families.addAll(b.generic(name));
            // another dissector (a plug-in) names its own fields: none of them is known here
        }
        return new FieldNames(new ArrayList<>(b.entries.values()), b.recursive, b.where, protocols, families);
    }

    private static final class Builder {
        /**
         * By protocol and name: the first entry of a name in a protocol wins, but for its type: a name the specs type
         * twice (INET_DIAG_INFO: bytes, or tcp_info for TCP sockets) gets both, binary|struct, and both descriptions.
         */
        final Map<String, Entry> entries = new LinkedHashMap<>();
        /** Path of a recursive nest (canonical) to the path whose names it repeats. */
        final Map<String, String> recursive = new HashMap<>();
        /** By name: the message types it occurs in, "route/RTM_NEWLINK", or "route/*" for any of its protocol's. */
        final Map<String, java.util.Set<String>> where = new HashMap<>();
        /** The message types of the names being added (a table's set and fixed headers), or null: any. */
        List<String> scope;

        /** Runs {@code r} with the names it adds scoped to {@code types} of {@code proto} ("RTM_GETLINK dump requests" is RTM_GETLINK). */
        void scoped(List<String> types, Runnable r) {
            List<String> was = scope;
            scope = new ArrayList<>();
            for (String t : types) scope.add(t.endsWith(" dump requests") ? t.substring(0, t.length() - 14) : t);
            try { r.run(); } finally { scope = was; }
        }

        void add(String name, String type, String protocol, List<String> description) {
            java.util.Set<String> w = where.computeIfAbsent(name, k -> new java.util.HashSet<>());
            if (scope == null) w.add(protocol + "/*");
            else for (String t : scope) w.add(protocol + "/" + t);
            String key = protocol + '\0' + name, text = String.join("; ", description);
            Entry was = entries.get(key);
            if (was == null) entries.put(key, new Entry(name, type, protocol, text));
            else if (!List.of(was.type().split("\\|")).contains(type))   // two statements of one name: both types
                entries.put(key, new Entry(name, was.type() + "|" + type, protocol, was.description() + (text.isEmpty() ? "" : " | " + text)));
        }

        void add(String name, String type, String protocol, String description) {
            add(name, type, protocol, description.isEmpty() ? List.of() : List.of(description));
        }

        // -- what every protocol has (NetlinkDissector) --

        void core() {
            struct(CORE, "nlmsghdr", "netlink_message.nlmsghdr", List.of("the header of every message (also nlmsg.len ...)"));
            add("error", scalarType(member("netlink_message.nlmsgerr", "error")), CORE,
                    "NLMSG_ERROR: 0 (ACK) or the errno, by name; NLMSG_DONE: the dump's error");
            struct(CORE, "request.nlmsghdr", "netlink_message.nlmsghdr", List.of("the header of the request an NLMSG_ERROR "
                    + "echoes; request.NAME names the request's other fields by their protocol's names, without attr."));
            add("ext_ack", "nest", CORE, "extended ACK attributes of NLMSG_ERROR and NLMSG_DONE; set netlink_message.nlmsgerr_attr");
            attrs(CORE, "ext_ack", "netlink_message.nlmsgerr_attr", List.of(), new LinkedHashMap<>());
            for (String offset : List.of("NLMSGERR_ATTR_OFFS", "NLMSGERR_ATTR_MISS_NEST"))
                add("ext_ack." + offset + "_PATH", "string", CORE,
                        "the path of the attribute " + offset + " points at in the echoed request (IFLA_LINKINFO > IFLA_INFO_KIND)");
            add("payload", "binary", CORE, "a payload no table describes (or a control message's), as bytes");
            add("trailing", "binary", CORE, "bytes after what a message's decoding used");
        }

        // -- the spec tables' dissector (TableDissector) --

        void table(String proto, SpecTables.Entry protocol) {
            String types = protocol.ext("types").orElse(null);
            if (types == null) return;
            String spec = specOf(types);
            String wideHeader = protocol.ext("fixed-header").orElse(null);
            int wideLength = protocol.ext("fixed-length").map(Integer::parseInt).orElse(0);
            Map<String, List<String>> structs = new LinkedHashMap<>(), raw = new LinkedHashMap<>(),
                    shorts = new LinkedHashMap<>(), sets = new LinkedHashMap<>();
            for (SpecTables.Entry t : SpecTables.enumTable(types).entries().values()) {
                String header = t.ext("fixed-header").orElse(wideHeader);
                int length = t.ext("fixed-length").map(Integer::parseInt).orElse(wideLength);
                String set = t.ext("attrs").map(a -> StructDecoder.qualify(spec, a)).orElse(null);
                if (set != null) {
                    if (header != null && header.contains(".")) use(structs, header, t.name());
                    else if (length > 0) use(raw, fixedName(header), t.name());
                    t.ext("short-header").ifPresent(h -> use(shorts, StructDecoder.qualify(spec, h), t.name()));
                    t.ext("dump-header").filter(h -> !h.equals("none"))
                            .ifPresent(h -> use(structs, StructDecoder.qualify(spec, h), t.name() + " dump requests"));
                    use(sets, set, t.name());
                    t.ext("request-attrs").ifPresent(a -> use(sets, StructDecoder.qualify(spec, a), t.name() + " requests"));
                } else if (length > 0) {
                    use(raw, fixedName(header), t.name());
                }
            }
            structs.forEach((q, in) -> scoped(in, () -> struct(proto, typeName(q), q, List.of("fixed header of " + list(in)))));
            raw.forEach((n, in) -> add(n, "binary", proto, "fixed header of " + list(in) + ", as bytes (no spec describes it)"));
            shorts.forEach((q, in) -> struct(proto, typeName(q), q, List.of("what a payload shorter than the fixed header "
                    + "holds (dump requests) in " + list(in))));
            if (!shorts.isEmpty()) add("padding", "binary", proto, "bytes after a short header that are no attributes");
            sets.forEach((q, in) -> scoped(in, () -> attrs(proto, "attr", q, List.of("in " + list(in)), new LinkedHashMap<>())));
        }

        private static String fixedName(String header) {
            if (header == null) return "fixed_header";
            int dot = header.indexOf('.');
            return dot < 0 ? header : header.substring(dot + 1);
        }

        // -- the protocols with dissectors of their own: the same spec tables they read --

        void sockDiag(String proto) {
            String spec = "sock_diag_message";
            Map<String, List<String>> structs = new LinkedHashMap<>(), sets = new LinkedHashMap<>();
            for (SpecTables.Entry f : SpecTables.enumTable(spec + ".sock_diag_family").entries().values()) {
                String fam = f.name();
                f.ext("request").ifPresent(s -> use(structs, StructDecoder.qualify(spec, s), "requests for " + fam));
                f.ext("legacy-request").ifPresent(s -> use(structs, StructDecoder.qualify(spec, s), "legacy requests for " + fam));
                f.ext("reply").ifPresent(s -> use(structs, StructDecoder.qualify(spec, s), "replies for " + fam));
                f.ext("request-attrs").ifPresent(s -> use(sets, StructDecoder.qualify(spec, s), "requests for " + fam));
                f.ext("attrs").ifPresent(s -> use(sets, StructDecoder.qualify(spec, s), "replies for " + fam));
                f.ext("tcp-attrs").ifPresent(s -> use(sets, StructDecoder.qualify(spec, s), "replies for " + fam + " TCP sockets"));
            }
            structs.forEach((q, in) -> scoped(in, () -> struct(proto, typeName(q), q, List.of("fixed header of " + list(in)))));
            sets.forEach((q, in) -> attrs(proto, "attr", q, List.of("in " + list(in)), new LinkedHashMap<>()));
        }

        void selinux(String proto) {
            String spec = "selinux_message";
            Map<String, List<String>> structs = new LinkedHashMap<>();
            for (SpecTables.Entry t : SpecTables.enumTable(spec + ".selnl_msg_type").entries().values())
                t.ext("fixed-header").ifPresent(h -> use(structs, StructDecoder.qualify(spec, h), t.name()));
            structs.forEach((q, in) -> struct(proto, typeName(q), q, List.of("the payload of " + list(in))));
        }

        void audit(String proto) {
            String spec = "audit_message";
            Map<String, List<String>> structs = new LinkedHashMap<>(), buf = new LinkedHashMap<>(),
                    ctx = new LinkedHashMap<>(), text = new LinkedHashMap<>();
            for (SpecTables.Entry r : SpecTables.enumTable(spec + ".audit_user_ranges").entries().values())
                use(text, "text", "AUDIT_USER_MSG_" + r.value() + ".." + r.ext("last").orElse("?"));
            for (SpecTables.Entry t : SpecTables.enumTable(spec + ".audit_msg_type").entries().values()) {
                t.ext("fixed-header").ifPresent(h -> use(structs, StructDecoder.qualify(spec, h), t.name()));
                String tail = t.ext("after-header").orElse("");
                if (t.ext("fixed-header").isPresent() && tail.equals("rule-buf")) use(buf, "buf", t.name());
                if (t.ext("fixed-header").isPresent() && tail.equals("text")) use(ctx, "ctx", t.name());
                if (t.ext("fixed-header").isEmpty() && t.ext("text").map(Boolean::parseBoolean).orElse(false)) use(text, "text", t.name());
            }
            structs.forEach((q, in) -> scoped(in, () -> struct(proto, typeName(q), q, List.of("fixed header of " + list(in)))));
            buf.forEach((n, in) -> add(n, "binary", proto, "the rule's buflen bytes of strings after audit_rule_data in " + list(in)));
            ctx.forEach((n, in) -> add(n, "string", proto, "the text after the fixed header of " + list(in)));
            text.forEach((n, in) -> add(n, "string", proto, "the text record of " + list(in)));
        }

        void connector(String proto) {
            String spec = "connector_message";
            struct(proto, "cn_msg", spec + ".cn_msg", List.of("the header of every connector message"));
            struct(proto, "proc_cn_mcast", spec + ".proc_cn_mcast", List.of("a process events listener's PROC_CN_MCAST_* op"));
            struct(proto, "proc_event_header", spec + ".proc_event_header", List.of("the header of a process event"));
            for (SpecTables.Entry e : SpecTables.enumTable(spec + ".proc_event_what").entries().values()) {
                e.ext("struct").ifPresent(s -> {
                    String q = StructDecoder.qualify(spec, s);
                    struct(proto, typeName(q), q, List.of("the event data of " + e.name()));
                });
            }
            add("data", "binary", proto, "the data of a cn_msg of another connector than process events");
            add("event_data", "binary", proto, "the data of a process event the spec has no struct for");
        }

        void netfilter(String proto) {
            String spec = "netfilter_message";
            Map<String, List<String>> sets = new LinkedHashMap<>();
            for (SpecTables.Entry subsys : SpecTables.enumTable(spec + ".nfnl_subsys").entries().values()) {
                String table = subsys.ext("types").orElse(null);
                if (table == null) continue;
                String q = StructDecoder.qualify(spec, table);
                for (SpecTables.Entry m : SpecTables.enumTable(q).entries().values())
                    m.ext("attrs").ifPresent(a -> use(sets, StructDecoder.qualify(specOf(q), a), m.name()));
            }
            struct(proto, "nfgenmsg", spec + ".nfgenmsg", List.of("the header of every netfilter message"));
            sets.forEach((q, in) -> attrs(proto, "attr", q, List.of("in " + list(in)), new LinkedHashMap<>()));
        }

        void uevent(String proto) {
            add("attr.ACTION", "string", proto, "a kernel uevent's action (ACTION@DEVPATH)");
            add("attr.DEVPATH", "string", proto, "a kernel uevent's device path (ACTION@DEVPATH); "
                    + "the KEY=VALUE properties after it are named by their keys, which no spec lists");
            struct(proto, "udev_monitor_header", "kobject_uevent.udev_monitor_header", List.of("the header of udev's re-broadcast"));
            add("property", "string", proto, "a property without '='");
        }

        /** Generic netlink: genlmsghdr, then each family a spec describes; returns the families' names. */
        List<String> generic(String proto) {
            add("genlmsghdr", "struct", proto, "the header of every generic netlink message");
            for (SpecTree f : SpecTables.spec("genetlink_message").path("seq")) {
                String id = f.path("id").asText();
                add("genlmsghdr." + id, scalarType(f), proto, id.equals("cmd") ? "the family's command, by name (also genl.cmd)" : "");
            }
            List<String> names = new ArrayList<>();
            for (SpecTables.Entry e : SpecTables.enumTable("genetlink_message.genl_family_spec").entries().values()) {
                String family = e.ext("family").orElse(null);
                if (family == null) continue;
                names.add(family);
                e.ext("fixed-header").ifPresent(h -> struct(family, typeName(h), h, List.of("the family's header after genlmsghdr")));
                String def = e.ext("attrs").orElse(null);
                Map<String, List<String>> sets = new LinkedHashMap<>();
                for (String key : List.of("commands", "replies", "events")) {
                    String t = e.ext(key).orElse(null);
                    if (t == null) continue;
                    String spec = specOf(t);
                    for (SpecTables.Entry c : SpecTables.enumTable(t).entries().values()) {
                        if (c.value() < 0 || c.value() > 255) continue;
                        String set = c.ext("attrs").map(a -> StructDecoder.qualify(spec, a)).orElse(def);
                        if (set != null) use(sets, set, c.name());
                    }
                }
                sets.forEach((q, in) -> attrs(family, "attr", q, List.of("in " + list(in)), new LinkedHashMap<>()));
            }
            return names;
        }

        // -- attribute sets and structs --

        /** The attributes of set {@code q} under {@code prefix}; {@code open}: the sets open on the path, to where. */
        void attrs(String proto, String prefix, String q, List<String> context, Map<String, String> open) {
            if (open.size() >= MAX_DEPTH) return;
            String enclosing = null;   // the set this one is nested in (-nl-same-as reads one of its attributes)
            for (String o : open.keySet()) enclosing = o;
            open.put(q, prefix);
            AttributeSet set = AttributeSet.of(q);
            for (SpecTables.Entry e : SpecTables.enumTable(q).entries().values()) {
                AttributeSet.Attr a = e.value() >= 0 && e.value() <= 0x3fff ? set.attr((int) e.value()) : null;
                AttributeSet.Attr same = a == null || a.sameAs == null || enclosing == null ? null : AttributeSet.of(enclosing).named(a.sameAs);
                if (same != null) {
                    List<String> as = new ArrayList<>(context);
                    as.add("the bytes of " + a.sameAs + " of the enclosing set, read as it is");
                    attr(proto, prefix + "." + a.name, same, as, open);
                } else if (a != null) attr(proto, prefix + "." + a.name, a, context, open);
            }
            open.remove(q);
        }

        private void attr(String proto, String path, AttributeSet.Attr a, List<String> context, Map<String, String> open) {
            List<String> d = new ArrayList<>(context);
            if (a.valueEnum != null) d.add("enum " + a.valueEnum.qualifiedName());
            if (a.flags != null) d.add("flags " + a.flags.qualifiedName());
            if (a.bigEndian) d.add("big-endian");
            switch (a.kind) {
                case NEST -> {
                    if (a.nestName == null) { add(path, a.kindText, proto, d); return; }   // a nest of attributes no table names
                    nested(proto, path, a.kindText, StructDecoder.qualify(a.spec, a.nestName), d, open, null);
                }
                case NEST_ARRAY -> {
                    d.add((a.arrayDepth > 1 ? "entries numbered " + a.arrayDepth + " times ([0][0] ...), each " : "numbered entries [0], [1] ..., each ")
                            + (a.entryType != null ? "a " + a.entryType
                            : "a nest of set " + StructDecoder.qualify(a.spec, a.nestName)));
                    add(path, a.kindText, proto, d);
                }
                case STRUCT -> {
                    if (a.structName == null && a.layouts() != null) {   // renumbered between kernels: each layout, read alone or as one of several
                        List<String> by = new ArrayList<>();
                        for (KernelLayouts.Layout l : a.layouts().all()) by.add(l.releasesText() + ": struct " + l.type());
                        d.add("by the sending kernel (" + String.join("; ", by) + "); the kernel unknown, each fitting layout"
                                + " as an entry [as RELEASE numbers it], which, like an array's entries, cannot be named");
                        add(path, a.kindText, proto, d);
                        for (KernelLayouts.Layout l : a.layouts().all()) members(proto, path, l.type());
                        return;
                    }
                    String q = StructDecoder.qualify(a.spec, a.structName);
                    d.add("struct " + q);
                    add(path, a.kindText, proto, d);
                    members(proto, path, q);
                    if (a.tailStructName != null)
                        add(path + "." + a.tailName, "struct-array", proto, "numbered entries [0], [1] ... after struct " + q + ", each struct "
                                + StructDecoder.qualify(a.spec, a.tailStructName));
                    else add(path + "." + (a.tailName != null ? a.tailName : "extra_bytes"), a.tailType != null ? a.tailType : "binary",
                            proto, a.tailName != null ? "the bytes after struct " + q : "bytes a longer struct (a newer kernel's) has after " + q);
                }
                case STRUCT_ATTRS -> {
                    String q = StructDecoder.qualify(a.spec, a.structName);
                    d.add("struct " + q + " (as ." + typeName(q) + ") then attributes");
                    nested(proto, path, a.kindText, StructDecoder.qualify(a.spec, a.nestName), d, open, q);
                }
                case STRUCT_ARRAY -> {
                    d.add("numbered entries [0], [1] ..., each struct " + StructDecoder.qualify(a.spec, a.structName));
                    add(path, a.kindText, proto, d);
                }
                case STRUCT_ATTRS_ARRAY -> {
                    d.add("numbered entries [0], [1] ..., each struct " + StructDecoder.qualify(a.spec, a.structName)
                            + " then attributes of set " + StructDecoder.qualify(a.spec, a.nestName));
                    add(path, a.kindText, proto, d);
                }
                case SUBMSG -> {
                    List<String> texts = new ArrayList<>(a.submsg.keySet());
                    Collections.sort(texts);
                    String by = a.selectorFallback == null ? a.selector : a.selector + " (else " + a.selectorFallback + ")";
                    d.add("by " + by + ": " + String.join(", ", texts) + " (other texts: bytes)");
                    add(path, a.kindText, proto, d);
                    Map<String, List<String>> targets = new LinkedHashMap<>();   // target, the texts that pick it
                    for (String text : texts) use(targets, StructDecoder.qualify(a.spec, a.submsg.get(text)), text);
                    for (Map.Entry<String, List<String>> t : targets.entrySet()) {
                        String q = t.getKey();
                        List<String> when = List.of("when " + by + " is " + String.join(" or ", t.getValue()));
                        if (SpecTables.spec(specOf(q)).path("enums").has(typeName(q))) {
                            if (open.containsKey(q)) recursive.putIfAbsent(path, open.get(q));
                            else attrs(proto, path, q, when, open);
                        } else if (!thenOf(q).isEmpty()) {   // a struct then attributes (-nl-then): the struct as a node, then the set
                            struct(proto, path + "." + typeName(q), q, when);
                            String set = StructDecoder.qualify(specOf(q), thenOf(q));
                            if (open.containsKey(set)) recursive.putIfAbsent(path, open.get(set));
                            else attrs(proto, path, set, when, open);
                        } else {
                            members(proto, path, q, when);
                            add(path + ".extra_bytes", "binary", proto, "bytes a longer struct (a newer kernel's) has after " + q);
                        }
                    }
                }
                default -> add(path, a.kindText, proto, d);
            }
        }

        /**
         * A node holding the attributes of {@code set} (after a struct {@code first}, for struct-attrs): expanded,
         * unless the set is open on the path already.
         */
        private void nested(String proto, String path, String type, String set, List<String> d, Map<String, String> open,
                            String first) {
            String again = open.get(set);
            d.add(again != null ? "recursive: the attributes of " + set + " again, named as under " + again : "set " + set);
            add(path, type, proto, d);
            if (first != null) struct(proto, path + "." + typeName(first), first, List.of());
            if (again != null) recursive.putIfAbsent(path, again);
            else attrs(proto, path, set, List.of(), open);
        }

        /** A struct node named {@code path} and its members. */
        void struct(String proto, String path, String q, List<String> description) {
            List<String> d = new ArrayList<>(description);
            d.add("struct " + q);
            add(path, "struct", proto, d);
            members(proto, path, q);
        }

        void members(String proto, String path, String q) { members(proto, path, q, List.of()); }

        void members(String proto, String path, String q, List<String> context) {
            SpecTree t = SpecTables.spec(specOf(q)).path("types").path(typeName(q));
            if (!t.isObject()) throw new IllegalArgumentException("spec " + specOf(q) + ".ksy has no type " + typeName(q));
            for (SpecTree f : t.path("seq")) {
                List<String> d = new ArrayList<>(context);
                String kt = f.path("type").asText("");
                if (f.has("-nl-enum")) d.add("enum " + StructDecoder.qualify(specOf(q), f.path("-nl-enum").asText()));
                if (f.has("-nl-flags")) d.add("flags " + StructDecoder.qualify(specOf(q), f.path("-nl-flags").asText()));
                if (kt.endsWith("be")) d.add("big-endian");
                if (f.has("size")) d.add(f.path("size").asText() + " bytes");
                if (f.has("-nl-entry-type"))
                    d.add("numbered entries [0], [1] ..., each a " + f.path("-nl-entry-type").asText()
                            + (f.has("-nl-count") ? ", as many as " + f.path("-nl-count").asText() + " says (the rest: unused)" : ""));
                add(path + "." + f.path("id").asText(), f.has("-nl-entry-type") ? "array" : scalarType(f), proto, d);
                if (f.has("-nl-count"))
                    add(path + "." + f.path("id").asText() + ".unused", "binary", proto, List.of("the bytes of the array after its entries"));
            }
        }

        /** A struct member's type in the attributes' words: u4 is u32, size N bytes binary unless -nl-type says. */
        private static String scalarType(SpecTree f) {
            String kt = f.path("type").asText("");
            if (kt.matches("[us][1248](le|be)?")) return kt.charAt(0) + String.valueOf(8 * (kt.charAt(1) - '0'));
            if (f.has("-nl-type")) return f.path("-nl-type").asText();
            return f.has("size") || kt.isEmpty() ? "binary" : kt;
        }

        private static SpecTree member(String q, String id) {
            for (SpecTree f : SpecTables.spec(specOf(q)).path("types").path(typeName(q)).path("seq"))
                if (f.path("id").asText().equals(id)) return f;
            throw new IllegalArgumentException(q + " has no field " + id);
        }

        /** The set a struct type's -nl-then says follows it, or "". */
        private static String thenOf(String qualifiedType) {
            return SpecTables.spec(specOf(qualifiedType)).path("types").path(typeName(qualifiedType)).path("-nl-then").asText("");
        }

        private static void use(Map<String, List<String>> m, String key, String where) {
            List<String> l = m.computeIfAbsent(key, k -> new ArrayList<>());
            if (!l.contains(where)) l.add(where);
        }

        /** "RTM_NEWLINK, RTM_DELLINK, RTM_GETLINK, RTM_SETLINK and 3 more". */
        private static String list(List<String> in) {
            int shown = Math.min(in.size(), 4);
            String s = String.join(", ", in.subList(0, shown));
            return in.size() > shown ? s + " and " + (in.size() - shown) + " more" : s;
        }
    }

    private static String specOf(String q) { return q.substring(0, q.indexOf('.')); }

    private static String typeName(String q) { return q.substring(q.indexOf('.') + 1); }
}
