package ado.emulator.internal.search;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Package search over a fixed catalogue of the organisation's Azure Artifacts feed {@code fabrikam-packages}
 * (the emulator serves no feeds of its own): a package matches when its name or description contains the search
 * text (case-insensitively). Organisation-wide only, as the service's package search is.
 */
final class PackageSearch implements SearchSource {

    private record Package(String name, String type, String description, String version) {
    }

    private static final List<Package> CATALOGUE = List.of(
            new Package("Fabrikam.Core", "NuGet", "Core types of the Fabrikam services", "2.4.1"),
            new Package("Fabrikam.Logging", "NuGet", "Structured logging for Fabrikam services", "1.9.0"),
            new Package("fabrikam-ui", "Npm", "Fabrikam web components", "5.0.2"),
            new Package("com.fabrikam:fabrikam-client", "Maven", "Java client of the Fabrikam API", "3.1.0"),
            new Package("fabrikam-tools", "PyPi", "Command-line tools for Fabrikam operators", "0.8.3"));

    private final OrgStore org;

    PackageSearch(OrgStore org) {
        this.org = org;
    }

    @Override
    public List<JsonObject> find(String text, String projectName) {
        String needle = text.toLowerCase(Locale.ROOT);
        UUID feed = org.idFor("feed", "fabrikam-packages");
        var out = new ArrayList<JsonObject>();
        for (Package p : CATALOGUE) {
            var hits = new ArrayList<JsonValue>();
            if (p.name().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(hit("name", p.name()));
            }
            if (p.description().toLowerCase(Locale.ROOT).contains(needle)) {
                hits.add(hit("description", p.description()));
            }
            if (hits.isEmpty()) {
                continue;
            }
            UUID id = org.idFor("package", p.type() + ":" + p.name());
            JsonObject feedInfo = JsonObject.builder()
                    .put("feedId", feed.toString())
                    .put("feedName", "fabrikam-packages")
                    .put("collectionName", org.organization())
                    .put("latestVersion", p.version())
                    .put("latestMatchedVersion", p.version())
                    .put("packageUrl", "/_packaging?_a=package&feed=fabrikam-packages&package=" + p.name()
                            + "&protocolType=" + p.type() + "&version=" + p.version())
                    .build();
            out.add(JsonObject.builder()
                    .put("name", p.name())
                    .put("id", id.toString())
                    .put("description", p.description())
                    .put("protocolType", p.type())
                    .put("feeds", JsonArray.of(feedInfo))
                    .put("hits", new JsonArray(hits))
                    .build());
        }
        return out;
    }

    private static JsonValue hit(String field, String text) {
        return JsonObject.builder().put("fieldReferenceName", field)
                .put("highlights", new JsonArray(List.of(JsonString.of(text)))).build();
    }
}
