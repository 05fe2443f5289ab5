package ado.model.search;

import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.model.internal.Copies;
import java.util.List;

/**
 * One package that matched a package search.
 *
 * @param id           the package id
 * @param name         the package name
 * @param description  the description, or {@code null}
 * @param protocolType the package type ({@code NuGet}, {@code Npm}, {@code Maven}, {@code PyPi}, ...), or
 *                     {@code null}
 * @param feeds        the feeds holding it ({@code feedId}, {@code feedName}, {@code latestVersion},
 *                     {@code latestMatchedVersion}, {@code packageUrl}, ...); empty when absent
 * @param hits         the highlighted hits (raw); empty when absent
 */
public record PackageResult(String id, String name, String description, String protocolType,
                            List<JsonObject> feeds, List<JsonValue> hits) {

    /**
     * Copies the collections.
     *
     * @param id           the package id
     * @param name         the package name
     * @param description  the description, or {@code null}
     * @param protocolType the package type ({@code NuGet}, {@code Npm}, {@code Maven}, {@code PyPi}, ...), or
     *                     {@code null}
     * @param feeds        the feeds holding it ({@code feedId}, {@code feedName}, {@code latestVersion},
     *                     {@code latestMatchedVersion}, {@code packageUrl}, ...); empty when absent
     * @param hits         the highlighted hits (raw); empty when absent
     * @throws NullPointerException if {@code feeds} or {@code hits} contains null
     */
    public PackageResult {
        feeds = Copies.list(feeds, "feeds");
        hits = Copies.list(hits, "hits");
    }
}
