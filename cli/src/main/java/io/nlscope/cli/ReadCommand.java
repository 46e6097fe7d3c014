package io.nlscope.cli;

import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.dissect.GenericNetlinkDissector;
import io.nlscope.dissect.NetlinkDissector;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.userspec.KsyCompiler;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code nlscope read FILE}: every netlink message of a capture, as lines, a tree, or JSON. */
final class ReadCommand {

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("V").longOpt("verbose").desc("show the full decoded tree of every message").build());
        o.addOption(Option.builder("T").longOpt("format").hasArg().argName("FORMAT")
                .desc("text (default), json (one document), ndjson (one message per line), none (decode only)").build());
        o.addOption(Option.builder("c").longOpt("count").hasArg().argName("N").desc("stop after N messages").build());
        o.addOption(Option.builder().longOpt("coverage")
                .desc("instead of the messages, count per protocol and message type the fields decoded by name, left raw and malformed (several FILEs allowed)").build());
        o.addOption(Option.builder().longOpt("genl-family").hasArg().argName("ID=NAME")
                .desc("generic netlink family id to name, e.g. 0x24=ethtool (repeatable); wins over the capture's own "
                        + "CTRL_CMD_NEWFAMILY announcements").build());
        o.addOption(Option.builder().longOpt("ksy").hasArg().argName("SPEC.ksy")
                .desc("decode a protocol of your own with a Kaitai spec of the message body after nlmsghdr, compiled now "
                        + "(meta -nl-protocol: N and -nl-message-types: {16: NAME} give the protocol and type names)").build());
        o.addOption(Option.builder().longOpt("protocol").hasArg().argName("N")
                .desc("the netlink protocol number (0..31) the --ksy spec decodes; by default its meta -nl-protocol").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no progress on the terminal").build());
        o.addOption(Option.builder().longOpt("debug").desc("show stack traces of internal errors").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
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
            if (cl.getArgList().isEmpty()) {
                err.println("nlscope read: --coverage needs one or more capture files.");
                return Main.USAGE;
            }
            return CoverageReport.run(cl.getArgList(), out, err);
        }
        if (cl.getArgList().size() != 1) {
            err.println("nlscope read: give exactly one capture file (or '-' for standard input); run 'nlscope read --help' for usage.");
            return Main.USAGE;
        }
        String file = cl.getArgList().get(0);
        String format = cl.getOptionValue("T", "text");
        long limit = Long.MAX_VALUE;
        if (cl.hasOption("c")) {
            try {
                limit = Long.parseLong(cl.getOptionValue("c"));
                if (limit < 0) throw new NumberFormatException();
            } catch (NumberFormatException e) {
                err.println("nlscope read: -c needs a whole number of messages, not '" + cl.getOptionValue("c") + "'.");
                return Main.USAGE;
            }
        }
        Map<Integer, String> genl = new HashMap<>();
        for (String v : cl.getOptionValues("genl-family") == null ? new String[0] : cl.getOptionValues("genl-family")) {
            try {
                Map.Entry<Integer, String> e = GenlFamilies.parseMapping(v);
                genl.put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException e) {
                err.println("nlscope read: --genl-family " + e.getMessage() + ".");
                return Main.USAGE;
            }
        }
        ProtocolDissector user = null;
        if (cl.hasOption("protocol") && !cl.hasOption("ksy")) {
            err.println("nlscope read: --protocol goes with --ksy.");
            return Main.USAGE;
        }
        if (cl.hasOption("ksy")) {
            int protocol = -1;
            if (cl.hasOption("protocol")) {
                try {
                    protocol = Integer.decode(cl.getOptionValue("protocol"));
                    if (protocol < 0 || protocol >= ProtocolRegistry.MAX_PROTOCOLS) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    err.println("nlscope read: --protocol needs a netlink protocol number 0.." + (ProtocolRegistry.MAX_PROTOCOLS - 1)
                            + ", not '" + cl.getOptionValue("protocol") + "'.");
                    return Main.USAGE;
                }
            }
            try {
                user = KsyCompiler.dissector(Path.of(cl.getOptionValue("ksy")), protocol);
            } catch (KsyCompiler.KsyException e) {
                err.println("nlscope read: --ksy " + cl.getOptionValue("ksy") + " does not compile:\n" + e.getMessage());
                return Main.USAGE;
            } catch (IOException e) {
                err.println("nlscope: " + InputErrors.describe(cl.getOptionValue("ksy"), e));
                return Main.USAGE;
            }
        }
        OutputStream os = new BufferedOutputStream(out, 1 << 16);
        MessageSink sink;
        try {
            sink = switch (format) {
                case "text" -> cl.hasOption("V") ? new TreeSink(os) : new LineSink(os);
                case "json" -> new JsonSink(os, false, file);
                case "ndjson" -> new JsonSink(os, true, file);
                case "none" -> new MessageSink.None();
                default -> null;
            };
        } catch (IOException e) {
            err.println("nlscope read: cannot write the output: " + e.getMessage());
            return Main.USAGE;
        }
        if (sink == null) {
            err.println("nlscope read: unknown format '" + format + "'; use text, json, ndjson or none.");
            return Main.USAGE;
        }
        boolean debug = cl.hasOption("debug");
        Progress progress = new Progress(err, !cl.hasOption("q"));
        try (NetlinkCapture cap = open(file, genl, user)) {
            long messages = 0;
            DissectedFrame f;
            outer:
            while (messages < limit && (f = cap.next()) != null) {
                sink.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    if (messages++ >= limit) break outer;
                    sink.message(f, m);
                }
                sink.frameEnd(f);
                progress.update(f.index(), messages);
            }
            progress.done();
            sink.end(cap.warnings());
            os.flush();
            for (String w : cap.warnings()) err.println("nlscope: warning: " + w);
            return cap.warnings().isEmpty() ? Main.OK : Main.DAMAGED;
        } catch (IOException e) {
            progress.done();
            flushQuietly(os);
            err.println("nlscope: " + InputErrors.describe(file.equals("-") ? "standard input" : file, e));
            if (debug) e.printStackTrace(err);
            return Main.USAGE;
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            progress.done();
            flushQuietly(os);
            err.println("nlscope: internal error while reading " + file + ": " + e + " (please report it; --debug shows where)");
            if (debug) e.printStackTrace(err);
            return Main.INTERNAL;
        }
    }

    /**
     * A file is pre-scanned for generic netlink family announcements; standard input is not. A
     * user's dissector ({@code --ksy}) takes its protocol's place in the standard registry.
     */
    private static NetlinkCapture open(String file, Map<Integer, String> genl, ProtocolDissector user) throws IOException {
        List<ProtocolDissector> own = user == null ? List.of() : List.of(user);
        return file.equals("-") ? NetlinkCapture.open(System.in, genl, own) : NetlinkCapture.open(Path.of(file), genl, own);
    }

    private static void flushQuietly(OutputStream os) {
        try { os.flush(); } catch (IOException ignored) { /* the error being reported matters more */ }
    }
}
