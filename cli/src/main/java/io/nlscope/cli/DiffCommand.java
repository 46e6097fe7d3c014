package io.nlscope.cli;

import io.nlscope.analysis.diff.Normalizer;
import io.nlscope.analysis.diff.Session;
import io.nlscope.analysis.diff.SessionDiff;
import io.nlscope.output.DiffReport;
import io.nlscope.output.OutputFormat;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nlscope diff BASELINE CANDIDATE}: two recorded sessions compared as transactions and notifications
 * ({@link SessionDiff}), after normalisation ({@link Normalizer}). Exit 0 equivalent, 1 different, 2 error.
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
        o.addOption(Option.builder("q").longOpt("quiet").desc("no report, only the exit code").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("diff", "nlscope diff [OPTIONS] BASELINE CANDIDATE",
                "Compares two recorded netlink sessions as transactions and notifications, not bytes: what was asked "
                        + "and what the kernel answered, without what differs between identical runs (seq, port ids, "
                        + "times, interface indexes, counters ...).",
                "Exit codes: 0 equivalent, 1 different, 2 usage error or unreadable input, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (cl.getArgList().size() != 2) {
            err.println("nlscope diff: give two captures, BASELINE and CANDIDATE; run 'nlscope diff --help' for usage.");
            return Main.USAGE;
        }
        OutputFormat format = CommandLines.format("diff", cl, OutputFormat.View.DIFF, err);
        if (format == null) return Main.USAGE;
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
        return r.equivalent() ? Main.OK : DIFFERENT;
    }

    private static List<String> values(CommandLine cl, String option) {
        String[] v = cl.getOptionValues(option);
        return v == null ? List.of() : List.of(v);
    }

}
