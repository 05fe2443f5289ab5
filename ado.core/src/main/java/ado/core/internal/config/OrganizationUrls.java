package ado.core.internal.config;

import ado.core.internal.http.UrlRules;
import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Organisation URLs: parsing a name or URL, and deriving the URLs of Azure DevOps' other hosts (vssps for
 * identities, almsearch for search, vsrm for releases) for both {@code https://dev.azure.com/{org}} and the legacy
 * {@code https://{org}.visualstudio.com}. Any other host (Azure DevOps Server, the emulator) serves every area
 * itself, so derived URLs equal the organisation URL there.
 */
public final class OrganizationUrls {

    private static final String CLOUD = "dev.azure.com";
    private static final String LEGACY = ".visualstudio.com";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,48}[A-Za-z0-9])?");

    /**
     * The rule for organisation names, as Azure DevOps states it (English letters, digits and hyphens, at most 50,
     * starting and ending with a letter or digit; "Rename your organization" on learn.microsoft.com); in messages.
     */
    public static final String NAME_RULE = "an organisation name has 1 to 50 letters, digits and hyphens, and starts"
            + " and ends with a letter or digit; for another host give its URL (https, or http only for a loopback"
            + " host)";

    /** The rule for organisation URLs; in messages. */
    public static final String URL_RULE = "an organisation URL is https://dev.azure.com/{organisation},"
            + " https://{organisation}.visualstudio.com, or the URL of another host (Azure DevOps Server, a proxy,"
            + " the emulator) whose path is the collection; https, or http only for a loopback host; no user info,"
            + " query or fragment";

    private OrganizationUrls() {
    }

    /**
     * {@return the organisation URL for a name ({@code fabrikam}) or a URL}, without a trailing slash; see
     * {@link #NAME_RULE}
     *
     * @throws IllegalArgumentException naming {@code field} if the value is blank, a name that breaks the rule
     *                                  (spaces, control characters, slashes...) or not a valid URL; the message
     *                                  never echoes a URL's user info
     */
    public static URI parse(String nameOrUrl, String field) {
        String value = nameOrUrl == null ? "" : nameOrUrl.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!value.contains("://")) {
            if (!NAME.matcher(value).matches()) {
                throw new IllegalArgumentException(field + " must be an organisation name or URL, but"
                        + printable(value) + " is neither: " + NAME_RULE);
            }
            return URI.create("https://" + CLOUD + "/" + value);
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i)) || Character.isWhitespace(value.charAt(i))) {
                throw new IllegalArgumentException(field + " is not a valid URL: it has a control character or"
                        + " space at index " + i + "; " + URL_RULE);
            }
        }
        try {
            return normalise(new URI(value), field);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL:" + (value.contains("@") ? ""
                    : printable(value)) + " (" + e.getReason() + " at index " + e.getIndex() + "); " + URL_RULE,
                    null);
        }
    }

    /** The name quoted when it is short and has no control characters, else nothing. */
    private static String printable(String value) {
        if (value.length() > 60 || value.chars().anyMatch(Character::isISOControl)) {
            return " the value";
        }
        return " '" + value + "'";
    }

    /**
     * {@return {@code uri} validated under {@link #URL_RULE}, without a trailing slash}
     *
     * @throws IllegalArgumentException naming {@code field}, the URL (without user info, fragment or secret query
     *                                  parameters) and the rule it breaks
     */
    public static URI normalise(URI uri, String field) {
        UrlRules.check(uri, field);
        if (uri.getRawUserInfo() != null) {
            throw refused(field, uri, "must not contain user info");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(field, uri, "must not have a query or fragment");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals(CLOUD) && (path.isEmpty() || !NAME.matcher(path.substring(1)).matches())) {
            throw refused(field, uri, "must name the organisation, and nothing below it: "
                    + "https://dev.azure.com/{organisation}, where " + NAME_RULE);
        }
        if (host.endsWith(LEGACY) && !NAME.matcher(host.substring(0, host.indexOf('.'))).matches()) {
            throw refused(field, uri, "must be https://{organisation}.visualstudio.com, where " + NAME_RULE);
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path);
    }

    private static IllegalArgumentException refused(String field, URI uri, String problem) {
        return new IllegalArgumentException(field + " " + problem + ": " + UrlRules.redact(uri) + " (" + URL_RULE
                + ")");
    }

    /** {@return the organisation's name: the first path segment on dev.azure.com, else the first host label} */
    public static String name(URI organization) {
        String host = organization.getHost().toLowerCase(Locale.ROOT);
        String path = organization.getPath() == null ? "" : organization.getPath();
        if (host.equals(CLOUD) || !host.endsWith(LEGACY) && !path.isEmpty()) {
            String trimmed = path.startsWith("/") ? path.substring(1) : path;
            int slash = trimmed.indexOf('/');
            return slash < 0 ? trimmed : trimmed.substring(0, slash);
        }
        return host.substring(0, host.indexOf('.') < 0 ? host.length() : host.indexOf('.'));
    }

    /**
     * {@return the URL of service {@code service} (such as {@code vssps}, {@code almsearch}, {@code vsrm}) for
     * {@code organization}}
     */
    public static URI derived(URI organization, String service) {
        String host = organization.getHost().toLowerCase(Locale.ROOT);
        String path = organization.getRawPath() == null ? "" : organization.getRawPath();
        if (host.equals(CLOUD)) {
            return URI.create("https://" + service + "." + CLOUD + path);
        }
        if (host.endsWith(LEGACY) && host.indexOf('.') == host.length() - LEGACY.length()) {
            String org = host.substring(0, host.indexOf('.'));
            return URI.create("https://" + org + "." + service + LEGACY + path);
        }
        return organization;
    }

    /** {@return the profile host {@code https://app.vssps.visualstudio.com} for cloud organisations} */
    public static URI profile(URI organization) {
        String host = organization.getHost().toLowerCase(Locale.ROOT);
        return host.equals(CLOUD) || host.endsWith(LEGACY) ? URI.create("https://app.vssps.visualstudio.com")
                : organization;
    }
}
