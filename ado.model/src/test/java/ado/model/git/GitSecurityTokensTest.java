package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class GitSecurityTokensTest {

    private static final UUID PROJECT = UUID.fromString("212d1460-2143-4296-9771-c54336dbf3d3");
    private static final UUID REPO = UUID.fromString("393d8e86-ed2b-473f-8480-0cf728c1f866");

    @Test
    void branch_master_matchesTheDocumentedExample() {
        assertThat(GitSecurityTokens.branch(PROJECT, REPO, "refs/heads/master")).isEqualTo("repoV2/"
                + PROJECT + "/" + REPO + "/refs/heads/6d0061007300740065007200/");
    }

    @Test
    void branch_nestedShortName_encodesEachSegment() {
        assertThat(GitSecurityTokens.branch(PROJECT, REPO, "f/x")).endsWith("/refs/heads/6600/7800/");
    }

    @Test
    void repository_isProjectAndRepositoryIds() {
        assertThat(GitSecurityTokens.repository(PROJECT, REPO)).isEqualTo("repoV2/" + PROJECT + "/" + REPO);
        assertThat(GitSecurityTokens.project(PROJECT)).isEqualTo("repoV2/" + PROJECT);
    }

    @Test
    void branch_tagName_isRejected() {
        assertThatThrownBy(() -> GitSecurityTokens.branch(PROJECT, REPO, "refs/tags/v1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch");
    }
}
