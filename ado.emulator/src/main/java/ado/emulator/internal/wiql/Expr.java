package ado.emulator.internal.wiql;

import java.util.List;

/** A WHERE condition: a tree of AND, OR, NOT and clauses. */
sealed interface Expr {

    /** All of {@code parts}. */
    record And(List<Expr> parts) implements Expr {
    }

    /** Any of {@code parts}. */
    record Or(List<Expr> parts) implements Expr {
    }

    /** Not {@code part}. */
    record Not(Expr part) implements Expr {
    }

    /**
     * {@code field op values}: one value for comparisons, several for {@code IN}.
     *
     * @param field    the field, with its link prefix
     * @param operator the operator
     * @param values   the right-hand side
     */
    record Clause(FieldRef field, Operator operator, List<Operand> values) implements Expr {
    }

    /** Which item of a link a field is read from. */
    enum Side { ITEM, SOURCE, TARGET, LINK }

    /**
     * A field as written, with its side ({@link Side#ITEM} when unprefixed).
     *
     * @param side  the side
     * @param field the field
     * @param token where it was written
     */
    record FieldRef(Side side, Fields.Field field, Token token) {
    }

    /** The operators. */
    enum Operator {
        EQ, NE, LT, GT, LE, GE, IN, NOT_IN, CONTAINS, NOT_CONTAINS, CONTAINS_WORDS, NOT_CONTAINS_WORDS, UNDER,
        NOT_UNDER
    }

    /** A right-hand side value. */
    sealed interface Operand {
    }

    /** A quoted string. */
    record Text(String value) implements Operand {
    }

    /** A number. */
    record Number(java.math.BigDecimal value) implements Operand {
    }

    /** {@code @me}, {@code @project} or {@code @today} (lower case) with a day offset, and where it was written. */
    record Macro(String name, int offsetDays, Token token) implements Operand {
    }

    /** Another field, {@code [System.ChangedDate] > [System.CreatedDate]}. */
    record FieldValue(FieldRef field) implements Operand {
    }
}
