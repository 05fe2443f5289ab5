package ado.emulator.internal.policy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A policy type the emulator knows, with the ids ADO uses.
 *
 * @param id          the type id
 * @param displayName ADO's name
 * @param description what it enforces
 */
public record PolicyType(UUID id, String displayName, String description) {

    /** Minimum number of reviewers. */
    public static final UUID MINIMUM_REVIEWERS = UUID.fromString("fa4e907d-c16b-4a4c-9dfa-4906e5d171dd");
    /** Build validation. */
    public static final UUID BUILD = UUID.fromString("0609b952-1397-4640-95ec-e00a01b2c241");
    /** Required reviewers. */
    public static final UUID REQUIRED_REVIEWERS = UUID.fromString("fd2167ab-b0be-447a-8ec8-39368250530e");
    /** Comment requirements. */
    public static final UUID COMMENTS = UUID.fromString("c6a1889d-b943-4856-b76f-9e46bb6b0df2");
    /** Work item linking. */
    public static final UUID WORK_ITEMS = UUID.fromString("40e92b44-2fe1-4dd6-b3d8-74a9c21d0c6e");
    /** Require a merge strategy. */
    public static final UUID MERGE_STRATEGY = UUID.fromString("fa4e907d-c16b-4a4c-9dfa-4906e5d171dc");
    /** Status. */
    public static final UUID STATUS = UUID.fromString("cbdc66da-9728-4af8-aada-9a5a32e4a226");
    /** File size restriction. */
    public static final UUID FILE_SIZE = UUID.fromString("2e26e725-8201-4edd-8bf5-978563c34a80");
    /** Path length restriction. */
    public static final UUID PATH_LENGTH = UUID.fromString("001a79cf-fda1-4c4e-9e7c-bac40ee5ead8");
    /** Reserved names restriction. */
    public static final UUID RESERVED_NAMES = UUID.fromString("db2b9b4c-180d-4529-9701-01541d19f36b");

    /** The types every project has. */
    public static final List<PolicyType> ALL = List.of(
            new PolicyType(WORK_ITEMS, "Work item linking",
                    "This policy encourages developers to link commits to work items."),
            new PolicyType(MINIMUM_REVIEWERS, "Minimum number of reviewers",
                    "This policy will ensure that a minimum number of reviewers have approved a pull request before "
                            + "completion."),
            new PolicyType(BUILD, "Build",
                    "This policy will require a successful build has been performed before updating protected refs."),
            new PolicyType(COMMENTS, "Comment requirements",
                    "Check if the pull request has any active comments"),
            new PolicyType(REQUIRED_REVIEWERS, "Required reviewers",
                    "This policy will ensure that required reviewers are added for modified files matching "
                            + "specified patterns."),
            new PolicyType(MERGE_STRATEGY, "Require a merge strategy",
                    "This policy ensures that pull requests use a consistent merge strategy."),
            new PolicyType(STATUS, "Status",
                    "This policy will require a successful status to be posted before updating protected refs."),
            new PolicyType(FILE_SIZE, "File size restriction",
                    "This policy will reject pushes to a repository for files which exceed the specified size."),
            new PolicyType(PATH_LENGTH, "Path Length restriction",
                    "This policy will reject pushes to a repository for paths which exceed the specified length."),
            new PolicyType(RESERVED_NAMES, "Reserved names restriction",
                    "This policy will reject pushes to a repository for names which aren't valid on all supported "
                            + "client OSes."));

    /** {@return the type with {@code id}} */
    public static Optional<PolicyType> find(UUID id) {
        return ALL.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
