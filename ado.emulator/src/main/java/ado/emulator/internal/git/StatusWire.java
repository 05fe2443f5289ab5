package ado.emulator.internal.git;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.WireEnums;
import ado.emulator.internal.wire.Bodies;
import ado.emulator.internal.wire.Wire;
import java.time.Instant;
import java.util.List;
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

    private static final List<String> STATES =
            List.of("notSet", "pending", "succeeded", "failed", "error", "notApplicable");

    private StatusWire() {
    }

    /** {@return the {@code state} of a status body ({@code notSet} when absent); 400 when it is not a state} */
    static String state(JsonObject body) {
        String state = WireEnums.STATUS_STATE.read(body, "state").orElse("notSet");
        if (!STATES.contains(state)) {
            throw AdoError.badRequest("The status state '" + state + "' is not valid.");
        }
        return state;
    }

    /** {@return the {@code context} of a status body; 400 when it or its {@code name} is missing} */
    static JsonObject context(JsonObject body) {
        JsonObject context = Bodies.optionalObject(body, "context")
                .orElseThrow(() -> AdoError.missingArgument("context"));
        Bodies.string(context, "name");
        return context;
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
