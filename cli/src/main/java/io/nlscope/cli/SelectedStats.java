package io.nlscope.cli;

import io.nlscope.analysis.Pairing;
import io.nlscope.analysis.PairingEvent;
import io.nlscope.analysis.Stats;
import io.nlscope.analysis.filter.EventSelection;
import io.nlscope.analysis.filter.MessageFilter;
import io.nlscope.output.Escape;
import io.nlscope.output.StatsReport;

import java.io.PrintStream;

/**
 * What {@code stats} and {@code report} count: pairing's events that {@code -Y} selects (all of them without it), in
 * {@link Stats}, with how many the filter chose and left out.
 */
final class SelectedStats {
    final Stats stats = new Stats();
    private final EventSelection selection;
    private final String filter;
    private long matched, leftOut;

    /** {@code filter} null: every event counts. */
    SelectedStats(MessageFilter filter, String filterText) {
        this.selection = filter == null ? null : new EventSelection(filter);
        this.filter = filterText;
    }

    /** Whether a filter selects (it needs to see every message before pairing does, and the events in order). */
    boolean filtering() { return selection != null; }

    /** Before pairing takes a message: the filter sees it. */
    void message(io.nlscope.dissect.NetlinkMessage m) {
        if (selection != null) selection.message(m);
    }

    /** Counts the event when the filter selects it; says whether it did. */
    boolean accept(PairingEvent e) {
        if (selection != null && !selection.selects(e)) {
            leftOut++;
            return false;
        }
        stats.accept(e);
        matched++;
        return true;
    }

    /** The report of what was counted, with the selection when there was a filter. */
    StatsReport report(String file, Pairing.Counts counts, long bytes, io.nlscope.capture.Section capture) {
        return new StatsReport(file, stats, counts, bytes, capture,
                selection == null ? null : new StatsReport.Selection(filter, matched, leftOut));
    }

    /** One sentence when a filter matched nothing ("nlscope stats: nothing matched -Y '...'."). */
    void sayIfNothingMatched(String command, boolean quiet, PrintStream err) {
        if (selection != null && matched == 0 && !quiet)
            err.println("nlscope " + command + ": nothing matched -Y '" + Escape.text(filter) + "'.");
    }
}
