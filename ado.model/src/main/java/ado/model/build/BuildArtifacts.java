package ado.model.build;

import ado.core.ApiCall;
import ado.model.internal.Checks;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/** The artifacts of a build ({@code .../builds/{id}/artifacts}) and their zip downloads. */
public final class BuildArtifacts {

    private BuildArtifacts() {
    }

    /** {@return the build's artifacts} */
    public static List<BuildArtifact> list(ApiCall project, int buildId) {
        return Builds.scope(project, buildId).path("artifacts").get(Builds.API_VERSION).asList(BuildArtifact.class);
    }

    /**
     * {@return artifact {@code name} of the build}
     *
     * @throws ado.core.error.AdoNotFoundException if the build has no such artifact
     */
    public static BuildArtifact get(ApiCall project, int buildId, String name) {
        return Builds.scope(project, buildId).path("artifacts").query("artifactName", Checks.nonBlank(name, "name"))
                .get(Builds.API_VERSION).as(BuildArtifact.class);
    }

    /**
     * {@return the bytes copied} Streams the artifact's zip from its absolute {@code downloadUrl} into {@code out}
     * (which stays open). The client sends its credentials only if that URL is on one of the organisation's hosts
     * and drops them on a redirect to another origin.
     *
     * @throws IllegalArgumentException if the artifact has no download URL
     */
    public static long download(ApiCall any, BuildArtifact artifact, OutputStream out) {
        Objects.requireNonNull(artifact, "artifact == null");
        Objects.requireNonNull(out, "out == null");
        String url = artifact.resource() == null ? null : artifact.resource().downloadUrl();
        if (url == null) {
            throw new IllegalArgumentException("artifact " + artifact.name() + " has no downloadUrl");
        }
        return any.host(URI.create(url)).get(Builds.API_VERSION).accept("application/zip").download(out);
    }
}
