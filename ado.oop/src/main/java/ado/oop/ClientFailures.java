package ado.oop;

import ado.core.RateLimit;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoConflictException;
import ado.core.error.AdoJsonException;
import ado.core.error.AdoNotFoundException;
import ado.core.error.HttpFailure;
import java.net.URI;

/**
 * Typed failures the object layer detects itself, before or instead of a server error: they carry the status the
 * server would have answered with, the request that found the problem and no ADO type key or activity id.
 */
final class ClientFailures {

    private ClientFailures() {
    }

    static AdoConflictException conflict(String method, URI uri, String message) {
        return new AdoConflictException(new HttpFailure(409, method, uri, message, null, null, 0, null,
                RateLimit.NONE, false));
    }

    /** A change the server answered with success status but reported as not done ({@code isSuccess: false}). */
    static AdoBadRequestException refused(String method, URI uri, String message) {
        return new AdoBadRequestException(new HttpFailure(400, method, uri, message, null, null, 0, null,
                RateLimit.NONE, false));
    }

    /** An answer that parsed but lacks what the object layer needs (a missing member, an empty list). */
    static AdoJsonException unexpectedAnswer(String what) {
        return new AdoJsonException("Azure DevOps answered without " + what, null);
    }

    /** {@return {@code value}, an id from an answer, as an int} else an {@link AdoJsonException} naming it */
    static int intId(String value, String what) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new AdoJsonException("Azure DevOps answered with " + what + " that is not an integer: '" + value
                    + "'", e);
        }
    }

    /** {@return {@code value}, an id from an answer, as a UUID} else an {@link AdoJsonException} naming it */
    static java.util.UUID uuid(String value, String what) {
        try {
            return java.util.UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new AdoJsonException("Azure DevOps answered with " + what + " that is not a GUID: '" + value
                    + "'", e);
        }
    }

    static AdoNotFoundException notFound(URI uri, String message) {
        return new AdoNotFoundException(new HttpFailure(404, "GET", uri, message, null, null, 0, null,
                RateLimit.NONE, false));
    }
}
