package ado.emulator.internal.search;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Call;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.http.Router;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.wire.Pages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search host (almsearch): code, work item and wiki search for the organisation or one project, and package
 * search for the organisation, paged by the body's {@code $skip} and {@code $top}.
 */
public final class SearchRoutes {

    private final OrgStore org;
    private final CodeSearch code;
    private final SearchSource workItems;
    private final SearchSource wiki;
    private final SearchSource packages;

    /** Creates the search routes. */
    public SearchRoutes(OrgStore org, CodeSearch code, SearchSource workItems, SearchSource wiki) {
        this.org = org;
        this.code = code;
        this.workItems = workItems;
        this.wiki = wiki;
        this.packages = new PackageSearch(org);
    }

    /** Adds the routes to the search host's router. */
    public void register(Router r) {
        for (String kind : List.of("codesearchresults", "workitemsearchresults", "wikisearchresults")) {
            r.add("POST", "_apis/search/" + kind, call -> search(call, kind, null));
            r.add("POST", "{project}/_apis/search/" + kind, call -> search(call, kind,
                    org.project(call.var("project")).name()));
        }
        r.add("POST", "_apis/search/packagesearchresults", call -> search(call, "packagesearchresults", null));
    }

    private Reply search(Call call, String kind, String project) {
        if (!(call.json() instanceof JsonObject body)) {
            throw AdoError.badRequest("The search request must be a JSON object.");
        }
        String text = body.string("searchText").orElse("");
        if (text.isBlank()) {
            throw new AdoError(400, "InvalidQueryException", "Microsoft.VisualStudio.Services.Search.WebApi",
                    "The search text is empty. Enter a search term and try again.");
        }
        int skip = number(body, "$skip", 0);
        int top = number(body, "$top", 100);
        if (skip < 0 || top < 1 || top > 1000) {
            throw new AdoError(400, "InvalidQueryException", "Microsoft.VisualStudio.Services.Search.WebApi",
                    "$skip must not be negative and $top must be 1 to 1000: $skip " + skip + ", $top " + top + ".");
        }
        List<JsonObject> all = switch (kind) {
            case "codesearchresults" -> code.find(text, project, filters(body));
            case "workitemsearchresults" -> workItems.find(text, project);
            case "packagesearchresults" -> packages.find(text, null);
            default -> wiki.find(text, project);
        };
        List<JsonValue> page = new ArrayList<>(new Pages(top, skip).slice(all));
        return Reply.json(JsonObject.builder().put("count", all.size()).put("results", new JsonArray(page))
                .put("infoCode", 0).put("facets", JsonObject.EMPTY).build());
    }

    private static int number(JsonObject body, String name, int fallback) {
        JsonValue v = body.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.toJson());
        } catch (NumberFormatException e) {
            throw AdoError.badRequest("The value of " + name + " must be an integer: " + v.toJson());
        }
    }

    private static Map<String, List<String>> filters(JsonObject body) {
        var out = new LinkedHashMap<String, List<String>>();
        if (body.get("filters") instanceof JsonObject f) {
            f.members().forEach((k, v) -> {
                if (v instanceof JsonArray a) {
                    out.put(k, a.values().stream().map(x -> x instanceof ado.core.json.JsonString s ? s.value()
                            : x.toJson()).toList());
                }
            });
        }
        return out;
    }
}
