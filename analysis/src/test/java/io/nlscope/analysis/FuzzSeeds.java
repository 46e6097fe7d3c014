package io.nlscope.analysis;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the seed inputs of the analysis fuzz targets from the repository's real inputs (run from the repository's
 * root, with the analysis test classpath: {@code java -cp ... io.nlscope.analysis.FuzzSeeds}):
 * <ul>
 *   <li>pairing: the first frames of every capture in testdata (and more windows of the pairs-* captures, which
 *       hold the pairing situations), in {@link FuzzFrames}' record form, at most {@link #WINDOW} bytes each;</li>
 *   <li>filter: every filter expression of README.md, docs/, the rules files and the filter tests;</li>
 *   <li>rules: every rules file of testdata/rules and every rules example of README.md and docs/, as YAML and as JSON;</li>
 *   <li>diff: the diff captures of testdata/diff in record form.</li>
 * </ul>
 * Every input is named {@code seed-*}; the run first deletes the old seeds (a crash-* input stays).
 */
public final class FuzzSeeds {
    private FuzzSeeds() {}

    /** Bytes of records per pairing seed: enough for a request and its answers, small enough to mutate quickly. */
    static final int WINDOW = 1536;
    static final Path RESOURCES = Path.of("analysis/src/test/resources/io/nlscope/analysis");

    public static void main(String[] args) throws IOException {
        pairing(RESOURCES.resolve("PairingFuzzTestInputs/pairing"));
        filters(RESOURCES.resolve("filter/FilterFuzzTestInputs/filter"));
        rules(RESOURCES.resolve("rules/RulesFuzzTestInputs/rules"));
        diff(RESOURCES.resolve("diff/DiffFuzzTestInputs/diff"));
    }

