package io.nlscope.cli;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.Escape;
import io.nlscope.output.StatsReport;
import io.nlscope.output.html.SessionReport;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code nlscope report FILE -w report.html}: the capture as one self-contained HTML page ({@link SessionReport}):
 * counts, a timeline of transactions, latency per operation, errors, notifications, traffic and every transaction
 * with its decoded messages. The page is written to a temporary file beside the target and renamed at the end, so a
 * failed run leaves no half page.
 */
final class ReportCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("w").longOpt("write").hasArg().argName("OUT")
                .desc("the HTML page to write ('-' for standard output)").build());
        o.addOption(CommandLines.filterOption("report only the transactions (and notifications ...) whose request matches FILTER "
                + "(README: display filters); the traffic chart and the totals still count all"));
        o.addOption(Option.builder().longOpt("rows").hasArg().argName("N")
                .desc("hold at most N events (transactions, notifications, ...) in the page's table and timeline, with their decoded "
                        + "messages; the counts and charts cover all (default " + SessionReport.Limits.defaults().rows() + ")").build());
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("report", "nlscope report [OPTIONS] FILE -w OUT.html",
                "Writes one self-contained HTML page of a capture (it works offline, nothing is fetched when it is viewed): "
                        + "counts, a zoomable timeline of transactions per process or family, latency per operation (box plots, "
                        + "p50/p90/p99), errors by errno and operation, pairing problems, notifications per multicast group over "
                        + "time, messages and bytes per second, and a table of every transaction that filters, sorts and opens "
                        + "each row to its decoded request and responses.",
                "Exit codes: 0 done, 1 the capture is damaged (cut short; the page shows what came before), 2 usage error or "
                        + "unreadable input, 3 internal error, 8 writing OUT failed.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (!cl.hasOption("w")) {
            err.println("nlscope report: say where to write the page with -w OUT.html ('-' for standard output).");
            return Main.USAGE;
        }
        SessionReport.Limits limits = SessionReport.Limits.defaults();
        long rows = CommandLines.wholeNumber("report", cl, "rows", "events", limits.rows(), err);
        if (rows < 0) return Main.USAGE;
        limits = limits.withRows((int) Math.min(rows, Integer.MAX_VALUE));
        boolean[] badFilter = {false};
        MessageFilter filter = CommandLines.filter("report", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        SelectedStats counted = new SelectedStats(filter, cl.getOptionValue("Y"));
        CaptureInput input = CaptureInput.of("report", cl, err);
        if (input == null) return Main.USAGE;
        String target = cl.getOptionValue("w");
        Path to = target.equals("-") ? null : Path.of(target);
        if (to != null && !CommandLines.writableTarget("report", to, err)) return Main.USAGE;

        SessionReport report;
        try {
            report = new SessionReport(input.file(), limits);
        } catch (IOException e) {
            err.println("nlscope report: cannot make its temporary files: " + CommandLines.reason(e) + ".");
            return CaptureCommand.WRITE_FAILED;
        }
        try (report) {
            long[] numbered = {0}, bytes = {0};
            io.nlscope.capture.Section[] made = {null};
            IOException[] failed = {null};
            // in order (by first message): the report lets go of what it held for a message once its event has passed
            Pairing pairing = new Pairing(input.pairingConfig().withOrdered(true), e -> {
                try {
                    report.event(e, counted.accept(e));
                } catch (IOException x) {
                    throw new UncheckedIOException(x);
                }
            });
            PartialFile page = to == null ? null : new PartialFile(to);
            int code = CaptureLoop.run(input, OutputStream.nullOutputStream(), err, new CaptureLoop.Body() {
                @Override public boolean frame(DissectedFrame f) throws IOException {
                    bytes[0] += f.capturedLength();
                    report.frame(f, numbered[0] + 1);
                    numbered[0] += f.messages().size();
                    Socket s = pairing.frame(f);
                    for (NetlinkMessage m : f.messages()) {
                        counted.message(m);
                        pairing.accept(m, s);
                    }
                    return true;
                }

                @Override public void started(java.util.Optional<io.nlscope.capture.Section> section) { made[0] = section.orElse(null); }

                @Override public void end(List<String> warnings) throws IOException {
                    pairing.finish();
                    StatsReport r = counted.report(input.file(), pairing.counts(), bytes[0], made[0]);
                    try {
                        if (to == null) {
                            OutputStream os = new BufferedOutputStream(out, 1 << 16);
                            report.write(r, Main.version(), os);
                            os.flush();
                            return;
                        }
                        try (OutputStream os = page.open()) {
                            report.write(r, Main.version(), os);
                        }
                    } catch (IOException | UncheckedIOException x) {
                        failed[0] = x instanceof UncheckedIOException u ? u.getCause() : (IOException) x;
                    }
                }
            });
            // damage after some frames: the page of those (as read shows them); a file that gave none makes no page
            boolean written = false;
            if (page != null) {
                try (page) {
                    if (failed[0] == null && (code <= Main.DAMAGED || numbered[0] > 0)) {
                        page.commit();
                        written = true;
                    }
                } catch (IOException x) {
                    failed[0] = x;
                }
            }
            if (failed[0] != null) {
                err.println("nlscope report: writing " + Escape.text(to == null ? "standard output" : target) + " failed: "
                        + CommandLines.reason(failed[0]) + ".");
                return CaptureCommand.WRITE_FAILED;
            }
            if (written && !input.quiet()) {
                err.println("nlscope report: wrote " + Escape.text(target) + " (" + Files.size(to) + " bytes; " + report.kept()
                        + " events in its table" + (report.leftOut() > 0 ? ", " + report.leftOut() + " more counted only (--rows)" : "") + ").");
            }
            counted.sayIfNothingMatched("report", input.quiet(), err);
            return code;
        } catch (IOException e) {
            err.println("nlscope report: " + CommandLines.reason(e) + ".");
            return CaptureCommand.WRITE_FAILED;
        }
    }
}
