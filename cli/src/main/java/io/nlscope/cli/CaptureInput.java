package io.nlscope.cli;

import io.nlscope.capture.KernelRelease;
import io.nlscope.output.Escape;
import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.userspec.KsyCompiler;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import io.nlscope.analysis.Pairing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every command that reads a capture shares (read, pairs, stats): its one FILE argument,
 * the options --genl-family, --kernel, --ksy, --protocol, --timeout, -q, --debug and -h, and opening the
 * capture with them. Errors are worded once here.
 */
final class CaptureInput {
    static final double DEFAULT_TIMEOUT_SECONDS = 5;
    static final long DEFAULT_PAIRING_MEMORY = 16L << 20;

    private final String file;
    private final Map<Integer, String> genl;
    private final ProtocolDissector user;
    private final long timeoutNanos, pairingMemory;
    private final boolean quiet, debug;
    private final KernelRelease kernel;

    private CaptureInput(String file, Map<Integer, String> genl, ProtocolDissector user, long timeoutNanos,
                         long pairingMemory, boolean quiet, boolean debug, KernelRelease kernel) {
        this.kernel = kernel;
        this.file = file;
        this.genl = genl;
        this.user = user;
        this.timeoutNanos = timeoutNanos;
        this.pairingMemory = pairingMemory;
        this.quiet = quiet;
        this.debug = debug;
    }

    String file() { return file; }

    /** Pairing: capture time after which a request with nothing new is closed. */
    long timeoutNanos() { return timeoutNanos; }

    /**
     * Pairing: estimated bytes that messages waiting for their transaction may hold (read holds
     * rendered messages, pairs and stats compact ones); past it the oldest open request is
     * reported at once, its answer not known yet.
     */
    long pairingMemory() { return pairingMemory; }

    /** The pairing configuration these options give. */
    Pairing.Config pairingConfig() {
        return Pairing.Config.defaults().withTimeoutNanos(timeoutNanos).withPendingBytes(pairingMemory);
    }

    boolean quiet() { return quiet; }

    boolean debug() { return debug; }

