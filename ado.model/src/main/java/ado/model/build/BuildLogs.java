package ado.model.build;

import ado.core.ApiCall;
import ado.core.ApiRequest;
import ado.model.internal.Copies;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/** The logs of a build ({@code .../builds/{id}/logs}): metadata, line ranges, and whole logs streamed as text. */
public final class BuildLogs {

    private BuildLogs() {
    }

    /**
     * {@return the build's logs}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static List<BuildLog> list(ApiCall project, int buildId) {
        return Builds.scope(project, buildId).path("logs").get(Builds.API_VERSION).asList(BuildLog.class);
    }

    /**
     * {@return lines {@code startLine} to {@code endLine} (1-based, inclusive) of log {@code logId}}
     *
     * @param project   the project scope ({@code client.api().project(name)})
     * @param buildId   the build id, positive
     * @param logId     the log id (a timeline record's {@code log.id}), positive
     * @param startLine the first line, from 1
     * @param endLine   the last line, at least {@code startLine}
     * @throws IllegalArgumentException if an id or {@code startLine} is not positive, or {@code endLine} is below
     *                                  {@code startLine}
     */
    public static List<String> lines(ApiCall project, int buildId, int logId, int startLine, int endLine) {
        Copies.positive(startLine, "startLine");
        if (endLine < startLine) {
            throw new IllegalArgumentException("endLine must be >= startLine: " + endLine + " < " + startLine);
        }
        return Builds.scope(project, buildId).path("logs", Integer.toString(Copies.positive(logId, "logId")))
                .query("startLine", startLine).query("endLine", endLine).get(Builds.API_VERSION)
                .asList(String.class);
    }

    private static ApiRequest text(ApiCall project, int buildId, int logId) {
        return Builds.scope(project, buildId).path("logs", Integer.toString(Copies.positive(logId, "logId")))
                .get(Builds.API_VERSION).accept("text/plain");
    }

    /**
     * {@return log {@code logId} as a stream of text, which the caller must close}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param logId   the log id (a timeline record's {@code log.id}), positive
     * @throws IllegalArgumentException if {@code buildId} or {@code logId} is not positive
     */
    public static InputStream open(ApiCall project, int buildId, int logId) {
        return text(project, buildId, logId).openStream();
    }

    /**
     * {@return the bytes copied} Streams log {@code logId} as text into {@code out}, which stays open.
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param logId   the log id (a timeline record's {@code log.id}), positive
     * @param out     where the text goes; left open
     * @throws ado.core.error.AdoTransportException if the body breaks off (not retried)
     * @throws NullPointerException                 if {@code out} is null
     * @throws IllegalArgumentException             if {@code buildId} or {@code logId} is not positive
     */
    public static long download(ApiCall project, int buildId, int logId, OutputStream out) {
        return text(project, buildId, logId).download(out);
    }

    /**
     * {@return the bytes in {@code file}} Downloads log {@code logId} as text into {@code file}, replacing it only
     * once the whole log has arrived, as {@link ApiRequest#download(Path)} does (resumed or sent again within the
     * client's retry policy; a failure leaves {@code file} as it was).
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param logId   the log id (a timeline record's {@code log.id}), positive
     * @param file    the file to write
     * @throws java.io.UncheckedIOException if the temporary file cannot be written or moved into place
     * @throws NullPointerException         if {@code file} is null
     * @throws IllegalArgumentException     if an id is not positive, or {@code file}'s directory does not exist
     */
    public static long download(ApiCall project, int buildId, int logId, Path file) {
        return text(project, buildId, logId).download(file);
    }
}
