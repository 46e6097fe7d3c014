package io.nlscope.analysis.diff;

import io.nlscope.dissect.Field;
import io.nlscope.dissect.InterfaceNames;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code nlscope diff} leaves out of a message because it differs between two runs of the same thing, and how
 * it names the rest. Each message becomes its fields by path ({@code rtmsg.rtm_table}, {@code RTA_DST},
 * {@code IFLA_LINKINFO.IFLA_INFO_KIND}) with their values as {@code read -V} names them, except:
 * <ul>
 *   <li>the nlmsghdr (length, seq, port id) and an NLMSG_ERROR's echo of the request: its type and flags are
 *       compared on their own;</li>
 *   <li>kernel-assigned interface indexes ({@link #INTERFACES}): shown as the interface's name, as the capture's
 *       RTM_NEWLINK messages told it, or "?" when it did not;</li>
 *   <li>fields whose name holds one of {@link #VOLATILE}: counters and statistics, cache info and timers,
 *       generation ids and kernel-assigned handles and ids, random hardware addresses of virtual links.</li>
 * </ul>
 * {@code --ignore NAME} leaves out a field too (its name, or a path's end); {@code --keep NAME} compares one the
 * defaults leave out.
 */
public final class Normalizer {
    /** Interface index fields (UAPI names), compared by the interface's name. */
    public static final List<String> INTERFACES = List.of("ifi_index", "ifa_index", "ndm_ifindex", "RTA_OIF", "RTA_IIF",
            "IFLA_LINK", "IFLA_MASTER", "NDA_IFINDEX", "NHA_OIF", "tcm_ifindex", "ETHTOOL_A_HEADER_DEV_INDEX");
    /** Parts of names that mark a field that differs between identical runs. */
    public static final List<String> VOLATILE = List.of("STATS", "CACHEINFO", "CARRIER_CHANGES", "CARRIER_UP_COUNT",
            "CARRIER_DOWN_COUNT", "_HANDLE", "GEN_ID", "GENID", "NFGEN", "CTA_ID", "CTA_TIMEOUT", "CTA_USE", "CTA_COUNTERS",
            "IFLA_ADDRESS", "IFLA_PERM_ADDRESS", "IFLA_NEW_IFINDEX", "IFLA_EVENT", "INET6_TOKEN", "IFLA_INET6_CONF",
            "IFLA_INET_CONF", "tstamp", "NDA_PROBES", "idiag_inode", "idiag_cookie", "idiag_uid", "idiag_expires",
            "idiag_rqueue", "idiag_wqueue", "INET_DIAG_INFO", "INET_DIAG_MEMINFO", "INET_DIAG_SKMEMINFO", "nfgen_res_id");

    private final Set<String> ignore, keep;
    private static final List<String> KEYS = keyFields();

    public Normalizer(List<String> ignore, List<String> keep) {
        this.ignore = new HashSet<>(ignore);
        this.keep = new HashSet<>(keep);
    }

    public static Normalizer defaults() { return new Normalizer(List.of(), List.of()); }

    /** The message's fields by path, normalised. */
    public SortedMap<String, String> attributes(NetlinkMessage m, InterfaceNames names) {
        SortedMap<String, String> out = new TreeMap<>();
        for (Field f : m.fields()) {
            if (f.name().equals("nlmsghdr") || f.name().equals("request")) continue;
            walk(f, "", out, names);
        }
        return out;
    }

    private void walk(Field f, String prefix, SortedMap<String, String> out, InterfaceNames names) {
        String path = prefix.isEmpty() ? f.name() : prefix + "." + f.name();
        if (left(f.name(), path)) return;
        Value v = f.value();
        if (v instanceof Value.Nested) {
            for (Field c : f.children()) walk(c, path, out, names);
            return;
        }
        String shown = shown(v);
        if (INTERFACES.contains(f.name()) && !keep.contains(f.name())) {
            Long index = v instanceof Value.Num n ? n.value() : v instanceof Value.Named n ? n.raw() : null;
            shown = index == null || index == 0 ? shown : names.name(index).orElse("?");
        }
        out.merge(path, shown, (a, b) -> a + "," + b);
    }

    /** Whether a field is left out: --ignore'd, or volatile by default and not --keep'ed. */
    private boolean left(String name, String path) {
        if (ignore.contains(name) || ignore.contains(path)) return true;
        if (keep.contains(name) || keep.contains(path)) return false;
        for (String v : VOLATILE) if (name.contains(v)) return true;
        return false;
    }

    /**
     * Whether {@code diff} compares the field at this path ({@code --bytes} asks it of each differing field): not for
     * an error's echo of its request, the fields left out ({@link #left}) and interface indexes (compared by name);
     * the nlmsghdr's length, type and flags are compared.
     */
    public boolean compares(String name, String path) {
        if (path.equals("request") || path.startsWith("request.")) return false;
        if (path.startsWith("nlmsghdr.")) return true;
        String[] parts = path.split("\\.");
        StringBuilder prefix = new StringBuilder();
        for (String part : parts) {   // as attributes() walks: a field left out leaves out all below it
            if (prefix.length() > 0) prefix.append('.');
            prefix.append(part);
            if (left(part, prefix.toString())) return false;
        }
        return !(INTERFACES.contains(name) && !keep.contains(name));
    }

    /** A value as {@code read -V} names it, and as the normalised fields show it: an enum or flags by name, text as it is. */
    public static String shown(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Named n) return n.name();
        if (v instanceof Value.Flags f) return String.join("|", f.names());
        return v.display();
    }

    /** What a message is about: its operation, then its key fields' values (keys.tsv), normalised. */
    String identity(NetlinkMessage m, SortedMap<String, String> attributes) {
        StringBuilder b = new StringBuilder(m.operation());
        for (String k : KEYS) {
            for (var e : attributes.entrySet()) {
                String p = e.getKey();
                if (p.equals(k) || p.endsWith("." + k)) {
                    b.append(' ').append(k).append('=').append(e.getValue());
                    break;
                }
            }
        }
        return b.toString();
    }

    /** The key fields keys.tsv lists, in its order. */
    private static List<String> keyFields() {
        List<String> out = new ArrayList<>();
        try (InputStream in = NetlinkMessage.class.getResourceAsStream("keys.tsv")) {
            if (in == null) return out;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank() || l.startsWith("#")) continue;
                out.add(l.split("\t", 2)[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
