package ado.emulator.internal.wiql;

import ado.emulator.internal.wiql.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits a WIQL statement into tokens; an unterminated string or bracket, or a stray character, is a syntax error. */
final class Lexer {

    private final String text;
    private int i;

    private Lexer(String text) {
        this.text = text;
    }

    /** {@return the tokens of {@code wiql}, ending with an {@link Kind#END} token} */
    static List<Token> tokens(String wiql) {
        return new Lexer(wiql).run();
    }

    private List<Token> run() {
        var out = new ArrayList<Token>();
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                out.add(new Token(Kind.END, "", text.length() + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = i;
        char c = text.charAt(i);
        switch (c) {
            case '[':
                return bracketed(start);
            case '\'':
            case '"':
                return string(start, c);
            case '@':
                i++;
                return new Token(Kind.MACRO, "@" + word(), start + 1);
            case ',':
                return single(Kind.COMMA, start);
            case '(':
                return single(Kind.OPEN, start);
            case ')':
                return single(Kind.CLOSE, start);
            case '.':
                return single(Kind.DOT, start);
            case '+':
                return single(Kind.PLUS, start);
            case '-':
                return single(Kind.MINUS, start);
            case '=':
                return single(Kind.OPERATOR, start);
            case '<':
            case '>':
            case '!':
                return operator(start);
            default:
                if (Character.isDigit(c)) {
                    return number(start);
                }
                if (Character.isLetter(c) || c == '_') {
                    return new Token(Kind.WORD, word(), start + 1);
                }
                throw WiqlErrors.syntax("unexpected character", new Token(Kind.WORD, String.valueOf(c), start + 1));
        }
    }

    private Token single(Kind kind, int start) {
        i++;
        return new Token(kind, String.valueOf(text.charAt(start)), start + 1);
    }

    private Token operator(int start) {
        char c = text.charAt(i++);
        if (i < text.length()) {
            char d = text.charAt(i);
            if (d == '=' || (c == '<' && d == '>')) {
                i++;
            }
        }
        String op = text.substring(start, i);
        if (op.equals("!") || op.equals("!=")) {
            throw WiqlErrors.syntax("'!=' is not a WIQL operator, use '<>'", new Token(Kind.OPERATOR, op, start + 1));
        }
        return new Token(Kind.OPERATOR, op, start + 1);
    }

    private String word() {
        int start = i;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_'
                || (text.charAt(i) == '.' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
            i++;
        }
        return text.substring(start, i);
    }

    private Token number(int start) {
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return new Token(Kind.NUMBER, text.substring(start, i), start + 1);
    }

    private Token bracketed(int start) {
        int close = text.indexOf(']', i + 1);
        if (close < 0) {
            throw WiqlErrors.syntax("a field name is missing its closing ']'",
                    new Token(Kind.WORD, text.substring(start), start + 1));
        }
        i = close + 1;
        return new Token(Kind.FIELD, text.substring(start + 1, close).strip(), start + 1);
    }

    private Token string(int start, char quote) {
        var sb = new StringBuilder();
        i++;
        while (i < text.length()) {
            char c = text.charAt(i++);
            if (c == quote) {
                if (i < text.length() && text.charAt(i) == quote) {
                    sb.append(quote);
                    i++;
                } else {
                    return new Token(Kind.STRING, sb.toString(), start + 1);
                }
            } else {
                sb.append(c);
            }
        }
        throw WiqlErrors.syntax("a string is missing its closing quote",
                new Token(Kind.WORD, text.substring(start), start + 1));
    }
}
