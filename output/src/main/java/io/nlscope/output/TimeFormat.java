package io.nlscope.output;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * How {@code read} shows a message's time, tshark's {@code -t} formats: seconds since the capture's first frame
 * ({@code r}, the default), since the previous frame ({@code d}) or the previous message shown ({@code dd}),
 * since the epoch ({@code e}), or the time of day, local ({@code a}, {@code ad} with the date) or UTC
 * ({@code u}, {@code ud}). Microseconds, as tshark shows them by default.
 */
public enum TimeFormat {
    RELATIVE("r"), DELTA("d"), DELTA_DISPLAYED("dd"), EPOCH("e"), ABSOLUTE("a"), ABSOLUTE_DATE("ad"), UTC("u"), UTC_DATE("ud");

    /** The letters of -t. */
    public final String letters;

    TimeFormat(String letters) { this.letters = letters; }

    /** The format these letters name, or null. */
    public static TimeFormat of(String letters) {
        for (TimeFormat f : values()) if (f.letters.equals(letters.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    /** "r, d, dd, e, a, ad, u or ud" */
    public static String choices() {
        StringBuilder b = new StringBuilder();
        TimeFormat[] v = values();
        for (int i = 0; i < v.length; i++) b.append(i == 0 ? "" : i == v.length - 1 ? " or " : ", ").append(v[i].letters);
        return b.toString();
    }

    /** Whether the time is one of day (a, ad, u, ud), not a count of seconds. */
    boolean ofDay() { return ordinal() >= ABSOLUTE.ordinal(); }

    /** Appends the time of day of {@code nanos} since the epoch: "2026-11-23 06:58:10.270330" or "06:58:10.270330". */
    void appendOfDay(TextBuffer t, long nanos) {
        long sec = Math.floorDiv(nanos, 1_000_000_000L);
        int micros = (int) (Math.floorMod(nanos, 1_000_000_000L) / 1000);
        ZoneId zone = this == UTC || this == UTC_DATE ? ZoneOffset.UTC : ZoneId.systemDefault();
        LocalDateTime d = LocalDateTime.ofInstant(Instant.ofEpochSecond(sec), zone);
        if (this == ABSOLUTE_DATE || this == UTC_DATE) {
            t.num(d.getYear()).ascii('-');
            two(t, d.getMonthValue()).ascii('-');
            two(t, d.getDayOfMonth()).ascii(' ');
        }
        two(t, d.getHour()).ascii(':');
        two(t, d.getMinute()).ascii(':');
        two(t, d.getSecond()).ascii('.');
        for (int i = TextBuffer.digits(micros); i < 6; i++) t.ascii('0');
        t.num(micros);
    }

    private static TextBuffer two(TextBuffer t, int v) {
        if (v < 10) t.ascii('0');
        return t.num(v);
    }
}
