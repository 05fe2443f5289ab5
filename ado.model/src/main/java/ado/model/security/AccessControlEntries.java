package ado.model.security;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Access control entries ({@code _apis/accesscontrolentries/{namespaceId}}) on the organisation scope. */
public final class AccessControlEntries {

    private AccessControlEntries() {
    }

    /**
     * {@return the entries of {@code token} after setting {@code entries}}: with {@code merge} each entry's bits are
     * added to the identity's existing ones, else they replace them
     *
     * <pre>{@code
     * AccessControlEntries.set(client.api(), AccessControlLists.GIT_REPOSITORIES, token, List.of(
     *         new AccessControlEntry(contributorsDescriptor, 0, GitPermission.FORCE_PUSH.bit(), null)), true);
     * }</pre>
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace, such as {@link AccessControlLists#GIT_REPOSITORIES}
     * @param token       the secured resource's token in that namespace
     * @param entries     the entries to set, at least one
     * @param merge       whether to add the bits to the existing ones instead of replacing them
     * @throws NullPointerException     if {@code namespaceId}, {@code token} or {@code entries} is null
     * @throws IllegalArgumentException if {@code entries} is empty, {@code token} is blank or bits are negative
     */
    public static List<AccessControlEntry> set(ApiCall org, UUID namespaceId, String token,
                                               List<AccessControlEntry> entries, boolean merge) {
        Objects.requireNonNull(entries, "entries == null");
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("entries must not be empty");
        }
        entries.forEach(AccessControlLists::checkBits);
        var body = JsonObject.builder().put("token", AccessControlLists.token(token)).put("merge", merge)
                .put("accessControlEntries", new JsonArray(entries.stream().map(e -> (JsonValue) JsonObject.builder()
                        .put("descriptor", e.descriptor()).put("allow", e.allow()).put("deny", e.deny()).build())
                        .toList()))
                .build();
        return scope(org, namespaceId).post(AccessControlLists.API_VERSION).body(Body.json(body))
                .asList(AccessControlEntry.class);
    }

    /**
     * Removes the entries of {@code descriptors} from {@code token}.
     *
     * @param org         the organisation scope ({@code client.api()})
     * @param namespaceId the security namespace
     * @param token       the secured resource's token in that namespace
     * @param descriptors the identity descriptors whose entries to remove, at least one
     * @return whether anything was removed
     * @throws NullPointerException     if {@code namespaceId}, {@code token} or {@code descriptors} is null
     * @throws IllegalArgumentException if {@code descriptors} is empty or {@code token} is blank
     */
    public static boolean remove(ApiCall org, UUID namespaceId, String token, List<String> descriptors) {
        Objects.requireNonNull(descriptors, "descriptors == null");
        if (descriptors.isEmpty()) {
            throw new IllegalArgumentException("descriptors must not be empty");
        }
        Boolean removed = scope(org, namespaceId).query("token", AccessControlLists.token(token))
                .query("descriptors", descriptors).delete(AccessControlLists.API_VERSION).as(Boolean.class);
        return Boolean.TRUE.equals(removed);
    }

    private static ApiCall scope(ApiCall org, UUID namespaceId) {
        return org.apis("accesscontrolentries", Objects.requireNonNull(namespaceId, "namespaceId == null")
                .toString());
    }
}
