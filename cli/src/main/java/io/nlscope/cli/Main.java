package io.nlscope.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Properties;

/**
 * nlscope's entry point: {@code nlscope COMMAND [OPTIONS] ...}.
 * Exit codes (also in README.md): 0 done; 1 done, but the input was damaged (cut short);
 * 2 usage error or unreadable input; 3 internal error. When the reader of standard output goes
 * away ({@code | head -1}) the command stops at once with exit code 0.
 */
public final class Main {
    public static final int OK = 0, DAMAGED = 1, USAGE = 2, INTERNAL = 3;

    private Main() {}

    public static void main(String[] args) {
        int code;
        try {
            code = run(args, ClosedOutput.stdout(), System.err);
        } catch (ClosedOutput e) {
            code = OK;   // the reader of standard output has gone (| head): nothing more to do
        } catch (OutOfMemoryError e) {
            code = outOfMemory(System.err, Arrays.asList(args).contains("--debug") ? e : null);
        } catch (RuntimeException | Error e) {
            System.err.println("nlscope: internal error: " + e + " (please report it; --debug shows where)");
            if (Arrays.asList(args).contains("--debug")) e.printStackTrace();
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** One sentence for a heap that ran out (exit 3); the stack trace only when {@code trace} is given (--debug). */
    static int outOfMemory(PrintStream err, Throwable trace) {
        long max = Runtime.getRuntime().maxMemory() >> 20;
        err.println("nlscope: out of memory (Java heap of " + max + " MB); give it more with NLSCOPE_JAVA_OPTS=-Xmx... "
                + "or hold less with a smaller --pairing-memory (please report it if the default ran out).");
        if (trace != null) trace.printStackTrace(err);
        return INTERNAL;
    }

    /** Runs a command; returns the exit code. Output goes to {@code out}, messages to {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            usage(out);
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version") || args[0].equals("version")) {
            out.println("nlscope " + version());
            return OK;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        return switch (args[0]) {
            case "read" -> new ReadCommand().run(rest, out, err);
            case "pairs" -> new PairsCommand().run(rest, out, err);
            case "stats" -> new StatsCommand().run(rest, out, err);
            case "report" -> new ReportCommand().run(rest, out, err);
            case "capture" -> new CaptureCommand().run(rest, out, err);
            case "export" -> new ExportCommand().run(rest, out, err);
            case "diff" -> new DiffCommand().run(rest, out, err);
            case "check" -> new CheckCommand().run(rest, out, err);
            case "fixture" -> new FixtureCommand().run(rest, out, err);
            case "trace" -> new TraceCommand().run(rest, out, err);
            case "import-strace" -> new ImportStraceCommand().run(rest, out, err);
            case "fields" -> new FieldsCommand().run(rest, out, err);
            default -> {
                err.println("nlscope: unknown command '" + args[0] + "'; run 'nlscope --help' for the list.");
                yield USAGE;
            }
        };
    }

    static void usage(PrintStream out) {
        out.println("""
                usage: nlscope COMMAND [OPTIONS] ...

                Captures and analyses Linux netlink traffic (pcap/pcapng of an nlmon interface).

                commands:
                  read FILE       decode every netlink message of a capture (FILE '-' is standard input)
                  pairs FILE      one row per request: its responses, outcome, errno and latency
                  stats FILE      per operation: counts, outcomes, errors, latency percentiles
                  report FILE -w OUT.html [-Y FILTER]
                                  one self-contained HTML page: timeline, latency, errors,
                                  notifications, traffic, every transaction decoded
                  export IN -w OUT [--filter FILTER] [--annotate]
                                  write the frames of a capture, all or those a filter selects,
                                  to a new pcap or pcapng, exactly as they were
                  diff BASELINE CANDIDATE
                                  compare two recorded sessions as transactions (exit 1: different)
                  check FILE --rules RULES.yaml
                                  check a session against rules: allowed errors, no unanswered
                                  requests, latency bounds, order, notifications (exit 1: failed)
                  fixture IN -w OUT [-Y FILTER]
                                  write chosen transactions as a text fixture: each message's
                                  decoded tree next to its bytes in hex
                  capture [-i nlmon0] -w FILE
                                  record what an nlmon interface sees, live, through libpcap
                  trace -w OUT [--] PROGRAM ARGS...
                                  run PROGRAM under strace and write the netlink traffic of its
                                  sockets (any protocol, no nlmon needed) to OUT (pcapng)
                  import-strace LOG -w OUT
                                  convert an strace log (see 'import-strace --help') to pcapng
                  fields [WORD]   list the field names display filters (-Y) can use, as tshark -G fields

                'nlscope COMMAND --help' shows a command's options; 'nlscope --version' the version.
                exit codes: 0 done, 1 input damaged (e.g. cut short; everything before the damage is
                shown), 2 usage error or unreadable input, 3 internal error; capture adds 4 no such interface,
                5 the kernel has no nlmon, 6 no permission, 7 libpcap missing; capture, export and
                report 8 writing failed (what was written is kept).""");
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("nlscope.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
