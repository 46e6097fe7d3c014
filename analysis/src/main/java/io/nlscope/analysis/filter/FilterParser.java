package io.nlscope.analysis.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses nlscope's display filters, whose syntax follows Wireshark's where the concepts match:
 * <pre>
 * expr       := or
 * or         := and { ("||" | "or") and }
 * and        := not { ("&amp;&amp;" | "and") not }
 * not        := ("!" | "not") not | primary
 * primary    := "(" expr ")" | field [ op value | "in" "{" value { [","] value } "}" ]
 * op         := "==" | "!=" | "&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "eq" | "ne" | "gt" | "ge" | "lt" | "le"
 *             | "contains" | "matches" | "~"
 * field      := NAME { "." NAME }          (NAME: letters, digits, "_" and "-", not starting with a digit)
 * value      := STRING | WORD              (STRING: "..." with \" \\ \n \t \xHH; WORD: letters, digits and _ . : / -)
 * </pre>
 * A field alone tests presence. Keywords are case-insensitive. Errors are {@link FilterException}s
 * naming the 1-based column.
 */
public final class FilterParser {
    /** Filters nested deeper than this are refused (a parser's stack is not unbounded). */
    public static final int MAX_DEPTH = 256;
    /**
     * Tests (field names, with or without a comparison) a filter may hold. A chain of {@code &&} and {@code ||} makes
     * a tree as deep as it is long, which compiling and testing walk recursively: 1,000 is far more than a person
     * writes (a generated list of values fits in one {@code in {...}}) and keeps that walk a few thousand frames deep.
     */
    public static final int MAX_TESTS = 1000;

    private enum Kind { WORD, STRING, PUNCT, END }

    private record Token(Kind kind, String text, int column) {
        boolean is(String s) { return kind == Kind.PUNCT && text.equals(s); }

        boolean word(String s) { return kind == Kind.WORD && text.toLowerCase(Locale.ROOT).equals(s); }

        String shown() {
            return kind == Kind.END ? "the end of the filter" : kind == Kind.STRING ? "\"" + FilterException.quote(text) + "\""
                    : "'" + FilterException.quote(text) + "'";
        }
    }

    private final String src;
    private final List<Token> tokens;
    private int pos, depth, tests;

    private FilterParser(String src) {
        this.src = src;
        this.tokens = lex(src);
    }

    /** The filter's tree; a FilterException for anything that is not a filter (also an empty one). */
    public static Expr parse(String filter) {
        FilterParser p = new FilterParser(filter);
        if (p.peek().kind == Kind.END) throw new FilterException("the filter is empty", p.peek().column);
        Expr e = p.or();
        Token t = p.peek();
        if (t.kind != Kind.END) {
            throw new FilterException(t.is(")") ? "')' without its '('" : "expected '&&', '||' or the end of the filter, not " + t.shown(), t.column);
        }
        return e;
    }

    private Token peek() { return tokens.get(pos); }

    private Token next() { return tokens.get(pos++); }

    private Expr or() {
        Expr e = and();
        while (peek().is("||") || peek().word("or")) {
            next();
            e = new Expr.Or(e, and());
        }
        return e;
    }

    private Expr and() {
        Expr e = not();
        while (peek().is("&&") || peek().word("and")) {
            next();
            e = new Expr.And(e, not());
        }
        return e;
    }

    private Expr not() {
        Token t = peek();
        if (t.is("!") || t.word("not")) {
            next();
            deeper(t);
            Expr e = new Expr.Not(not(), t.column);
            depth--;
            return e;
        }
        return primary();
    }

    private void deeper(Token t) {
        if (++depth > MAX_DEPTH) throw new FilterException("the filter nests deeper than " + MAX_DEPTH + " levels", t.column);
    }

    private Expr primary() {
        Token t = next();
        if (t.is("(")) {
            deeper(t);
            if (peek().is(")")) throw new FilterException("'()' holds no test", peek().column);
            Expr e = or();
            Token close = next();
            if (!close.is(")")) throw new FilterException("expected ')' to close the '(' of column " + t.column + ", not " + close.shown(), close.column);
            depth--;
            return e;
        }
        if (t.kind != Kind.WORD || keyword(t)) {
            throw new FilterException("expected a field name" + (pos == 1 ? "" : " or '('") + ", not " + t.shown(), t.column);
        }
        if (++tests > MAX_TESTS) throw new FilterException("the filter holds more than " + MAX_TESTS + " tests", t.column);
        Expr.Field field = field(t);
        Token o = peek();
        Expr.Op op = op(o);
        if (op != null) {
            next();
            return new Expr.Compare(field, op, value(o));
        }
        if (o.word("in")) {
            next();
            Token open = next();
            if (!open.is("{")) throw new FilterException("expected '{' after 'in', not " + open.shown(), open.column);
            List<Expr.Literal> values = new ArrayList<>();
            while (!peek().is("}")) {
                if (peek().kind == Kind.END) throw new FilterException("expected '}' to close the '{' of column " + open.column, peek().column);
                values.add(value(open));
                if (peek().is(",")) next();
            }
            next();
            if (values.isEmpty()) throw new FilterException("'{}' holds no value", open.column);
            return new Expr.In(field, values);
        }
        if (o.kind == Kind.WORD && !keyword(o) || o.kind == Kind.STRING) {
            throw new FilterException("expected an operator (==, !=, <, >, contains, matches, in ...) between "
                    + "'" + field.path() + "' and " + o.shown(), o.column);
        }
        return new Expr.Present(field);
    }

    private Expr.Field field(Token t) {
        String s = t.text;
        for (String part : s.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isLetter(part.charAt(0)) && part.charAt(0) != '_') {
                throw new FilterException("'" + s + "' is not a field name (parts of letters, digits, '_' and '-', "
                        + "separated by '.', each starting with a letter)", t.column);
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                if (!Character.isLetterOrDigit(c) && c != '_' && c != '-') {
                    throw new FilterException("'" + s + "' is not a field name ('" + c + "' in it)", t.column + s.indexOf(c));
                }
            }
        }
        return new Expr.Field(s, t.column);
    }

    private Expr.Literal value(Token after) {
        Token v = next();
        if (v.kind == Kind.STRING) return new Expr.Literal(v.text, true, v.column);
        if (v.kind == Kind.WORD && !keyword(v)) return new Expr.Literal(v.text, false, v.column);
        throw new FilterException("expected a value after " + after.shown() + ", not " + v.shown(), v.column);
    }

    private static boolean keyword(Token t) {
        return t.word("and") || t.word("or") || t.word("not") || t.word("in") || op(t) != null;
    }

    private static Expr.Op op(Token t) {
        if (t.kind == Kind.PUNCT) {
            return switch (t.text) {
                case "==" -> Expr.Op.EQ;
                case "!=" -> Expr.Op.NE;
                case ">" -> Expr.Op.GT;
                case ">=" -> Expr.Op.GE;
                case "<" -> Expr.Op.LT;
                case "<=" -> Expr.Op.LE;
                case "~" -> Expr.Op.MATCHES;
                default -> null;
            };
        }
        if (t.kind != Kind.WORD) return null;
        return switch (t.text.toLowerCase(Locale.ROOT)) {
            case "eq" -> Expr.Op.EQ;
            case "ne" -> Expr.Op.NE;
            case "gt" -> Expr.Op.GT;
            case "ge" -> Expr.Op.GE;
            case "lt" -> Expr.Op.LT;
            case "le" -> Expr.Op.LE;
            case "contains" -> Expr.Op.CONTAINS;
            case "matches" -> Expr.Op.MATCHES;
            default -> null;
        };
    }

    // ------------------------------------------------------------------------------- lexer

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == ':' || c == '/' || c == '-';
    }

    private static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                int j = i + 1;
                while (true) {
                    if (j >= n) throw new FilterException("the string that starts here has no closing '\"'", col);
                    char d = s.charAt(j);
                    if (d == '"') break;
                    if (d == '\\') {
                        if (j + 1 >= n) throw new FilterException("the string that starts here has no closing '\"'", col);
                        char e = s.charAt(j + 1);
                        switch (e) {
                            case '"', '\\' -> { b.append(e); j += 2; }
                            case 'n' -> { b.append('\n'); j += 2; }
                            case 't' -> { b.append('\t'); j += 2; }
                            case 'x' -> {
                                int hi = j + 2 < n ? Character.digit(s.charAt(j + 2), 16) : -1;
                                int lo = j + 3 < n ? Character.digit(s.charAt(j + 3), 16) : -1;
                                if (hi < 0 || lo < 0) throw new FilterException("'\\x' needs two hex digits", j + 1);
                                b.append((char) (hi * 16 + lo));
                                j += 4;
                            }
                            default -> throw new FilterException("unknown escape '\\" + e + "' (use \\\" \\\\ \\n \\t or \\xHH)", j + 1);
                        }
                    } else {
                        b.append(d);
                        j++;
                    }
                }
                out.add(new Token(Kind.STRING, b.toString(), col));
                i = j + 1;
            } else if (wordChar(c)) {
                int j = i;
                while (j < n && wordChar(s.charAt(j))) j++;
                out.add(new Token(Kind.WORD, s.substring(i, j), col));
                i = j;
            } else {
                String two = i + 1 < n ? s.substring(i, i + 2) : "";
                if (two.equals("==") || two.equals("!=") || two.equals(">=") || two.equals("<=") || two.equals("&&") || two.equals("||")) {
                    out.add(new Token(Kind.PUNCT, two, col));
                    i += 2;
                } else if ("()<>!{},~".indexOf(c) >= 0) {
                    out.add(new Token(Kind.PUNCT, String.valueOf(c), col));
                    i++;
                } else if (c == '=' || c == '&' || c == '|') {
                    throw new FilterException("'" + c + "' alone is no operator (did you mean '" + c + c + "'?)", col);
                } else {
                    throw new FilterException("unexpected character '" + (Character.isISOControl(c) ? String.format("\\x%02x", (int) c) : String.valueOf(c)) + "'", col);
                }
            }
        }
        out.add(new Token(Kind.END, "", n + 1));
        return out;
    }
}
