package ado.emulator.internal.http;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * ADO's resource-location discovery: {@code OPTIONS {org}/_apis} and {@code OPTIONS {org}/_apis/{area}} answer the
 * location table Microsoft's clients read before their first call (location id, area, resource name, route
 * template and versions). The table is data, {@code locations.tsv} next to this class, whose ids come from
 * Microsoft's generated clients (the file names its source); each listener serves only the entries whose route
 * template it routes.
 */
public final class Locations {

    /** The lowest, highest and released api-versions every served location announces. */
    static final String MIN_VERSION = "1.0";
    static final String MAX_VERSION = "7.2";
    static final String RELEASED_VERSION = "7.1";

    /** One resource location. */
    public record Location(String area, String id, String resourceName, String routeTemplate, int resourceVersion) {
        public Location {
            Objects.requireNonNull(area, "area == null");
            Objects.requireNonNull(id, "id == null");
            Objects.requireNonNull(resourceName, "resourceName == null");
            Objects.requireNonNull(routeTemplate, "routeTemplate == null");
        }

        JsonObject toJson() {
            return JsonObject.builder()
                    .put("id", id)
                    .put("area", area)
                    .put("resourceName", resourceName)
                    .put("routeTemplate", routeTemplate)
                    .put("resourceVersion", resourceVersion)
                    .put("minVersion", MIN_VERSION)
                    .put("maxVersion", MAX_VERSION)
                    .put("releasedVersion", RELEASED_VERSION)
                    .build();
        }
    }

    private final List<Location> all;

    private Locations(List<Location> all) {
        this.all = List.copyOf(all);
    }

    /** {@return the whole table from {@code locations.tsv}} */
    public static Locations load() {
        try (InputStream in = Locations.class.getResourceAsStream("locations.tsv")) {
            if (in == null) {
                throw new IllegalStateException("locations.tsv is missing from ado.emulator");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Locations parse(List<String> lines) {
        var out = new ArrayList<Location>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new IllegalStateException("locations.tsv: expected 5 tab-separated columns in: " + line);
            }
            out.add(new Location(f[0], f[1], f[2], f[3], Integer.parseInt(f[4])));
        }
        return new Locations(out);
    }

    /** {@return the locations that produce some route of {@code router} (any method but OPTIONS)} */
    public Locations servedBy(Router router) {
        List<Router.Route> routes = router.routes().stream().filter(r -> !r.method().equals("OPTIONS")).toList();
        return new Locations(all.stream()
                .filter(l -> routes.stream().anyMatch(r -> produces(l.routeTemplate(), r.template()))).toList());
    }

    /**
     * {@return whether a client filling or leaving out the route values of location template {@code template}
     * sends the paths of route template {@code route}}: literal segments equal in any case; a route variable only
     * where the location has a route value; a value left out drops its segment when the segment holds nothing
     * else (as the clients' {@code replaceRouteValues} does); a wildcard {@code {*path}} stands for one or more
     * segments
     */
    public static boolean produces(String template, List<String> route) {
        List<String> parts = new ArrayList<>();
        for (String part : template.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        return produces(parts, 0, route, 0);
    }

    private static boolean produces(List<String> parts, int p, List<String> route, int r) {
        if (p == parts.size()) {
            return r == route.size();
        }
        String part = parts.get(p);
        if (part.matches("\\{[^}]*}") && produces(parts, p + 1, route, r)) {
            return true;        // the value left out
        }
        if (r == route.size()) {
            return false;
        }
        if (part.startsWith("{*")) {
            for (int end = r + 1; end <= route.size(); end++) {
                if (produces(parts, p + 1, route, end)) {
                    return true;
                }
            }
            return false;
        }
        String segment = route.get(r);
        boolean matches = part.contains("{") ? !segment.equalsIgnoreCase("_apis")
                : !segment.startsWith("{") && part.equalsIgnoreCase(segment);
        return matches && produces(parts, p + 1, route, r + 1);
    }

    /** {@return every location in the table} */
    public List<Location> all() {
        return all;
    }

    /**
     * Adds discovery to the organisation's router and each service router, after their routes: {@code areas}'
     * {@code _apis/resourceAreas}, and {@code OPTIONS _apis[/{area}]} answering the locations that router routes.
     */
    public void serve(ResourceAreas areas, Router orgRouter, java.util.Collection<Router> serviceRouters) {
        var routers = new ArrayList<Router>(serviceRouters);
        routers.add(orgRouter);
        for (Router r : routers) {
            areas.register(r);
            servedBy(r).register(r);
        }
    }

    /** Adds {@code OPTIONS _apis} and {@code OPTIONS _apis/{area}} to {@code router}, answering this table. */
    public void register(Router router) {
        router.add("OPTIONS", "_apis", c -> answer(null));
        router.add("OPTIONS", "_apis/{area}", c -> answer(c.var("area")));
    }

    private Reply answer(String area) {
        String wanted = area == null ? null : area.toLowerCase(Locale.ROOT);
        List<JsonValue> value = all.stream()
                .filter(l -> wanted == null || l.area().toLowerCase(Locale.ROOT).equals(wanted))
                .map(l -> (JsonValue) l.toJson()).toList();
        return Reply.json(JsonObject.builder().put("count", value.size()).put("value", new JsonArray(value)).build());
    }
}
