package ado.model.identity;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads identities ({@code _apis/identities}) on the identity host: call with {@code client.vssps()}. Unknown keys
 * are left out of the answer (ADO answers {@code null} entries for them; these are dropped).
 *
 * <pre>{@code
 * List<Identity> grace = Identities.search(client.vssps(), SearchFilter.GENERAL, "grace@fabrikam.com");
 * UUID reviewerId = grace.get(0).id();
 * }</pre>
 */
public final class Identities {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private Identities() {
    }

    /**
     * {@return the identities of identity descriptors {@code descriptors}; unknown ones are left out}
     *
     * @param vssps       the identity host, {@code client.vssps()}
     * @param descriptors the identity descriptors, at least one
     * @param membership  which memberships to read along ({@code members}, {@code memberOf})
     * @throws NullPointerException     if an argument is null or {@code descriptors} contains null
     * @throws IllegalArgumentException if {@code descriptors} is empty
     */
    public static List<Identity> byDescriptors(ApiCall vssps, List<String> descriptors, QueryMembership membership) {
        return read(vssps, "descriptors", nonEmpty(descriptors, "descriptors"), membership);
    }

    /**
     * {@return the identities of Graph subject descriptors {@code subjectDescriptors}; unknown ones are left out}
     *
     * @param vssps              the identity host, {@code client.vssps()}
     * @param subjectDescriptors the Graph subject descriptors, such as {@code aad.xxxx}, at least one
     * @param membership         which memberships to read along ({@code members}, {@code memberOf})
     * @throws NullPointerException     if an argument is null or {@code subjectDescriptors} contains null
     * @throws IllegalArgumentException if {@code subjectDescriptors} is empty
     */
    public static List<Identity> bySubjectDescriptors(ApiCall vssps, List<String> subjectDescriptors,
                                                      QueryMembership membership) {
        return read(vssps, "subjectDescriptors", nonEmpty(subjectDescriptors, "subjectDescriptors"), membership);
    }

    /**
     * {@return the identities of ids {@code ids} (wire name {@code identityIds}); unknown ones are left out}
     *
     * @param vssps      the identity host, {@code client.vssps()}
     * @param ids        the identity ids, at least one
     * @param membership which memberships to read along ({@code members}, {@code memberOf})
     * @throws NullPointerException     if an argument is null or {@code ids} contains null
     * @throws IllegalArgumentException if {@code ids} is empty
     */
    public static List<Identity> byIds(ApiCall vssps, List<UUID> ids, QueryMembership membership) {
        return read(vssps, "identityIds", nonEmpty(ids, "ids"), membership);
    }

    /**
     * {@return the identities whose name, sign-in name or e-mail (as {@code filter} says) is {@code value}, without
     * memberships; empty if none matches}
     *
     * @param vssps  the identity host, {@code client.vssps()}
     * @param filter what {@code value} is matched against
     * @param value  the name, sign-in name or e-mail address to look for
     * @throws NullPointerException     if {@code filter} or {@code value} is null
     * @throws IllegalArgumentException if {@code value} is blank
     */
    public static List<Identity> search(ApiCall vssps, SearchFilter filter, String value) {
        Objects.requireNonNull(filter, "filter == null");
        Checks.nonBlank(value, "value");
        return vssps.apis("identities").query("searchFilter", filter.wire()).query("filterValue", value)
                .query("queryMembership", QueryMembership.NONE.wire()).get(API_VERSION).asList(Identity.class)
                .stream().filter(Objects::nonNull).toList();
    }

    private static List<Identity> read(ApiCall vssps, String key, List<?> values, QueryMembership membership) {
        Objects.requireNonNull(membership, "membership == null");
        return vssps.apis("identities").query(key, values).query("queryMembership", membership.wire())
                .get(API_VERSION).asList(Identity.class).stream().filter(Objects::nonNull).toList();
    }

    private static <T> List<T> nonEmpty(List<T> values, String field) {
        Objects.requireNonNull(values, field + " == null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException(field + " must not be empty");
        }
        values.forEach(v -> Objects.requireNonNull(v, field + " must not contain null"));
        return values;
    }
}
