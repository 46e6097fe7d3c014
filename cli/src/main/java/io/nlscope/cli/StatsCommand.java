package io.nlscope.cli;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import io.nlscope.output.OutputFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

/** {@code nlscope stats FILE}: per family and operation, what happened and how long it took. */
final class StatsCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.formatOption(OutputFormat.View.STATS));
        o.addOption(CommandLines.countOption("read only the first N messages, as tshark -c does (a request whose answer "
                + "comes later is UNANSWERED)"));
        o.addOption(CommandLines.filterOption("count only the transactions (and notifications ...) whose request matches FILTER "
                + "(README: display filters)"));
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("stats", "nlscope stats [OPTIONS] FILE",
                "Pairs the requests of a capture with their responses and counts, per protocol or generic netlink family "
                        + "and operation: transactions, outcomes, errors by errno, latency (request to last response) "
                        + "p50/p90/p99/max, bytes; then notifications and orphan responses by message type.",
                "Exit codes: 0 done, 1 the capture is damaged (cut short), 2 usage error or unreadable input, 3 internal error.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        OutputFormat format = CommandLines.format("stats", cl, OutputFormat.View.STATS, err);
        if (format == null) return Main.USAGE;
        long limit = CommandLines.count("stats", cl, "messages", err);
        if (limit < 0) return Main.USAGE;
        boolean[] badFilter = {false};
        MessageFilter filter = CommandLines.filter("stats", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        SelectedStats counted = new SelectedStats(filter, cl.getOptionValue("Y"));
        CaptureInput input = CaptureInput.of("stats", cl, err);
        if (input == null) return Main.USAGE;
        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        // with -Y events come in order, as EventSelection needs them
        Pairing pairing = new Pairing(input.pairingConfig().withRequestKeys(false).withOrdered(counted.filtering()), counted::accept);
        long[] seen = {0};   // messages read (-c N: N of them)
        long[] bytes = {0};
        io.nlscope.capture.Section[] made = {null};
        return CaptureLoop.run(input, filter != null && filter.needsTree() ? Depth.FULL : Depth.HEADERS, os, err, new CaptureLoop.Body() {
            @Override public boolean frame(DissectedFrame f) {
                if (seen[0] >= limit) return false;
                bytes[0] += f.capturedLength();
                Socket s = pairing.frame(f);
                for (NetlinkMessage m : f.messages()) {   // -c N: a frame that holds the N-th message gives its first ones
                    if (seen[0] >= limit) break;
                    seen[0]++;
                    counted.message(m);
                    pairing.accept(m, s);
                }
                return seen[0] < limit;
            }

            @Override public void started(java.util.Optional<io.nlscope.capture.Section> section) { made[0] = section.orElse(null); }

            @Override public void end(List<String> warnings) throws IOException {
                pairing.finish();
                format.writeStats(counted.report(input.file(), pairing.counts(), bytes[0], made[0]), os);
                counted.sayIfNothingMatched("stats", input.quiet(), err);
            }
        });
    }
}
