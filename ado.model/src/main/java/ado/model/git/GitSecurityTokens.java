package ado.model.git;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * Tokens of the Git Repositories security namespace ({@code 2e9eb7ed-3c0a-47d4-87c1-0ffdd275fd87}), for the
 * access control list endpoints: {@code repoV2/{projectId}[/{repoId}[/refs/heads/{encoded branch}/]]}. Each path
 * segment of a branch name is written as the hex of its UTF-16LE bytes, so {@code master} becomes
 * {@code 6d0061007300740065007200} (the security service compares tokens case-insensitively; Git names are not).
 */
public final class GitSecurityTokens {

    private static final HexFormat HEX = HexFormat.of();

    private GitSecurityTokens() {
    }

    /**
     * {@return the token of every repository of project {@code projectId}: {@code repoV2/{projectId}}}
     *
     * @param projectId the project id
     * @throws NullPointerException if {@code projectId} is null
     */
    public static String project(UUID projectId) {
        return "repoV2/" + Objects.requireNonNull(projectId, "projectId == null");
    }

    /**
     * {@return the token of repository {@code repositoryId}: {@code repoV2/{projectId}/{repositoryId}}}
     *
     * @param projectId    the id of the repository's project
     * @param repositoryId the repository id
     * @throws NullPointerException if an id is null
     */
    public static String repository(UUID projectId, UUID repositoryId) {
        return project(projectId) + "/" + Objects.requireNonNull(repositoryId, "repositoryId == null");
    }

    /**
     * {@return the token of branch {@code branch} (short or full name) of a repository, ending in {@code /}}
     *
     * @param projectId    the id of the repository's project
     * @param repositoryId the repository id
     * @param branch       the branch name, short or full; each segment is hex-encoded UTF-16LE in the token
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code branch} is not a branch name
     */
    public static String branch(UUID projectId, UUID repositoryId, String branch) {
        String full = RefNames.branch(branch);
        if (!RefNames.isBranch(full)) {
            throw new IllegalArgumentException("branch must be a branch name: '" + branch + "'");
        }
        var sb = new StringBuilder(repository(projectId, repositoryId)).append("/refs/heads/");
        for (String segment : full.substring(RefNames.HEADS.length()).split("/")) {
            sb.append(HEX.formatHex(segment.getBytes(StandardCharsets.UTF_16LE))).append('/');
        }
        return sb.toString();
    }
}
