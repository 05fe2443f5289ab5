package ado.emulator.internal.wiql;

import ado.emulator.internal.wiql.Expr.Side;
import ado.emulator.internal.wiql.Token.Kind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A recursive-descent parser for the WIQL the emulator runs:
 *
 * <pre>
 * statement := SELECT field {, field} FROM (WorkItems | WorkItemLinks) [WHERE or]
 *              [ORDER BY field [ASC|DESC] {, ...}] [ASOF 'date'] [MODE (MustContain|MayContain|DoesNotContain|Recursive)]
 * or        := and {OR and}
 * and       := unary {AND unary}
 * unary     := NOT unary | ( or ) | field operator
 * operator  := (= | &lt;&gt; | &lt; | &gt; | &lt;= | &gt;=) value | [NOT] IN ( value {, value} )
 *            | [NOT] CONTAINS [WORDS] value | [NOT] UNDER value
 * value     := 'text' | number | -number | @Me | @Project | @Today [(+|-) number] | field
 * field     := [name] | name | [Source].[name] | [Target].[name]
 * </pre>
 *
 * Anything else is a 400 TF51006 error naming the token and its position; an unknown field is TF51005.
 */
final class Parser {

    private static final Set<String> KEYWORDS = Set.of("select", "from", "where", "and", "or", "not", "in",
            "contains", "words", "under", "order", "by", "asc", "desc", "asof", "mode", "ever", "is", "empty",
            "group", "top");
    private static final Set<String> MACROS = Set.of("@me", "@project", "@today");

    private final List<Token> tokens;
    private int at;
    private boolean links;

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** {@return the parsed statement} */
    static WiqlQuery parse(String wiql) {
        return new Parser(Lexer.tokens(wiql)).statement();
    }

    private WiqlQuery statement() {
        expectKeyword("SELECT", "a query starts with SELECT");
        var columns = new ArrayList<Fields.Field>();
        do {
            Expr.FieldRef f = field();
            if (f.side() != Side.ITEM) {
                throw WiqlErrors.syntax("the SELECT list takes fields without a [Source] or [Target] prefix",
                        f.token());
            }
            columns.add(f.field());
        } while (accept(Kind.COMMA));
        if (!peek().is("FROM")) {
            throw WiqlErrors.missingFrom(peek());
        }
        next();
        Token table = next();
        if (table.is("WorkItems")) {
            links = false;
        } else if (table.is("WorkItemLinks")) {
            links = true;
        } else {
            throw WiqlErrors.syntax("expected WorkItems or WorkItemLinks after FROM", table);
        }
        Expr where = null;
        if (peek().is("WHERE")) {
            next();
            where = or();
        }
        List<WiqlQuery.Sort> order = List.of();
        Instant asOf = null;
        WiqlQuery.Mode mode = null;
        while (peek().kind() != Kind.END) {
            Token t = next();
            if (t.is("ORDER") && order.isEmpty()) {
                expectKeyword("BY", "expected BY after ORDER");
                order = orderBy();
            } else if (t.is("ASOF") && asOf == null) {
                Token date = next();
                if (date.kind() != Kind.STRING) {
                    throw WiqlErrors.syntax("ASOF takes a quoted date", date);
                }
                asOf = Values.time(date.text()).map(Values.Time::instant)
                        .orElseThrow(() -> WiqlErrors.syntax("the ASOF date is not a valid date", date));
            } else if (t.is("MODE") && mode == null) {
                mode = mode(t);
            } else {
                throw WiqlErrors.syntax("expected ORDER BY, ASOF, MODE or the end of the statement", t);
            }
        }
        if (mode == null) {
            mode = WiqlQuery.Mode.MUST_CONTAIN;
        }
        return new WiqlQuery(List.copyOf(columns), links, where, order, asOf, mode);
    }

