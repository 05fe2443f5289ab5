package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An agent of a pool. Capabilities are present only when requested ({@code includeCapabilities}).
 *
 * @param id                   the id, positive
 * @param name                 the name
 * @param version              the agent version, or {@code null}
 * @param osDescription        the operating system, or {@code null}
 * @param enabled              whether it takes jobs, or {@code null}
 * @param status               {@code online} or {@code offline}, or {@code null}
 * @param createdOn            when it was registered, or {@code null}
 * @param systemCapabilities   the capabilities it reports; empty when absent
 * @param userCapabilities     the capabilities set by users; empty when absent
 * @param other                the members ado4j does not model; empty when none
 */
public record TaskAgent(int id, String name, String version, String osDescription, Boolean enabled, String status,
                        Instant createdOn, Map<String, String> systemCapabilities,
                        Map<String, String> userCapabilities, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name and copies the capabilities.
     *
     * @param id                 the id, positive
     * @param name               the name
     * @param version            the agent version, or {@code null}
     * @param osDescription      the operating system, or {@code null}
     * @param enabled            whether it takes jobs, or {@code null}
     * @param status             {@code online} or {@code offline}, or {@code null}
     * @param createdOn          when it was registered, or {@code null}
     * @param systemCapabilities the capabilities it reports; empty when absent
     * @param userCapabilities   the capabilities set by users; empty when absent
     * @param other              the members ado4j does not model; empty when none
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public TaskAgent {
        Copies.positive(id, "id");
        Objects.requireNonNull(name, "name == null");
        systemCapabilities = Copies.map(systemCapabilities, "systemCapabilities");
        userCapabilities = Copies.map(userCapabilities, "userCapabilities");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
