package io.nlscope.analysis.rules;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.nlscope.analysis.filter.FilterException;
import io.nlscope.analysis.filter.MessageFilter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A rules file for {@code nlscope check}: YAML with a list {@code rules}, each a mapping with an optional
 * {@code name}, an optional {@code match} (a filter-language expression narrowing the events it looks at) and
 * exactly one kind ({@link Rule}): {@code no-errors}, {@code no-unanswered}, {@code latency}, {@code sequence},
 * {@code notifications}, {@code senders}. The README documents the format with examples. Every key is checked:
 * a misspelt one is refused with the rule it is in.
 */
public record Rules(String source, List<Rule> rules) {
    public Rules { rules = List.copyOf(rules); }

    private static final List<String> KINDS = List.of("no-errors", "no-unanswered", "latency", "sequence", "notifications", "senders");
    /** Latency keys and the percentile each names. */
    private static final Map<String, Double> PERCENTILES = Map.of("p50", 50.0, "p90", 90.0, "p95", 95.0, "p99", 99.0,
            "p99.9", 99.9, "max", 100.0);

    /**
     * The largest rules file read: a rules file is a few dozen lines (the README's example is 1 KB); the cap keeps a
     * wrong file given by mistake (a capture, a log) from being read into memory whole.
     */
    public static final int MAX_BYTES = 1 << 20;
    /** Nesting of YAML or JSON collections a rules file may have: it needs 4 (rules, a rule, its kind, a list). */
    public static final int MAX_NESTING = 32;