    private WiqlQuery.Mode mode(Token modeToken) {
        if (!links) {
            throw WiqlErrors.syntax("MODE applies only to FROM WorkItemLinks", modeToken);
        }
        expect(Kind.OPEN, "expected ( after MODE");
        Token m = next();
        WiqlQuery.Mode mode = switch (m.text().toLowerCase(Locale.ROOT)) {
            case "mustcontain" -> WiqlQuery.Mode.MUST_CONTAIN;
            case "maycontain" -> WiqlQuery.Mode.MAY_CONTAIN;
            case "doesnotcontain" -> WiqlQuery.Mode.DOES_NOT_CONTAIN;
            case "recursive" -> WiqlQuery.Mode.RECURSIVE;
            default -> throw WiqlErrors.syntax("expected MustContain, MayContain, DoesNotContain or Recursive", m);
        };
        expect(Kind.CLOSE, "expected ) after the mode");
        return mode;
    }

    private List<WiqlQuery.Sort> orderBy() {
        var out = new ArrayList<WiqlQuery.Sort>();
        do {
            Expr.FieldRef f = field();
            boolean descending = false;
            if (peek().is("ASC")) {
                next();
            } else if (peek().is("DESC")) {
                next();
                descending = true;
            }
            out.add(new WiqlQuery.Sort(f, descending));
        } while (accept(Kind.COMMA));
        return List.copyOf(out);
    }

