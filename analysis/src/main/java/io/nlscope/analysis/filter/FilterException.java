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
