package ado.emulator.internal.http;

import java.util.List;

/**
 * Gives each listener its {@link Conformance} and notes the routes it serves (for the coverage of the
 * specification). {@link #NONE} checks nothing.
 */
public interface ConformanceRegistry {

    /** Checks nothing. */
    ConformanceRegistry NONE = (listener, underOrganization, underRoot) -> Conformance.NONE;

    /**
     * {@return the conformance of listener {@code listener} (main, vssps, vsaex or almsearch)} having noted its
     * routes below the organisation and below the server root
     */
    Conformance listener(String listener, List<Router.Route> underOrganization, List<Router.Route> underRoot);
}
