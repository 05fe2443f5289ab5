package ado.emulator.internal.build;

import ado.core.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A build definition (pipeline): classic or YAML, on a repository of its project, running {@link PipelineSpec}.
 * Each change adds a revision.
 */
public final class Definition {

    final int id;
    final UUID projectId;
    final String name;
    final String folder;
    final boolean yaml;
    final UUID repositoryId;
    final String repositoryName;
    final String defaultBranch;
    final PipelineSpec spec;
    final List<Instant> revisions = new ArrayList<>();
    final Map<String, JsonValue> properties = new LinkedHashMap<>();

    Definition(int id, UUID projectId, String name, String folder, boolean yaml, UUID repositoryId,
               String repositoryName, String defaultBranch, PipelineSpec spec, Instant created) {
        this.id = id;
        this.projectId = projectId;
        this.name = name;
        this.folder = folder;
        this.yaml = yaml;
        this.repositoryId = repositoryId;
        this.repositoryName = repositoryName;
        this.defaultBranch = defaultBranch;
        this.spec = spec;
        revisions.add(created);
    }

    /** {@return the id} */
    public int id() {
        return id;
    }

    /** {@return the project id} */
    public UUID projectId() {
        return projectId;
    }

    /** {@return the name} */
    public String name() {
        return name;
    }

    /** {@return the folder, such as {@code \}} */
    public String folder() {
        return folder;
    }

    /** {@return whether this is a YAML pipeline (process type 2) rather than a classic one (type 1)} */
    public boolean yaml() {
        return yaml;
    }

    /** {@return the repository id} */
    public UUID repositoryId() {
        return repositoryId;
    }

    /** {@return the repository name} */
    public String repositoryName() {
        return repositoryName;
    }

    /** {@return the default branch, a full ref name} */
    public String defaultBranch() {
        return defaultBranch;
    }

    /** {@return what it runs} */
    public PipelineSpec spec() {
        return spec;
    }

    /** {@return the current revision, from 1} */
    public int revision() {
        return revisions.size();
    }

    /** {@return when each revision was made} */
    public List<Instant> revisions() {
        return List.copyOf(revisions);
    }

    /** {@return a copy of the properties} */
    public Map<String, JsonValue> properties() {
        return new LinkedHashMap<>(properties);
    }

    /** {@return the YAML file name of a YAML pipeline} */
    public String yamlFile() {
        return "azure-pipelines.yml";
    }
}
