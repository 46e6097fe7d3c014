package io.nlscope.ksy.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the build checks of the specs: enum keys are numbers, and the {@code -nl-*} keys follow their schema ({@code ksy/schema/nl-keys.yaml}): checks a set of specs against it and gives
 * every problem as one sentence naming the spec and the place. Used by {@link SpecCompiler} at build time, so an
 * unknown, misplaced or misspelt key, a value of the wrong shape, or a reference to an enum, type, struct member
 * or attribute that does not exist fails the build. It also derives what a spec does not write ({@link #derive}).
 */
public final class SpecSchema {
    /** Where a key stands. */
    enum Place { ENUM_ENTRY, SEQ_FIELD, TYPE, SPEC }

    private record Key(Set<Place> on, String value, Set<String> words) {}

    private final Map<String, Key> keys = new LinkedHashMap<>();

    /** @param schema the parsed nl-keys.yaml */
    public SpecSchema(JsonNode schema) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("keys").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Set<Place> on = new HashSet<>();
            for (JsonNode p : e.getValue().path("on")) on.add(Place.valueOf(p.asText().toUpperCase().replace('-', '_')));
            JsonNode v = e.getValue().path("value");
            Set<String> words = new HashSet<>();
            if (v.isObject()) v.path("one-of").forEach(w -> words.add(w.asText()));
            if (on.isEmpty() || (v.isObject() ? words.isEmpty() : v.asText().isEmpty()))
                throw new IllegalArgumentException("nl-keys.yaml: key " + e.getKey() + " needs 'on' and 'value'");
            keys.put(e.getKey(), new Key(Set.copyOf(on), v.isObject() ? "one-of" : v.asText(), Set.copyOf(words)));
        }
    }

    /** The keys the schema knows, in its order. */
    public Set<String> keys() { return keys.keySet(); }

    /** Every problem of these specs (name without .ksy -> parsed YAML), one sentence each; empty when they are sound. */
    public List<String> check(Map<String, JsonNode> specs) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : specs.entrySet()) new Checker(s.getKey(), s.getValue(), specs, out).run();
        return out;
    }

    /** Derived, never written in a spec: where the attributes after an entry's {@code -nl-fixed-header} start. */
    static final String DERIVED_FIXED_LENGTH = "-nl-fixed-length";

    /**
     * Adds what the build derives to checked specs: {@value #DERIVED_FIXED_LENGTH} on every enum entry that has a
     * {@code -nl-fixed-header} and attributes after it ({@code -nl-attrs}, or a protocol's {@code -nl-types}): the
     * header's size aligned to 4 (NLMSG_ALIGN); and in place of a {@code -nl-submsg} that names a sub-message
     * ({@code -nl-sub-messages}), that sub-message's map. Returns a sentence for each header whose size cannot be derived.
     */
    public List<String> derive(Map<String, JsonNode> specs) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> s : specs.entrySet()) new Checker(s.getKey(), s.getValue(), specs, out).derive();
        return out;
    }

    private final class Checker {
        final String spec;
        final JsonNode root;
        final Map<String, JsonNode> specs;
        final List<String> out;

        Checker(String spec, JsonNode root, Map<String, JsonNode> specs, List<String> out) {
            this.spec = spec; this.root = root; this.specs = specs; this.out = out;
        }

        void derive() {
            for (Iterator<Map.Entry<String, JsonNode>> en = root.path("enums").fields(); en.hasNext(); ) {
                Map.Entry<String, JsonNode> e = en.next();
                for (Iterator<Map.Entry<String, JsonNode>> it = e.getValue().fields(); it.hasNext(); ) {
                    JsonNode entry = it.next().getValue();
                    if (entry.path("-nl-submsg").isTextual()) inline((ObjectNode) entry);
                    if (!entry.has("-nl-fixed-header") || !(entry.has("-nl-attrs") || entry.has("-nl-types"))) continue;
                    String header = entry.path("-nl-fixed-header").asText();
                    Integer size = structSize(header);
                    if (size == null) problem("enum " + e.getKey() + " entry " + idOf(entry), "has the -nl-fixed-header " + header
                            + ", which is no struct of fixed-size members, so where its attributes start cannot be derived");
                    else ((ObjectNode) entry).put(DERIVED_FIXED_LENGTH, (size + 3) & ~3);
                }
            }
        }

        /** Puts the named sub-message an entry's -nl-submsg names in its place, each target qualified by the spec that declares it. */
        private void inline(ObjectNode entry) {
            String name = entry.path("-nl-submsg").asText();
            String declaring = name.contains(".") ? name.substring(0, name.indexOf('.')) : spec;
            ObjectNode map = entry.objectNode();
            subMessage(name).fields().forEachRemaining(t -> map.put(t.getKey(),
                    t.getValue().asText().contains(".") ? t.getValue().asText() : declaring + "." + t.getValue().asText()));
            entry.set("-nl-submsg", map);
        }

        /** spec.enum of the enum whose entries are being checked (-nl-same-as names an attribute of a set nesting it). */
        private String currentEnum;

        /** The enum whose entries are being checked (a submsg's selector is one of them). */
        private JsonNode currentSet;

        void run() {
            keysOf(root, Place.SPEC, "top level", Set.of());
            for (Iterator<Map.Entry<String, JsonNode>> en = root.path("enums").fields(); en.hasNext(); ) {
                Map.Entry<String, JsonNode> e = en.next();
                for (Iterator<String> n = e.getValue().fieldNames(); n.hasNext(); ) {
                    String number = n.next();
                    try {
                        Long.decode(number.trim());
                    } catch (NumberFormatException x) {
                        problem("enum " + e.getKey(), "has a key that is no number: " + number);
                    }
                }
                Set<String> siblings = new HashSet<>();
                for (JsonNode entry : e.getValue()) siblings.add(idOf(entry).toUpperCase());
                currentSet = e.getValue();
                currentEnum = spec + "." + e.getKey();
                for (Iterator<Map.Entry<String, JsonNode>> it = e.getValue().fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> entry = it.next();
                    if (!entry.getValue().isObject()) continue;
                    String where = "enum " + e.getKey() + " entry " + entry.getKey() + " (" + idOf(entry.getValue()) + ")";
                    keysOf(entry.getValue(), Place.ENUM_ENTRY, where, siblings);
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> ty = root.path("types").fields(); ty.hasNext(); ) {
                Map.Entry<String, JsonNode> t = ty.next();
                keysOf(t.getValue(), Place.TYPE, "type " + t.getKey(), Set.of());
                Set<String> before = new HashSet<>();   // -nl-count names a member before the one it counts for
                for (JsonNode f : t.getValue().path("seq")) {
                    keysOf(f, Place.SEQ_FIELD, "type " + t.getKey() + " field " + f.path("id").asText(), Set.copyOf(before));
                    if (f.has("-nl-entry-type") && !(f.path("size").isInt() && f.path("-nl-entry-type").asText().matches("[us](8|16|32|64)|ipv4|ipv6")))
                        problem("type " + t.getKey() + " field " + f.path("id").asText(), "has -nl-entry-type without size: N or of a type with no fixed width");
                    before.add(f.path("id").asText());
                }
            }
        }

        private void keysOf(JsonNode node, Place place, String where, Set<String> siblings) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> kv = it.next();
                String k = kv.getKey();
                if (!k.startsWith("-nl-")) continue;
                Key key = keys.get(k);
                if (k.equals(DERIVED_FIXED_LENGTH)) {
                    problem(where, "has " + k + ", which the build derives from -nl-fixed-header (its size aligned to 4): leave it out");
                } else if (key == null) {
                    problem(where, "has the unknown key " + k + " (ksy/schema/nl-keys.yaml lists the keys)");
                } else if (!key.on().contains(place)) {
                    problem(where, "has " + k + ", which may stand only on " + key.on().stream().map(p -> p.name().toLowerCase().replace('_', '-')).sorted().toList());
                } else {
                    value(where, k, key, kv.getValue(), node, siblings);
                }
            }
        }

        private void value(String where, String k, Key key, JsonNode v, JsonNode node, Set<String> siblings) {
            switch (key.value()) {
                case "one-of" -> {
                    if (!v.isTextual() || !key.words().contains(v.asText()))
                        problem(where, "has " + k + ": " + v.asText() + ", not one of " + key.words().stream().sorted().toList());
                }
                case "enum" -> ref(where, k, v, true, false);
                case "type" -> ref(where, k, v, false, true);
                case "enum-or-type" -> ref(where, k, v, true, true);
                case "type-or-none" -> { if (!v.asText().equals("none")) ref(where, k, v, false, true); }
                case "int" -> { if (!v.isIntegralNumber()) problem(where, "has " + k + ": " + v.asText() + ", not a number"); }
                case "bool" -> { if (!v.isBoolean()) problem(where, "has " + k + ": " + v.asText() + ", not true or false"); }
                case "text" -> { if (!v.isTextual() || v.asText().isBlank()) problem(where, "has " + k + " without a text"); }
                case "enclosing-attr-name" -> {
                    Set<String> names = enclosingNames(currentEnum);
                    if (!v.isTextual() || !names.contains(v.asText()))
                        problem(where, "has " + k + ": " + v.asText() + ", which names no attribute of a set that nests "
                                + currentEnum + " (in upper case)" + (names.isEmpty() ? "; no set nests it" : ""));
                }
                case "member" -> {
                    if (!v.isTextual() || !siblings.contains(v.asText()))
                        problem(where, "has " + k + ": " + v.asText() + ", which names no member before it in its struct");
                }
                case "attr-name" -> {
                    if (!v.isTextual() || !siblings.contains(v.asText()))
                        problem(where, "has " + k + ": " + v.asText() + ", which names no attribute of its own set (in upper case)");
                }
                case "sub-messages" -> {
                    if (!v.isObject() || v.isEmpty()) problem(where, "has " + k + " that is no map of names to sub-messages");
                    else v.fields().forEachRemaining(m -> {
                        if (!m.getValue().isObject() || m.getValue().isEmpty())
                            problem(where, "has " + k + " " + m.getKey() + " that is no map of selector text to a target");
                        else m.getValue().fields().forEachRemaining(t -> ref(where, k + " " + m.getKey() + " " + t.getKey(), t.getValue(), true, true));
                    });
                }
                case "submsg" -> {
                    if (v.isTextual()) {
                        JsonNode named = subMessage(v.asText());
                        if (named == null) problem(where, "has " + k + ": " + v.asText() + ", which names no -nl-sub-messages entry"
                                + (v.asText().contains(".") ? "" : " of " + spec) + " (another spec's: SPEC.NAME)");
                        else selectorNames(where, k, named, node.path("-nl-selector").asText());
                    } else if (!v.isObject() || v.isEmpty()) problem(where, "has " + k + " that is no map of selector text to a target, nor the name of one");
                    else {
                        v.fields().forEachRemaining(t -> ref(where, k + " " + t.getKey(), t.getValue(), true, true));
                        selectorNames(where, k, v, node.path("-nl-selector").asText());
                    }
                }
                case "by-family" -> {
                    if (!v.isObject() || v.isEmpty()) problem(where, "has " + k + " that is no map of address families to an enum");
                    else v.fields().forEachRemaining(t -> {
                        if (!t.getKey().matches("af_[a-z0-9]+")) problem(where, "has " + k + " with " + t.getKey() + ", not an address family (af_bridge ...)");
                        ref(where, k + " " + t.getKey(), t.getValue(), true, false);
                    });
                }
                case "by-kernel" -> {
                    if (!v.isObject() || v.size() < 2) problem(where, "has " + k + " that is no map of two or more kernel releases to a type");
                    else v.fields().forEachRemaining(t -> {
                        if (!t.getKey().matches("\\d+\\.\\d+")) problem(where, "has " + k + " with " + t.getKey() + ", not a kernel release MAJOR.MINOR");
                        ref(where, k + " " + t.getKey(), t.getValue(), false, true);
                    });
                    if (node.has("-nl-struct")) problem(where, "has both -nl-struct and " + k + " (one layout or one per kernel)");
                }
                case "group" -> {
                    if (v.isObject()) {
                        v.fields().forEachRemaining(g -> {
                            if (!g.getKey().matches("af_[a-z0-9]+|create|other"))
                                problem(where, "has " + k + " with the case " + g.getKey() + ", not an address family (af_inet ...), create or other");
                            group(where, k, g.getValue());
                        });
                    } else {
                        group(where, k, v);
                    }
                }
                case "attr-of-attrs" -> {
                    JsonNode set = resolve(node.path("-nl-attrs").asText(), true);
                    boolean found = false;
                    if (set != null) for (JsonNode a : set) found |= idOf(a).equals(v.asText());
                    if (!found) problem(where, "has " + k + ": " + v.asText() + ", which is no attribute of its -nl-attrs " + node.path("-nl-attrs").asText());
                }
                case "field" -> {
                    String struct = node.path("-nl-struct").asText();
                    JsonNode t = resolve(struct, false);
                    boolean found = false;
                    if (t != null) for (JsonNode f : t.path("seq")) found |= f.path("id").asText().equals(v.asText());
                    if (!found) problem(where, "has " + k + ": " + v.asText() + ", which is no member of its -nl-struct " + struct);
                }
                default -> throw new IllegalStateException("nl-keys.yaml: unknown value kind " + key.value() + " of " + k);
            }
        }

        /**
         * A submsg chosen by a number (a selector with -nl-enum, RTA_ENCAP_TYPE): each key must be a name of that enum
         * as the number shows (the entry's id in upper case, or its -nl-display).
         */
        private void selectorNames(String where, String k, JsonNode submsg, String selector) {
            JsonNode sel = null;
            if (currentSet != null) for (JsonNode a : currentSet) if (idOf(a).toUpperCase().equals(selector)) sel = a;
            if (sel == null || !sel.has("-nl-enum")) return;
            String enumName = sel.path("-nl-enum").asText();
            JsonNode names = resolve(enumName, true);
            if (names == null) return;   // reported on the selector's own -nl-enum
            Set<String> shown = new HashSet<>();
            for (JsonNode n : names) shown.add(n.has("-nl-display") ? n.path("-nl-display").asText() : idOf(n).toUpperCase());
            submsg.fieldNames().forEachRemaining(key -> {
                if (!shown.contains(key))
                    problem(where, "has " + k + " " + key + ", which is no name of " + selector + "'s -nl-enum " + enumName);
            });
        }

        /** A group: an entry of this spec's multicast_groups enum, or (in a spec without one) a genl group's name. */
        private void group(String where, String k, JsonNode v) {
            if (!v.isTextual() || v.asText().isBlank()) { problem(where, "has " + k + " without a group"); return; }
            JsonNode groups = root.path("enums").path("multicast_groups");
            if (groups.isMissingNode()) return;   // generic netlink: the name the family announces
            for (JsonNode g : groups) if (idOf(g).equals(v.asText())) return;
            problem(where, "has " + k + ": " + v.asText() + ", which is no entry of enum multicast_groups");
        }

        private void ref(String where, String k, JsonNode v, boolean enums, boolean types) {
            if (!v.isTextual()) { problem(where, "has " + k + " that is no name"); return; }
            if (enums && resolve(v.asText(), true) != null) return;
            if (types && resolve(v.asText(), false) != null) return;
            problem(where, "has " + k + ": " + v.asText() + ", which names no " + (enums && types ? "enum or type" : enums ? "enum" : "type")
                    + (v.asText().contains(".") ? "" : " of " + spec) + " (another spec's: SPEC.NAME)");
        }

        /** A named sub-message (-nl-sub-messages): NAME in this spec, or SPEC.NAME; null when there is none. */
        private JsonNode subMessage(String name) {
            int dot = name.indexOf('.');
            JsonNode in = dot < 0 ? root : specs.get(name.substring(0, dot));
            JsonNode n = in == null ? null : in.path("-nl-sub-messages").path(dot < 0 ? name : name.substring(dot + 1));
            return n == null || !n.isObject() ? null : n;
        }

        /** An enum or type by name: NAME in this spec, or SPEC.NAME. */
        private JsonNode resolve(String name, boolean isEnum) {
            int dot = name.indexOf('.');
            if (dot < 0 && !isEnum && specs.containsKey(name) && specs.get(name).has("seq")) return specs.get(name);   // a spec's own seq
            JsonNode in = dot < 0 ? root : specs.get(name.substring(0, dot));
            if (in == null) return null;
            JsonNode n = in.path(isEnum ? "enums" : "types").path(dot < 0 ? name : name.substring(dot + 1));
            return n.isMissingNode() ? null : n;
        }

        /** The names (upper case) of the attributes of every set with an entry whose -nl-nest is {@code qualifiedEnum}. */
        private Set<String> enclosingNames(String qualifiedEnum) {
            Set<String> names = new HashSet<>();
            specs.forEach((name, r) -> r.path("enums").fields().forEachRemaining(en -> {
                boolean nests = false;
                for (JsonNode entry : en.getValue()) {
                    String n = entry.path("-nl-nest").asText("");
                    if (!n.isEmpty() && (n.contains(".") ? n : name + "." + n).equals(qualifiedEnum)) nests = true;
                }
                if (nests) for (JsonNode entry : en.getValue()) names.add(idOf(entry).toUpperCase());
            }));
            return names;
        }

        /** The byte size of a struct type whose members all have fixed sizes, or null. */
        private Integer structSize(String name) {
            JsonNode t = resolve(name, false);
            if (t == null || !t.has("seq")) return null;
            int size = 0;
            for (JsonNode f : t.path("seq")) {
                String type = f.path("type").asText();
                if (f.has("size") && f.path("size").isInt()) size += f.path("size").asInt();
                else if (type.matches("[us][1248](le|be)?")) size += type.charAt(1) - '0';
                else return null;
            }
            return size;
        }

        private void problem(String where, String what) { out.add("ksy/specs/" + spec + ".ksy: " + where + " " + what + "."); }
    }

    private static String idOf(JsonNode entry) { return entry.isObject() ? entry.path("id").asText() : entry.asText(); }
}
