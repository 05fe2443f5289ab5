package ado.model.build;

import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to queue: a definition, optionally a branch (full ref name), a commit, queue-time variables (sent, as ADO
 * wants, as a JSON object inside a string: {@code parameters}) and template parameters.
 *
 * @param definition         the definition
 * @param sourceBranch       the branch, or {@code null} for the definition's default
 * @param sourceVersion      the commit, or {@code null} for the branch head
 * @param parameters         queue-time variables as a JSON string, or {@code null}
 * @param templateParameters the YAML template parameters; empty when none
 */
public record BuildQueueRequest(DefinitionReference definition, String sourceBranch, String sourceVersion,
                                String parameters, Map<String, String> templateParameters) {

    /**
     * Checks the definition and the branch name.
     *
     * @param definition         the definition
     * @param sourceBranch       the branch, or {@code null} for the definition's default
     * @param sourceVersion      the commit, or {@code null} for the branch head
     * @param parameters         queue-time variables as a JSON string, or {@code null}
     * @param templateParameters the YAML template parameters; empty when none
     * @throws NullPointerException     if {@code definition} is null
     * @throws IllegalArgumentException if {@code sourceBranch} is not a well-formed full ref name
     */
    public BuildQueueRequest {
        Objects.requireNonNull(definition, "definition == null");
        if (sourceBranch != null) {
            Checks.refName(sourceBranch, "sourceBranch");
        }
        templateParameters = Copies.map(templateParameters, "templateParameters");
    }

    /**
     * {@return a builder queueing definition {@code definitionId}}
     *
     * @param definitionId the build definition id, positive ({@link Builder#build()} checks it)
     */
    public static Builder builder(int definitionId) {
        return new Builder(definitionId);
    }

    /** Builds a {@link BuildQueueRequest}. */
    public static final class Builder {
        private final int definitionId;
        private String sourceBranch;
        private String sourceVersion;
        private final Map<String, String> variables = new LinkedHashMap<>();
        private final Map<String, String> templateParameters = new LinkedHashMap<>();

        private Builder(int definitionId) {
            this.definitionId = definitionId;
        }

        /**
         * Sets the branch: a full ref name, or a short branch name that becomes {@code refs/heads/...}.
         *
         * @param branch a branch name such as {@code main}, or a full ref name such as {@code refs/heads/main}
         * @return this builder
         * @throws NullPointerException if {@code branch} is null
         */
        public Builder branch(String branch) {
            Objects.requireNonNull(branch, "branch == null");
            this.sourceBranch = branch.startsWith("refs/") ? branch : "refs/heads/" + branch;
            return this;
        }

        /**
         * Sets the commit to build.
         *
         * @param commit the commit's SHA-1, 40 lowercase hex digits
         * @return this builder
         * @throws NullPointerException     if {@code commit} is null
         * @throws IllegalArgumentException if {@code commit} is not a SHA-1
         */
        public Builder sourceVersion(String commit) {
            this.sourceVersion = Checks.sha(commit, "sourceVersion");
            return this;
        }

        /**
         * Adds a queue-time variable.
         *
         * @param name  the variable's name
         * @param value its value
         * @return this builder
         * @throws NullPointerException     if {@code name} or {@code value} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder variable(String name, String value) {
            variables.put(Checks.nonBlank(name, "name"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /**
         * Adds a template parameter.
         *
         * @param name  the parameter's name, as the YAML declares it
         * @param value its value, as text
         * @return this builder
         * @throws NullPointerException     if {@code name} or {@code value} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder templateParameter(String name, String value) {
            templateParameters.put(Checks.nonBlank(name, "name"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /** {@return the request} */
        public BuildQueueRequest build() {
            String parameters = null;
            if (!variables.isEmpty()) {
                var b = JsonObject.builder();
                variables.forEach((k, v) -> b.put(k, (JsonValue) new JsonString(v)));
                parameters = b.build().toJson();
            }
            return new BuildQueueRequest(DefinitionReference.of(definitionId), sourceBranch, sourceVersion,
                    parameters, templateParameters);
        }
    }
}
