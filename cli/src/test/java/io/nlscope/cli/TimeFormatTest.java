package io.nlscope.cli;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.nlscope.cli.ReadCommandTest.root;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** read -t: each line's time as tshark -t shows its frame's (tshark the oracle), on a real capture. */
class TimeFormatTest {
    private static final Path FILE = root().resolve("testdata/captures/rtnl-changes.pcap");

    /** frame -> the time column of nlscope's lines (the first line of each frame). */
    private static Map<Long, String> ours(String... options) {
        List<String> args = new ArrayList<>(List.of("read", "--no-pairing"));
        args.addAll(List.of(options));
        args.add(FILE.toString());
        Map<Long, String> m = new LinkedHashMap<>();
        for (String l : ReadCommandTest.run(args.toArray(String[]::new)).lines()) {
            String[] w = l.trim().split(" +");
            long frame = Long.parseLong(w[0]);
            m.putIfAbsent(frame, w[1].contains("-") ? w[1] + " " + w[2] : w[1]);
        }
        return m;
    }

    /** frame -> tshark's -T fields value, to microseconds (tshark shows microseconds for pcap). */
    private static Map<Long, String> tsharkField(String field) throws Exception {
        Map<Long, String> m = new LinkedHashMap<>();
        for (String l : StraceCaptureTest.exec("tshark", "-r", FILE.toString(), "-T", "fields", "-e", "frame.number", "-e", field).split("\n")) {
            String[] w = l.split("\t");
            if (w.length == 2 && w[0].matches("\\d+")) m.put(Long.parseLong(w[0]), new BigDecimal(w[1]).setScale(6, RoundingMode.FLOOR).toPlainString());
        }
        return m;
    }

    @Test
    void timesAreTsharks() throws Exception {
        Map<Long, String> epoch = tsharkField("frame.time_epoch");
        assertTrue(epoch.size() > 50);
        assertEquals(epoch, ours("-t", "e"));
        Map<Long, String> delta = tsharkField("frame.time_delta");
        assertEquals(delta, ours("-t", "d"));
        assertEquals(tsharkField("frame.time_relative"), ours("-t", "r"));
        assertEquals(ours(), ours("-t", "r"), "r is the default");
        Map<Long, String> utc = new LinkedHashMap<>();
        for (String l : StraceCaptureTest.exec("tshark", "-r", FILE.toString(), "-t", "ud").split("\n")) {
            String[] w = l.trim().split(" +");
            if (w.length > 3 && w[0].matches("\\d+")) utc.put(Long.parseLong(w[0]), w[1] + " " + w[2]);
        }
        assertEquals(utc, ours("-t", "ud"));
        Map<Long, String> time = new LinkedHashMap<>();
        utc.forEach((k, v) -> time.put(k, v.substring(11)));
        assertEquals(time, ours("-t", "u"));
        // with a filter, dd counts from the line shown before, d still from the frame before
        Map<Long, String> dd = ours("-t", "dd", "-Y", "flags.ACK"), d = ours("-t", "d", "-Y", "flags.ACK");
        List<Long> shown = new ArrayList<>(dd.keySet());
        for (int i = 1; i < shown.size(); i++) {
            BigDecimal gap = new BigDecimal(epoch.get(shown.get(i))).subtract(new BigDecimal(epoch.get(shown.get(i - 1))));
            assertEquals(gap.toPlainString(), dd.get(shown.get(i)), "frame " + shown.get(i));
            assertEquals(delta.get(shown.get(i)), d.get(shown.get(i)));
        }
        ReadCommandTest.Result bad = ReadCommandTest.run("read", "-t", "x", FILE.toString());
        assertEquals(2, bad.code());
        assertEquals("nlscope read: -t needs r, d, dd, e, a, ad, u or ud, not 'x'.\n", bad.err());
    }

    /** pairs -t: the time column is the request frame's time, as tshark shows it. */
    @Test
    void pairsShowsTheRequestsTime() throws Exception {
        List<String> csv = ReadCommandTest.run("pairs", "-q", "-T", "csv", FILE.toString()).lines();
        Map<Long, String> epoch = tsharkField("frame.time_epoch");
        List<String> rows = ReadCommandTest.run("pairs", "-q", "-t", "e", FILE.toString()).lines();
        List<String> ud = ReadCommandTest.run("pairs", "-q", "-t", "ud", FILE.toString()).lines();
        Map<Long, String> utc = new LinkedHashMap<>();
        for (String l : StraceCaptureTest.exec("tshark", "-r", FILE.toString(), "-t", "ud").split("\n")) {
            String[] w = l.trim().split(" +");
            if (w.length > 3 && w[0].matches("\\d+")) utc.put(Long.parseLong(w[0]), w[1] + " " + w[2]);
        }
        int checked = 0;
        for (int i = 1; i < csv.size(); i++) {
            long frame = Long.parseLong(csv.get(i).split(",")[12]);
            String[] w = rows.get(i).trim().split(" +"), u = ud.get(i).trim().split(" +");
            assertEquals(epoch.get(frame), w[1], "row " + i + ", frame " + frame);
            assertEquals(utc.get(frame), u[1] + " " + u[2], "row " + i);
            checked++;
        }
        assertTrue(checked > 10, checked + " rows");
    }
}
