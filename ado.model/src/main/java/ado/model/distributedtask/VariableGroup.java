package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A variable group of the pipelines library, as Azure DevOps returns it. Secret values are {@code null}. Every
 * member ado4j does not model is kept in {@link #other()} (and each variable's in {@link VariableValue#other()}), so
 * {@link VariableGroupParameters#from(VariableGroup)} writes back everything that was read.
 *
 * @param id                             the group id, positive
 * @param type                           {@code Vsts} or {@code AzureKeyVault}, or {@code null}
 * @param name                           the name
 * @param description                    the description, or {@code null}
 * @param variables                      the variables by name, in the server's order; empty when absent
 * @param variableGroupProjectReferences the projects the group is shared into; empty when absent
 * @param providerData                   the provider data (Key Vault link), or {@code null}
 * @param createdBy                      who created it, or {@code null}
 * @param createdOn                      when it was created, or {@code null}
 * @param modifiedBy                     who changed it last, or {@code null}
 * @param modifiedOn                     when it changed last, or {@code null}
 * @param isShared                       whether it is shared with other projects, or {@code null}
 * @param other                          the members ado4j does not model; empty when none
 */
public record VariableGroup(
        int id,
        String type,
        String name,
        String description,
        Map<String, VariableValue> variables,
        List<VariableGroupProjectReference> variableGroupProjectReferences,
        JsonValue providerData,
        IdentityRef createdBy,
        Instant createdOn,
        IdentityRef modifiedBy,
        Instant modifiedOn,
        Boolean isShared,
        @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and copies the collections.
     *
     * @param id                             the group id, positive
     * @param type                           {@code Vsts} or {@code AzureKeyVault}, or {@code null}
     * @param name                           the name
     * @param description                    the description, or {@code null}
     * @param variables                      the variables by name, in the server's order; empty when absent
     * @param variableGroupProjectReferences the projects the group is shared into; empty when absent
     * @param providerData                   the provider data (Key Vault link), or {@code null}
     * @param createdBy                      who created it, or {@code null}
     * @param createdOn                      when it was created, or {@code null}
     * @param modifiedBy                     who changed it last, or {@code null}
     * @param modifiedOn                     when it changed last, or {@code null}
     * @param isShared                       whether it is shared with other projects, or {@code null}
     * @param other                          the members ado4j does not model; empty when none
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public VariableGroup {
        Copies.positive(id, "id");
        variables = Copies.map(variables, "variables");
        variableGroupProjectReferences = Copies.list(variableGroupProjectReferences,
                "variableGroupProjectReferences");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
