package ado.model.build;

import ado.core.ApiCall;
import ado.core.ApiRequest;
import ado.model.internal.Checks;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;

/** The artifacts of a build ({@code .../builds/{id}/artifacts}) and their zip downloads. */
public final class BuildArtifacts {

    private BuildArtifacts() {
    }

    /**
     * {@return the build's artifacts}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static List<BuildArtifact> list(ApiCall project, int buildId) {
        return Builds.scope(project, buildId).path("artifacts").get(Builds.API_VERSION).asList(BuildArtifact.class);
    }

    /**
     * {@return artifact {@code name} of the build}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param name    the artifact's name, such as {@code drop}
     * @throws ado.core.error.AdoNotFoundException if the build has no such artifact
     * @throws NullPointerException                if {@code name} is null
     * @throws IllegalArgumentException            if {@code name} is blank or {@code buildId} is not positive
     */
    public static BuildArtifact get(ApiCall project, int buildId, String name) {
        return Builds.scope(project, buildId).path("artifacts").query("artifactName", Checks.nonBlank(name, "name"))
                .get(Builds.API_VERSION).as(BuildArtifact.class);
    }

    /**
     * {@return the bytes copied} Streams the artifact's zip from its absolute {@code downloadUrl} into {@code out}
     * (which stays open). The client sends its credentials only if that URL is on one of the organisation's hosts
     * and drops them on a redirect to another origin. Not resumed: a body that breaks off fails, with part of it
     * written to {@code out}; {@link #download(ApiCall, BuildArtifact, Path)} resumes and replaces a file atomically.
     *
     * @param any      any scope of the client, such as {@code client.api()}; only its client is used
     * @param artifact the artifact, as {@link #get} or {@link #list} return it
     * @param out      where the zip goes; left open
     * @throws IllegalArgumentException             if the artifact has no download URL
     * @throws ado.core.error.AdoTransportException if the body breaks off (not retried)
     * @throws NullPointerException                 if {@code artifact} or {@code out} is null
     */
    public static long download(ApiCall any, BuildArtifact artifact, OutputStream out) {
        Objects.requireNonNull(out, "out == null");
        return zip(any, artifact).download(out);
    }

    /**
     * {@return the bytes in {@code file}} Downloads the artifact's zip into {@code file}, replacing it only once the
     * whole zip has arrived, as {@link ApiRequest#download(Path)} does: a cut-off transfer is resumed or sent again
     * within the client's retry policy, and a failure leaves {@code file} as it was.
     *
     * @param any      any scope of the client, such as {@code client.api()}; only its client is used
     * @param artifact the artifact, as {@link #get} or {@link #list} return it
     * @param file     the file to write
     * @throws IllegalArgumentException     if the artifact has no download URL, or {@code file}'s directory does not
     *                                      exist
     * @throws java.io.UncheckedIOException if the temporary file cannot be written or moved into place
     * @throws NullPointerException         if {@code artifact} or {@code file} is null
     */
    public static long download(ApiCall any, BuildArtifact artifact, Path file) {
        return download(any, artifact, file, bytes -> { });
    }

    /**
     * {@return the bytes in {@code file}} Downloads as {@link #download(ApiCall, BuildArtifact, Path)} does,
     * reporting the bytes received so far to {@code bytesSoFar} as {@link ApiRequest#download(Path, LongConsumer)}
     * describes (back to {@code 0} when the download starts again from zero).
     *
     * @param any        any scope of the client, such as {@code client.api()}; only its client is used
     * @param artifact   the artifact, as {@link #get} or {@link #list} return it
     * @param file       the file to write
     * @param bytesSoFar told the number of bytes received so far
     * @throws IllegalArgumentException     if the artifact has no download URL, or {@code file}'s directory does not
     *                                      exist
     * @throws java.io.UncheckedIOException if the temporary file cannot be written or moved into place
     * @throws NullPointerException         if an argument is null
     */
    public static long download(ApiCall any, BuildArtifact artifact, Path file, LongConsumer bytesSoFar) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(bytesSoFar, "bytesSoFar == null");
        return zip(any, artifact).download(file, bytesSoFar);
    }

    private static ApiRequest zip(ApiCall any, BuildArtifact artifact) {
        Objects.requireNonNull(artifact, "artifact == null");
        String url = artifact.resource() == null ? null : artifact.resource().downloadUrl();
        if (url == null) {
            throw new IllegalArgumentException("artifact " + artifact.name() + " has no downloadUrl");
        }
        return any.host(URI.create(url)).get(Builds.API_VERSION).accept("application/zip");
    }
}
