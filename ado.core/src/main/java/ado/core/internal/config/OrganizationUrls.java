package ado.core.internal.config;

import ado.core.internal.http.PercentEscaper;
import ado.core.internal.http.UrlRules;
import java.net.URI;
import java.util.Locale;

/**
 * Organisation URLs: parsing a name or URL, and deriving the URLs of Azure DevOps' other hosts (vssps for
 * identities, almsearch for search, vsrm for releases) for both {@code https://dev.azure.com/{org}} and the legacy
 * {@code https://{org}.visualstudio.com}. Any other host (Azure DevOps Server, the emulator) serves every area
 * itself, so derived URLs equal the organisation URL there.
 */
public final class OrganizationUrls {

    private static final String CLOUD = "dev.azure.com";
    private static final String LEGACY = ".visualstudio.com";

    private OrganizationUrls() {
    }

    /**
     * {@return the organisation URL for a name ({@code fabrikam}) or a URL}, without a trailing slash
     *
     * @throws IllegalArgumentException naming {@code field} if the value is blank or not a valid URL
     */
    public static URI parse(String nameOrUrl, String field) {
        String value = nameOrUrl == null ? "" : nameOrUrl.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        if (!value.contains("://")) {
            if (value.contains("/")) {
                throw new IllegalArgumentException(field + " must be an organisation name or URL: " + value);
            }
            return URI.create("https://" + CLOUD + "/" + PercentEscaper.segment(value));
        }
        try {
            return normalise(new URI(value), field);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(field + " is not a valid URL: " + e.getMessage(), e);
        }
    }

    /** {@return {@code uri} validated, without query, fragment or trailing slash} */
    public static URI normalise(URI uri, String field) {
        UrlRules.check(uri, field);
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(field + " must not contain user info");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (uri.getHost().equalsIgnoreCase(CLOUD) && path.isEmpty()) {
            throw new IllegalArgumentException(field + " must name the organisation: https://dev.azure.com/{org}");
        }
        return URI.create(uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority() + path);
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