    private Expr or() {
        var parts = new ArrayList<Expr>();
        parts.add(and());
        while (peek().is("OR")) {
            next();
            parts.add(and());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Or(List.copyOf(parts));
    }

    private Expr and() {
        var parts = new ArrayList<Expr>();
        parts.add(unary());
        while (peek().is("AND")) {
            next();
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.And(List.copyOf(parts));
    }

    private Expr unary() {
        if (peek().is("NOT")) {
            next();
            return new Expr.Not(unary());
        }
        if (accept(Kind.OPEN)) {
            Expr inner = or();
            expect(Kind.CLOSE, "expected ) to close the group");
            return inner;
        }
        return clause();
    }

    private Expr clause() {
        Expr.FieldRef f = field();
        Token op = next();
        boolean not = false;
        if (op.is("NOT")) {
            not = true;
            op = next();
        }
        if (op.kind() == Kind.OPERATOR && !not) {
            Expr.Operator operator = switch (op.text()) {
                case "=" -> Expr.Operator.EQ;
                case "<>" -> Expr.Operator.NE;
                case "<" -> Expr.Operator.LT;
                case ">" -> Expr.Operator.GT;
                case "<=" -> Expr.Operator.LE;
                case ">=" -> Expr.Operator.GE;
                default -> throw WiqlErrors.syntax("unknown operator", op);
            };
            return new Expr.Clause(f, operator, List.of(value()));
        }
        if (op.is("IN")) {
            expect(Kind.OPEN, "expected ( after IN");
            var values = new ArrayList<Expr.Operand>();
            do {
                values.add(value());
            } while (accept(Kind.COMMA));
            expect(Kind.CLOSE, "expected ) to close the IN list");
            return new Expr.Clause(f, not ? Expr.Operator.NOT_IN : Expr.Operator.IN, List.copyOf(values));
        }
        if (op.is("CONTAINS")) {
            boolean words = peek().is("WORDS");
            if (words) {
                next();
            }
            Expr.Operator operator = words ? (not ? Expr.Operator.NOT_CONTAINS_WORDS : Expr.Operator.CONTAINS_WORDS)
                    : (not ? Expr.Operator.NOT_CONTAINS : Expr.Operator.CONTAINS);
            return new Expr.Clause(f, operator, List.of(value()));
        }
        if (op.is("UNDER")) {
            return new Expr.Clause(f, not ? Expr.Operator.NOT_UNDER : Expr.Operator.UNDER, List.of(value()));
        }
        if (op.is("EVER") || op.is("IS")) {
            throw WiqlErrors.syntax("the operator " + op.text().toUpperCase(Locale.ROOT)
                    + " is not supported by the emulator", op);
        }
        throw WiqlErrors.syntax("expected an operator (=, <>, <, >, <=, >=, IN, NOT IN, CONTAINS, UNDER) after "
                + "the field", op);
    }

    private Expr.Operand value() {
        Token t = next();
        switch (t.kind()) {
            case STRING:
                return new Expr.Text(t.text());
            case NUMBER:
                return number(t, false);
            case MINUS:
                Token n = next();
                if (n.kind() != Kind.NUMBER) {
                    throw WiqlErrors.syntax("expected a number after -", n);
                }
                return number(n, true);
            case MACRO:
                return macro(t);
            case FIELD:
            case WORD:
                if (t.is("true") || t.is("false")) {
                    return new Expr.Text(t.text().toLowerCase(Locale.ROOT));
                }
                at--;
                return new Expr.FieldValue(field());
            default:
                throw WiqlErrors.syntax("expected a value", t);
        }
    }

    private static Expr.Number number(Token t, boolean negative) {
        try {
            BigDecimal v = new BigDecimal(t.text());
            return new Expr.Number(negative ? v.negate() : v);
        } catch (NumberFormatException e) {
            throw WiqlErrors.syntax("not a number", t);
        }
    }

    private Expr.Operand macro(Token t) {
        String name = t.text().toLowerCase(Locale.ROOT);
        if (!MACROS.contains(name)) {
            throw WiqlErrors.syntax("the macro " + t.text() + " is not supported by the emulator (use @Me, "
                    + "@Project or @Today)", t);
        }
        int offset = 0;
        if (name.equals("@today") && (peek().kind() == Kind.PLUS || peek().kind() == Kind.MINUS)) {
            boolean minus = next().kind() == Kind.MINUS;
            Token n = next();
            if (n.kind() != Kind.NUMBER || !n.text().matches("\\d{1,6}")) {
                throw WiqlErrors.syntax("expected a whole number of days after @Today " + (minus ? "-" : "+"), n);
            }
            offset = minus ? -Integer.parseInt(n.text()) : Integer.parseInt(n.text());
        }
        return new Expr.Macro(name, offset, t);
    }

    private Expr.FieldRef field() {
        Token t = next();
        if (t.kind() != Kind.FIELD && (t.kind() != Kind.WORD || KEYWORDS.contains(t.text().toLowerCase(Locale.ROOT)))) {
            throw WiqlErrors.syntax("expected a field name", t);
        }
        Side side = Side.ITEM;
        Token name = t;
        String lower = t.text().toLowerCase(Locale.ROOT);
        if ((lower.equals("source") || lower.equals("target")) && peek().kind() == Kind.DOT) {
            next();
            name = next();
            if (name.kind() != Kind.FIELD && name.kind() != Kind.WORD) {
                throw WiqlErrors.syntax("expected a field name after [" + t.text() + "].", name);
            }
            side = lower.equals("source") ? Side.SOURCE : Side.TARGET;
        } else if (t.kind() == Kind.WORD && (lower.startsWith("source.") || lower.startsWith("target."))) {
            side = lower.startsWith("source.") ? Side.SOURCE : Side.TARGET;
            name = new Token(Kind.WORD, t.text().substring(7), t.position() + 7);
        }
        Token nameToken = name;
        Fields.Field field = Fields.find(name.text()).orElseThrow(() -> WiqlErrors.unknownField(nameToken));
        if (field == Fields.LINK_TYPE) {
            if (!links) {
                throw WiqlErrors.syntax("[System.Links.LinkType] is only valid FROM WorkItemLinks", name);
            }
            side = Side.LINK;
        } else if (side != Side.ITEM && !links) {
            throw WiqlErrors.syntax("[Source] and [Target] prefixes are only valid FROM WorkItemLinks", t);
        } else if (side == Side.ITEM && links) {
            side = Side.SOURCE;
        }
        return new Expr.FieldRef(side, field, name);
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Kind.END) {
            at++;
        }
        return t;
    }

    private boolean accept(Kind kind) {
        if (peek().kind() == kind) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(Kind kind, String problem) {
        Token t = next();
        if (t.kind() != kind) {
            throw WiqlErrors.syntax(problem, t);
        }
    }

    private void expectKeyword(String keyword, String problem) {
        Token t = next();
        if (!t.is(keyword)) {
            throw WiqlErrors.syntax(problem, t);
        }
    }
}
