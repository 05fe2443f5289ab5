package ado.emulator.internal.identity;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * An Azure DevOps group: organisation-wide ({@code projectId} null) or of one project. Its security identifier
 * (SID) gives both descriptors, as in ADO: {@code Microsoft.TeamFoundation.Identity;S-1-9-...} for ACLs and
 * {@code vssgp.} + base64url(SID) for the Graph.
 */
public record Group(UUID id, String name, String description, UUID projectId, String scopeName, String sid) {

    /** Checks the fields. */
    public Group {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(description, "description == null");
        Objects.requireNonNull(scopeName, "scopeName == null");
        Objects.requireNonNull(sid, "sid == null");
    }

    /** {@return the Graph subject descriptor} */
    public String subjectDescriptor() {
        return "vssgp." + Base64.getUrlEncoder().withoutPadding().encodeToString(sid.getBytes(StandardCharsets.UTF_8));
    }

    /** {@return the identity descriptor, the key of access control entries} */
    public String identityDescriptor() {
        return "Microsoft.TeamFoundation.Identity;" + sid;
    }

    /** {@return {@code [scope]\name}} */
    public String principalName() {
        return "[" + scopeName + "]\\" + name;
    }
}
