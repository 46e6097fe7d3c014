package io.nlscope.analysis.filter;

import java.util.List;

/**
 * A parsed display filter ({@link FilterParser}): the tree of its tests, each with the column it starts
 * at. Immutable.
 */
public sealed interface Expr {

    /** A field path as written, e.g. {@code attr.IFLA_LINKINFO.IFLA_INFO_KIND}, {@code flags.ACK}, {@code latency}. */
    record Field(String path, int column) {
        /** The path's parts: {@code attr}, {@code IFLA_LINKINFO}, {@code IFLA_INFO_KIND}. */
        public List<String> parts() { return List.of(path.split("\\.")); }
    }

    /**
     * A value as written: a quoted string ({@code quoted}, escapes resolved), or a word to be read by the
     * field's type: a number ({@code 42}, {@code 0x2a}), a duration ({@code 10ms}), an address
     * ({@code 198.51.100.0/24}), a name ({@code RTM_NEWROUTE}, {@code EEXIST}, {@code ERROR}).
     */
    record Literal(String text, boolean quoted, int column) {}

    enum Op {
        EQ("=="), NE("!="), GT(">"), GE(">="), LT("<"), LE("<="), CONTAINS("contains"), MATCHES("matches");

        public final String symbol;

        Op(String symbol) { this.symbol = symbol; }
    }

    /** {@code field}: true when the field is present. */
    record Present(Field field) implements Expr {}

    /** {@code field OP value}: false when the field is absent (as in Wireshark). */
    record Compare(Field field, Op op, Literal value) implements Expr {}

    /** {@code field in {v1 v2 ...}}: the field equals one of the values. */
    record In(Field field, List<Literal> values) implements Expr {
        public In { values = List.copyOf(values); }
    }

    record Not(Expr operand, int column) implements Expr {}

    record And(Expr left, Expr right) implements Expr {}

    record Or(Expr left, Expr right) implements Expr {}
}
