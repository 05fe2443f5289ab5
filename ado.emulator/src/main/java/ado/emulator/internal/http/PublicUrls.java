package ado.emulator.internal.http;

import ado.core.AdoClient;
import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The URLs clients reach the emulator's listeners by when it runs behind a proxy: the organisation's and each
 * service host's (vssps, vsaex, almsearch), each ending with {@code /{org}}. Links in answers and the {@code
 * locationUrl} of {@code _apis/resourceAreas} use them instead of the host each client named. A service without a
 * URL of its own gets the organisation's with its name put before the host, as the cloud derives
 * {@code https://vssps.dev.azure.com/{org}} from {@code https://dev.azure.com/{org}} (and as ado4j's client does);
 * none at all means links follow each request's {@code Host}.
 */
public final class PublicUrls {

    /** The services that have a listener of their own. */
    public static final Set<AdoClient.Service> LISTENED = Collections.unmodifiableSet(EnumSet.of(
            AdoClient.Service.VSSPS, AdoClient.Service.VSAEX, AdoClient.Service.ALMSEARCH));

    private final URI organization;
    private final Map<AdoClient.Service, URI> services;

    private PublicUrls(URI organization, Map<AdoClient.Service, URI> services) {
        this.organization = organization;
        this.services = services;
    }

    /** {@return no public URLs: links follow the {@code Host} each request names} */
    public static PublicUrls none() {
        return new PublicUrls(null, Map.of());
    }

    /**
     * {@return {@code url} if it is an absolute http(s) URL with a host and without a query or fragment}
     *
     * @throws IllegalArgumentException naming {@code field} and the value otherwise
     */
    public static URI check(URI url, String field) {
        Objects.requireNonNull(url, field + " == null");
        String scheme = url.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || url.getHost() == null
                || url.getRawQuery() != null || url.getRawFragment() != null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException(field + " must be an absolute http(s) URL without a query: " + url);
        }
        return url;
    }

    /**
     * {@return the public URLs of organisation {@code org}: {@code organizationUrl} (null: none) and {@code
     * serviceUrls} for services with a URL of their own, the others derived}
     *
     * @throws IllegalArgumentException if a URL does not end with {@code /{org}}, names a service without a
     *                                  listener, or service URLs are set without the organisation's
     */
    public static PublicUrls of(String org, URI organizationUrl, Map<AdoClient.Service, URI> serviceUrls) {
        if (organizationUrl == null) {
            if (!serviceUrls.isEmpty()) {
                throw new IllegalArgumentException("publicUrl(service, url) needs the organisation's publicUrl too: "
                        + serviceUrls);
            }
            return none();
        }
        endsWithOrganization(org, organizationUrl, "publicUrl");
        var services = new EnumMap<AdoClient.Service, URI>(AdoClient.Service.class);
        serviceUrls.forEach((service, url) -> {
            if (!LISTENED.contains(service)) {
                throw new IllegalArgumentException("publicUrl: " + service + " has no listener of its own "
                        + "(it is served on the organisation's)");
            }
            services.put(service, endsWithOrganization(org, check(url, "publicUrl(" + service + ")"),
                    "publicUrl(" + service + ")"));
        });
        for (AdoClient.Service s : LISTENED) {
            services.computeIfAbsent(s, k -> derived(organizationUrl, k));
        }
        return new PublicUrls(organizationUrl, Collections.unmodifiableMap(services));
    }

    private static URI endsWithOrganization(String org, URI url, String field) {
        if (!("/" + org).equals(url.getPath())) {
            throw new IllegalArgumentException(field + " must end with the organisation /" + org + ": " + url);
        }
        return url;
    }

    private static URI derived(URI organization, AdoClient.Service service) {
        return URI.create(organization.getScheme().toLowerCase(Locale.ROOT) + "://" + service.label() + "."
                + organization.getRawAuthority() + organization.getRawPath());
    }

    /** {@return the organisation's public URL, if any} */
    public Optional<URI> organization() {
        return Optional.ofNullable(organization);
    }

    /** {@return the public URL of {@code service}'s listener, if any} */
    public Optional<URI> service(AdoClient.Service service) {
        return Optional.ofNullable(services.get(service));
    }
}
