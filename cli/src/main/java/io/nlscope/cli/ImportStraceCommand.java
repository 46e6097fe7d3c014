package io.nlscope.cli;

import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.strace.StraceImporter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code nlscope import-strace LOG -o OUT}: the netlink traffic in an strace log, as LINKTYPE_NETLINK pcapng. */
final class ImportStraceCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("OUT").desc("the pcapng file to write").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("import-strace", "nlscope import-strace LOG -o OUT.pcapng",
                "Converts the log of a program traced with strace into a LINKTYPE_NETLINK pcapng: one frame per datagram "
                        + "sent (OUTBOUND) or received (INBOUND) on a netlink socket of any protocol, with an EPB comment "
                        + "'pid=PID fd=FD proto=N portid=P'. Record the log with the strace command below.",
                "Lines that cannot be used are reported as warnings. Exit codes: 0 done, 2 usage error or unreadable log, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) {
            if (p.exitCode() == Main.OK) {
                out.println("\nstrace command (one line):\n  " + StraceImporter.commandLine("LOG", "PROGRAM ARGS..."));
            }
            return p.exitCode();
        }
        CommandLine cl = p.line();
        if (cl.getArgList().size() != 1 || !cl.hasOption("o")) {
            err.println("nlscope import-strace: give one strace log and -o OUT.pcapng; run 'nlscope import-strace --help' for usage.");
            return Main.USAGE;
        }
        return convert(Path.of(cl.getArgList().get(0)), Path.of(cl.getOptionValue("o")), "import-strace", err);
    }

    /** Converts {@code log} into {@code output}; prints warnings and a one-line summary on {@code err}. */
    static int convert(Path log, Path output, String command, PrintStream err) {
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(output));
             PcapngWriter w = new PcapngWriter(os)) {
            StraceImporter.Result r = new StraceImporter(StraceProtocols.byName(),
                    m -> err.println("nlscope " + command + ": warning: " + m)).convert(in, w);
            w.flush();
            err.println("nlscope " + command + ": " + r.frames() + " netlink frames written to " + output
                    + (r.warnings() > 0 ? " (" + r.warnings() + " warnings)" : ""));
            return Main.OK;
        } catch (IOException e) {
            err.println("nlscope " + command + ": cannot convert " + log + " to " + output + ": " + e.getMessage());
            return Main.USAGE;
        }
    }
}
