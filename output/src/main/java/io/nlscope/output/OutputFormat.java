package io.nlscope.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every output format of every command, in one registry: what each view (messages, transactions,
 * statistics) can be written as, under which names ({@code -T}/{@code --format} and their synonyms), and
 * the writer each format makes. Commands parse the option and ask here; the help text and the "unknown
 * format" sentence are made from this list, so they cannot disagree with what is accepted.
 */
public enum OutputFormat {
    TEXT(View.MESSAGES, "text", "one line per message; with -V the decoded tree"),
    JSON(View.MESSAGES, "json", "one JSON document"),
    NDJSON(View.MESSAGES, "ndjson", "one JSON object per message per line"),
    FIELDS(View.MESSAGES, "fields", "the -e fields, one line per message"),
    NONE(View.MESSAGES, "none", "decode only, show nothing"),

    PAIRS_TABLE(View.TRANSACTIONS, "table", "aligned columns (also: text)", "text"),
    PAIRS_CSV(View.TRANSACTIONS, "csv", "CSV with a header row"),
    PAIRS_JSON(View.TRANSACTIONS, "json", "one JSON document"),
    PAIRS_NDJSON(View.TRANSACTIONS, "ndjson", "one JSON object per row per line, then the counts"),
    PAIRS_FIELDS(View.TRANSACTIONS, "fields", "the -e fields, one line per row"),

    STATS_TABLE(View.STATS, "table", "aligned tables (also: text)", "text"),
    STATS_JSON(View.STATS, "json", "one JSON document"),
    STATS_NDJSON(View.STATS, "ndjson", "the JSON document's parts, one object per line"),
    STATS_CSV(View.STATS, "csv", "one row per operation, with a header"),

    DIFF_TEXT(View.DIFF, "text", "a unified-style report"),
    DIFF_JSON(View.DIFF, "json", "one JSON document"),

    CHECK_TEXT(View.CHECK, "text", "pass or fail per rule, with the offending transactions"),
    CHECK_JSON(View.CHECK, "json", "one JSON document"),

    FIELDS_TEXT(View.FIELDS, "text", "one name per line, tab-separated"),
    FIELDS_JSON(View.FIELDS, "json", "one JSON array of objects");

    /**
     * What a command writes: decoded messages (read), transactions (pairs), statistics (stats), the differences
     * of two sessions (diff), the filter's field names (fields).
     */
    public enum View { MESSAGES, TRANSACTIONS, STATS, DIFF, CHECK, FIELDS }

    private final View view;
    private final String name;
    private final String description;
    private final List<String> synonyms;

    OutputFormat(View view, String name, String description, String... synonyms) {
        this.view = view;
        this.name = name;
        this.description = description;
        this.synonyms = List.of(synonyms);
    }

    public View view() { return view; }

    /** The name users type, e.g. {@code ndjson}. */
    public String formatName() { return name; }

    public String description() { return description; }

    /** The format of {@code view} named {@code name} (or one of its synonyms; case does not matter). */
    public static Optional<OutputFormat> find(View view, String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (OutputFormat f : values())
            if (f.view == view && (f.name.equals(n) || f.synonyms.contains(n))) return Optional.of(f);
        return Optional.empty();
    }

    /** The format a command of {@code view} uses when none is asked for: the first listed. */
    public static OutputFormat standard(View view) {
        for (OutputFormat f : values()) if (f.view == view) return f;
        throw new IllegalArgumentException(view.name());
    }

    /** "text, json, ndjson or none": the names of the formats of {@code view}, for an error sentence. */
    public static String choices(View view) {
        List<String> names = new ArrayList<>();
        for (OutputFormat f : values()) if (f.view == view) names.add(f.name);
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** "text (default): one line per message ...; json: ...": the option's help text. */
    public static String help(View view) {
        StringBuilder b = new StringBuilder();
        for (OutputFormat f : values()) {
            if (f.view != view) continue;
            if (b.length() > 0) b.append("; ");
            b.append(f.name);
            if (f == standard(view)) b.append(" (default)");
            b.append(": ").append(f.description);
        }
        return b.toString();
    }

    /**
     * The writer of decoded messages in this format ({@link View#MESSAGES}); {@code verbose}: -V, the
     * decoded tree instead of one line per message; {@code file}: the input's name, as JSON records it.
     */
    public MessageSink messageSink(OutputStream os, String file, boolean verbose) throws IOException {
        return messageSink(os, file, verbose, null);
    }

    /** As {@link #messageSink(OutputStream, String, boolean)}; {@code columns}: those of {@link #FIELDS}. */
    public MessageSink messageSink(OutputStream os, String file, boolean verbose, FieldColumns columns) throws IOException {
        return switch (this) {
            case FIELDS -> new FieldsSink(os, java.util.Objects.requireNonNull(columns, "-T fields needs its columns"));
            case TEXT -> verbose ? new TreeSink(os) : new LineSink(os);
            case JSON -> new JsonSink(os, false, file);
            case NDJSON -> new JsonSink(os, true, file);
            case NONE -> new MessageSink.None();
            default -> throw wrongView(View.MESSAGES);
        };
    }

    /** The writer of {@code nlscope pairs} rows in this format ({@link View#TRANSACTIONS}). */
    public TransactionRows transactionRows(OutputStream os, String file) throws IOException {
        return transactionRows(os, file, null);
    }

    /** As {@link #transactionRows(OutputStream, String)}; {@code columns}: those of {@link #PAIRS_FIELDS}. */
    public TransactionRows transactionRows(OutputStream os, String file, FieldColumns columns) throws IOException {
        return switch (this) {
            case PAIRS_FIELDS -> new TransactionRows.Fields(os, java.util.Objects.requireNonNull(columns, "-T fields needs its columns"));
            case PAIRS_TABLE -> new TransactionRows.Table(os);
            case PAIRS_CSV -> new TransactionRows.Csv(os);
            case PAIRS_JSON -> new TransactionRows.Json(os, file, false);
            case PAIRS_NDJSON -> new TransactionRows.Json(os, file, true);
            default -> throw wrongView(View.TRANSACTIONS);
        };
    }

    /** Writes a statistics report in this format ({@link View#STATS}). */
    public void writeStats(StatsReport report, OutputStream os) throws IOException {
        switch (this) {
            case STATS_TABLE -> report.table(os);
            case STATS_JSON -> report.json(os);
            case STATS_NDJSON -> report.ndjson(os);
            case STATS_CSV -> report.csv(os);
            default -> throw wrongView(View.STATS);
        }
    }

    private IllegalStateException wrongView(View wanted) {
        return new IllegalStateException(name + " is a format of " + view + ", not of " + wanted);
    }
}
