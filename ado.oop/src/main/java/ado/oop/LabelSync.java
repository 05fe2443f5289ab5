package ado.oop;

import ado.core.ApiCall;
import ado.model.git.PullRequestLabels;
import ado.model.git.WebApiTagDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Makes a pull request's labels a given set ({@link PullRequest#syncLabels}). Stateless. */
final class LabelSync {

    private LabelSync() {
    }

    /** {@return the label names after making them {@code names}}; see {@link PullRequest#syncLabels} */
    static List<String> sync(ApiCall repo, int pullRequestId, Collection<String> names) {
        Objects.requireNonNull(names, "names == null");
        Map<String, String> wanted = new LinkedHashMap<>();
        int i = 0;
        for (String name : names) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("names[" + i + "] must not be null or blank: "
                        + (name == null ? "null" : "\"" + name + "\""));
            }
            wanted.putIfAbsent(key(name), name.strip());
            i++;
        }
        List<String> result = new ArrayList<>();
        for (WebApiTagDefinition label : PullRequestLabels.list(repo, pullRequestId)) {
            if (wanted.remove(key(label.name())) != null) {
                result.add(label.name());
            } else {
                PullRequestLabels.remove(repo, pullRequestId,
                        label.id() != null ? label.id().toString() : label.name());
            }
        }
        for (String name : wanted.values()) {
            result.add(PullRequestLabels.add(repo, pullRequestId, name).name());
        }
        return List.copyOf(result);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
