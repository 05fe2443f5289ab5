package ado.core.internal.auth;

import ado.core.error.AdoAuthenticationException;
import java.util.Objects;

/**
 * The checks every credential value passes where it enters ado.core (PATs, bearer tokens, tokens from providers
 * and Entra endpoints, client secrets, federated assertions, the managed-identity header). Leading and trailing
 * whitespace is stripped (a token file read with its newline); a blank value or a control character inside is
 * refused with an {@link AdoAuthenticationException} that names the credential and the index, never the value.
 */
public final class CredentialChecks {

    private CredentialChecks() {
    }

    /**
     * {@return {@code value} stripped, for a secret sent encoded (a PAT in Basic, a client secret in a form)}
     *
     * @param what names the credential in messages, such as {@code pat} or {@code clientSecret}
     * @throws NullPointerException        if {@code value} is null, naming {@code what}
     * @throws AdoAuthenticationException if the value is blank or contains a control character
     */
    public static String secret(String value, String what) {
        String stripped = nonBlank(value, what);
        for (int i = 0; i < stripped.length(); i++) {
            if (Character.isISOControl(stripped.charAt(i))) {
                throw new AdoAuthenticationException(what + " contains a control character at index " + i);
            }
        }
        return stripped;
    }

    /**
     * {@return {@code value} stripped, for a token sent as is in a header ({@code Authorization: Bearer ...},
     * {@code X-IDENTITY-HEADER})}: only visible ASCII (no spaces, no control or non-ASCII characters)
     *
     * @throws NullPointerException        if {@code value} is null, naming {@code what}
     * @throws AdoAuthenticationException if the value is blank or has a character that is not visible ASCII
     */
    public static String headerToken(String value, String what) {
        String stripped = nonBlank(value, what);
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c < 0x21 || c > 0x7E) {
                throw new AdoAuthenticationException(what + " contains " + describe(c) + " at index " + i
                        + "; only visible ASCII characters can be sent in a header");
            }
        }
        return stripped;
    }

    private static String nonBlank(String value, String what) {
        Objects.requireNonNull(value, what + " == null");
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new AdoAuthenticationException(what + " must not be blank");
        }
        return stripped;
    }

    private static String describe(char c) {
        if (Character.isISOControl(c)) {
            return "a control character";
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? "a space" : "a non-ASCII character";
    }
}
