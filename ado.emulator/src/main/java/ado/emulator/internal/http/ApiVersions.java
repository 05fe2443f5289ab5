package ado.emulator.internal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks api-version values as ADO does: required, well-formed, at most 7.2, and 7.2 only as a preview. */
public final class ApiVersions {

    private static final Pattern FORMAT = Pattern.compile("(\\d+)\\.(\\d+)(-preview(\\.\\d+)?)?");
    private static final Pattern IN_ACCEPT = Pattern.compile("api-version\\s*=\\s*([^;,\\s]+)",
            Pattern.CASE_INSENSITIVE);

    private ApiVersions() {
    }

    /** {@return the version from the query or, failing that, the Accept header; {@code null} when neither has one} */
    public static String find(String queryValue, String accept) {
        if (queryValue != null && !queryValue.isBlank()) {
            return queryValue.strip();
        }
        if (accept != null) {
            Matcher m = IN_ACCEPT.matcher(accept);
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /** Throws ADO's 400 error when {@code version} is missing, malformed or unsupported. */
    public static void check(String method, String version) {
        if (version == null) {
            throw AdoError.noApiVersion(method);
        }
        Matcher m = FORMAT.matcher(version);
        if (!m.matches()) {
            throw AdoError.badApiVersion(version);
        }
        int major = Integer.parseInt(m.group(1));
        int minor = Integer.parseInt(m.group(2));
        boolean preview = m.group(3) != null;
        if (major < 1 || major > 7 || major == 7 && minor > 2) {
            throw AdoError.apiVersionOutOfRange(version);
        }
        if (major == 7 && minor == 2 && !preview) {
            throw AdoError.previewRequired(version);
        }
    }
}
