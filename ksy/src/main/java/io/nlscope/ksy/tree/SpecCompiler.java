package io.nlscope.ksy.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Build step (run by Maven, not shipped to be called): compiles every {@code specs/*.ksy} into the
 * compact {@link SpecTree} form, {@code <out>/<spec>.tree}, dropping the prose ({@code doc},
 * {@code doc-ref}) that nothing reads at run time. Fails the build on a spec that is no map, whose
 * enum keys are no numbers, or whose {@code -nl-*} keys break their schema ({@link SpecSchema}).
 *
 * <p>Usage: {@code SpecCompiler SPECS_DIR OUT_DIR}
 */
public final class SpecCompiler {
    private SpecCompiler() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) throw new IllegalArgumentException("usage: SpecCompiler SPECS_DIR OUT_DIR");
        Path in = Path.of(args[0]), out = Path.of(args[1]);
        Files.createDirectories(out);
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<Path> specs;
        try (Stream<Path> s = Files.list(in)) {
            specs = s.filter(p -> p.getFileName().toString().endsWith(".ksy")).sorted().toList();
        }
        Map<String, JsonNode> roots = new LinkedHashMap<>();
        for (Path p : specs) {
            JsonNode root = yaml.readTree(p.toFile());
            if (root == null || !root.isObject()) throw new IllegalArgumentException(p + ": a spec is a YAML map");
            roots.put(p.getFileName().toString().replaceFirst("\\.ksy$", ""), root);
        }
        // numeric enum keys and the -nl-* keys against their schema (ksy/schema/nl-keys.yaml, next to the specs folder)
        Path schemaFile = in.toAbsolutePath().getParent().resolve("schema/nl-keys.yaml");
        SpecSchema schema = new SpecSchema(yaml.readTree(schemaFile.toFile()));
        List<String> problems = new ArrayList<>(schema.check(roots));
        if (problems.isEmpty()) problems.addAll(schema.derive(roots));
        if (!problems.isEmpty())
            throw new IllegalArgumentException(problems.size() + " problem(s) with the specs:\n  " + String.join("\n  ", problems));
        for (Map.Entry<String, JsonNode> e : roots.entrySet()) {
            try (OutputStream o = Files.newOutputStream(out.resolve(e.getKey() + ".tree"));
                 DataOutputStream d = new DataOutputStream(new BufferedOutputStream(o))) {
                tree(e.getValue()).write(d);
            }
        }
    }

    private static SpecTree tree(JsonNode n) {
        if (n.isObject()) {
            Map<String, SpecTree> m = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getKey().equals("doc") || e.getKey().equals("doc-ref")) continue;
                m.put(e.getKey(), tree(e.getValue()));
            }
            return SpecTree.map(m);
        }
        if (n.isArray()) {
            List<SpecTree> l = new ArrayList<>();
            for (JsonNode c : n) l.add(tree(c));
            return SpecTree.list(l);
        }
        return SpecTree.text(n.asText());
    }
}
