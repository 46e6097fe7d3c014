package io.nlscope.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

import java.io.PrintStream;

/** The --timeout option of the commands that pair requests with responses. */
final class Timeouts {
    private Timeouts() {}

    static final double DEFAULT_SECONDS = 5;

    static void addOption(Options o) {
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("capture time after which a request with nothing new is closed as unanswered (default "
                        + (long) DEFAULT_SECONDS + ")").build());
    }

    /** The timeout in ns, or null after one sentence on {@code err}. */
    static Long parse(String command, CommandLine cl, PrintStream err) {
        String v = cl.getOptionValue("timeout", Double.toString(DEFAULT_SECONDS));
        try {
            double s = Double.parseDouble(v);
            if (!(s > 0) || Double.isInfinite(s)) throw new NumberFormatException();
            return (long) (s * 1e9);
        } catch (NumberFormatException e) {
            err.println("nlscope " + command + ": --timeout needs a positive number of seconds, not '" + v + "'.");
            return null;
        }
    }
}
