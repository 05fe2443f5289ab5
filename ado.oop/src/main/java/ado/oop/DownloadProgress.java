package ado.oop;

/**
 * What {@link Build#downloadArtifact} reports as bytes arrive.
 *
 * @param artifact the artifact's name
 * @param bytes    bytes written so far
 * @param done     whether the download has finished
 */
public record DownloadProgress(String artifact, long bytes, boolean done) {
}
