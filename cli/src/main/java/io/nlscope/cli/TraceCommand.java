package io.nlscope.cli;

import io.nlscope.capture.strace.StraceImporter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code nlscope trace -w OUT [--] PROGRAM ARGS...}: runs a program under strace and records its netlink traffic. */
final class TraceCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("w").longOpt("write").hasArg().argName("OUT").desc("the pcapng file to write").build());
        o.addOption(Option.builder().longOpt("keep-log").hasArg().argName("LOG")
                .desc("also keep strace's log in LOG (default: a temporary file, deleted)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("trace", "nlscope trace -w OUT.pcapng [--] PROGRAM ARGS...",
                "Runs PROGRAM under strace (following forks) and writes every datagram it sends or receives on a "
                        + "netlink socket of any protocol to OUT.pcapng (LINKTYPE_NETLINK, direction in the EPB flags, "
                        + "'pid=PID fd=FD proto=N portid=P comm=NAME' in the EPB comment). No nlmon interface is needed; strace runs as shown below.",
                "Exit code: PROGRAM's; 2 usage error or strace missing. Ctrl-C stops PROGRAM and still writes a complete file.",
                options(), args, true, out, err);
        if (p.line() == null) {
            if (p.exitCode() == Main.OK) {
                out.println("\nstrace command (one line):\n  " + StraceImporter.commandLine("LOG", "PROGRAM ARGS..."));
            }
            return p.exitCode();
        }
        CommandLine cl = p.line();
        List<String> program = cl.getArgList();
        if (!cl.hasOption("w") || program.isEmpty()) {
            err.println("nlscope trace: give -w OUT.pcapng and the program to run; run 'nlscope trace --help' for usage.");
            return Main.USAGE;
        }
        Path output = Path.of(cl.getOptionValue("w"));
        if (!CommandLines.writableTarget("trace", output, err)) return Main.USAGE;   // before anything runs
        String strace = findOnPath("strace");
        if (strace == null) {
            err.println("nlscope trace: strace is not installed (no 'strace' on PATH); install it (Debian: apt-get install strace).");
            return Main.USAGE;
        }
        Path log;
        boolean keep = cl.hasOption("keep-log");
        try {
            log = keep ? Path.of(cl.getOptionValue("keep-log")) : Files.createTempFile("nlscope-strace", ".log");
        } catch (IOException e) {
            err.println("nlscope trace: cannot create a file for strace's log (" + CommandLines.reason(e) + ").");
            return Main.USAGE;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(strace);
        cmd.addAll(StraceImporter.STRACE_OPTIONS);
        cmd.addAll(List.of("-I", "2", "-o", log.toString()));
        cmd.addAll(program);
        Process proc;
        try {
            proc = new ProcessBuilder(cmd).inheritIO().start();
        } catch (IOException e) {
            err.println("nlscope trace: cannot run strace (" + CommandLines.reason(e) + ").");
            return Main.USAGE;
        }
        Session s = new Session(proc, log, output, keep, err);
        Thread hook = new Thread(s::interrupted, "nlscope-trace-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = proc.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            s.stop();
            code = 130;
        }
        int conv = s.finish();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or ran
        }
        return conv != Main.OK ? conv : code;
    }

    /** Converts the log once, whether the program ended or nlscope is being stopped (SIGINT/SIGTERM). */
    private static final class Session {
        private final Process proc;
        private final Path log, output;
        private final boolean keep;
        private final PrintStream err;
        private Integer result;

        Session(Process proc, Path log, Path output, boolean keep, PrintStream err) {
            this.proc = proc;
            this.log = log;
            this.output = output;
            this.keep = keep;
            this.err = err;
        }

        void interrupted() {
            stop();
            finish();
        }

        /** Stops the traced program (strace passes the signal on), then strace itself. */
        void stop() {
            if (!proc.isAlive()) return;
            proc.descendants().forEach(ProcessHandle::destroy);
            try {
                if (!proc.waitFor(3, TimeUnit.SECONDS)) {
                    proc.destroy();
                    if (!proc.waitFor(2, TimeUnit.SECONDS)) proc.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized int finish() {
            if (result == null) {
                result = ImportStraceCommand.convert(log, output, "trace", false, CaptureCommand.thisMachine(java.util.Map.of()), err);
                if (!keep) {
                    try {
                        Files.deleteIfExists(log);
                    } catch (IOException e) {
                        // a temporary file left behind
                    }
                }
            }
            return result;
        }
    }

    static String findOnPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path f = Path.of(dir, name);
            if (Files.isRegularFile(f) && Files.isExecutable(f)) return f.toString();
        }
        return null;
    }
}
