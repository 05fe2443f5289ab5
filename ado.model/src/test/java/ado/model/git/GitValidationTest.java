package ado.model.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GitValidationTest {

    private static final String SHA = "ffe9cba521f00d7f60e322845072238635edb451";

    @Test
    void zeroSha_isFortyZeros() {
        assertThat(GitRefUpdate.ZERO_SHA).hasSize(40).matches("0+");
    }

    @Test
    void refUpdateCreate_shortName_isFullAndFromZero() {
        assertThat(GitRefUpdate.create("feature/x", SHA))
                .isEqualTo(new GitRefUpdate("refs/heads/feature/x", GitRefUpdate.ZERO_SHA, SHA, null));
    }

    @Test
    void refUpdateDelete_fullName_keptAndToZero() {
        assertThat(GitRefUpdate.delete("refs/heads/main", SHA))
                .isEqualTo(new GitRefUpdate("refs/heads/main", SHA, GitRefUpdate.ZERO_SHA, null));
    }

    @Test
    void refUpdateOf_shortAndFullName_areEqual() {
        assertThat(GitRefUpdate.of("main", SHA, GitRefUpdate.ZERO_SHA))
                .isEqualTo(GitRefUpdate.of("refs/heads/main", SHA, GitRefUpdate.ZERO_SHA));
    }

    @Test
    void refUpdate_uppercaseSha_isRejectedNamingTheField() {
        assertThatThrownBy(() -> GitRefUpdate.create("main", SHA.toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newObjectId")
                .hasMessageContaining(SHA.toUpperCase());
    }

    @Test
    void refUpdate_shortSha_isRejected() {
        assertThatThrownBy(() -> GitRefUpdate.of("main", "abc", SHA)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oldObjectId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"refs/", "refs/heads/", "refs//x", "refs/heads/a..b", "refs/heads/x.lock",
            "refs/heads/a b", "refs/heads/a~1", "refs/heads/a:b", "heads/main"})
    void gitRef_malformedName_isRejected(String name) {
        assertThatThrownBy(() -> new GitRef(name, SHA, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void gitRef_nullName_isRejectedNamingTheField() {
        assertThatThrownBy(() -> new GitRef(null, SHA, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("name == null");
    }

    @Test
    void gitRef_shortName_dropsPrefix() {
        var ref = new GitRef("refs/heads/feature/x", SHA, null, null, null, null, null);

        assertThat(ref.shortName()).isEqualTo("feature/x");
        assertThat(RefNames.isBranch(ref.name())).isTrue();
        assertThat(RefNames.isTag(ref.name())).isFalse();
    }

    @Test
    void refNames_branch_addsPrefixOnlyWhenMissing() {
        assertThat(RefNames.branch("main")).isEqualTo("refs/heads/main");
        assertThat(RefNames.branch("refs/heads/main")).isEqualTo("refs/heads/main");
        assertThat(RefNames.branch("refs/pull/1/merge")).isEqualTo("refs/pull/1/merge");
        assertThat(RefNames.tag("v1")).isEqualTo("refs/tags/v1");
    }

    @Test
    void refNames_blank_isRejected() {
        assertThatThrownBy(() -> RefNames.branch(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branch");
    }

    @Test
    void versionDescriptor_branchOrCommit_tellsThemApart() {
        assertThat(GitVersionDescriptor.branchOrCommit(SHA.toUpperCase()))
                .isEqualTo(GitVersionDescriptor.commit(SHA));
        assertThat(GitVersionDescriptor.branchOrCommit("refs/heads/feature/x"))
                .isEqualTo(new GitVersionDescriptor("feature/x", GitVersionType.BRANCH));
    }

    @Test
    void versionDescriptor_badCommit_isRejected() {
        assertThatThrownBy(() -> GitVersionDescriptor.commit("main")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    void versionDescriptor_query_usesPrefixAndLowercaseType() {
        assertThat(GitVersionDescriptor.tag("v1").query("versionDescriptor"))
                .containsEntry("versionDescriptor.version", "v1")
                .containsEntry("versionDescriptor.versionType", "tag");
    }

    @Test
    void itemContent_base64_roundTripsBytes() {
        byte[] bytes = {0, (byte) 0xff, 7};

        assertThat(ItemContent.base64(bytes).bytes()).isEqualTo(bytes);
        assertThat(ItemContent.rawText("é").bytes()).isEqualTo("é".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void gitCommit_noChanges_isRejected() {
        assertThatThrownBy(() -> GitCommit.of("msg", List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("changes");
    }

    @Test
    void gitCommit_blankComment_isRejected() {
        assertThatThrownBy(() -> GitCommit.of(" ", List.of(GitChange.delete("/a"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comment");
    }

    @Test
    void gitPush_noRefUpdates_isRejected() {
        var commit = GitCommit.of("m", List.of(GitChange.delete("/a")));

        assertThatThrownBy(() -> new GitPush(List.of(), List.of(commit), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("refUpdates");
    }

    @Test
    void gitPush_of_pushesOntoFullBranchWithoutNewId() {
        var push = GitPush.of("main", SHA, GitCommit.of("m", List.of(GitChange.delete("/a"))));

        assertThat(push.refUpdates()).containsExactly(new GitRefUpdate("refs/heads/main", SHA, null, null));
    }

    @Test
    void gitItem_blankPath_isRejected() {
        assertThatThrownBy(() -> GitItem.ofPath("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
    }

    @Test
    void annotatedTag_of_shortensName() {
        var tag = GitAnnotatedTag.of("refs/tags/v2", SHA, "Release");

        assertThat(tag.name()).isEqualTo("v2");
        assertThat(tag.taggedObject().objectId()).isEqualTo(SHA);
    }

    @Test
    void searchCriteria_query_prefixesEveryField() {
        var criteria = GitCommitSearchCriteria.from(GitVersionDescriptor.branch("main")).withItemPath("/a")
                .withAuthor("Ada").withDates(Instant.parse("2024-01-01T00:00:00Z"), null);

        assertThat(criteria.query()).containsEntry("searchCriteria.itemVersion.version", "main")
                .containsEntry("searchCriteria.itemPath", "/a").containsEntry("searchCriteria.author", "Ada")
                .containsEntry("searchCriteria.fromDate", "2024-01-01T00:00:00Z")
                .doesNotContainKey("searchCriteria.toDate");
    }

    @Test
    void searchCriteria_datesOutOfOrder_areRejected() {
        assertThatThrownBy(() -> GitCommitSearchCriteria.ALL.withDates(Instant.parse("2024-02-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fromDate");
    }

    @Test
    void branchStats_negativeCount_isRejected() {
        var commit = new GitCommitRef(SHA, null, null, null, null, null, null, null, null);

        assertThatThrownBy(() -> new GitBranchStats("main", commit, -1, 0, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aheadCount");
    }
}
