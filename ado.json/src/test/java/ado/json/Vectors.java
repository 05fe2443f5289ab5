package ado.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared Azure DevOps request/response examples ({@code /work/shared/ado-vectors}, or the directory in system
 * property {@code ado4j.vectors}).
 */
final class Vectors {

    private Vectors() {
    }

    static Path dir() {
        String configured = System.getProperty("ado4j.vectors", "");
        Path dir = configured.isBlank() ? Path.of("/work/shared/ado-vectors") : Path.of(configured);
        if (!Files.isDirectory(dir)) {
            dir = Path.of("/work/shared/ado-vectors");
        }
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Azure DevOps vectors not found; set -Dado4j.vectors=<dir>: " + dir);
        }
        return dir;
    }

    /** {@return every vector file, as a path relative to {@link #dir()} such as {@code git/PullRequests_Create.json}} */
    static List<String> all() {
        Path dir = dir();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".json"))
                    .map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String vector) {
        try {
            return Files.readAllBytes(dir().resolve(vector));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
