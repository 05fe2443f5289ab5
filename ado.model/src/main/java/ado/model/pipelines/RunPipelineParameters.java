package ado.model.pipelines;

import ado.core.json.JsonObject;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to run: template parameters (strings), variables, stages to skip, the branch of the pipeline's own
 * repository ({@code resources.repositories.self.refName}), and for a preview {@code previewRun} with an optional
 * {@code yamlOverride}. An empty instance runs the pipeline's defaults.
 *
 * @param templateParameters the template parameters; empty when none
 * @param variables          the variables; empty when none
 * @param stagesToSkip       stage names to skip; empty when none
 * @param resources          the resources, or {@code null}
 * @param previewRun         true for a preview (nothing runs), or {@code null}
 * @param yamlOverride       YAML to preview instead of the pipeline's, or {@code null}
 */
public record RunPipelineParameters(Map<String, String> templateParameters, Map<String, Variable> variables,
                                    List<String> stagesToSkip, JsonObject resources, Boolean previewRun,
                                    String yamlOverride) {

    /** Runs with the defaults. */
    public static final RunPipelineParameters DEFAULTS = new RunPipelineParameters(null, null, null, null, null,
            null);

    /**
     * Copies the collections.
     *
     * @param templateParameters the template parameters; empty when none
     * @param variables          the variables; empty when none
     * @param stagesToSkip       stage names to skip; empty when none
     * @param resources          the resources, or {@code null}
     * @param previewRun         true for a preview (nothing runs), or {@code null}
     * @param yamlOverride       YAML to preview instead of the pipeline's, or {@code null}
     */
    public RunPipelineParameters {
        templateParameters = Copies.map(templateParameters, "templateParameters");
        variables = Copies.map(variables, "variables");
        stagesToSkip = Copies.list(stagesToSkip, "stagesToSkip");
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link RunPipelineParameters}. */
    public static final class Builder {
        private final Map<String, String> templateParameters = new LinkedHashMap<>();
        private final Map<String, Variable> variables = new LinkedHashMap<>();
        private final List<String> stagesToSkip = new ArrayList<>();
        private String refName;
        private boolean preview;
        private String yamlOverride;

        private Builder() {
        }

        /**
         * Sets template parameter {@code name}.
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

        /**
         * Sets all of {@code parameters} as template parameters.
         *
         * @param parameters the parameters by name
         * @return this builder
         * @throws NullPointerException     if {@code parameters}, a name or a value is null
         * @throws IllegalArgumentException if a name is blank
         */
        public Builder templateParameters(Map<String, String> parameters) {
            parameters.forEach(this::templateParameter);
            return this;
        }

        /**
         * Sets variable {@code name}.
         *
         * @param name  the variable's name
         * @param value its value, such as {@link Variable#of} or {@link Variable#secret}
         * @return this builder
         * @throws NullPointerException     if {@code name} or {@code value} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder variable(String name, Variable value) {
            variables.put(Checks.nonBlank(name, "name"), Objects.requireNonNull(value, "value == null"));
            return this;
        }

        /**
         * Skips stage {@code name}.
         *
         * @param name the stage's name (its {@code stage:} id in the YAML)
         * @return this builder
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder skipStage(String name) {
            stagesToSkip.add(Checks.nonBlank(name, "stage"));
            return this;
        }

        /**
         * Runs branch {@code branch} (short names become {@code refs/heads/...}) of the pipeline's repository.
         *
         * @param branch a branch name such as {@code main}, or a full ref name such as {@code refs/heads/main}
         * @return this builder
         * @throws NullPointerException     if {@code branch} is null
         * @throws IllegalArgumentException if it does not make a well-formed ref name
         */
        public Builder branch(String branch) {
            Objects.requireNonNull(branch, "branch == null");
            this.refName = Checks.refName(branch.startsWith("refs/") ? branch : "refs/heads/" + branch, "branch");
            return this;
        }

        /**
         * Makes this a preview: the server returns the final YAML and runs nothing.
         *
         * @return this builder
         */
        public Builder preview() {
            this.preview = true;
            return this;
        }

        /**
         * Previews {@code yaml} instead of the pipeline's YAML (implies {@link #preview()}).
         *
         * @param yaml the YAML to preview
         * @return this builder
         * @throws NullPointerException if {@code yaml} is null
         */
        public Builder yamlOverride(String yaml) {
            this.yamlOverride = Objects.requireNonNull(yaml, "yaml == null");
            this.preview = true;
            return this;
        }

        /** {@return the parameters} */
        public RunPipelineParameters build() {
            JsonObject resources = refName == null ? null : JsonObject.builder().put("repositories",
                    JsonObject.builder().put("self", JsonObject.builder().put("refName", refName).build()).build())
                    .build();
            return new RunPipelineParameters(templateParameters, variables, stagesToSkip, resources,
                    preview ? Boolean.TRUE : null, yamlOverride);
        }
    }
}
