package ado.core.internal.http;

import ado.core.error.AdoAuthenticationException;
import ado.core.error.AdoException;
import ado.core.error.AdoHttpException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoOutcomeUnknownException;
import ado.core.error.AdoTransportException;
import ado.core.error.HttpFailure;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Redaction by value: scrubs the secrets a request was sent with (the client's PAT and its Basic encoding, the
 * current bearer token, values of secret-named headers and query parameters, see {@link UrlRules#isSecretName})
 * from the exceptions that reach the caller, whatever put them there (a server echoing the request in its error
 * body, a URL path). Redaction by name is {@link UrlRules#redact}.
 */
public final class Redaction {

    /** What replaces a secret. */
    public static final String MASK = "***";

    /** Values shorter than this are not scrubbed: they would match ordinary words. Real secrets are far longer. */
    static final int MIN_LENGTH = 8;

    private Redaction() {
    }

    /**
     * {@return the secrets a request is sent with, to scrub from what is shown of it}: {@code credentials} (the
     * client's PAT, its Basic form, tokens), the values of secret-named headers ({@code X-Api-Key}, ...) and of
     * secret-named query parameters ({@code sig}), raw and decoded
     */
    public static List<String> requestSecrets(Collection<String> credentials, Map<String, String> headers, URI uri) {
        var secrets = new ArrayList<>(credentials);
        headers.forEach((name, value) -> {
            if (UrlRules.isSecretName(name)) {
                secrets.add(value);
            }
        });
        String query = uri.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0 && UrlRules.isSecretName(pair.substring(0, eq))) {
                    String raw = pair.substring(eq + 1);
                    secrets.add(raw);
                    try {
                        secrets.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
                    } catch (IllegalArgumentException malformed) {
                        // the raw form is scrubbed anyway
                    }
                }
            }
        }
        return secrets;
    }

    /** {@return {@code text} with every secret (as is, percent- and form-encoded) replaced by {@value #MASK}} */
    public static String scrub(String text, Collection<String> secrets) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = text;
        for (String secret : forms(secrets)) {
            result = result.replace(secret, MASK);
        }
        return result;
    }

    /** {@return whether {@code text} contains a secret in any of its forms} */
    public static boolean contains(String text, Collection<String> secrets) {
        if (text == null) {
            return false;
        }
        for (String secret : forms(secrets)) {
            if (text.contains(secret)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@return {@code e} itself when neither its message nor those of its causes and suppressed exceptions contain a
     * secret, else an exception of the same type with the secrets scrubbed} A cause that shows a secret is left
     * out; its type and scrubbed message are appended to the message instead.
     */
    public static AdoException scrubbed(AdoException e, Collection<String> secrets) {
        if (secrets.isEmpty() || !leaks(e, secrets, 0)) {
            return e;
        }
        String message = scrub(Correlation.untaggedMessage(e), secrets);
        Throwable cause = e.getCause();
        if (cause != null && leaks(cause, secrets, 0)) {
            message += " (caused by " + cause.getClass().getSimpleName() + ": " + scrub(cause.getMessage(), secrets)
                    + ")";
            cause = null;
        }
        AdoException copy = rebuilt(e, message, cause, secrets);
        copy.setStackTrace(e.getStackTrace());
        Correlation.copyTag(e, copy);
        for (Throwable s : e.getSuppressed()) {
            if (!leaks(s, secrets, 0)) {
                copy.addSuppressed(s);
            }
        }
        return copy;
    }

    private static AdoException rebuilt(AdoException e, String message, Throwable cause, Collection<String> secrets) {
        if (e instanceof AdoHttpException h) {
            HttpFailure f = h.failure();
            if (f.status() == 0 && h instanceof AdoAuthenticationException) {
                return new AdoAuthenticationException(message);
            }
            return AdoHttpException.of(new HttpFailure(f.status(), f.method(),
                    URI.create(scrub(f.uri().toString(), secrets)), scrub(f.message(), secrets),
                    scrub(f.typeKey(), secrets), scrub(f.typeName(), secrets), f.errorCode(),
                    scrub(f.activityId(), secrets), f.rateLimit(), f.signInPage()));
        }
        if (e instanceof AdoOutcomeUnknownException o) {
            return new AdoOutcomeUnknownException(o.method(), message, cause);
        }
        if (e instanceof AdoTransportException) {
            return new AdoTransportException(message, cause);
        }
        if (e instanceof AdoJsonException) {
            return new AdoJsonException(message, cause);
        }
        return new ado.core.error.AdoConfigurationException(message, cause); // the one other sealed subtype
    }

    private static boolean leaks(Throwable t, Collection<String> secrets, int depth) {
        if (t == null || depth > 8) {
            return false;
        }
        if (contains(t.getMessage(), secrets) || contains(t.toString(), secrets)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (leaks(s, secrets, depth + 1)) {
                return true;
            }
        }
        return leaks(t.getCause(), secrets, depth + 1);
    }

    private static Set<String> forms(Collection<String> secrets) {
        var forms = new LinkedHashSet<String>();
        for (String s : secrets) {
            if (s != null && s.length() >= MIN_LENGTH) {
                forms.add(s);
                forms.add(PercentEscaper.query(s));
                forms.add(PercentEscaper.segment(s));
                forms.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
            }
        }
        return forms;
    }
}
