package io.nlscope.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The logs of the tutorial-style clients of testdata/kmod (format: testdata/kmod/nltut.h): one line per
 * message sent or received, {@code SEND|RECV key=value ...}, strings quoted with C escapes. The ground
 * truth the kmod captures are checked against.
 */
record ClientLog(String file, String kind, Map<String, String> values) {
    private static final Pattern KV = Pattern.compile("(\\w+)=(\"(?:[^\"\\\\]|\\\\.)*\"|\\S+)");

    static Path dir() { return ReadCommandTest.root().resolve("testdata/kmod/captures"); }

    /** The lines of every {@code NAME.client.log} and {@code NAME.*.client.log} of capture NAME. */
    static List<ClientLog> of(String capture) {
        try (Stream<Path> s = Files.list(dir())) {
            List<Path> files = s.filter(p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".client.log") && (n.equals(capture + ".client.log") || n.startsWith(capture + "."));
            }).sorted().toList();
            if (files.isEmpty()) throw new IllegalStateException("no client log of " + capture + " in " + dir());
            List<ClientLog> out = new ArrayList<>();
            for (Path f : files) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    int sp = line.indexOf(' ');
                    if (sp < 0) continue;
                    Map<String, String> v = new LinkedHashMap<>();
                    Matcher m = KV.matcher(line.substring(sp + 1));
                    while (m.find()) v.put(m.group(1), m.group(2).startsWith("\"") ? unquote(m.group(2)) : m.group(2));
                    out.add(new ClientLog(f.getFileName().toString(), line.substring(0, sp), v));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the SEND and RECV lines. */
    static List<ClientLog> messages(String capture) {
        return of(capture).stream().filter(l -> l.kind.equals("SEND") || l.kind.equals("RECV")).toList();
    }

    static String unquote(String q) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i < q.length() - 1; i++) {
            char c = q.charAt(i);
            if (c != '\\') { sb.append(c); continue; }
            char n = q.charAt(++i);
            if (n == 'x') { sb.append((char) Integer.parseInt(q.substring(i + 1, i + 3), 16)); i += 2; }
            else sb.append(n);
        }
        return sb.toString();
    }

    boolean send() { return kind.equals("SEND"); }
    String str(String key) {
        String v = values.get(key);
        if (v == null) throw new IllegalStateException("no " + key + " in " + this);
        return v;
    }
    long num(String key) { return Long.decode(str(key)); }
    boolean has(String key) { return values.containsKey(key); }
}
