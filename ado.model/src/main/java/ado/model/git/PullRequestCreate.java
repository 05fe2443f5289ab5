package ado.model.git;

import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The body of a pull-request create: full ref names, a title that is not blank, and optional description, draft
 * flag, reviewers (with {@code isRequired}), labels and linked work items. Build it with {@link #builder}.
 *
 * @param sourceRefName the source branch, a full ref name such as {@code refs/heads/feature/x}
 * @param targetRefName the target branch, a full ref name
 * @param title         the title, not blank
 * @param description   the description (Markdown), or {@code null}
 * @param isDraft       whether it opens as a draft, or {@code null}
 * @param reviewers     the reviewers (id and {@code isRequired}); may be empty
 * @param labels        the labels; may be empty
 * @param workItemRefs  the work items to link; may be empty
 */
public record PullRequestCreate(
        String sourceRefName,
        String targetRefName,
        String title,
        String description,
        Boolean isDraft,
        List<IdentityRefWithVote> reviewers,
        List<WebApiTagDefinition> labels,
        List<ResourceRef> workItemRefs) {

    /**
     * Checks the refs and the title and copies the lists.
     *
     * @param sourceRefName the source branch, a full ref name such as {@code refs/heads/feature/x}
     * @param targetRefName the target branch, a full ref name
     * @param title         the title, not blank
     * @param description   the description (Markdown), or {@code null}
     * @param isDraft       whether it opens as a draft, or {@code null}
     * @param reviewers     the reviewers (id and {@code isRequired}); may be empty
     * @param labels        the labels; may be empty
     * @param workItemRefs  the work items to link; may be empty
     * @throws NullPointerException     if {@code sourceRefName}, {@code targetRefName} or {@code title} is null or
     *                                  {@code reviewers}, {@code labels} or {@code workItemRefs} contains null
     * @throws IllegalArgumentException if a ref name is not a full ref name, both are the same, or {@code title} is
     *                                  blank
     */
    public PullRequestCreate {
        Checks.refName(sourceRefName, "sourceRefName");
        Checks.refName(targetRefName, "targetRefName");
        Checks.nonBlank(title, "title");
        if (sourceRefName.equals(targetRefName)) {
            throw new IllegalArgumentException("sourceRefName and targetRefName must differ: " + sourceRefName);
        }
        reviewers = Copies.list(reviewers, "reviewers");
        labels = Copies.list(labels, "labels");
        workItemRefs = Copies.list(workItemRefs, "workItemRefs");
    }

    /**
     * {@return a builder for a pull request from {@code sourceRefName} into {@code targetRefName} titled
     * {@code title}; {@link Builder#build()} checks them}
     *
     * @param sourceRefName the source branch, a full ref name such as {@code refs/heads/feature/x}
     * @param targetRefName the target branch, a full ref name
     * @param title         the title, not blank
     */
    public static Builder builder(String sourceRefName, String targetRefName, String title) {
        return new Builder(sourceRefName, targetRefName, title);
    }

    /** Builds a {@link PullRequestCreate}. */
    public static final class Builder {
        private final String source;
        private final String target;
        private final String title;
        private String description;
        private Boolean draft;
        private final List<IdentityRefWithVote> reviewers = new ArrayList<>();
        private final List<WebApiTagDefinition> labels = new ArrayList<>();
        private final List<ResourceRef> workItems = new ArrayList<>();

        private Builder(String source, String target, String title) {
            this.source = source;
            this.target = target;
            this.title = title;
        }

        /**
         * Sets the description.
         *
         * @param description the description (Markdown), or {@code null} for none
         * @return this builder
         */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Opens the pull request as a draft, or not.
         *
         * @param draft {@code true} for a draft
         * @return this builder
         */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /**
         * Adds reviewer {@code id}, required or optional.
         *
         * @param id       the reviewer's identity id
         * @param required whether the reviewer must approve
         * @return this builder
         * @throws NullPointerException if {@code id} is null
         */
        public Builder reviewer(UUID id, boolean required) {
            reviewers.add(IdentityRefWithVote.reviewer(id, required));
            return this;
        }

        /**
         * Adds label {@code name}.
         *
         * @param name the label, not blank
         * @return this builder
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder label(String name) {
            labels.add(WebApiTagDefinition.named(name));
            return this;
        }

        /**
         * Links work item {@code id}.
         *
         * @param id the work item id
         * @return this builder
         * @throws IllegalArgumentException if {@code id} is not positive
         */
        public Builder workItem(int id) {
            workItems.add(new ResourceRef(Integer.toString(Copies.positive(id, "workItemId")), null));
            return this;
        }

        /**
         * {@return the create body}
         *
         * @throws NullPointerException     if a ref name or the title is null
         * @throws IllegalArgumentException if a ref name is not a full ref name, both are the same, or the title is
         *                                  blank
         */
        public PullRequestCreate build() {
            return new PullRequestCreate(source, target, title, description, draft, reviewers, labels, workItems);
        }
    }

    static UUID requireId(UUID id, String field) {
        return Objects.requireNonNull(id, field + " == null");
    }
}
