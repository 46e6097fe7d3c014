package io.nlscope.cli;

import io.nlscope.output.OutputFormat;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

import java.io.PrintStream;
import java.util.List;
import java.io.PrintWriter;

/** What every subcommand does with its arguments: parse them, or show its help, or say in one sentence what is wrong. */
final class CommandLines {
    private CommandLines() {}

    /** {@code -T/--format FORMAT}, the same option in every command, its help made from the format registry. */
    /** -Y FILTER of the commands that read a capture; {@code desc} says what it selects there. */
    static Option filterOption(String desc) {
        return Option.builder("Y").longOpt("display-filter").hasArg().argName("FILTER").desc(desc).build();
    }

    /** -t FORMAT, tshark's time formats. */
    static Option timeOption(String what) {
        return Option.builder("t").hasArg().argName("FORMAT")
                .desc(what + ", as tshark -t: r seconds since the first frame (default), d since the previous "
                        + "frame, dd since the previous line, e since the epoch, a / ad the local time of day (with the date), "
                        + "u / ud the same in UTC").build();
    }

    /** -t's format: relative without it; null after one sentence on {@code err}. */
    static io.nlscope.output.TimeFormat times(String command, CommandLine cl, PrintStream err) {
        if (!cl.hasOption("t")) return io.nlscope.output.TimeFormat.RELATIVE;
        io.nlscope.output.TimeFormat t = io.nlscope.output.TimeFormat.of(cl.getOptionValue("t"));
        if (t == null) err.println("nlscope " + command + ": -t needs " + io.nlscope.output.TimeFormat.choices() + ", not '"
                + io.nlscope.output.Escape.text(cl.getOptionValue("t")) + "'.");
        return t;
    }

    /** -e FIELD and -E OPTION=VALUE of -T fields. */
    static void fieldOptions(Options o) {
        o.addOption(Option.builder("e").hasArg().argName("FIELD")
                .desc("with -T fields: a column, by its filter name (nlmsg.seq, attr.IFLA_IFNAME, outcome, latency, ...; "
                        + "'nlscope fields' lists them); repeatable").build());
        o.addOption(Option.builder("E").hasArg().argName("OPTION=VALUE")
                .desc("with -T fields: separator=, (default a tab; /t /s), header=y, quote=d|s|n, occurrence=f|l|a, aggregator=,").build());
    }

    /**
     * The columns of -T fields (null for another format); sets {@code bad[0]} after one sentence when -e and -T
     * fields do not go together or a name or option is wrong.
     */
    static io.nlscope.output.FieldColumns columns(String command, CommandLine cl, boolean fields, PrintStream err, boolean[] bad) {
        List<String> e = cl.getOptionValues("e") == null ? List.of() : List.of(cl.getOptionValues("e"));
        List<String> opts = cl.getOptionValues("E") == null ? List.of() : List.of(cl.getOptionValues("E"));
        if (!fields) {
            if (!e.isEmpty() || !opts.isEmpty()) {
                err.println("nlscope " + command + ": -e and -E go with -T fields.");
                bad[0] = true;
            }
            return null;
        }
        try {
            return io.nlscope.output.FieldColumns.of(e, opts, !cl.hasOption("ksy"));
        } catch (io.nlscope.analysis.filter.FilterException x) {
            err.println("nlscope " + command + ": -e: " + io.nlscope.output.Escape.text(x.getMessage()) + ".");
        } catch (IllegalArgumentException x) {
            err.println("nlscope " + command + ": " + x.getMessage() + ".");
        }
        bad[0] = true;
        return null;
    }

    /** -Y's filter: null without it; sets {@code bad[0]} after one sentence, the filter and a caret on {@code err}. */
    static io.nlscope.analysis.filter.MessageFilter filter(String command, CommandLine cl, PrintStream err, boolean[] bad) {
        return cl.hasOption("Y") ? filter(command, "-Y", cl.getOptionValue("Y"), !cl.hasOption("ksy"), err, bad) : null;
    }

    /** A filter given with {@code option}; null after one sentence, the filter and a caret on {@code err}, setting {@code bad[0]}. */
    static io.nlscope.analysis.filter.MessageFilter filter(String command, String option, String text, boolean checkNames,
                                                          PrintStream err, boolean[] bad) {
        try {
            return io.nlscope.analysis.filter.MessageFilter.compile(text, checkNames);   // a user's spec (--ksy) names fields of its own
        } catch (io.nlscope.analysis.filter.FilterException e) {
            String[] lines = e.explain(text).split("\n");
            err.println("nlscope " + command + ": " + option + ": " + io.nlscope.output.Escape.text(lines[0]) + ".");
            for (int i = 1; i < lines.length; i++) err.println(io.nlscope.output.Escape.text(lines[i]));
            bad[0] = true;
            return null;
        }
    }

