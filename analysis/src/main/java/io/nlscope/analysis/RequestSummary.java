package io.nlscope.analysis;

import io.nlscope.dissect.Field;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A one-line summary of a request's key fields ({@code dummy0 type dummy},
 * {@code 198.51.100.0/24 via 192.0.2.254 oif 3}). Which fields, in which order and how shown
 * is data: {@code request-keys.tsv} next to this class.
 */
public final class RequestSummary {
    private RequestSummary() {}

    private record Key(String field, String template) {}

    private static final List<Key> KEYS = load();

    public static String of(NetlinkMessage request) {
        Map<String, Field> found = new HashMap<>();
        collect(request.fields(), found);
        StringBuilder b = new StringBuilder();
        for (Key k : KEYS) {
            Field f = found.get(k.field);
            if (f == null) continue;
            String v = text(f.value());
            if (v == null || v.isEmpty() || v.equals("0")) continue;
            if (b.length() > 0) b.append(' ');
            String t = k.template;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c != '{') { b.append(c); continue; }
                int end = t.indexOf('}', i);
                String name = t.substring(i + 1, end);
                if (name.isEmpty()) {
                    b.append(v);
                } else {
                    Field other = found.get(name);
                    String ov = other == null ? null : text(other.value());
                    b.append(ov == null ? "?" : ov);
                }
                i = end;
            }
        }
        return b.toString();
    }

    /** First field of each name, depth first; echoed requests inside errors are not the request's own. */
    private static void collect(List<Field> fields, Map<String, Field> out) {
        for (Field f : fields) {
            if (f.name().equals("nlmsghdr") || f.name().equals("request")) continue;
            out.putIfAbsent(f.name(), f);
            if (f.value() instanceof Value.Nested n) collect(n.fields(), out);
        }
    }

    private static String text(Value v) {
        if (v instanceof Value.Text t) return t.text();
        if (v instanceof Value.Named n) return n.name();
        if (v instanceof Value.Num n) return n.display();
        if (v instanceof Value.Address a) return a.display();
        if (v instanceof Value.Flags f) return f.raw() == 0 ? null : String.join("|", f.names());
        if (v instanceof Value.Nested) return "";   // present, nothing to show: the template alone speaks
        return null;
    }

    private static List<Key> load() {
        List<Key> keys = new ArrayList<>();
        try (InputStream in = RequestSummary.class.getResourceAsStream("request-keys.tsv")) {
            if (in == null) throw new IllegalStateException("request-keys.tsv missing from the class path");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] p = line.split("\t", 2);
                keys.add(new Key(p[0], p.length > 1 ? p[1] : "{}"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(keys);
    }
}
