package io.nlscope.cli;

import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;

import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.OutputFormat;
import io.nlscope.output.MessageOutput;
import io.nlscope.output.MessageSink;
import io.nlscope.output.PairedSink;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;

import java.util.List;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.output.Escape;
import io.nlscope.output.LineSink;
import io.nlscope.output.TimeFormat;

/** {@code nlscope read FILE}: every netlink message of a capture, as lines, a tree, or JSON. */
final class ReadCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("V").longOpt("verbose").desc("show the full decoded tree of every message").build());
        o.addOption(CommandLines.formatOption(OutputFormat.View.MESSAGES));
        o.addOption(CommandLines.countOption("show only the first N messages (pairing reads on until their requests are answered)"));
        o.addOption(CommandLines.timeOption("the time of each line"));
        o.addOption(CommandLines.filterOption("show only the messages that match FILTER, e.g. 'route && type == RTM_NEWLINK', "
                + "'attr.IFLA_IFNAME == \"dummy0\"', 'genl.family == \"ethtool\" && !flags.ACK' (README: display filters); "
                + "pairing still sees every message"));
        o.addOption(Option.builder().longOpt("coverage")
                .desc("instead of the messages, count per protocol and message type the fields decoded by name, left raw and malformed (several FILEs allowed)").build());
        o.addOption(Option.builder().longOpt("no-pairing")
                .desc("do not pair requests with responses (by default each message says which frames answer it or which it answers)").build());
        CommandLines.fieldOptions(o);
        CaptureInput.addOptions(o);
        return o;
    }

    int run(String[] args, PrintStream out, PrintStream err) {
        Options opts = options();
        CommandLines.Parsed p = CommandLines.parse("read", "nlscope read [OPTIONS] FILE",
                "Decodes every netlink message of a pcap or pcapng capture of an nlmon interface; FILE '-' reads standard input.",
                "Exit codes: 0 done, 1 the capture is damaged (cut short), 2 usage error or unreadable input, 3 internal error.",
                opts, args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (cl.hasOption("coverage")) {
            List<String> files = new java.util.ArrayList<>(cl.getArgList());
            if (cl.hasOption("r")) files.add(0, cl.getOptionValue("r"));
            if (files.isEmpty()) {
                err.println("nlscope read: --coverage needs one or more capture files.");
                return Main.USAGE;
            }
            return CoverageReport.run(files, out, err);
        }
        OutputFormat format = CommandLines.format("read", cl, OutputFormat.View.MESSAGES, err);
        if (format == null) return Main.USAGE;
        long limit = CommandLines.count("read", cl, "messages", err);
        if (limit < 0) return Main.USAGE;
        TimeFormat times = CommandLines.times("read", cl, err);
        if (times == null) return Main.USAGE;
        boolean[] badFilter = {false};
        MessageFilter filter = CommandLines.filter("read", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        io.nlscope.output.FieldColumns columns = CommandLines.columns("read", cl, format == OutputFormat.FIELDS, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        CaptureInput input = CaptureInput.of("read", cl, err);
        if (input == null) return Main.USAGE;
        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        MessageSink sink;
        try {
            sink = format.messageSink(os, input.file(), cl.hasOption("V"), columns);
            if (sink instanceof LineSink lines) lines.withTimes(times);
        } catch (IOException e) {
            err.println("nlscope read: cannot write the output: " + e.getMessage());
            return Main.USAGE;
        }
        boolean byEvent = filter != null && filter.needsEvent();
        if (byEvent && (cl.hasOption("no-pairing") || format == OutputFormat.NONE)) {
            err.println("nlscope read: the filter tests the transaction (" + Escape.text(cl.getOptionValue("Y"))
                    + "), which needs pairing: leave out --no-pairing.");
            return Main.USAGE;
        }
        PairedSink paired = format == OutputFormat.NONE || cl.hasOption("no-pairing") ? null
                : new PairedSink(sink, input.pairingConfig(), input.pairingMemory(), filter, false);
        MessageOutput shown = paired != null ? paired : MessageOutput.direct(sink);
        long max = limit;
        if (byEvent) paired.limit(max);
        long[] messages = {0};
        // one line per message needs the summary, not the tree
        Depth depth = (format == OutputFormat.TEXT && !cl.hasOption("V") || format == OutputFormat.FIELDS && !columns.needsTree())
                && (filter == null || !filter.needsTree()) ? Depth.SUMMARY : Depth.FULL;
        MessageFilter only = filter;
        // a filter of the message is tested first on frames decoded to their headers; only the frames it may show
        // are decoded further (a field of the tree is known absent from other protocols' messages)
        boolean prefilter = filter != null && !byEvent && depth != Depth.HEADERS;
        NetlinkCapture[] capture = {null};
        return CaptureLoop.run(input, prefilter ? Depth.HEADERS : depth, os, err, new CaptureLoop.Body() {
            @Override public void opened(NetlinkCapture cap) { capture[0] = cap; }

            @Override public boolean frame(io.nlscope.capture.Frame raw, DissectedFrame f) throws IOException {
                if (!prefilter || f.messages().isEmpty()) return frame(f);
                if (only.mayMatch(f.messages())) return frame(capture[0].dissect(raw, depth));   // shown: decoded as the output needs
                return frame(f);   // nothing shown: pairing sees its headers
            }

            @Override public boolean frame(DissectedFrame f) throws IOException {
                // past -c N, pairing reads on (showing nothing) until the shown requests have their answers
                if (byEvent ? paired.written() >= max && paired.settled() : messages[0] >= max && (paired == null || paired.settled())) return false;
                sink.frameSeen(f.timestampNanos());   // times count from the capture's first frame, deltas from the one before
                if (only != null && f.messages().isEmpty()) return true;   // a filter selects messages
                shown.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    if (byEvent) {           // the message waits for its event, which decides whether it shows
                        shown.message(f, m);
                        continue;
                    }
                    if (only != null && !only.test(m)) {
                        shown.skip(f, m);
                        continue;
                    }
                    if (messages[0] == max) {
                        if (paired == null) return false;
                        paired.quiet();
                    }
                    messages[0]++;
                    shown.message(f, m);
                }
                shown.frameEnd(f);
                return true;
            }

            @Override public void end(List<String> warnings) throws IOException { shown.end(warnings); }
        });
    }
}
