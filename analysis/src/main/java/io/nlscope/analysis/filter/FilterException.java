package io.nlscope.analysis.filter;

/**
 * A display filter that cannot be used: a syntax error or (later) a type error, with the column it
 * was found at, so that a command can print one sentence, the filter and a caret under the place.
 */
public final class FilterException extends IllegalArgumentException {
    private final int column;

    /** @param column 1-based column of the filter text where the problem is */
    public FilterException(String message, int column) {
        super(message);
        this.column = column;
    }

    /** Longest piece of the filter a message quotes whole; the rest is cut, so that the message stays one readable line. */
    static final int QUOTED = 60;

    /**
     * A piece of the filter as a message quotes it: control characters escaped ({@code \n}, {@code \t}, {@code \xHH}: a
     * string's escapes are resolved before a message names it), cut after {@link #QUOTED} characters.
     */
    static String quote(String s) {
        StringBuilder b = new StringBuilder();
        int n = Math.min(s.length(), QUOTED);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n') b.append("\\n");
            else if (c == '\t') b.append("\\t");
            else if (Character.isISOControl(c)) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return s.length() > QUOTED ? b + "... (" + s.length() + " characters)" : b.toString();
    }

    /** 1-based column of the filter text. */
    public int column() { return column; }

    /**
     * The sentence, then the filter and a caret under the column, e.g.
     * <pre>
     * column 9: expected a value after '=='
     *   seq == &amp;&amp; flags.ACK
     *          ^
     * </pre>
     * (the filter as given: escape it before it reaches a terminal).
     */
    public String explain(String filter) {
        return "column " + column + ": " + getMessage() + "\n  " + filter + "\n  " + " ".repeat(Math.max(0, column - 1)) + "^";
    }
}
