package io.nlscope.output.html;

import io.nlscope.analysis.Stats;
import io.nlscope.output.StatsReport;

import java.util.List;
import java.util.Locale;

/**
 * The report's charts, drawn here as SVG (they need no script to show): latency box plots on a
 * logarithmic axis, and counts over time as (stacked) bars. Every value a chart shows is also in
 * its {@code <title>} (a tooltip) and, for the latency table, in plain cells.
 */
final class Charts {
    private Charts() {}

    static final int BOX_WIDTH = 360, BOX_HEIGHT = 18, BOX_PAD = 6;

    /** Series colours (bars of stacked charts), chosen to stay apart for colour-blind readers too. */
    static final String[] PALETTE = {"#4269d0", "#efb118", "#ff725c", "#6cc5b0", "#3ca951", "#ff8ab7", "#a463f2", "#97bbf5",
            "#9c6b4e", "#9498a0", "#1f3a6e", "#b5a300"};

    /** A logarithmic axis over whole decades of nanoseconds, from below the least value to above the largest. */
    record LogAxis(double lo, double hi) {
        static LogAxis of(List<Stats.Row> rows) {
            long min = Long.MAX_VALUE, max = 0;
            for (Stats.Row r : rows) {
                if (r.latency().count() == 0) continue;
                min = Math.min(min, Math.max(1, r.latency().min()));
                max = Math.max(max, Math.max(1, r.latency().max()));
            }
            if (max == 0) return new LogAxis(3, 6);
            double lo = Math.floor(Math.log10(min)), hi = Math.ceil(Math.log10(max));
            if (hi <= lo) hi = lo + 1;
            return new LogAxis(lo, hi);
        }

        double x(long nanos) {
            double l = Math.log10(Math.max(1, nanos));
            return BOX_PAD + (l - lo) / (hi - lo) * (BOX_WIDTH - 2 * BOX_PAD);
        }
    }

