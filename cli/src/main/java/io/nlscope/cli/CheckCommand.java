package io.nlscope.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.rules.Rules;
import io.nlscope.analysis.rules.RulesCheck;
import io.nlscope.analysis.rules.RulesException;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.Escape;
import io.nlscope.output.OutputFormat;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nlscope check FILE --rules RULES.yaml}: assertions over one recorded session ({@link Rules}), judged
 * while it is read ({@link RulesCheck}). Exit 0 every rule passed, 1 a rule failed (or the capture is damaged),
 * 2 usage error, unreadable input or rules file, 3 internal error.
 */
final class CheckCommand {
    static final int FAILED = 1;

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("rules").hasArg().argName("RULES.yaml")
                .desc("the rules to check (README: nlscope check)").build());
        o.addOption(Option.builder().longOpt("junit-xml").hasArg().argName("FILE")
                .desc("also write the verdicts as a JUnit XML report: one test case per rule").build());
        o.addOption(CommandLines.formatOption(OutputFormat.View.CHECK));
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("check", "nlscope check [OPTIONS] FILE --rules RULES.yaml",
                "Checks one recorded netlink session against a rules file: errors only where allowed, every request "
                        + "answered, latency bounds per operation, operations in an expected order, counts of "
                        + "notifications, which processes may send what. Prints pass or fail per rule with the "
                        + "offending transactions.",
                "Exit codes: 0 every rule passed, 1 a rule failed or the capture is damaged (cut short), 2 usage error, "
                        + "unreadable input or rules file, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (!cl.hasOption("rules")) {
            err.println("nlscope check: name the rules file with --rules RULES.yaml; run 'nlscope check --help' for usage.");
            return Main.USAGE;
        }
        OutputFormat format = CommandLines.format("check", cl, OutputFormat.View.CHECK, err);
        if (format == null) return Main.USAGE;
        Rules rules;
        try {
            rules = Rules.load(Path.of(cl.getOptionValue("rules")));
        } catch (IOException e) {
            err.println("nlscope: " + InputErrors.describe(cl.getOptionValue("rules"), e));
            return Main.USAGE;
        } catch (RulesException e) {
            err.println("nlscope check: " + Escape.text(e.getMessage()).replace("\\n", "\n"));
            return Main.USAGE;
        }
        CaptureInput input = CaptureInput.of("check", cl, err);
        if (input == null) return Main.USAGE;
        RulesCheck check = new RulesCheck(rules);
        Pairing pairing = new Pairing(input.pairingConfig(), check);   // in order, as the rules' filters need
        List<RulesCheck.Verdict>[] verdicts = new List[1];
        // frames are decoded to their summaries (the keys the offenders show), as pairs reads them; only those a filter of the tree may match are
        // decoded in full, for the rules' filters
        List<MessageFilter> tree = RulesCheck.treeFilters(rules);
        NetlinkCapture[] capture = {null};
        int read = CaptureLoop.run(input, Depth.SUMMARY, out, err, new CaptureLoop.Body() {
            @Override public void opened(NetlinkCapture cap) { capture[0] = cap; }

            @Override public boolean frame(io.nlscope.capture.Frame raw, DissectedFrame f) {
                DissectedFrame full = f;
                for (MessageFilter t : tree) {
                    if (!t.mayMatch(f.messages())) continue;
                    full = capture[0].dissect(raw, Depth.FULL);
                    break;
                }
                if (full.messages().size() != f.messages().size()) full = f;
                Socket s = pairing.frame(f);
                for (int i = 0; i < f.messages().size(); i++) {
                    check.message(full.messages().get(i));
                    pairing.accept(f.messages().get(i), s);
                }
                return true;
            }

            @Override public boolean frame(DissectedFrame f) { throw new IllegalStateException("check reads frames as they are"); }

            @Override public void end(List<String> warnings) {
                pairing.finish();
                verdicts[0] = check.verdicts();
            }
        });
        if (verdicts[0] == null) return read;   // unreadable: said already
        List<RulesCheck.Verdict> v = verdicts[0];
        try {
            if (format == OutputFormat.CHECK_JSON) json(input.file(), rules, v, read == Main.DAMAGED, out);
            else text(input.file(), rules, v, out);
            out.flush();
            if (cl.hasOption("junit-xml")) junit(Path.of(cl.getOptionValue("junit-xml")), input.file(), rules, v);
        } catch (IOException | XMLStreamException e) {
            err.println("nlscope check: cannot write " + Escape.text(cl.getOptionValue("junit-xml", "the report")) + ": " + e.getMessage());
            return CaptureCommand.WRITE_FAILED;
        }
        boolean passed = v.stream().allMatch(RulesCheck.Verdict::passed);
        if (read == Main.DAMAGED) err.println("nlscope check: the capture is damaged, so it cannot pass a check (the rules were judged on what it holds).");
        return read == Main.DAMAGED || !passed ? FAILED : read;
    }

    static void text(String file, Rules rules, List<RulesCheck.Verdict> verdicts, PrintStream out) {
        out.println("nlscope check " + Escape.text(name(file)) + " --rules " + Escape.text(rules.source()));
        int failed = 0;
        for (RulesCheck.Verdict v : verdicts) {
            if (!v.passed()) failed++;
            out.println((v.passed() ? "PASS  " : "FAIL  ") + Escape.text(v.rule().name()) + " (" + v.rule().kind() + "): "
                    + Escape.text(v.summary()));
            if (!v.passed()) {
                for (String o : v.offenders()) out.println("        " + Escape.text(o));
                if (v.more() > 0) out.println("        ... and " + v.more() + " more");
            }
        }
        out.println(verdicts.size() + " rules: " + (verdicts.size() - failed) + " passed, " + failed + " failed");
    }

    private static void json(String file, Rules rules, List<RulesCheck.Verdict> verdicts, boolean damaged, OutputStream os) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(new java.io.FilterOutputStream(os) {
            @Override public void close() throws IOException { flush(); }
        }, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeStringField("file", name(file));
            g.writeStringField("rules", rules.source());
            g.writeBooleanField("passed", !damaged && verdicts.stream().allMatch(RulesCheck.Verdict::passed));
            g.writeBooleanField("damaged", damaged);
            g.writeArrayFieldStart("verdicts");
            for (RulesCheck.Verdict v : verdicts) {
                g.writeStartObject();
                g.writeStringField("name", v.rule().name());
                g.writeStringField("kind", v.rule().kind());
                g.writeBooleanField("passed", v.passed());
                g.writeStringField("summary", v.summary());
                g.writeArrayFieldStart("offenders");
                for (String o : v.offenders()) g.writeString(o);
                g.writeEndArray();
                g.writeNumberField("more", v.more());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        os.write('\n');
    }

    /** One test suite, one test case per rule (a failure's text lists the offenders), as CI systems read surefire's reports. */
    static void junit(Path file, String capture, Rules rules, List<RulesCheck.Verdict> verdicts) throws IOException, XMLStreamException {
        try (OutputStream os = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            long failures = verdicts.stream().filter(v -> !v.passed()).count();
            w.writeStartElement("testsuite");
            w.writeAttribute("name", xml("nlscope check " + name(capture)));
            w.writeAttribute("tests", String.valueOf(verdicts.size()));
            w.writeAttribute("failures", String.valueOf(failures));
            w.writeAttribute("errors", "0");
            w.writeAttribute("skipped", "0");
            w.writeCharacters("\n");
            for (RulesCheck.Verdict v : verdicts) {
                w.writeCharacters("  ");
                w.writeStartElement("testcase");
                w.writeAttribute("classname", xml(rules.source()));
                w.writeAttribute("name", xml(v.rule().name()));
                w.writeAttribute("time", "0");
                if (!v.passed()) {
                    w.writeStartElement("failure");
                    w.writeAttribute("type", v.rule().kind());
                    w.writeAttribute("message", xml(v.summary()));
                    StringBuilder b = new StringBuilder(v.summary());
                    for (String o : v.offenders()) b.append('\n').append(o);
                    if (v.more() > 0) b.append("\n... and ").append(v.more()).append(" more");
                    w.writeCharacters(xml(b.toString()));
                    w.writeEndElement();
                } else {
                    w.writeStartElement("system-out");
                    w.writeCharacters(xml(v.summary()));
                    w.writeEndElement();
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        }
    }

    /** XML 1.0 holds no control characters but tab and newline, not even escaped: captured text is escaped as for a terminal. */
    private static String xml(String s) {
        StringBuilder b = new StringBuilder();
        for (String line : s.split("\n", -1)) {
            if (b.length() > 0) b.append('\n');
            b.append(Escape.text(line));
        }
        return b.toString();
    }

    private static String name(String file) { return file.equals("-") ? "standard input" : Path.of(file).getFileName().toString(); }
}
