package io.nlscope.cli;

import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.DiffReport;
import io.nlscope.output.Escape;
import io.nlscope.output.OutputFormat;
import io.nlscope.output.html.DiffPage;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nlscope diff BASELINE CANDIDATE}: two recorded sessions compared as transactions and notifications
 * ({@link SessionDiff}), after normalisation ({@link Normalizer}); with {@code --report OUT.html} also as an HTML page
 * ({@link DiffPage}). Exit 0 equivalent, 1 different, 2 error, 8 the page could not be written.
 */
final class DiffCommand {
    static final int DIFFERENT = 1;

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.formatOption(OutputFormat.View.DIFF));
        o.addOption(Option.builder().longOpt("ignore").hasArg().argName("FIELD")
                .desc("also leave out this field (its name as read -V shows it, e.g. RTA_PRIORITY, or its path); repeatable").build());
        o.addOption(Option.builder().longOpt("keep").hasArg().argName("FIELD")
                .desc("compare a field the defaults leave out (README: what diff ignores), e.g. IFLA_ADDRESS; repeatable").build());
        o.addOption(Option.builder().longOpt("unordered")
                .desc("match transactions whatever their order (requests that ran concurrently); notifications always are").build());
        o.addOption(Option.builder().longOpt("bytes")
                .desc("also compare the raw bytes of matched messages (all but nlmsg_seq and nlmsg_pid) and show the fields "
                        + "that differ, with their offsets; bytes that differ only in fields diff leaves out do not make the sessions different").build());
        o.addOption(Option.builder().longOpt("report").hasArg().argName("OUT.html")
                .desc("also write the differences as one self-contained HTML page, baseline and candidate side by side").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no report on standard output, only the exit code (--report still writes its page)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("diff", "nlscope diff [OPTIONS] BASELINE CANDIDATE",
                "Compares two recorded netlink sessions as transactions and notifications, not bytes: what was asked "
                        + "and what the kernel answered, without what differs between identical runs (seq, port ids, "
                        + "times, interface indexes, counters ...).",
                "Exit codes: 0 equivalent, 1 different, 2 usage error or unreadable input, 3 internal error, "
                        + "8 writing OUT.html (--report) failed.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (cl.getArgList().size() != 2) {
            err.println("nlscope diff: give two captures, BASELINE and CANDIDATE; run 'nlscope diff --help' for usage.");
            return Main.USAGE;
        }
        OutputFormat format = CommandLines.format("diff", cl, OutputFormat.View.DIFF, err);
        if (format == null) return Main.USAGE;
        Path page = cl.hasOption("report") ? Path.of(cl.getOptionValue("report")) : null;
        if (page != null && !CommandLines.writableTarget("diff", page, err)) return Main.USAGE;
        Normalizer n = new Normalizer(values(cl, "ignore"), values(cl, "keep"));
        Session a, b;
        String current = cl.getArgList().get(0);
        try {
            a = Session.read(Path.of(current), n, cl.hasOption("bytes"));
            current = cl.getArgList().get(1);
            b = Session.read(Path.of(current), n, cl.hasOption("bytes"));
        } catch (IOException e) {
            err.println("nlscope: " + InputErrors.describe(current, e));
            return Main.USAGE;
        }
        SessionDiff.Result r;
        try {
            r = SessionDiff.diff(a, b, cl.hasOption("unordered"), cl.hasOption("bytes"));
        } catch (IOException e) {
            err.println("nlscope: " + InputErrors.describe(current, e));
            return Main.USAGE;
        }
        if (!cl.hasOption("q")) {
            try {
                if (format == OutputFormat.DIFF_JSON) DiffReport.json(a, b, r, out);
                else DiffReport.text(a, b, r, cl.hasOption("bytes"), out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            out.flush();
        }
        if (page != null && !writePage(page, a, b, r, cl.hasOption("bytes"), cl.hasOption("q"), err)) return CaptureCommand.WRITE_FAILED;
        return r.equivalent() ? Main.OK : DIFFERENT;
    }

    /**
     * Writes the page ({@link DiffPage}) to a temporary file beside {@code to}, renamed to it at the end, so a failed
     * run leaves no half page; false, said in one sentence, when it failed.
     */
    private static boolean writePage(Path to, Session a, Session b, SessionDiff.Result r, boolean bytes, boolean quiet, PrintStream err) {
        try (PartialFile f = new PartialFile(to)) {
            try (OutputStream os = f.open()) {
                DiffPage.write(a, b, r, bytes, Main.version(), os);
            }
            f.commit();
        } catch (IOException | UncheckedIOException e) {
            err.println("nlscope diff: writing " + Escape.text(to.toString()) + " failed: "
                    + CommandLines.reason(e instanceof UncheckedIOException u ? u.getCause() : (IOException) e) + ".");
            return false;
        }
        if (!quiet) err.println("nlscope diff: wrote " + Escape.text(to.toString()) + ".");
        return true;
    }

    private static List<String> values(CommandLine cl, String option) {
        String[] v = cl.getOptionValues(option);
        return v == null ? List.of() : List.of(v);
    }

}