    /** The axis above the box plots: one tick per decade ("1 µs", "10 µs", ...). */
    static String logAxis(LogAxis a) {
        StringBuilder b = svg(BOX_WIDTH, 22, "axis");
        for (double d = a.lo(); d <= a.hi() + 1e-9; d++) {
            double x = a.x((long) Math.pow(10, d));
            String anchor = d == a.lo() ? "start" : d >= a.hi() ? "end" : "middle";
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"16\" x2=\"%.1f\" y2=\"22\"/>", x, x));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"12\" text-anchor=\"%s\">%s</text>", x, anchor,
                    Html.duration(Math.pow(10, d))));
        }
        return b.append("</svg>").toString();
    }

    /**
     * One operation's latency: whiskers from the least to the largest value, the box from p25 to p75, the
     * median a bar, p90 and p99 marks; its title (tooltip) gives them all.
     */
    static String box(LogAxis a, Stats.Latency l) {
        StringBuilder b = svg(BOX_WIDTH, BOX_HEIGHT, "box");
        b.append("<title>").append(String.format(Locale.ROOT, "%d answered: min %s, p25 %s, p50 %s, p75 %s, p90 %s, p99 %s, max %s ms",
                l.count(), StatsReport.millis(l.min()), StatsReport.millis(l.p25()), StatsReport.millis(l.p50()), StatsReport.millis(l.p75()), StatsReport.millis(l.p90()),
                StatsReport.millis(l.p99()), StatsReport.millis(l.max()))).append("</title>");
        for (double d = a.lo(); d <= a.hi() + 1e-9; d++) {   // decade grid
            double x = a.x((long) Math.pow(10, d));
            b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\"/>", x, x, BOX_HEIGHT));
        }
        int mid = BOX_HEIGHT / 2;
        b.append(String.format(Locale.ROOT, "<line class=\"whisker\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>",
                a.x(l.min()), mid, a.x(l.max()), mid));
        double x25 = a.x(l.p25()), x75 = a.x(l.p75());
        b.append(String.format(Locale.ROOT, "<rect class=\"iqr\" x=\"%.1f\" y=\"3\" width=\"%.1f\" height=\"%d\"/>",
                x25, Math.max(1.5, x75 - x25), BOX_HEIGHT - 6));
        b.append(String.format(Locale.ROOT, "<line class=\"median\" x1=\"%.1f\" y1=\"2\" x2=\"%.1f\" y2=\"%d\"/>",
                a.x(l.p50()), a.x(l.p50()), BOX_HEIGHT - 2));
        for (long p : new long[] {l.p90(), l.p99()}) {
            double x = a.x(p);
            b.append(String.format(Locale.ROOT, "<line class=\"%s\" x1=\"%.1f\" y1=\"1\" x2=\"%.1f\" y2=\"%d\"/>",
                    p == l.p99() ? "p99" : "p90", x, x, BOX_HEIGHT - 1));
        }
        return b.append("</svg>").toString();
    }

    /** One series of a time chart: its name (shown escaped) and counts. */
    record Series(String name, Bins bins) {}

    /**
     * Counts per second over the capture, one bar per bin, the series stacked in the order given (the
     * palette's colours); {@code unit} says what is counted ("messages/s", "bytes/s").
     */
    static String timeChart(List<Series> series, String unit, boolean bytes) {
        int w = 900, h = 190, left = 64, right = 10, top = 10, bottom = 26;
        long width = series.get(0).bins().widthNanos();
        int used = 1;
        for (Series s : series) used = Math.max(used, s.bins().used());
        double seconds = width / 1e9;
        double peak = 0;
        for (int i = 0; i < used; i++) {
            double sum = 0;
            for (Series s : series) sum += s.bins().value(i);
            peak = Math.max(peak, sum / seconds);
        }
        double scale = 1;   // bytes: steps of 1, 2 or 5 B, KiB, MiB, ..., so that the labels are round
        while (bytes && peak / scale >= 1024) scale *= 1024;
        double step = niceStep(peak <= 0 ? 1 : peak / 4 / scale) * scale;
        double top1 = Math.max(step, Math.ceil(peak / step) * step);
        double plotW = w - left - right, plotH = h - top - bottom, barW = plotW / used;
        StringBuilder b = svg(w, h, "time");
        for (double v = 0; v <= top1 + step / 2; v += step) {
            double y = top + plotH - v / top1 * plotH;
            b.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", left, y, w - right, y));
            b.append(String.format(Locale.ROOT, "<text class=\"ylabel\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", left - 4, y + 4,
                    bytes ? Html.bytes(v) : Html.trim(v)));
        }
        for (int i = 0; i < used; i++) {
            double base = 0;
            StringBuilder tip = new StringBuilder();
            double x = left + i * barW;
            for (int k = 0; k < series.size(); k++) {
                long n = series.get(k).bins().value(i);
                if (n == 0) continue;
                double rate = n / seconds, y0 = base / top1 * plotH, y1 = (base + rate) / top1 * plotH;
                b.append(String.format(Locale.ROOT, "<rect fill=\"%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                        PALETTE[k % PALETTE.length], x + 0.5, top + plotH - y1, Math.max(0.5, barW - 1), Math.max(0.5, y1 - y0)));
                base += rate;
                tip.append(tip.length() == 0 ? "" : ", ").append(Html.text(series.get(k).name())).append(' ')
                        .append(bytes ? Html.bytes(n) : Html.count(n));
            }
            if (tip.length() > 0)
                b.append(String.format(Locale.ROOT, "<rect class=\"hit\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%.1f\"><title>%s to %s: %s</title></rect>",
                        x, top, barW, plotH, Html.duration((double) i * width), Html.duration((double) (i + 1) * width), tip));
        }
        double total = (double) used * width;
        double tick = niceStep(total / 8);
        for (double t = 0; t <= total + 1; t += tick) {
            double x = left + t / total * plotW;
            b.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", x, top + plotH, x, top + plotH + 4));
            b.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>", x, h - 8, Html.duration(t)));
        }
        b.append(String.format(Locale.ROOT, "<text class=\"unit\" x=\"%d\" y=\"%d\">%s (bins of %s)</text>", left + 4, top + 10,
                unit, Html.duration(width)));
        return b.append("</svg>").toString();
    }

    /** 1, 2 or 5 times a power of ten, at least {@code rough}. */
    static double niceStep(double rough) {
        if (rough <= 0 || Double.isNaN(rough) || Double.isInfinite(rough)) return 1;
        double p = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 5, 10}) if (m * p >= rough) return m * p;
        return 10 * p;
    }

    /** The legend of a stacked chart, in its colours. */
    static String legend(List<Series> series) {
        StringBuilder b = new StringBuilder("<ul class=\"legend\">");
        for (int k = 0; k < series.size(); k++)
            b.append("<li><span class=\"swatch\" style=\"background:").append(PALETTE[k % PALETTE.length]).append("\"></span>")
                    .append(Html.text(series.get(k).name())).append(" <span class=\"n\">").append(Html.count(series.get(k).bins().total()))
                    .append("</span></li>");
        return b.append("</ul>").toString();
    }

    private static StringBuilder svg(int w, int h, String cls) {
        return new StringBuilder(512).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cls)
                .append("\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ").append(w).append(' ')
                .append(h).append("\">");
    }
}
