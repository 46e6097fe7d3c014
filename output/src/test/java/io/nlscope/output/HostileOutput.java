package io.nlscope.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.nlscope.analysis.Outcome;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.ProcessRef;
import io.nlscope.dissect.Control;
import io.nlscope.dissect.Direction;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.Field;
import io.nlscope.dissect.MessageKind;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Value;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The output-safety property the fuzz target ({@link OutputSafetyFuzzTest}) and the deterministic tests
 * ({@link OutputSafetyTest}) share: captured strings put in every place a capture's text reaches output (field values
 * and names, enum and flag names, malformed reasons, summaries, keys, type, protocol and operation names, groups,
 * frame comments, the extended ACK message, process names, the pairs rows' columns) and rendered in every format:
 * <ul>
 * <li>text formats (read's lines, -V's tree, -T fields, the pairs table, CSV and fields): valid UTF-8 holding no
 *     character {@link Escape#unsafeAt} (no C0 or C1 control, no ESC, no DEL, no bidi control, no lone surrogate)
 *     but their own newlines (and -T fields' tab separators), with exactly the lines their structure has: one per
 *     message or row, the tree's one per field;</li>
 * <li>JSON and NDJSON (read's and pairs'): parse with Jackson, and every captured string reads back as exactly the
 *     original text (not escaped: JSON's own escapes carry control characters and lone surrogates).</li>
 * </ul>
 */
final class HostileOutput {
    private HostileOutput() {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Strings made of fuzzed bytes, each a record {@code [mode, length, bytes...]}: mode 0 the bytes as UTF-8 the JDK
     * way (invalid sequences U+FFFD), 1 as the dissector keeps captured text (a byte that is no part of well-formed
     * UTF-8 becomes the lone surrogate U+DC00 + byte), 2 as UTF-16 (any char: C1, bidi controls, lone surrogates), 3 as
     * Latin-1 (every byte a char: C1 controls). When the bytes run out the strings start again from the first.
     */
    static final class Strings {
        private final List<String> made = new ArrayList<>();
        private int next;

        Strings(byte[] data) {
            for (int i = 0; i + 1 < data.length; ) {
                int mode = data[i] & 3, len = Math.min(data[i + 1] & 0xff, data.length - i - 2);
                byte[] b = java.util.Arrays.copyOfRange(data, i + 2, i + 2 + len);
                made.add(switch (mode) {
                    case 0 -> new String(b, StandardCharsets.UTF_8);
                    case 1 -> captured(b);
                    case 2 -> new String(b, StandardCharsets.UTF_16BE);
                    default -> new String(b, StandardCharsets.ISO_8859_1);
                });
                i += 2 + len;
            }
            if (made.isEmpty()) made.add("");
        }

        Strings(List<String> strings) { made.addAll(strings.isEmpty() ? List.of("") : strings); }

        String next() { return made.get(next++ % made.size()); }

        int choice(int n) { return Math.floorMod(next().hashCode(), n); }
    }

    /** Bytes as the dissector keeps captured text: well-formed UTF-8 as its characters, any other byte b as U+DC00 + b. */
    static String captured(byte[] b) {
        StringBuilder s = new StringBuilder(b.length);
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
            String one = null;
            if (n > 0 && i + n <= b.length) {
                try {
                    one = dec.reset().decode(ByteBuffer.wrap(b, i, n)).toString();
                } catch (CharacterCodingException e) {
                    one = null;
                }
            }
            if (one == null) { s.append((char) (0xdc00 + c)); i++; } else { s.append(one); i += n; }
        }
        return s.toString();
    }

    /** A frame of one message whose every captured string is the next of {@code s}. */
    static DissectedFrame frame(Strings s) {
        ByteBuffer bytes = ByteBuffer.wrap(new byte[64]);
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("IFLA_IFNAME", new Value.Text(s.next()), 32, 8));
        fields.add(new Field(s.next(), new Value.Text(s.next()), 40, 4));                     // a name of the capture's (a uevent key)
        fields.add(new Field("IFLA_OPERSTATE", new Value.Named(6, s.next()), 44, 1));
        fields.add(new Field("flags", new Value.Flags(3, List.of(s.next(), s.next())), 45, 1));
        fields.add(new Field("IFLA_LINKINFO", new Value.Nested(List.of(
                new Field("IFLA_INFO_KIND", new Value.Text(s.next()), 50, 4),
                new Field(s.next(), new Value.Raw(bytes, 54, 4), 54, 4))), 46, 12));
        fields.add(new Field("attr_99", new Value.Malformed(s.next(), bytes, 58, 6), 58, 6));
        String problem = s.next();
        NetlinkMessage m = new NetlinkMessage(1, 1_000_000_000L, 0, s.next(), 0, 16, 48, 16, 5, 7, 4242,
                s.next(), MessageKind.NEW, Direction.TO_KERNEL, false, fields, s.next(),
                problem.isEmpty() ? Optional.empty() : Optional.of(problem), Optional.of(s.next()), Control.NONE, s.next(), s.next());
        return new DissectedFrame(1, 1_000_000_000L, 64, 64, 0, s.next(), true,
                List.of(new Field("nlmon", new Value.Text(s.next()), 0, 16)), List.of(m),
                List.of(new Field("trailer", new Value.Text(s.next()), 64, 0)), List.of(s.next(), s.next()));
    }

    private static final String[] ROLES = {"request", "response", "notification", "orphan", "late", "copy", "unreadable"};

    /** A link whose captured strings (group, process name, extended ACK message, errno) are the next of {@code s}. */
    static Link link(Strings s) {
        String role = ROLES[s.choice(ROLES.length)];
        boolean request = role.equals("request");
        return new Link(role, 3, request ? 2 : 0, request ? 4 : 0, request ? Outcome.ERROR : null, request ? s.next() : null,
                1000, 2000, request ? 2 : 0, s.next(), s.next(), 0, request ? List.of(9L) : List.of(),
                new ProcessRef(178, s.next()), s.next());
    }

    static PairRow row(Strings s) {
        return new PairRow(1, 0.5, s.next(), s.next(), s.next(), s.next(), s.next(), s.next(), s.next(), 2, 0.25, 0.5,
                1, 2, 3, s.next(), 178L, s.next(), 1_000_000_000L);
    }

    // ---- the checks

    /** {@code out} as strictly decoded UTF-8; fails on bytes that are no UTF-8. */
    private static String utf8(String what, byte[] out) {
        try {
            CharBuffer c = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(out));
            return c.toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError(what + ": output is no UTF-8: " + e);
        }
    }

    /**
     * Text output: UTF-8, no unsafe character but newlines and {@code separator} (0: none), {@code lines} lines, each
     * with {@code separators} separators when given (-1: any).
     */
    static String text(String what, byte[] out, int lines, char separator, int separators) {
        String s = utf8(what, out);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || (separator != 0 && c == separator)) continue;
            if (Escape.unsafeAt(s, i))
                throw new AssertionError(what + ": unescaped U+" + Integer.toHexString(c) + " at " + i + " in\n" + s);
        }
        if (!s.isEmpty() && !s.endsWith("\n")) throw new AssertionError(what + ": the last line has no newline:\n" + s);
        String[] ls = s.isEmpty() ? new String[0] : s.substring(0, s.length() - 1).split("\n", -1);
        if (ls.length != lines) throw new AssertionError(what + ": " + ls.length + " lines, not " + lines + ":\n" + s);
        if (separators >= 0)
            for (String l : ls)
                if (l.chars().filter(c -> c == separator).count() != separators)
                    throw new AssertionError(what + ": a line with other than " + separators + " separators: " + l);
        return s;
    }

    /** Lines of the -V tree of {@code fs}: one per field. */
    static int treeLines(List<Field> fs) {
        int n = 0;
        for (Field f : fs) n += 1 + treeLines(f.children());
        return n;
    }

    private static JsonNode parse(String what, String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(what + ": output does not parse as JSON (" + e.getOriginalMessage() + "):\n" + json);
        }
    }

    private static void same(String what, String expected, JsonNode n) {
        if (n == null || !n.isTextual() || !n.asText().equals(expected))
            throw new AssertionError(what + ": JSON holds " + n + ", not " + JSON.valueToTree(expected) + " (" + codes(expected) + ")");
    }

    private static String codes(String s) { return s.chars().mapToObj(Integer::toHexString).toList().toString(); }

    /** The JSON record of {@code m} (and its link) holds every captured string exactly. */
    private static void record(String what, JsonNode r, DissectedFrame f, NetlinkMessage m, Link l) {
        same(what + " protocol_name", m.protocolName(), r.get("protocol_name"));
        same(what + " type_name", m.typeName(), r.get("type_name"));
        same(what + " summary", m.summary(), r.get("summary"));
        if (m.problem().isPresent()) same(what + " malformed", m.problem().get(), r.get("malformed"));
        for (int i = 0; i < f.comments().size(); i++) same(what + " frame_comments", f.comments().get(i), r.path("frame_comments").get(i));
        fields(what, m.fields(), r.get("fields"));
        if (l != null) {
            JsonNode p = r.get("pairing");
            same(what + " process", l.process().name(), p.path("process").get("name"));
            if (l.group() != null) same(what + " group", l.group(), p.get("group"));
            if (l.errno() != null && l.outcome() != null) same(what + " errno", l.errno(), p.get("errno"));
            if (l.lateBecause() != null) same(what + " late_because", l.lateBecause(), p.get("late_because"));
            if (!p.path("text").isTextual()) throw new AssertionError(what + ": no pairing text in " + p);
        }
    }

    private static void fields(String what, List<Field> fs, JsonNode arr) {
        if (arr == null || arr.size() != fs.size()) throw new AssertionError(what + ": fields " + arr + " for " + fs);
        for (int i = 0; i < fs.size(); i++) {
            Field f = fs.get(i);
            JsonNode j = arr.get(i);
            same(what + " field name", f.name(), j.get("name"));
            Value v = f.value();
            if (v instanceof Value.Text t) same(what + " text", t.text(), j.get("value"));
            else if (v instanceof Value.Named n) same(what + " symbol", n.name(), j.get("symbol"));
            else if (v instanceof Value.Flags fl) for (int k = 0; k < fl.names().size(); k++) same(what + " flag", fl.names().get(k), j.path("names").get(k));
            else if (v instanceof Value.Malformed mf) same(what + " reason", mf.reason(), j.get("reason"));
            else if (v instanceof Value.Nested n) fields(what, n.fields(), j.get("fields"));
        }
    }

    /** The messages' formats, each rendering every message of {@code f} without and then with {@code link}. */
    static void messages(DissectedFrame f, Link link) throws IOException {
        List<NetlinkMessage> ms = f.messages();
        int head = 1 + f.comments().size() + 1 + treeLines(f.cookedHeader()), tail = f.trailer().isEmpty() ? 0 : 1 + treeLines(f.trailer());
        int tree = head + tail;
        for (NetlinkMessage m : ms) tree += 2 * (1 + (m.malformed() ? 1 : 0) + treeLines(m.fields())) + 1;

        ByteArrayOutputStream o = new ByteArrayOutputStream();
        LineSink line = new LineSink(o);
        for (NetlinkMessage m : ms) both(line, f, m, link);
        text("read", o.toByteArray(), 2 * ms.size(), (char) 0, -1);

        o = new ByteArrayOutputStream();
        TreeSink t = new TreeSink(o);
        t.write(t.frameHead(f));
        for (NetlinkMessage m : ms) both(t, f, m, link);
        t.write(t.frameTail(f));
        text("read -V", o.toByteArray(), tree, (char) 0, -1);

        FieldColumns cols = FieldColumns.of(List.of("attr.IFLA_IFNAME", "attr.IFLA_INFO_KIND", "attr.IFLA_OPERSTATE", "nlmsg.type",
                "process", "extack.msg", "errno", "outcome", "time"), List.of("quote=d"), false);
        o = new ByteArrayOutputStream();
        FieldsSink fs = new FieldsSink(o, cols);
        for (NetlinkMessage m : ms) both(fs, f, m, link);
        text("read -T fields", o.toByteArray(), 2 * ms.size(), '\t', 8);

        for (boolean nd : new boolean[] {false, true}) {
            o = new ByteArrayOutputStream();
            JsonSink j = new JsonSink(o, nd, "capture \u001b[2J.pcap");
            j.write(j.frameHead(f));
            for (NetlinkMessage m : ms) both(j, f, m, link);
            j.end(List.of("a warning"));
            byte[] out = o.toByteArray();
            utf8("json", out);
            List<JsonNode> records = new ArrayList<>();
            if (nd) {
                String all = new String(out, StandardCharsets.UTF_8);
                String[] ls = all.isEmpty() ? new String[0] : all.split("\n");
                if (ls.length != 2 * ms.size()) throw new AssertionError("ndjson: " + ls.length + " lines, not " + 2 * ms.size());
                for (String l : ls) records.add(parse("ndjson", l));
            } else {
                JsonNode doc = parse("json", new String(out, StandardCharsets.UTF_8));
                same("json file", "capture \u001b[2J.pcap", doc.get("file"));
                doc.get("messages").forEach(records::add);
            }
            if (records.size() != 2 * ms.size()) throw new AssertionError("json: " + records.size() + " records, not " + 2 * ms.size());
            for (int i = 0; i < ms.size(); i++) {
                record(nd ? "ndjson" : "json", records.get(2 * i), f, ms.get(i), null);
                record(nd ? "ndjson" : "json", records.get(2 * i + 1), f, ms.get(i), link);
            }
        }
    }

    private static void both(MessageSink sink, DissectedFrame f, NetlinkMessage m, Link link) throws IOException {
        sink.write(sink.render(f, m), null);
        sink.write(sink.render(f, m), link);
    }

    private static final Pairing.Counts COUNTS = new Pairing.Counts(1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The pairs formats, each writing {@code rows}. */
    static void rows(List<PairRow> rows, Link link, NetlinkMessage m) throws IOException {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        TransactionRows t = new TransactionRows.Table(o);
        for (PairRow r : rows) t.row(r);
        t.end(COUNTS);
        text("pairs", o.toByteArray(), 1 + rows.size() + 1, (char) 0, -1);

        o = new ByteArrayOutputStream();
        t = new TransactionRows.Csv(o);
        for (PairRow r : rows) t.row(r);
        t.end(COUNTS);
        String csv = text("pairs -T csv", o.toByteArray(), 1 + rows.size(), (char) 0, -1);
        CsvMapper cm = new CsvMapper();
        // a CSV reader gets back what the table shows: the escaped text
        try (MappingIterator<java.util.Map<String, String>> it = cm.readerFor(java.util.Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv)) {
            for (PairRow r : rows) {
                java.util.Map<String, String> back = it.next();
                same("csv request", Escape.text(r.request()), JSON.valueToTree(back.get("request")));
                same("csv process", Escape.text(r.process()), JSON.valueToTree(back.get("process")));
                same("csv error", Escape.text(r.error()), JSON.valueToTree(back.get("error")));
                same("csv notes", Escape.text(r.notes()), JSON.valueToTree(back.get("notes")));
            }
            if (it.hasNext()) throw new AssertionError("pairs -T csv: more records than rows:\n" + csv);
        }

        FieldColumns cols = FieldColumns.of(List.of("attr.IFLA_IFNAME", "process", "extack.msg", "outcome"), List.of(), false);
        o = new ByteArrayOutputStream();
        t = new TransactionRows.Fields(o, cols);
        for (PairRow r : rows) t.row(r, cols.messageValues(m), link, "0.5");
        t.end(COUNTS);
        text("pairs -T fields", o.toByteArray(), rows.size(), '\t', 3);

        for (boolean nd : new boolean[] {false, true}) {
            o = new ByteArrayOutputStream();
            t = new TransactionRows.Json(o, "capture.pcap", nd);
            for (PairRow r : rows) t.row(r);
            t.end(COUNTS);
            byte[] out = o.toByteArray();
            utf8("pairs json", out);
            List<JsonNode> back = new ArrayList<>();
            if (nd) {
                for (String l : new String(out, StandardCharsets.UTF_8).split("\n")) {
                    JsonNode n = parse("pairs ndjson", l);
                    if (n.has("row")) back.add(n.get("row"));
                }
            } else {
                parse("pairs json", new String(out, StandardCharsets.UTF_8)).get("rows").forEach(back::add);
            }
            if (back.size() != rows.size()) throw new AssertionError("pairs json: " + back.size() + " rows, not " + rows.size());
            for (int i = 0; i < rows.size(); i++) {
                PairRow r = rows.get(i);
                JsonNode j = back.get(i);
                same("pairs json protocol", r.protocol(), j.get("protocol"));
                same("pairs json family", r.family(), j.get("family"));
                same("pairs json operation", r.operation(), j.get("operation"));
                same("pairs json request", r.request(), j.get("request"));
                same("pairs json error", r.error(), j.get("error"));
                same("pairs json process", r.process(), j.get("process"));
                same("pairs json notes", r.notes(), j.get("notes"));
            }
        }
    }

    /** Every format, with strings from {@code s}. */
    static void all(Strings s) throws IOException {
        DissectedFrame f = frame(s);
        Link l = link(s);
        messages(f, l);
        rows(List.of(row(s), row(s)), l, f.messages().get(0));
    }
}
