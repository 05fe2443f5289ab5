package ado.model.work.process;

import java.util.UUID;

/**
 * A project that uses a process.
 *
 * @param id          the project id, or {@code null}
 * @param name        the project name, or {@code null}
 * @param description the description, or {@code null}
 * @param url         the REST URL, or {@code null}
 */
public record ProcessProject(UUID id, String name, String description, String url) {
}
