package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.dissect.FieldNames;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.dissect.SpecTables;
import io.nlscope.output.Escape;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code nlscope fields [PREFIX-or-WORD]}: every name a display filter can use, as {@code tshark -G fields} lists
 * Wireshark's: first the filter language's own names (MessageFilter's: the header, flags.NAME, frame, direction,
 * malformed, genl.*), then the protocols and generic netlink families as words, then the decoded tree's names,
 * which {@link FieldNames} works out from the specs.
 */
final class FieldsCommand {
    private static final JsonFactory JSON = new JsonFactory();

    /** One line: a field ({@code F}) or a protocol or family word ({@code P}). */
    record Row(boolean protocolWord, String name, String type, String protocol, String description) {}

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.formatOption(io.nlscope.output.OutputFormat.View.FIELDS));
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("fields", "nlscope fields [OPTIONS] [PREFIX-or-WORD]",
                "Lists every field name a display filter (-Y) can use, one per line as tshark -G fields does, tab-separated: "
                        + "F, the name, its type, its protocol or generic netlink family, a description. The filter's own names "
                        + "come first, then P lines for the protocol and family words (true for their messages), then the "
                        + "names of the decoded tree, from the specs. With PREFIX-or-WORD, only the names or protocols that "
                        + "contain it (case aside), e.g. 'nlscope fields IFLA_LINKINFO' or 'nlscope fields ethtool'.",
                "request.NAME names a field of the request an NLMSG_ERROR echoes by its name in the request's protocol, "
                        + "without attr. (request.IFLA_IFNAME); entries of numbered arrays ([0], [1] ...) and attributes no spec "
                        + "names (attr_62) have no filter name.\nExit codes: 0 done, 2 usage error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        io.nlscope.output.OutputFormat format = CommandLines.format("fields", cl, io.nlscope.output.OutputFormat.View.FIELDS, err);
        if (format == null) return Main.USAGE;
        List<String> words = cl.getArgList();
        if (words.size() > 1) {
            err.println("nlscope fields: give at most one PREFIX or WORD, not " + words.size()
                    + "; run 'nlscope fields --help' for usage.");
            return Main.USAGE;
        }
        String word = words.isEmpty() ? null : words.get(0);
        FieldNames names = FieldNames.standard();
        List<Row> rows = new ArrayList<>();
        for (Row r : rows(names)) if (word == null || matches(r, word)) rows.add(r);
        if (rows.isEmpty()) {
            List<String> near = names.suggest(word);
            err.println("nlscope fields: no name or protocol contains '" + Escape.text(word) + "'"
                    + (near.isEmpty() ? "." : "; did you mean " + Escape.text(String.join(", ", near)) + "?"));
            return Main.OK;
        }
        if (format == io.nlscope.output.OutputFormat.FIELDS_JSON) json(rows, out);
        else text(rows, out);
        return Main.OK;
    }

    private static boolean matches(Row r, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return r.name().toLowerCase(Locale.ROOT).contains(w) || r.protocol().toLowerCase(Locale.ROOT).contains(w);
    }

    /** Every row, in the order listed: the filter's own names, the protocol and family words, the tree's names. */
    static List<Row> rows(FieldNames names) {
        List<Row> rows = new ArrayList<>();
        String core = FieldNames.CORE;
        String[][] header = {
                {"len", "u32", "nlmsg_len: the message's length, its header included"},
                {"type", "u16", "nlmsg_type, by number or by name (type == RTM_NEWROUTE)"},
                {"flags", "u16", "nlmsg_flags, by number or by the names of its bits (flags contains ACK)"},
                {"seq", "u32", "nlmsg_seq"},
                {"pid", "u32", "nlmsg_pid"}};
        for (String[] h : header) rows.add(new Row(false, "nlmsg." + h[0], h[1], core, h[2] + "; also " + h[0]));
        for (String[] h : header) rows.add(new Row(false, h[0], h[1], core, "short for nlmsg." + h[0]));
        flagNames().forEach((flag, of) -> rows.add(new Row(false, "flags." + flag, "flag", core, "true when NLM_F_" + flag + " is set" + of)));
        rows.add(new Row(false, "flags.DUMP", "flag", core, "true for a dump request: NLM_F_ROOT and NLM_F_MATCH in a GET request"));
        rows.add(new Row(false, "frame", "u64", core, "the frame's number in the capture, from 1"));
        rows.add(new Row(false, "direction", "string", core, "to_kernel, from_kernel or unknown"));
        rows.add(new Row(false, "malformed", "flag", core, "true when part of the message could not be decoded"));
        rows.add(new Row(false, "genl.family", "string", "generic", "a generic netlink message's family (\"ethtool\")"));
        rows.add(new Row(false, "genl.cmd", "string", "generic", "a generic netlink message's command (ETHTOOL_MSG_LINKINFO_GET)"));
        String[][] event = {
                {"outcome", "name", "the transaction's outcome (ACK ERROR REPLY DUMP ECHO NO_REPLY CUT UNANSWERED), else what the message is "
                        + "(NOTIFICATION ORPHAN LATE COPY UNREADABLE)"},
                {"errno", "name", "the transaction's error (EEXIST, or its positive number); absent without one"},
                {"latency", "duration", "request to last response (10ms, 1.5s, 250us, 800ns; a bare number is seconds)"},
                {"process", "name", "the process the capture records (\"ip\", or its pid as a number)"},
                {"extack.msg", "string", "the extended ACK's message; absent without one"},
                {"responses", "u64", "how many responses the transaction had"},
                {"notification", "flag", "true for a notification"},
                {"request", "flag", "true for a transaction's request"},
                {"response", "flag", "true for one of a transaction's responses"}};
        for (String[] e : event) rows.add(new Row(false, e[0], e[1], "transaction", e[2]));
        List<String> protocols = names.protocols();
        for (int i = 0; i < protocols.size(); i++)
            rows.add(new Row(true, protocols.get(i), "protocol", protocols.get(i),
                    ProtocolRegistry.kernelName(i) + " (" + i + "): true for its messages"));
        for (String f : names.families())
            rows.add(new Row(true, f, "family", "generic", "generic netlink family: true for its messages"));
        for (FieldNames.Entry e : names.entries()) rows.add(new Row(false, e.name(), e.type(), e.protocol(), e.description()));
        return rows;
    }

    /**
     * The names flags.NAME can test: the NLM_F_* bits of every kind, as the tree names them (without NLM_F_), each
     * with the messages whose kind names the high byte so.
     */
    private static Map<String, String> flagNames() {
        Map<String, String> out = new LinkedHashMap<>();
        String[][] tables = {{"nlm_f_common", ""}, {"nlm_f_get", " in a GET request"}, {"nlm_f_new", " in a NEW request"},
                {"nlm_f_delete", " in a DELETE request"}, {"nlm_f_ack", " in NLMSG_ERROR or NLMSG_DONE"}};
        for (String[] t : tables) {
            for (SpecTables.Entry e : SpecTables.enumTable("netlink_message." + t[0]).entries().values()) {
                String n = e.name();
                out.putIfAbsent(n.startsWith("NLM_F_") ? n.substring(6) : n, t[1]);
            }
        }
        return out;
    }

    private static void text(List<Row> rows, PrintStream out) {
        StringBuilder b = new StringBuilder(rows.size() * 80);
        for (Row r : rows) {
            b.append(r.protocolWord() ? 'P' : 'F');
            for (String c : List.of(r.name(), r.type(), r.protocol(), r.description())) Escape.append(b.append('\t'), c);
            b.append('\n');
        }
        out.print(b);
        out.flush();
    }

    private static void json(List<Row> rows, PrintStream out) {
        try {
            JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Row r : rows) {
                g.writeStartObject();
                g.writeStringField("kind", r.protocolWord() ? "protocol" : "field");
                g.writeStringField("name", r.name());
                g.writeStringField("type", r.type());
                g.writeStringField("protocol", r.protocol());
                g.writeStringField("description", r.description());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }
}
