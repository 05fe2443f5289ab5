package ado.oop;

/**
 * What {@link Build#downloadArtifact} reports as bytes arrive.
 *
 * @param artifact the artifact's name
 * @param bytes    bytes received so far; goes back to {@code 0} when a broken-off transfer starts again from zero
 * @param done     whether the download has finished
 *
 * <p><b>Thread safety.</b> Immutable and thread-safe.
 */
public record DownloadProgress(String artifact, long bytes, boolean done) {
}
