package ado.model.build;

import ado.core.ApiCall;
import ado.core.Body;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.Collection;
import java.util.List;

/** The tags of a build ({@code .../builds/{id}/tags}); every method returns the build's tags afterwards. */
public final class BuildTags {

    private BuildTags() {
    }

    /**
     * {@return the build's tags}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @throws IllegalArgumentException if {@code buildId} is not positive
     */
    public static List<String> list(ApiCall project, int buildId) {
        return Builds.scope(project, buildId).path("tags").get(Builds.API_VERSION).asList(String.class);
    }

    /**
     * {@return the tags after adding {@code tag}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param tag     the tag, such as {@code release}
     * @throws NullPointerException     if {@code tag} is null
     * @throws IllegalArgumentException if {@code tag} is blank or {@code buildId} is not positive
     */
    public static List<String> add(ApiCall project, int buildId, String tag) {
        return Builds.scope(project, buildId).path("tags", Checks.nonBlank(tag, "tag")).put(Builds.API_VERSION)
                .asList(String.class);
    }

    /**
     * {@return the tags after adding all of {@code tags} in one request}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param tags    the tags
     * @throws NullPointerException     if {@code tags} or one of them is null
     * @throws IllegalArgumentException if a tag is blank or {@code buildId} is not positive
     */
    public static List<String> add(ApiCall project, int buildId, Collection<String> tags) {
        List<String> list = Copies.list(List.copyOf(tags), "tags");
        list.forEach(t -> Checks.nonBlank(t, "tags"));
        return Builds.scope(project, buildId).path("tags").post(Builds.API_VERSION).body(Body.json(list))
                .asList(String.class);
    }

    /**
     * {@return the tags after removing {@code tag} (absent tags are ignored)}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param buildId the build id, positive
     * @param tag     the tag, such as {@code release}
     * @throws NullPointerException     if {@code tag} is null
     * @throws IllegalArgumentException if {@code tag} is blank or {@code buildId} is not positive
     */
    public static List<String> remove(ApiCall project, int buildId, String tag) {
        return Builds.scope(project, buildId).path("tags", Checks.nonBlank(tag, "tag")).delete(Builds.API_VERSION)
                .asList(String.class);
    }
}
