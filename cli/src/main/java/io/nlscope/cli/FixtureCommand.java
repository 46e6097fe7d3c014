package io.nlscope.cli;

import io.nlscope.analysis.MessageRef;
import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Socket;
import io.nlscope.analysis.Transaction;
import io.nlscope.analysis.Unpaired;
import io.nlscope.analysis.filter.EventSelection;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.dissect.Depth;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkMessage;
import io.nlscope.output.Escape;
import io.nlscope.output.MessageSink;
import io.nlscope.output.OutputFormat;
import io.nlscope.output.Rendered;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code nlscope fixture IN -w OUT [-Y FILTER] [-c N]}: chosen transactions as a reviewable test fixture, each
 * message's decoded tree ({@code read -V}) next to its bytes in hex. Reads IN twice: once to pair and choose, once
 * to write what was chosen (so IN is a file, not standard input). Memory: the numbers of the chosen messages, at
 * most {@link #MAX_MESSAGES}.
 */
final class FixtureCommand {
    /** Messages a fixture holds at most (a fixture is for review; more is a capture). */
    static final int MAX_MESSAGES = 10_000;

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder("w").hasArg().argName("OUT").desc("the fixture to write ('-' for standard output)").build());
        o.addOption(CommandLines.filterOption("the transactions (and notifications ...) whose request matches FILTER, "
                + "with all their responses (README: display filters)"));
        o.addOption(CommandLines.countOption("at most the first N transactions chosen"));
        CaptureInput.addOptions(o);
        return o;
    }

    /**
     * What the fixture writes of one chosen message: the title of its event before the event's first message, and
     * its role (messages are written in capture order, so a response may come after another event's message).
     */
    private record Chosen(String title, String role) {}

    int run(String[] args, PrintStream out, PrintStream err) {
        CommandLines.Parsed p = CommandLines.parse("fixture", "nlscope fixture [OPTIONS] IN -w OUT",
                "Writes chosen transactions of a capture as a text fixture to keep next to tests: for each, its request "
                        + "and responses, every message's decoded tree (as read -V shows it) followed by its bytes in hex, "
                        + "with the command that made the fixture and where the capture came from.",
                "Exit codes: 0 done, 1 IN is damaged (cut short), 2 usage error or unreadable input, 3 internal error, "
                        + "8 OUT cannot be written.",
                options(), args, out, err);
        if (p.line() == null) return p.exitCode();
        CommandLine cl = p.line();
        if (!cl.hasOption("w")) {
            err.println("nlscope fixture: say where to write with -w OUT ('-' for standard output).");
            return Main.USAGE;
        }
        long limit = CommandLines.count("fixture", cl, "transactions", err);
        if (limit < 0) return Main.USAGE;
        boolean[] badFilter = {false};
        MessageFilter filter = CommandLines.filter("fixture", cl, err, badFilter);
        if (badFilter[0]) return Main.USAGE;
        CaptureInput input = CaptureInput.of("fixture", cl, err);
        if (input == null) return Main.USAGE;
        if (input.file().equals("-")) {
            err.println("nlscope fixture: IN is read twice, so it must be a file, not standard input.");
            return Main.USAGE;
        }
        // 1: pair, choose
        Map<Long, Chosen> chosen = new HashMap<>();
        long[] events = {0}, cut = {0};
        EventSelection selection = filter == null ? null : new EventSelection(filter);
        Pairing pairing = new Pairing(input.pairingConfig(), e -> {
            if (events[0] >= limit || selection != null && !selection.selects(e)) return;
            if (chosen.size() >= MAX_MESSAGES) { cut[0]++; return; }
            events[0]++;
            choose(e, chosen);
        });
        int code = CaptureLoop.run(input, filter != null && filter.needsTree() ? Depth.FULL : Depth.SUMMARY,   // the titles name the keys
                OutputStream.nullOutputStream(), err, new CaptureLoop.Body() {
            @Override public boolean frame(DissectedFrame f) {
                Socket s = pairing.frame(f);
                for (NetlinkMessage m : f.messages()) {
                    if (selection != null) selection.message(m);
                    pairing.accept(m, s);
                }
                return true;
            }

            @Override public void end(List<String> warnings) { pairing.finish(); }
        });
        if (code > Main.DAMAGED) return code;
        if (chosen.isEmpty()) {
            err.println("nlscope fixture: no transaction " + (filter == null ? "in the capture" : "matched -Y '"
                    + Escape.text(cl.getOptionValue("Y")) + "'") + "; nothing written.");
            return code;
        }
        // 2: write what was chosen
        String target = cl.getOptionValue("w");
        OutputStream os;
        try {
            os = target.equals("-") ? out : new BufferedOutputStream(Files.newOutputStream(Path.of(target)));
        } catch (IOException e) {
            err.println("nlscope fixture: cannot write " + Escape.text(target) + ": " + InputErrors.describe(target, e));
            return CaptureCommand.WRITE_FAILED;
        }
        Writer w = new Writer(os, chosen, header(input.file(), args, cut[0]));
        int second = CaptureLoop.run(input, Depth.FULL, OutputStream.nullOutputStream(), new PrintStream(OutputStream.nullOutputStream()), w);
        try {
            if (w.failure != null) throw w.failure;
            if (os != out) os.close();
            else os.flush();
        } catch (IOException e) {
            err.println("nlscope fixture: cannot write " + Escape.text(target) + ": " + e.getMessage());
            return CaptureCommand.WRITE_FAILED;
        }
        if (!input.quiet() && !target.equals("-"))
            err.println("nlscope fixture: " + events[0] + (events[0] == 1 ? " transaction or notification, " : " transactions and notifications, ") + chosen.size()
                    + " messages written to " + Escape.text(target) + (cut[0] > 0 ? " (" + cut[0] + " more left out: at most "
                    + MAX_MESSAGES + " messages)" : "") + ".");
        return Math.max(code, second);
    }

    private static void choose(PairingEvent e, Map<Long, Chosen> chosen) {
        if (e instanceof Transaction t) {
            StringBuilder title = new StringBuilder("transaction #").append(t.number()).append(": ").append(t.describe());
            if (t.lastLatencyNanos() >= 0) title.append(String.format(java.util.Locale.ROOT, ", answered in %.3f ms", t.lastLatencyNanos() / 1e6));
            if (t.responseCount() > t.responses().size())
                title.append(" (").append(t.responseCount() - t.responses().size()).append(" responses not kept: --pairing-memory)");
            chosen.put(t.number(), new Chosen(title.toString(), "request of transaction #" + t.number()));
            int i = 0;
            for (MessageRef r : t.responses())
                chosen.put(r.number(), new Chosen(null, "response " + ++i + " of " + t.responseCount() + " to transaction #" + t.number()));
        } else {
            Unpaired u = (Unpaired) e;
            String kind = u.kind().name().toLowerCase(java.util.Locale.ROOT);
            chosen.put(u.number(), new Chosen(kind + " #" + u.number() + ": " + u.describe(), kind + " #" + u.number()));
        }
    }

    private static String header(String file, String[] args, long cut) {
        StringBuilder b = new StringBuilder();
        b.append("# nlscope fixture of ").append(Escape.text(Path.of(file).getFileName().toString())).append('\n');
        b.append("# made by: nlscope fixture");
        for (String a : args)
            b.append(' ').append(Escape.text(a.isEmpty() || a.matches(".*[\\s'\"\\\\$`|&;<>()*?!].*") ? "'" + a.replace("'", "'\\''") + "'" : a));
        b.append('\n');
        b.append("# Each message: its decoded tree (nlscope read -V), then its bytes in hex, 16 a line. Offsets, in the tree\n");
        b.append("# and in the hex, count from the start of the frame (its 16-byte nlmon header comes before the first message).\n");
        if (cut > 0) b.append("# ").append(cut).append(" more chosen events left out: a fixture holds at most ").append(MAX_MESSAGES).append(" messages\n");
        return b.toString();
    }

    /** The second pass: the chosen messages, in capture order. */
    private static final class Writer implements CaptureLoop.Body {
        private final OutputStream os;
        private final Map<Long, Chosen> chosen;
        private final String header;
        private MessageSink tree;
        private long number;
        private IOException failure;

        Writer(OutputStream os, Map<Long, Chosen> chosen, String header) {
            this.os = os;
            this.chosen = chosen;
            this.header = header;
        }

        @Override public void started(java.util.Optional<io.nlscope.capture.Section> section) {
            try {
                tree = OutputFormat.TEXT.messageSink(OutputStream.nullOutputStream(), "", true);
                StringBuilder b = new StringBuilder(header);
                section.ifPresent(s -> {
                    List<String> made = new ArrayList<>();
                    if (!s.os().isEmpty()) made.add("on " + Escape.text(s.os()));
                    if (!s.hardware().isEmpty()) made.add("on " + Escape.text(s.hardware()));
                    if (!s.application().isEmpty()) made.add("by " + Escape.text(s.application()));
                    if (!made.isEmpty()) b.append("# the capture was made ").append(String.join(" ", made)).append('\n');
                    for (String line : s.comment().split("\n")) if (!line.isBlank()) b.append("# its comment: ").append(Escape.text(line)).append('\n');
                });
                os.write(b.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                failure = e;
            }
        }

        @Override public boolean frame(DissectedFrame f) { throw new IllegalStateException("the raw frame is needed"); }

        @Override public boolean frame(io.nlscope.capture.Frame raw, DissectedFrame f) {
            if (failure != null) return false;
            try {
                for (NetlinkMessage m : f.messages()) {
                    Chosen c = chosen.get(++number);
                    if (c == null) continue;
                    StringBuilder b = new StringBuilder();
                    if (c.title() != null) b.append("\n## ").append(Escape.text(c.title())).append('\n');
                    b.append("### ").append(c.role()).append(": frame ").append(f.index()).append(", message #").append(number)
                            .append(", ").append(java.time.Instant.ofEpochSecond(0, m.timestampNanos())).append('\n');
                    os.write(b.toString().getBytes(StandardCharsets.UTF_8));
                    Rendered r = tree.render(f, m);
                    os.write(r.bytes(), r.offset(), r.length());
                    hex(raw.data(), m.offset(), (int) Math.min(m.length(), raw.data().remaining() - m.offset()));
                }
            } catch (IOException e) {
                failure = e;
                return false;
            }
            return true;
        }

        private static final java.util.HexFormat HEX = java.util.HexFormat.of();

        /** xxd-style lines: offset, 16 bytes in hex, the printable ASCII. */
        private void hex(ByteBuffer data, int from, int length) throws IOException {
            StringBuilder b = new StringBuilder();
            for (int at = from; at < from + length; at += 16) {
                b.append(at < 0x10000 ? HEX.toHexDigits((short) at) : Integer.toHexString(at)).append(' ');
                StringBuilder ascii = new StringBuilder();
                for (int i = at; i < at + 16; i++) {
                    if (i < from + length) {
                        int v = data.get(data.position() + i) & 0xff;
                        b.append(' ').append(HEX.toHexDigits((byte) v));
                        ascii.append(v >= 0x20 && v < 0x7f ? (char) v : '.');
                    } else b.append("   ");
                }
                b.append("  |").append(ascii).append("|\n");
            }
            os.write(b.toString().getBytes(StandardCharsets.UTF_8));
        }

        @Override public void end(List<String> warnings) {}
    }
}
