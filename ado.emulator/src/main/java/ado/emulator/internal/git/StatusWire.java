package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.UUID;

/**
 * The wire shape ADO's commit statuses ({@code GitStatus}) and pull request statuses ({@code GitPullRequestStatus})
 * share: id, state, description, context, dates, creator, target URL and the links. Each writer adds its own members.
 */
final class StatusWire {

    /** A stored status, of a commit or of a pull request. */
    interface Entry {
        int id();

        String state();

        String description();

        JsonValue context();

        String targetUrl();

        UUID createdBy();

        Instant created();
    }

    private StatusWire() {
    }

    /**
     * {@return {@code b} with the shared members of {@code s} and its links ({@code self}, {@code repository})}
     *
     * @param self the status's own URL
     * @param repositoryUrl the repository's URL
     */
    static JsonObject.Builder write(JsonObject.Builder b, Wire wire, Entry s, String self, String repositoryUrl) {
        b.put("id", s.id()).put("state", s.state());
        if (s.description() != null) {
            b.put("description", s.description());
        }
        b.put("context", s.context())
                .put("creationDate", Wire.time(s.created()))
                .put("updatedDate", Wire.time(s.created()))
                .put("createdBy", wire.identity(s.createdBy()));
        if (s.targetUrl() != null) {
            b.put("targetUrl", s.targetUrl());
        }
        return b.put("_links", Wire.links("self", self, "repository", repositoryUrl));
    }
}
