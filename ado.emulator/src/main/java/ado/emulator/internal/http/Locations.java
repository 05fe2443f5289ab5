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

        /** {@return the template with every route value filled, as a client with all values would send it} */
        List<String> sampleSegments() {
            var out = new ArrayList<String>();
            for (String part : routeTemplate.split("/")) {
                if (!part.isEmpty()) {
                    out.add(part.replaceAll("\\{[^}]*}", "v"));
                }
            }
            return out;
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

    /** {@return the locations whose fully filled route template {@code router} routes (any method)} */
    public Locations servedBy(Router router) {
        return new Locations(all.stream().filter(l -> router.routes(l.sampleSegments())).toList());
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