    /** -c N of the commands that read a capture; {@code desc} says what N counts there. */
    static Option countOption(String desc) {
        return Option.builder("c").longOpt("count").hasArg().argName("N").desc(desc).build();
    }

    /** -c's value: Long.MAX_VALUE without it; -1 after one sentence on {@code err} ({@code unit}: what it counts, plural). */
    static long count(String command, CommandLine cl, String unit, PrintStream err) {
        return wholeNumber(command, cl, "c", unit, Long.MAX_VALUE, err);
    }

    /**
     * The whole number an option ({@code -c}, {@code --rows}) gives, {@code absent} without it; -1 after one sentence on
     * {@code err}: "nlscope report: --rows needs a whole number of events, not 'many'."
     */
    static long wholeNumber(String command, CommandLine cl, String option, String unit, long absent, PrintStream err) {
        if (!cl.hasOption(option)) return absent;
        try {
            long n = Long.parseLong(cl.getOptionValue(option));
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            err.println("nlscope " + command + ": " + (option.length() == 1 ? "-" : "--") + option + " needs a whole number of " + unit
                    + ", not '" + io.nlscope.output.Escape.text(cl.getOptionValue(option)) + "'.");
            return -1;
        }
    }

    static Option formatOption(OutputFormat.View view) {
        return Option.builder("T").longOpt("format").hasArg().argName("FORMAT").desc(OutputFormat.help(view)).build();
    }

    /** The format {@code -T/--format} names (the view's default without the option), or null after saying in one sentence what is wrong. */
    static OutputFormat format(String command, CommandLine cl, OutputFormat.View view, PrintStream err) {
        if (!cl.hasOption("T")) return OutputFormat.standard(view);
        String name = cl.getOptionValue("T");
        OutputFormat f = OutputFormat.find(view, name).orElse(null);
        if (f == null) err.println("nlscope " + command + ": unknown format '" + io.nlscope.output.Escape.text(name) + "'; use "
                + OutputFormat.choices(view) + ".");
        return f;
    }

    /**
     * Whether a capture file can be written at {@code file} (its folder exists and may be written); says in one
     * sentence why not. Every command that writes a capture asks this before it starts anything.
     */
    static boolean writableTarget(String command, java.nio.file.Path file, PrintStream err) {
        java.nio.file.Path dir = file.toAbsolutePath().getParent();
        if (dir != null && java.nio.file.Files.isDirectory(dir) && java.nio.file.Files.isWritable(dir)) return true;
        err.println("nlscope " + command + ": cannot write " + io.nlscope.output.Escape.text(file.toString()) + ": "
                + (dir != null && java.nio.file.Files.isDirectory(dir) ? "no permission to write in " : "there is no folder ")
                + io.nlscope.output.Escape.text(String.valueOf(dir)) + ".");
        return false;
    }

    /** An I/O failure in a few words for a user (no exception class names, no internal paths). */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file or folder";
        if (e instanceof java.nio.file.AccessDeniedException) return "no permission";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return io.nlscope.output.Escape.text(f.getReason());
        return io.nlscope.output.Escape.text(String.valueOf(e.getMessage()));
    }

    /** The parsed arguments, or (line null) the exit code to stop with. */
    record Parsed(CommandLine line, int exitCode) {}

    /** Parses {@code args}; {@code -h/--help} (which every command has) prints the help. */
    static Parsed parse(String command, String usage, String description, String footer, Options opts,
                        String[] args, PrintStream out, PrintStream err) {
        return parse(command, usage, description, footer, opts, args, false, out, err);
    }

    /** As above; with {@code stopAtNonOption} everything from the first non-option argument on is left as arguments. */
    static Parsed parse(String command, String usage, String description, String footer, Options opts,
                        String[] args, boolean stopAtNonOption, PrintStream out, PrintStream err) {
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(opts, args, stopAtNonOption);
        } catch (ParseException e) {
            err.println("nlscope " + command + ": " + e.getMessage() + "; run 'nlscope " + command + " --help' for usage.");
            return new Parsed(null, Main.USAGE);
        }
        if (cl.hasOption("h")) {
            PrintWriter pw = new PrintWriter(out);
            new HelpFormatter().printHelp(pw, 100, usage, description + "\n\n", opts, 2, 2, "\n" + footer);
            pw.flush();
            return new Parsed(null, Main.OK);
        }
        return new Parsed(cl, Main.OK);
    }
}
