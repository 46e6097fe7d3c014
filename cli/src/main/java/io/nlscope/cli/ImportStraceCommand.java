package io.nlscope.cli;

import io.nlscope.capture.PcapngWriter;
import io.nlscope.capture.strace.StraceImporter;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import io.nlscope.output.Escape;
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
        o.addOption(Option.builder("w").longOpt("write").hasArg().argName("OUT").desc("the pcapng file to write").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("OUT").desc("the same as -w (the older name)").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("import-strace", "nlscope import-strace LOG -w OUT.pcapng",
                "Converts the log of a program traced with strace into a LINKTYPE_NETLINK pcapng: one frame per datagram "
                        + "sent (OUTBOUND) or received (INBOUND) on a netlink socket of any protocol, with an EPB comment "
                        + "'pid=PID fd=FD proto=N portid=P comm=NAME' (comm when the log has strace -Y's names). Record the log with the strace command below.",
                "Lines that cannot be used are reported as warnings. Exit codes: 0 done, 1 the log holds no usable line "
                        + "(nothing is written), 2 usage error or unreadable log, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) {
            if (p.exitCode() == Main.OK) {
                out.println("\nstrace command (one line):\n  " + StraceImporter.commandLine("LOG", "PROGRAM ARGS..."));
            }
            return p.exitCode();
        }
        CommandLine cl = p.line();
        String target = cl.getOptionValue("w", cl.getOptionValue("o"));
        if (cl.getArgList().size() != 1 || target == null) {
            err.println("nlscope import-strace: give one strace log and -w OUT.pcapng; run 'nlscope import-strace --help' for usage.");
            return Main.USAGE;
        }
        Path log = Path.of(cl.getArgList().get(0)), output = Path.of(target);
        if (!Files.isRegularFile(log) || !Files.isReadable(log)) {
            err.println("nlscope import-strace: cannot read " + Escape.text(log.toString()) + ": "
                    + (Files.exists(log) ? (Files.isDirectory(log) ? "it is a folder" : "no permission") : "no such file") + ".");
            return Main.USAGE;
        }
        if (!CommandLines.writableTarget("import-strace", output, err)) return Main.USAGE;
        return convert(log, output, "import-strace", true, null, err);
    }

    /**
     * Converts {@code log} into {@code output}; prints warnings and a one-line summary on {@code err}. With
     * {@code emptyIsError}, a log without one usable line writes nothing and exits 1 (a traced program that used
     * no netlink, in contrast, gives a valid empty capture). {@code section}: the file's section header (trace: this
     * machine's), null for none (a log from elsewhere: its kernel is not known).
     */
    static int convert(Path log, Path output, String command, boolean emptyIsError, io.nlscope.capture.Section section, PrintStream err) {
        boolean empty = false;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1);
             OutputStream os = new BufferedOutputStream(Files.newOutputStream(output));
             PcapngWriter w = section == null ? new PcapngWriter(os) : new PcapngWriter(os, section)) {
            StraceImporter.Result r = new StraceImporter(StraceProtocols.byName(),
                    m -> err.println("nlscope " + command + ": warning: " + m)).convert(in, w);
            w.flush();
            if (emptyIsError && r.frames() == 0 && r.lines() == r.skippedLines()) {
                err.println("nlscope " + command + ": " + Escape.text(log.toString()) + " holds no usable strace line, so "
                        + "nothing was written; record the log with the command 'nlscope import-strace --help' shows.");
                empty = true;
                return Main.DAMAGED;
            }
            err.println("nlscope " + command + ": " + r.frames() + " netlink frames written to " + Escape.text(output.toString())
                    + (r.warnings() > 0 ? " (" + r.warnings() + " warnings)" : ""));
            return Main.OK;
        } catch (IOException e) {
            err.println("nlscope " + command + ": cannot convert " + Escape.text(log.toString()) + " to "
                    + Escape.text(output.toString()) + " (" + CommandLines.reason(e) + ").");
            return Main.USAGE;
        } finally {
            if (empty) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException e) {
                    // nothing more to do
                }
            }
        }
    }
}
