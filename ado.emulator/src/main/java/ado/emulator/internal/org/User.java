package ado.emulator.internal.org;

import java.util.Objects;
import java.util.UUID;

/** A user of the organisation. */
public record User(UUID id, String displayName, String uniqueName) {

    /** Checks the fields. */
    public User {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(displayName, "displayName == null");
        Objects.requireNonNull(uniqueName, "uniqueName == null");
    }

    /** {@return the user's graph descriptor ({@code aad.} + base64 of the id)} */
    public String descriptor() {
        return "aad." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(id.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
