package io.nlscope.analysis.filter;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.nlscope.analysis.filter.Expr.Op.CONTAINS;
import static io.nlscope.analysis.filter.Expr.Op.EQ;
import static io.nlscope.analysis.filter.Expr.Op.GT;
import static io.nlscope.analysis.filter.Expr.Op.MATCHES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FilterParserTest {

    private static Expr.Field f(String path, int col) { return new Expr.Field(path, col); }

    private static Expr.Literal w(String text, int col) { return new Expr.Literal(text, false, col); }

    private static Expr.Literal s(String text, int col) { return new Expr.Literal(text, true, col); }

    /** The issue's examples, each as the tree it must give. */
    @Test
    void theExamplesOfTheIssue() {
        assertEquals(new Expr.And(new Expr.Present(f("route", 1)), new Expr.Compare(f("type", 10), EQ, w("RTM_NEWROUTE", 18))),
                FilterParser.parse("route && type == RTM_NEWROUTE"));
        assertEquals(new Expr.Compare(f("attr.IFLA_IFNAME", 1), EQ, s("dummy0", 21)), FilterParser.parse("attr.IFLA_IFNAME == \"dummy0\""));
        assertEquals(new Expr.Compare(f("genl.family", 1), EQ, s("ethtool", 16)), FilterParser.parse("genl.family == \"ethtool\""));
        assertEquals(new Expr.And(new Expr.Compare(f("outcome", 1), EQ, w("ERROR", 12)), new Expr.Compare(f("errno", 21), EQ, w("EEXIST", 30))),
                FilterParser.parse("outcome == ERROR && errno == EEXIST"));
        assertEquals(new Expr.Compare(f("latency", 1), GT, w("10ms", 11)), FilterParser.parse("latency > 10ms"));
        assertEquals(new Expr.Present(f("flags.ACK", 1)), FilterParser.parse("flags.ACK"));
        assertEquals(new Expr.Compare(f("seq", 1), EQ, w("42", 8)), FilterParser.parse("seq == 42"));
        assertEquals(new Expr.Compare(f("process", 1), EQ, s("NetworkManager", 12)), FilterParser.parse("process == \"NetworkManager\""));
        assertEquals(new Expr.Compare(f("extack.msg", 1), CONTAINS, s("gateway", 21)), FilterParser.parse("extack.msg contains \"gateway\""));
        assertEquals(new Expr.In(f("pid", 1), List.of(w("0", 9), w("100", 11))), FilterParser.parse("pid in {0 100}"));
        assertEquals(new Expr.In(f("pid", 1), List.of(w("0", 9), w("100", 12))), FilterParser.parse("pid in {0, 100}"));
        assertEquals(new Expr.Not(new Expr.Present(f("notification", 2)), 1), FilterParser.parse("!notification"));
        assertEquals(new Expr.Compare(f("attr.IFLA_LINKINFO.IFLA_INFO_KIND", 1), EQ, s("vlan", 38)),
                FilterParser.parse("attr.IFLA_LINKINFO.IFLA_INFO_KIND == \"vlan\""));
        assertEquals(List.of("attr", "IFLA_LINKINFO", "IFLA_INFO_KIND"), f("attr.IFLA_LINKINFO.IFLA_INFO_KIND", 1).parts());
        assertEquals(new Expr.Compare(f("attr.RTA_DST", 1), EQ, w("198.51.100.0/24", 17)), FilterParser.parse("attr.RTA_DST == 198.51.100.0/24"));
    }

    @Test
    void precedenceParenthesesAndWords() {
        // && binds tighter than ||, ! tighter than both; words and symbols mean the same
        Expr a = new Expr.Present(f("a", 1)), b = new Expr.Present(f("b", 6)), c = new Expr.Present(f("c", 11));
        assertEquals(new Expr.Or(a, new Expr.And(b, c)), FilterParser.parse("a || b && c"));
        assertEquals(new Expr.Or(a, new Expr.And(new Expr.Present(f("b", 6)), new Expr.Present(f("c", 12)))), FilterParser.parse("a or b and c"));
        assertEquals(new Expr.And(new Expr.Or(new Expr.Present(f("a", 2)), new Expr.Present(f("b", 7))), new Expr.Present(f("c", 13))),
                FilterParser.parse("(a || b) && c"));
        assertEquals(new Expr.And(new Expr.Not(new Expr.Present(f("a", 2)), 1), new Expr.Present(f("b", 7))), FilterParser.parse("!a && b"));
        assertEquals(new Expr.Not(new Expr.Not(new Expr.Present(f("a", 9)), 5), 1), FilterParser.parse("not NOT a"));
        assertEquals(new Expr.Compare(f("x", 1), MATCHES, s("^ip.*", 5)), FilterParser.parse("x ~ \"^ip.*\""));
        assertEquals(new Expr.Compare(f("x", 1), GT, w("0x2a", 6)), FilterParser.parse("x gt 0x2a"));
        assertEquals(new Expr.Compare(f("x", 1), EQ, s("a\"b\\c\nd\te\u0001", 6)), FilterParser.parse("x == \"a\\\"b\\\\c\\nd\\te\\x01\""));
    }

    /** Each mistake: one sentence naming the column where it is. */
    @Test
    void errorsNameTheirColumn() {
        assertError("", 1, "the filter is empty");
        assertError("   ", 4, "the filter is empty");
        assertError("seq == && flags.ACK", 8, "expected a value after '==', not '&&'");
        assertError("seq = 42", 5, "'=' alone is no operator (did you mean '=='?)");
        assertError("a & b", 3, "'&' alone is no operator (did you mean '&&'?)");
        assertError("(a || b", 8, "expected ')' to close the '(' of column 1, not the end of the filter");
        assertError("a || b)", 7, "')' without its '('");
        assertError("()", 2, "'()' holds no test");
        assertError("seq 42", 5, "expected an operator (==, !=, <, >, contains, matches, in ...) between 'seq' and '42'");
        assertError("x == \"open", 6, "the string that starts here has no closing '\"'");
        assertError("x == \"\\q\"", 7, "unknown escape '\\q' (use \\\" \\\\ \\n \\t or \\xHH)");
        assertError("pid in {0 1", 12, "expected '}' to close the '{' of column 8");
        assertError("pid in {}", 8, "'{}' holds no value");
        assertError("pid in 0", 8, "expected '{' after 'in', not '0'");
        assertError("42 == seq", 1, "'42' is not a field name (parts of letters, digits, '_' and '-', separated by '.', each starting with a letter)");
        assertError("attr..X", 1, "'attr..X' is not a field name (parts of letters, digits, '_' and '-', separated by '.', each starting with a letter)");
        assertError("attr.a/b", 7, "'attr.a/b' is not a field name ('/' in it)");
        assertError("&& a", 1, "expected a field name, not '&&'");
        assertError("a && ", 6, "expected a field name or '(', not the end of the filter");
        assertError("a == 1 b", 8, "expected '&&', '||' or the end of the filter, not 'b'");
        assertError("a == 1 \u0007", 8, "unexpected character '\\x07'");
        assertError("!".repeat(FilterParser.MAX_DEPTH + 1) + "a", FilterParser.MAX_DEPTH + 1, "the filter nests deeper than 256 levels");
        FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse("seq == && flags.ACK"));
        assertEquals("column 8: expected a value after '==', not '&&'\n  seq == && flags.ACK\n         ^", e.explain("seq == && flags.ACK"));
    }

    private static void assertError(String filter, int column, String message) {
        FilterException e = assertThrows(FilterException.class, () -> FilterParser.parse(filter), filter);
        assertEquals(message, e.getMessage(), filter);
        assertEquals(column, e.column(), filter);
    }
}