    /** The rules of a file. */
    public static Rules load(Path file) throws IOException, RulesException {
        String name = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_BYTES) throw new RulesException(name + " is " + size + " bytes; a rules file is at most " + MAX_BYTES + " bytes.");
        return parse(name, Files.readString(file));
    }

    private static final YAMLMapper YAML = YAMLMapper.builder(com.fasterxml.jackson.dataformat.yaml.YAMLFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build()).build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // a second YAML document after the first ("---") is not silently left out
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Rules from YAML text; {@code source} names it in messages. */
    public static Rules parse(String source, String yaml) throws RulesException {
        if (yaml.length() > MAX_BYTES) throw new RulesException(source + " is longer than " + MAX_BYTES + " characters; a rules file is shorter.");
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr();
            String why = e instanceof StreamConstraintsException ? "it nests deeper than " + MAX_NESTING + " levels"
                    : e.getOriginalMessage().startsWith("Trailing token") ? "it holds more than one document (a second '---')"
                    : e.getOriginalMessage();
            throw new RulesException(source + " is not valid YAML" + where + ": " + why);
        }
        if (root == null || !root.isObject() || !root.has("rules"))
            throw new RulesException(source + ": a rules file is a mapping with a list 'rules' (README: nlscope check).");
        keys(root, Set.of("rules"), source);
        JsonNode list = root.get("rules");
        if (!list.isArray() || list.isEmpty()) throw new RulesException(source + ": 'rules' must be a list of at least one rule.");
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) rules.add(rule(source, i + 1, list.get(i)));
        return new Rules(source, rules);
    }

    private static Rule rule(String source, int number, JsonNode n) throws RulesException {
        if (!n.isObject()) throw new RulesException(source + ": rule " + number + " is not a mapping (name, match and one kind).");
        List<String> kinds = new ArrayList<>();
        for (String k : KINDS) if (n.has(k)) kinds.add(k);
        String name = n.has("name") ? text(n.get("name"), source + ": rule " + number + ": name") : null;
        String at = source + ": rule " + number + (name == null ? "" : " ('" + shown(name) + "')");
        if (kinds.size() != 1)
            throw new RulesException(at + ": " + (kinds.isEmpty() ? "says no kind" : "has " + kinds.size() + " kinds " + kinds)
                    + "; a rule has exactly one of " + String.join(", ", KINDS) + ".");
        String kind = kinds.get(0);
        keys(n, Set.of("name", "match", kind), at);
        if (name == null) name = kind + " #" + number;
        Rule.Match match = n.has("match") ? match(text(n.get("match"), at + ": match"), at + ": match") : null;
        JsonNode body = n.get(kind);
        return switch (kind) {
            case "no-errors" -> {
                List<Rule.Allowed> except = new ArrayList<>();
                if (body.isObject()) {
                    keys(body, Set.of("except"), at + ": no-errors");
                    for (JsonNode e : list(body.get("except"), at + ": no-errors: except")) except.add(allowed(text(e, at + ": except"), at));
                } else if (!isTrue(body)) throw new RulesException(at + ": no-errors takes true or a mapping with 'except'.");
                yield new Rule.NoErrors(name, match, except);
            }
            case "no-unanswered" -> {
                if (!isTrue(body)) throw new RulesException(at + ": no-unanswered takes true.");
                yield new Rule.NoUnanswered(name, match);
            }
            case "latency" -> latency(name, match, body, at);
            case "sequence" -> {
                if (match != null) throw new RulesException(at + ": a sequence has no match; each step is a filter.");
                List<Rule.Match> steps = new ArrayList<>();
                int s = 0;
                for (JsonNode step : list(body, at + ": sequence")) {
                    s++;
                    steps.add(match(text(step, at + ": step " + s), at + ": step " + s));
                }
                if (steps.isEmpty()) throw new RulesException(at + ": a sequence needs at least one step.");
                yield new Rule.Sequence(name, steps);
            }
            case "notifications" -> {
                if (!body.isObject() || body.isEmpty())
                    throw new RulesException(at + ": notifications takes a mapping of message types to counts (RTM_NEWLINK: 2, RTM_DELLINK: \">= 1\").");
                List<Rule.Count> counts = new ArrayList<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    counts.add(count(e.getKey(), e.getValue(), at));
                }
                yield new Rule.Notifications(name, match, counts);
            }
            case "senders" -> {
                if (!body.isObject() || body.isEmpty())
                    throw new RulesException(at + ": senders takes a mapping of process names (or *) to lists of operations.");
                Map<String, List<Rule.Glob>> allowed = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    List<Rule.Glob> globs = new ArrayList<>();
                    for (JsonNode g : list(e.getValue(), at + ": senders: " + e.getKey())) globs.add(Rule.Glob.of(text(g, at + ": senders")));
                    allowed.put(e.getKey(), List.copyOf(globs));
                }
                yield new Rule.Senders(name, match, allowed);
            }
            default -> throw new IllegalStateException(kind);
        };
    }

    private static Rule latency(String name, Rule.Match match, JsonNode body, String at) throws RulesException {
        if (!body.isObject()) throw new RulesException(at + ": latency takes a mapping such as {p99: 5ms, max: 50ms}.");
        Set<String> allowedKeys = new java.util.HashSet<>(PERCENTILES.keySet());
        allowedKeys.add("per-operation");
        keys(body, allowedKeys, at + ": latency");
        Map<Double, Long> bounds = new TreeMap<>();
        for (Map.Entry<String, Double> p : PERCENTILES.entrySet()) {
            if (!body.has(p.getKey())) continue;
            String v = body.get(p.getKey()).asText();
            Long ns = MessageFilter.nanos(v);
            if (ns == null) throw new RulesException(at + ": latency " + p.getKey() + ": '" + shown(v) + "' is no duration (10ms, 1.5s, 250us, 800ns).");
            bounds.put(p.getValue(), ns);
        }
        if (bounds.isEmpty()) throw new RulesException(at + ": latency names no bound (p50, p90, p95, p99, p99.9, max).");
        boolean each = body.has("per-operation") && isTrue(body.get("per-operation"));
        return new Rule.Latency(name, match, each, bounds);
    }

    private static Rule.Allowed allowed(String text, String at) throws RulesException {
        try {
            return Rule.Allowed.of(text);
        } catch (IllegalArgumentException e) {
            throw new RulesException(at + ": except " + e.getMessage() + ".");
        }
    }

    /** 3, "3", ">= 1", "> 0", "<= 5", "< 2", "1..4". */
    static Rule.Count count(String type, JsonNode v, String at) throws RulesException {
        String s = v.asText().trim().replace(" ", "");
        long min, max;
        try {
            if (s.startsWith(">=")) { min = Long.parseLong(s.substring(2)); max = Long.MAX_VALUE; }
            else if (s.startsWith("<=")) { min = 0; max = Long.parseLong(s.substring(2)); }
            else if (s.startsWith(">")) { min = Math.addExact(Long.parseLong(s.substring(1)), 1); max = Long.MAX_VALUE; }
            else if (s.startsWith("<")) { min = 0; max = Math.subtractExact(Long.parseLong(s.substring(1)), 1); }
            else if (s.contains("..")) {
                String[] r = s.split("\\.\\.", 2);
                min = Long.parseLong(r[0]);
                max = Long.parseLong(r[1]);
            } else min = max = Long.parseLong(s);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new RulesException(at + ": notifications " + shown(type) + ": '" + shown(v.asText()) + "' is no count (3, \">= 1\", \"<= 5\", \"1..4\").");
        }
        if (min < 0) throw new RulesException(at + ": notifications " + shown(type) + ": '" + shown(v.asText()) + "' counts below 0.");
        if (max < min) throw new RulesException(at + ": notifications " + shown(type) + ": '" + shown(v.asText()) + "' is an empty range.");
        return new Rule.Count(Rule.Glob.of(type), min, max, v.asText().trim());
    }

    private static Rule.Match match(String text, String at) throws RulesException {
        try {
            return new Rule.Match(text, MessageFilter.compile(text));
        } catch (FilterException e) {
            throw new RulesException(at + ": " + e.explain(text));
        }
    }

    /** Longest value a message quotes whole; a longer one is cut, so that the message stays one readable sentence. */
    private static final int QUOTED = 60;

    private static String shown(String v) {
        return v.length() <= QUOTED ? v : v.substring(0, QUOTED) + "... (" + v.length() + " characters)";
    }

    private static void keys(JsonNode n, Set<String> allowed, String at) throws RulesException {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k))
                throw new RulesException(at + ": unknown key '" + shown(k) + "' (expected " + String.join(", ", new java.util.TreeSet<>(allowed)) + ").");
        }
    }

    private static List<JsonNode> list(JsonNode n, String at) throws RulesException {
        if (n == null) return List.of();
        if (!n.isArray()) throw new RulesException(at + " must be a list.");
        List<JsonNode> l = new ArrayList<>();
        n.forEach(l::add);
        return l;
    }

    private static String text(JsonNode n, String at) throws RulesException {
        if (n == null || !n.isValueNode() || n.isNull()) throw new RulesException(at + " must be a text.");
        return n.asText();
    }

    private static boolean isTrue(JsonNode n) {
        return n != null && (n.isBoolean() && n.booleanValue() || n.isObject() && n.isEmpty());
    }
}
