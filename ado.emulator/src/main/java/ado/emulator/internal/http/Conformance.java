package ado.emulator.internal.http;

import java.util.List;
import java.util.Set;

/**
 * The dispatcher's one hook for holding answers to Microsoft's REST specification: it names the operation a request
 * that no route serves belongs to, and it sees every routed request with its reply. The emulator installs
 * {@link #NONE} unless spec validation is on; {@code ado.emulator.internal.spec} implements it.
 */
public interface Conformance {

    /** Does nothing: no operation index, no validation. */
    Conformance NONE = new Conformance() {
        @Override
        public AdoError unrouted(String method, List<String> segments, Set<String> query, AdoError notFound) {
            return notFound;
        }

        @Override
        public Reply serve(String method, List<String> segments, Set<String> query, List<String> route, byte[] body,
                           Call call, Handler handler) {
            return handler.handle(call);
        }
    };

    /**
     * {@return the error for a request no route serves}: {@code notFound} (ADO's 404 or 405), or a clearer error
     * when the request belongs to an operation of the specification that the emulator does not implement
     *
     * @param segments the decoded path segments of the request, organisation included
     * @param query the names of the request's query parameters
     */
    AdoError unrouted(String method, List<String> segments, Set<String> query, AdoError notFound);

    /**
     * Serves a routed request: runs {@code handler} on {@code call} and returns its reply, checking the request body
     * and the reply against the operation's schemas on the way; or refuses it when the route only looks like the
     * specification's operation for this path (a route variable where the operation has a literal segment).
     *
     * @param segments the decoded path segments of the request, organisation included
     * @param query the names of the request's query parameters
     * @param route the template of the matched route
     * @param body the raw request body
     */
    Reply serve(String method, List<String> segments, Set<String> query, List<String> route, byte[] body, Call call,
                Handler handler);
}
