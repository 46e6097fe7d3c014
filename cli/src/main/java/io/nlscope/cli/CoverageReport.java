package io.nlscope.cli;

import io.nlscope.analysis.Coverage;
import io.nlscope.dissect.DissectedFrame;
import io.nlscope.dissect.NetlinkCapture;
import io.nlscope.dissect.NetlinkMessage;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/** {@code nlscope read --coverage FILE...}: how much of the captures the dissectors decode. */
final class CoverageReport {
    private CoverageReport() {}

    static int run(List<String> files, PrintStream out, PrintStream err) {
        Coverage c = new Coverage();
        int code = Main.OK;
        for (String file : files) {
            try (NetlinkCapture cap = NetlinkCapture.open(Path.of(file))) {
                for (DissectedFrame f; (f = cap.next()) != null; ) for (NetlinkMessage m : f.messages()) c.add(m);
                for (String w : cap.warnings()) { err.println("nlscope: warning: " + w); code = Main.DAMAGED; }
            } catch (IOException e) {
                err.println("nlscope: " + InputErrors.describe(file, e));
                return Main.USAGE;
            }
        }
        String fmt = "%-10s %-34s %9s %9s %9s %9s%n";
        out.printf(fmt, "protocol", "message type", "messages", "named", "raw", "malformed");
        for (Coverage.Row r : c.rows()) {
            out.printf(fmt, r.protocol(), r.type(), r.messages(), r.named(), r.raw(), r.malformed());
        }
        Coverage.Row t = c.total();
        out.printf(fmt, "all", "", t.messages(), t.named(), t.raw(), t.malformed());
        out.flush();
        return code;
    }
}