    private static void fresh(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.toList()) if (p.getFileName().toString().startsWith("seed-")) Files.delete(p);
        }
    }

    /** Every capture under testdata, sorted. */
    public static List<Path> captures(Path under) throws IOException {
        try (Stream<Path> s = Files.walk(under)) {
            // not testdata/hostile, made broken on purpose (HostileCorpusTest's)
            return s.filter(p -> (p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng")) && !p.toString().contains("/hostile/"))
                    .sorted().toList();
        }
    }

    private static String seedName(Path capture) {
        return capture.toString().replace("testdata/", "").replaceAll("[^A-Za-z0-9.-]", "_");
    }

    private static void pairing(Path dir) throws IOException {
        fresh(dir);
        int n = 0;
        for (Path c : captures(Path.of("testdata"))) {
            byte[] all = FuzzFrames.fromCapture(c, 1, Long.MAX_VALUE);
            List<byte[]> windows = windows(all, WINDOW, c.getFileName().toString().startsWith("pairs-") ? 4 : 1);
            for (int w = 0; w < windows.size(); w++) {
                byte[] seed = new byte[windows.get(w).length + 1];
                seed[0] = (byte) (w % 2 == 0 ? 0 : 3);   // in order with the defaults; or unordered on a small budget
                System.arraycopy(windows.get(w), 0, seed, 1, seed.length - 1);
                Files.write(dir.resolve("seed-" + seedName(c) + "-" + w), seed);
                n++;
            }
        }
        System.out.println(n + " pairing seeds");
    }

    /**
     * Up to {@code count} windows of whole records, each at most {@code max} bytes (a longer frame is cut after its
     * last whole message that fits), spread over the capture.
     */
    static List<byte[]> windows(byte[] records, int max, int count) {
        List<int[]> spans = new ArrayList<>();   // each record's start and end
        for (int i = 0; i < records.length; ) {
            int clen = records[i + 4] & 0xff;
            int nlen = ((records[i + 5 + clen] & 0xff) << 8) | (records[i + 6 + clen] & 0xff);
            spans.add(new int[] {i, i + 7 + clen + nlen, 7 + clen});
            i += 7 + clen + nlen;
        }
        List<byte[]> out = new ArrayList<>();
        int step = Math.max(1, spans.size() / count);
        for (int first = 0; first < spans.size() && out.size() < count; first += step) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int k = first; k < spans.size(); k++) {
                int[] s = spans.get(k);
                if (b.size() + (s[1] - s[0]) <= max) {
                    b.write(records, s[0], s[1] - s[0]);
                    continue;
                }
                if (b.size() == 0) b.writeBytes(cut(records, s, max));
                break;
            }
            out.add(b.toByteArray());
        }
        return out;
    }

    /** A record cut to its whole messages that fit in {@code max} bytes (at least the first). */
    private static byte[] cut(byte[] records, int[] s, int max) {
        int head = s[2], body = s[0] + head, keep = 0;
        while (body + keep + 16 <= s[1]) {
            int len = (records[body + keep] & 0xff) | (records[body + keep + 1] & 0xff) << 8 | (records[body + keep + 2] & 0xff) << 16
                    | (records[body + keep + 3] & 0xff) << 24;
            int next = keep + ((Math.max(16, len) + 3) & ~3);
            if (len < 16 || body + next > s[1] || (keep > 0 && head + next > max)) break;
            keep = next;
        }
        if (keep == 0) keep = Math.min(s[1] - body, max - head);
        byte[] r = new byte[head + keep];
        System.arraycopy(records, s[0], r, 0, head + keep);
        r[head - 2] = (byte) (keep >> 8);
        r[head - 1] = (byte) keep;
        return r;
    }

    /** README.md and every file under docs/. */
    static List<Path> docs(Path root) throws IOException {
        List<Path> out = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> s = Files.walk(root.resolve("docs"))) {
            out.addAll(s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md")).sorted().toList());
        }
        return out;
    }

    private static final Pattern OPTION = Pattern.compile("(?:-Y|--filter|--match)\\s+'([^']+)'");
    private static final Pattern MATCH = Pattern.compile("^\\s*(?:match:|-)\\s+(.+?)\\s*$", Pattern.MULTILINE);

    /** Every filter expression the documentation and the rules files show ({@code -Y '...'}, a rule's match and steps). */
    public static Set<String> documentedFilters(Path root) throws IOException {
        Set<String> out = new LinkedHashSet<>();
        for (Path d : docs(root)) {
            String text = Files.readString(d);
            Matcher m = OPTION.matcher(text);
            while (m.find()) out.add(m.group(1));
        }
        for (String rules : documentedRules(root).values()) {
            com.fasterxml.jackson.databind.JsonNode doc = new YAMLMapper().readTree(rules);
            for (com.fasterxml.jackson.databind.JsonNode r : doc.path("rules")) {
                if (r.has("match")) out.add(r.get("match").asText());
                for (com.fasterxml.jackson.databind.JsonNode step : r.path("sequence")) out.add(step.asText());
            }
        }
        out.removeIf(f -> f.matches("[A-Z]+|[^a-z]*"));   // a placeholder (match: FILTER, -Y '...')
        return out;
    }

    private static final Pattern KIND_ROW = Pattern.compile(
            "^\\| `((?:no-errors|no-unanswered|latency|sequence|notifications|senders|match|name): [^`]+)` \\|", Pattern.MULTILINE);
    private static final Pattern YAML_BLOCK = Pattern.compile("```ya?ml\\n(.*?)```", Pattern.DOTALL);

    /** Every rules file of testdata/rules and every rules example of README.md and docs/ (a YAML block with {@code rules:}), by name. */
    public static java.util.Map<String, String> documentedRules(Path root) throws IOException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        try (Stream<Path> s = Files.list(root.resolve("testdata/rules"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) out.put(p.getFileName().toString(), Files.readString(p));
        }
        for (Path d : docs(root)) {
            Matcher m = YAML_BLOCK.matcher(Files.readString(d));
            int k = 0;
            while (m.find()) if (m.group(1).matches("(?s)(.*\n)?rules:.*")) out.put(d.getFileName() + "-" + ++k + ".yaml", m.group(1));
            // the table of kinds: one rule each, `kind: body`
            Matcher row = KIND_ROW.matcher(Files.readString(d));
            while (row.find()) out.put(d.getFileName() + "-" + ++k + ".yaml", "rules:\n  - " + row.group(1) + "\n");
        }
        return out;
    }

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static void filters(Path dir) throws IOException {
        fresh(dir);
        Set<String> all = new LinkedHashSet<>(documentedFilters(Path.of("")));
        List<Path> tests = List.of(Path.of("analysis/src/test/java/io/nlscope/analysis/filter/FilterLanguageTest.java"),
                Path.of("analysis/src/test/java/io/nlscope/analysis/filter/FilterParserTest.java"),
                Path.of("cli/src/test/java/io/nlscope/cli/MessageFilterTest.java"));
        for (Path t : tests) {
            if (!Files.exists(t)) continue;
            Matcher m = LITERAL.matcher(Files.readString(t));
            while (m.find()) {
                String s = unescape(m.group(1));
                if (!s.isBlank() && s.chars().anyMatch(Character::isLetter) && !s.endsWith(".pcap") && s.length() < 300) all.add(s);
            }
        }
        int n = 0;
        for (String f : all) Files.writeString(dir.resolve(String.format("seed-%03d", n++)), f);
        System.out.println(n + " filter seeds");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) { b.append(c); continue; }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i + 1, Math.min(s.length(), i + 5)), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
        return b.toString();
    }

    private static void rules(Path dir) throws IOException {
        fresh(dir);
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        for (var e : documentedRules(Path.of("")).entrySet()) {
            String name = e.getKey().replaceAll("[^A-Za-z0-9.-]", "_");
            Files.writeString(dir.resolve("seed-" + name), e.getValue());
            Files.writeString(dir.resolve("seed-" + name.replace(".yaml", ".json")),
                    json.writerWithDefaultPrettyPrinter().writeValueAsString(new YAMLMapper().readTree(e.getValue())));
            n += 2;
        }
        System.out.println(n + " rules seeds");
    }

    /** Records of a diff seed at most: the first items of a diff capture. */
    static final int DIFF_WINDOW = 8192;

    private static void diff(Path dir) throws IOException {
        fresh(dir);
        int n = 0;
        for (Path c : captures(Path.of("testdata/diff"))) {
            Files.write(dir.resolve("seed-" + c.getFileName()), windows(FuzzFrames.fromCapture(c, 1, Long.MAX_VALUE), DIFF_WINDOW, 1).get(0));
            n++;
        }
        System.out.println(n + " diff seeds");
    }
}
