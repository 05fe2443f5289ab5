package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The body of a variable group create or update ({@code VariableGroupParameters}). An update replaces the whole
 * group, so build it from what was read with {@link #from(VariableGroup)}: secrets go back as
 * {@code isSecret: true} without a value (Azure DevOps keeps the stored value), and {@code type},
 * {@code providerData} and every member ado4j does not model go back unchanged.
 *
 * @param name                           the name, not blank
 * @param description                    the description, or {@code null}
 * @param type                           {@code Vsts} (the default) or {@code AzureKeyVault}, or {@code null}
 * @param variables                      the variables by name; may be empty
 * @param providerData                   the provider data, or {@code null}
 * @param variableGroupProjectReferences the projects to share the group into, at least one
 * @param other                          further members to send; empty when none
 */
public record VariableGroupParameters(
        String name,
        String description,
        String type,
        Map<String, VariableValue> variables,
        JsonValue providerData,
        List<VariableGroupProjectReference> variableGroupProjectReferences,
        @JsonUnmapped JsonObject other) {

    /**
     * Checks the name and the project references and copies the collections.
     *
     * @param name                           the name, not blank
     * @param description                    the description, or {@code null}
     * @param type                           {@code Vsts} (the default) or {@code AzureKeyVault}, or {@code null}
     * @param variables                      the variables by name; may be empty
     * @param providerData                   the provider data, or {@code null}
     * @param variableGroupProjectReferences the projects to share the group into, at least one
     * @param other                          further members to send; empty when none
     * @throws NullPointerException     if {@code name}, a variable name or value, or a project reference is null
     * @throws IllegalArgumentException if {@code name} or a variable name is blank, or no project is named
     */
    public VariableGroupParameters {
        Checks.nonBlank(name, "name");
        variables = Copies.map(variables, "variables");
        variableGroupProjectReferences = Copies.list(variableGroupProjectReferences,
                "variableGroupProjectReferences");
        if (variableGroupProjectReferences.isEmpty()) {
            throw new IllegalArgumentException("variableGroupProjectReferences must not be empty");
        }
        variables.keySet().forEach(k -> Checks.nonBlank(k, "variables key"));
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a {@code Vsts} group named {@code name} in {@code project} with {@code variables}}
     *
     * @param name        the group's name, also its name in {@code project}
     * @param project     the id of the project to share it into
     * @param description its description, or {@code null}
     * @param variables   the variables by name, such as {@link VariableValue#of}; may be empty
     * @throws NullPointerException     if {@code name}, {@code project} or a variable's name is null
     * @throws IllegalArgumentException if {@code name} or a variable's name is blank
     */
    public static VariableGroupParameters of(String name, java.util.UUID project, String description,
                                             Map<String, VariableValue> variables) {
        return new VariableGroupParameters(name, description, "Vsts", variables, null,
                List.of(VariableGroupProjectReference.of(project, name, description)), null);
    }

    /**
     * {@return the update body that writes {@code group} back exactly as read (secrets kept by omission)}
     *
     * @param group the group as read
     * @throws NullPointerException if {@code group} is null
     */
    public static VariableGroupParameters from(VariableGroup group) {
        Objects.requireNonNull(group, "group == null");
        return new VariableGroupParameters(group.name(), group.description(), group.type(), group.variables(),
                group.providerData(), group.variableGroupProjectReferences(), group.other());
    }

    /**
     * {@return these parameters with variable {@code name} set, keeping its unmodelled members if it exists}
     *
     * @param name   the variable's name
     * @param value  its value
     * @param secret whether it is secret
     * @throws NullPointerException     if {@code name} or {@code value} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public VariableGroupParameters withVariable(String name, String value, boolean secret) {
        Checks.nonBlank(name, "name");
        var copy = new LinkedHashMap<>(variables);
        VariableValue old = copy.get(name);
        copy.put(name, old == null ? (secret ? VariableValue.secret(value) : VariableValue.of(value))
                : old.with(value, secret));
        return new VariableGroupParameters(this.name, description, type, copy, providerData,
                variableGroupProjectReferences, other);
    }

    /**
     * {@return these parameters without variable {@code name}}
     *
     * @param name the variable's name
     * @throws NullPointerException if {@code name} is null
     */
    public VariableGroupParameters withoutVariable(String name) {
        Objects.requireNonNull(name, "name == null");
        var copy = new LinkedHashMap<>(variables);
        copy.remove(name);
        return new VariableGroupParameters(this.name, description, type, copy, providerData,
                variableGroupProjectReferences, other);
    }

    /**
     * {@return these parameters with type {@code type} and provider data {@code providerData}}
     *
     * @param type         the group type, such as {@code Vsts} or {@code AzureKeyVault}; not blank
     * @param providerData the provider's data, or {@code null} for none
     * @throws NullPointerException     if {@code type} is null
     * @throws IllegalArgumentException if {@code type} is blank
     */
    public VariableGroupParameters withProvider(String type, JsonValue providerData) {
        return new VariableGroupParameters(name, description, Checks.nonBlank(type, "type"), variables,
                providerData, variableGroupProjectReferences, other);
    }

    /**
     * {@return these parameters as a group linked to Azure Key Vault {@code vault} through the Azure Resource
     * Manager service connection {@code serviceEndpointId}: type {@code AzureKeyVault}, its variables the names of
     * the vault's secrets to expose (their values stay in the vault)}
     *
     * @param serviceEndpointId the service connection the pipeline reads the vault with
     * @param vault             the key vault's name, not blank
     * @throws NullPointerException     if {@code serviceEndpointId} or {@code vault} is null
     * @throws IllegalArgumentException if {@code vault} is blank
     */
    public VariableGroupParameters withKeyVault(java.util.UUID serviceEndpointId, String vault) {
        Objects.requireNonNull(serviceEndpointId, "serviceEndpointId == null");
        return withProvider("AzureKeyVault", JsonObject.builder()
                .put("serviceEndpointId", serviceEndpointId.toString())
                .put("vault", Checks.nonBlank(vault, "vault")).build());
    }
}
