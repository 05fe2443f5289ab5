package ado.emulator.internal.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Routes by method and path template below the organisation, such as
 * {@code {project}/_apis/git/repositories/{repositoryId}/refs}. Literal segments match case-insensitively, as
 * ADO's URLs do; routes are tried in the order they were added, so literal routes go before variable ones.
 */
public final class Router {

    private final List<Route> routes = new ArrayList<>();

    /** A route: method, template segments and handler. */
    public record Route(String method, List<String> template, Handler handler) {
    }

    /** The matched route and its path variables. */
    public record Match(Route route, Map<String, String> vars) {
    }

    /** Adds a route; {@code template} is slash-separated with {@code {name}} variables. */
    public Router add(String method, String template, Handler handler) {
        routes.add(new Route(method, List.of(template.split("/")), handler));
        return this;
    }

    /** {@return the routes in the order they are tried} */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** {@return the route for {@code method} and {@code segments}; 404 or 405 as ADO answers when none} */
    public Match match(String method, List<String> segments) {
        boolean pathMatched = false;
        for (Route r : routes) {
            Optional<Map<String, String>> vars = bind(r.template(), segments);
            if (vars.isPresent()) {
                if (r.method().equalsIgnoreCase(method)) {
                    return new Match(r, vars.get());
                }
                pathMatched = true;
            }
        }
        throw pathMatched ? AdoError.methodNotAllowed(method) : AdoError.routeNotFound(String.join("/", segments));
    }

    private static Optional<Map<String, String>> bind(List<String> template, List<String> segments) {
        if (template.size() != segments.size()) {
            return Optional.empty();
        }
        var vars = new HashMap<String, String>();
        for (int i = 0; i < template.size(); i++) {
            String t = template.get(i);
            String s = segments.get(i);
            if (t.startsWith("{") && t.endsWith("}")) {
                if (s.equalsIgnoreCase("_apis")) {
                    return Optional.empty();
                }
                vars.put(t.substring(1, t.length() - 1), s);
            } else if (!t.equalsIgnoreCase(s)) {
                return Optional.empty();
            }
        }
        return Optional.of(vars);
    }
}