    static void addOptions(Options o) {
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("pairing: capture time after which a request with nothing new is closed as unanswered (default "
                        + (long) DEFAULT_TIMEOUT_SECONDS + ")").build());
        o.addOption(Option.builder().longOpt("pairing-memory").hasArg().argName("BYTES")
                .desc("pairing: memory (estimated) for messages waiting for their requests' answers, e.g. 64M (default 16M); "
                        + "past it the oldest open request is shown at once, its answer not known yet").build());
        o.addOption(Option.builder().longOpt("genl-family").hasArg().argName("ID=NAME")
                .desc("generic netlink family id to name, e.g. 0x24=ethtool (repeatable); wins over the capture's own "
                        + "CTRL_CMD_NEWFAMILY announcements").build());
        o.addOption(Option.builder().longOpt("kernel").hasArg().argName("RELEASE")
                .desc("the release of the kernel that sent the messages, e.g. 6.12 (default: the capture's shb_os; "
                        + "unknown, a value the kernel renumbered between releases is shown by each layout)").build());
        o.addOption(Option.builder().longOpt("ksy").hasArg().argName("SPEC.ksy")
                .desc("decode a protocol of your own with a Kaitai spec of the message body after nlmsghdr, compiled now "
                        + "(meta -nl-protocol: N and -nl-message-types: {16: NAME} give the protocol and type names)").build());
        o.addOption(Option.builder().longOpt("protocol").hasArg().argName("N")
                .desc("the netlink protocol number (0..31) the --ksy spec decodes; by default its meta -nl-protocol").build());
        o.addOption(Option.builder("r").longOpt("read-file").hasArg().argName("FILE")
                .desc("the capture to read, as tshark -r names it (the same as giving FILE; '-' for standard input)").build());
        o.addOption(Option.builder("q").longOpt("quiet").desc("no progress on the terminal").build());
        o.addOption(Option.builder().longOpt("debug").desc("show stack traces of internal errors").build());
        o.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
    }

    /** The options' values, or null after one sentence on {@code err} saying what is wrong (exit code 2). */
    static CaptureInput of(String command, CommandLine cl, PrintStream err) {
        List<String> files = new java.util.ArrayList<>(cl.getArgList());
        if (cl.hasOption("r")) files.add(0, cl.getOptionValue("r"));
        if (files.size() != 1) {
            err.println("nlscope " + command + ": give exactly one capture file" + (cl.hasOption("r") ? ", with -r FILE or as FILE, not both" : "")
                    + " (or '-' for standard input); run 'nlscope " + command + " --help' for usage.");
            return null;
        }
        String t = cl.getOptionValue("timeout", Double.toString(DEFAULT_TIMEOUT_SECONDS));
        long timeout;
        try {
            double sec = Double.parseDouble(t);
            if (!(sec > 0) || Double.isInfinite(sec)) throw new NumberFormatException();
            timeout = (long) (sec * 1e9);
        } catch (NumberFormatException e) {
            err.println("nlscope " + command + ": --timeout needs a positive number of seconds, not '" + t + "'.");
            return null;
        }
        long memory = DEFAULT_PAIRING_MEMORY;
        if (cl.hasOption("pairing-memory")) {
            memory = parseBytes(cl.getOptionValue("pairing-memory"));
            if (memory <= 0) {
                err.println("nlscope " + command + ": --pairing-memory needs a size in bytes such as 65536, 512K or 64M, not '"
                        + cl.getOptionValue("pairing-memory") + "'.");
                return null;
            }
        }
        Map<Integer, String> genl = new HashMap<>();
        for (String v : cl.getOptionValues("genl-family") == null ? new String[0] : cl.getOptionValues("genl-family")) {
            try {
                Map.Entry<Integer, String> e = GenlFamilies.parseMapping(v);
                genl.put(e.getKey(), e.getValue());
            } catch (IllegalArgumentException e) {
                err.println("nlscope " + command + ": --genl-family " + e.getMessage() + ".");
                return null;
            }
        }
        KernelRelease kernel = null;
        if (cl.hasOption("kernel")) {
            kernel = KernelRelease.parse(cl.getOptionValue("kernel")).orElse(null);
            if (kernel == null) {
                err.println("nlscope " + command + ": --kernel needs a kernel release such as 6.12 or 6.1.0-28-amd64, not '"
                        + Escape.text(cl.getOptionValue("kernel")) + "'.");
                return null;
            }
        }
        if (cl.hasOption("protocol") && !cl.hasOption("ksy")) {
            err.println("nlscope " + command + ": --protocol goes with --ksy.");
            return null;
        }
        ProtocolDissector user = null;
        if (cl.hasOption("ksy")) {
            int protocol = -1;
            if (cl.hasOption("protocol")) {
                try {
                    protocol = Integer.decode(cl.getOptionValue("protocol"));
                    if (protocol < 0 || protocol >= ProtocolRegistry.MAX_PROTOCOLS) throw new NumberFormatException();
                } catch (NumberFormatException e) {
                    err.println("nlscope " + command + ": --protocol needs a netlink protocol number 0.."
                            + (ProtocolRegistry.MAX_PROTOCOLS - 1) + ", not '" + cl.getOptionValue("protocol") + "'.");
                    return null;
                }
            }
            try {
                user = KsyCompiler.dissector(Path.of(cl.getOptionValue("ksy")), protocol);
            } catch (KsyCompiler.KsyException e) {
                err.println("nlscope " + command + ": --ksy " + cl.getOptionValue("ksy") + " does not compile:\n" + e.getMessage());
                return null;
            } catch (IOException e) {
                err.println("nlscope: " + InputErrors.describe(cl.getOptionValue("ksy"), e));
                return null;
            }
        }
        return new CaptureInput(files.get(0), genl, user, timeout, memory, cl.hasOption("q"), cl.hasOption("debug"), kernel);
    }

    /** 65536, 512K, 64M, 1G (binary multiples); -1 if not such a size. */
    static long parseBytes(String s) {
        if (s == null || s.isEmpty()) return -1;
        char u = Character.toUpperCase(s.charAt(s.length() - 1));
        int shift = u == 'K' ? 10 : u == 'M' ? 20 : u == 'G' ? 30 : 0;
        String digits = shift == 0 ? s : s.substring(0, s.length() - 1);
        try {
            long v = Long.parseLong(digits);
            return v <= 0 || v > (Long.MAX_VALUE >> shift) ? -1 : v << shift;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Opens a file, or standard input for "-". A file is pre-scanned for generic netlink family
     * announcements; standard input is not. A user's dissector ({@code --ksy}) takes its
     * protocol's place in the standard registry.
     */
    NetlinkCapture open() throws IOException {
        List<ProtocolDissector> own = user == null ? List.of() : List.of(user);
        NetlinkCapture cap = file.equals("-") ? NetlinkCapture.open(System.in, genl, own) : NetlinkCapture.open(Path.of(file), genl, own);
        return kernel == null ? cap : cap.withKernel(kernel);
    }
}
