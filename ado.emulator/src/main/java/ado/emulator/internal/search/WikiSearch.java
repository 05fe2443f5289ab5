package ado.emulator.internal.search;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.Project;
import ado.emulator.internal.wiki.WikiStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Wiki search over the wiki store: a page matches when its path or its Markdown contains the search text
 * (case-insensitively). Results are ordered by project, wiki and path.
 */
public final class WikiSearch implements SearchSource {

    private final OrgStore org;
    private final WikiStore wikis;

    /** Creates the search over {@code wikis}. */
    public WikiSearch(OrgStore org, WikiStore wikis) {
        this.org = org;
        this.wikis = wikis;
    }

    @Override
    public List<JsonObject> find(String text, String projectName) {
        String needle = text.toLowerCase(Locale.ROOT);
        var out = new ArrayList<JsonObject>();
        for (Project p : org.projects()) {
            if (projectName != null && !p.name().equalsIgnoreCase(projectName)) {
                continue;
            }
            for (WikiStore.Wiki wiki : wikis.inProject(p.id())) {
                List<WikiStore.Page> pages;
                synchronized (wiki) {
                    pages = wiki.pages().values().stream().sorted(Comparator.comparing(WikiStore.Page::path))
                            .toList();
                }
                for (WikiStore.Page page : pages) {
                    var hits = new ArrayList<JsonValue>();
                    if (page.path().toLowerCase(Locale.ROOT).contains(needle)) {
                        hits.add(hit("fileNames", page.path()));
                    }
                    if (page.content().toLowerCase(Locale.ROOT).contains(needle)) {
                        hits.add(hit("content", page.content()));
                    }
                    if (!hits.isEmpty()) {
                        out.add(result(p, wiki, page, hits));
                    }
                }
            }
        }
        return out;
    }

    private static JsonValue hit(String field, String text) {
        return JsonObject.builder().put("fieldReferenceName", field)
                .put("highlights", new JsonArray(List.of(JsonString.of(text)))).build();
    }

    private JsonObject result(Project p, WikiStore.Wiki wiki, WikiStore.Page page, List<JsonValue> hits) {
        String name = page.path().substring(page.path().lastIndexOf('/') + 1);
        return JsonObject.builder()
                .put("fileName", name + ".md")
                .put("path", page.path() + ".md")
                .put("collection", JsonObject.builder().put("name", org.organization()).build())
                .put("project", JsonObject.builder().put("id", p.id().toString()).put("name", p.name()).build())
                .put("wiki", JsonObject.builder().put("id", wiki.id().toString()).put("name", wiki.name())
                        .put("mappedPath", wiki.mappedPath()).put("version", wiki.branch()).build())
                .put("hits", new JsonArray(hits))
                .put("contentId", page.version())
                .build();
    }
}
