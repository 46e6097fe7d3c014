package io.nlscope.cli;

import io.nlscope.dissect.GenlFamilies;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.ProtocolDissector;
import io.nlscope.dissect.ProtocolRegistry;
import io.nlscope.userspec.KsyCompiler;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The options every command that reads a capture shares (--genl-family, --ksy, --protocol), and
 * opening the capture with them. Errors are worded once here.
 */
final class CaptureInput {
    private final Map<Integer, String> genl;
    private final ProtocolDissector user;

    private CaptureInput(Map<Integer, String> genl, ProtocolDissector user) {
        this.genl = genl;
        this.user = user;
    }

    static void addOptions(Options o) {
        o.addOption(Option.builder().longOpt("genl-family").hasArg().argName("ID=NAME")
                .desc("generic netlink family id to name, e.g. 0x24=ethtool (repeatable); wins over the capture's own "
                        + "CTRL_CMD_NEWFAMILY announcements").build());
        o.addOption(Option.builder().longOpt("ksy").hasArg().argName("SPEC.ksy")
                .desc("decode a protocol of your own with a Kaitai spec of the message body after nlmsghdr, compiled now "
                        + "(meta -nl-protocol: N and -nl-message-types: {16: NAME} give the protocol and type names)").build());
        o.addOption(Option.builder().longOpt("protocol").hasArg().argName("N")
                .desc("the netlink protocol number (0..31) the --ksy spec decodes; by default its meta -nl-protocol").build());
    }

    /** The options' values, or null after one sentence on {@code err} saying what is wrong (exit code 2). */
    static CaptureInput of(String command, CommandLine cl, PrintStream err) {
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
        return new CaptureInput(genl, user);
    }

    /**
     * Opens a file, or standard input for "-". A file is pre-scanned for generic netlink family
     * announcements; standard input is not. A user's dissector ({@code --ksy}) takes its
     * protocol's place in the standard registry.
     */
    NetlinkCapture open(String file) throws IOException {
        List<ProtocolDissector> own = user == null ? List.of() : List.of(user);
        return file.equals("-") ? NetlinkCapture.open(System.in, genl, own) : NetlinkCapture.open(Path.of(file), genl, own);
    }
}
