package io.nlscope.output.html;

import io.nlscope.analysis.Stats;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report's pieces on their own: time bins, escaping, the log axis and box plot, the bar chart's scale. */
class ChartsTest {

    @Test
    void binsWidenAndKeepEveryCount() {
        Bins b = new Bins(1_000_000_000L);
        b.add(1_000_000_000L, 3);                 // the first bin
        b.add(999_000_000L, 1);                   // before the start: the first bin too
        b.add(1_000_000_000L + 119_500_000L, 5);  // the last of 120 one-millisecond bins
        assertThat(b.widthNanos()).isEqualTo(1_000_000L);
        assertThat(b.used()).isEqualTo(120);
        b.add(1_000_000_000L + 10_000_000_000L, 7);   // ten seconds on: 1 ms doubled until 120 bins hold 10 s
        assertThat(b.widthNanos()).isEqualTo(1_000_000L << 7);   // 128 ms x 120 = 15.4 s
        assertThat(b.total()).isEqualTo(16);
        assertThat(b.value(0)).isEqualTo(9);      // 0, 0 and 119.5 ms are all in the first 128 ms
        assertThat(b.value((int) (10_000_000_000L / (1_000_000L << 7)))).isEqualTo(7);
        assertThat(b.used()).isEqualTo(79);
        Bins c = new Bins(0);
        c.widenTo(b.widthNanos());
        assertThat(c.widthNanos()).isEqualTo(b.widthNanos());
    }

    @Test
    void capturedTextIsEscapedForTerminalAndMarkup() {
        assertThat(Html.text("<script>alert('x')</script> & \"q\"")).isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
        assertThat(Html.text("bad\u001b[2Jname\n")).isEqualTo("bad\\x1b[2Jname\\n");
        assertThat(Html.text("plain")).isSameAs(Html.text("plain").intern()).isEqualTo("plain");
    }

    @Test
    void numbersAsTheReportWritesThem() {
        assertThat(io.nlscope.output.StatsReport.millis(5_836_500)).isEqualTo("5.837");   // as stats rounds: half up
        assertThat(io.nlscope.output.StatsReport.millis(-1)).isEqualTo("-");
        assertThat(io.nlscope.output.StatsReport.millis(242_876_000)).isEqualTo("242.876");
        assertThat(Html.duration(1.5e6)).isEqualTo("1.5 ms");
        assertThat(Html.duration(250_000)).isEqualTo("250 µs");
        assertThat(Html.duration(12e9)).isEqualTo("12 s");
        assertThat(Html.bytes(14540)).isEqualTo("14.2 KiB");
        assertThat(Html.count(1234567)).isEqualTo("1,234,567");
        assertThat(Charts.niceStep(0.7)).isEqualTo(1);
        assertThat(Charts.niceStep(130)).isEqualTo(200);
        assertThat(Charts.niceStep(4000)).isEqualTo(5000);
    }

    private static Stats.Row row(long min, long max) {
        Stats.Latency l = new Stats.Latency(5, (min + max) / 2, max - 1, max, max, min, min + 1, max - 2);
        return new Stats.Row(new io.nlscope.analysis.Operation("route", "RTM_NEWROUTE"), 5, java.util.Map.of(), java.util.Map.of(), 5, 0, 0, l);
    }

    @Test
    void logAxisSpansWholeDecadesAndTheBoxIsInOrder() {
        Charts.LogAxis a = Charts.LogAxis.of(List.of(row(23_000, 4_000_000), row(150_000, 90_000_000)));
        assertThat(a.lo()).isEqualTo(4);    // 10 µs, below 23 µs
        assertThat(a.hi()).isEqualTo(8);    // 100 ms, above 90 ms
        assertThat(a.x(10_000)).isEqualTo(Charts.BOX_PAD);
        assertThat(a.x(100_000_000)).isEqualTo(Charts.BOX_WIDTH - Charts.BOX_PAD);
        assertThat(Charts.logAxis(a)).contains(">10 µs<", ">100 µs<", ">1 ms<", ">10 ms<", ">100 ms<");
        Stats.Latency l = new Stats.Latency(9, 1_000_000, 5_000_000, 9_000_000, 20_000_000, 100_000, 500_000, 2_000_000);
        String svg = Charts.box(a, l);
        assertThat(svg).contains("<title>9 answered: min 0.100, p25 0.500, p50 1.000, p75 2.000, p90 5.000, p99 9.000, max 20.000 ms</title>");
        assertThat(a.x(l.min())).isLessThan(a.x(l.p25()));
        assertThat(a.x(l.p25())).isLessThan(a.x(l.p50()));
        assertThat(a.x(l.p50())).isLessThan(a.x(l.p75()));
        assertThat(a.x(l.p99())).isLessThan(a.x(l.max()));
        assertThat(Charts.LogAxis.of(List.of())).isEqualTo(new Charts.LogAxis(3, 6));
    }

    @Test
    void timeChartScalesToItsPeakPerSecond() {
        Bins b = new Bins(0);
        b.add(0, 10);          // 10 in the first millisecond: 10,000 per second
        b.add(5_000_000, 2);
        String svg = Charts.timeChart(List.of(new Charts.Series("<g>", b)), "messages/s", false);
        assertThat(svg).contains(">10000<").contains("&lt;g&gt; 10").doesNotContain("<g>");
        assertThat(svg).contains("messages/s (bins of 1 ms)");
    }
}
