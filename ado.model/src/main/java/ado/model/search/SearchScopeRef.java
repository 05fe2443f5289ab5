package ado.model.search;

/**
 * The collection, project or repository a result is in. Components the server leaves out are {@code null}.
 *
 * @param id   the id, or {@code null}
 * @param name the name, or {@code null}
 * @param type the type (repositories: {@code git}), or {@code null}
 */
public record SearchScopeRef(String id, String name, String type) {
}
