package ado.core.internal.http;

import java.io.IOException;

/** A response body subscriber that can be stopped from outside: its subscription is cancelled, its reader fails. */
interface Abortable {

    /** Cancels the subscription (the JDK then closes the connection) and fails the body with {@code cause}. */
    void abort(IOException cause);
}
