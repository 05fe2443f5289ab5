package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.model.git.ItemContentType;
import ado.model.git.VersionControlChangeType;
import org.junit.jupiter.api.Test;

class FileChangeTest {

    @Test
    void addFile_pathWithoutSlash_getsOne() {
        assertThat(AddFile.of("a/b.txt", "x").path()).isEqualTo("/a/b.txt");
    }

    @Test
    void addFile_blankPath_isRejectedNamingTheField() {
        assertThatThrownBy(() -> AddFile.of(" ", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path");
    }

    @Test
    void editFile_bytes_areBase64() {
        var change = EditFile.of("/b", new byte[] {1, 2}).toGitChange();

        assertThat(change.changeType()).isEqualTo(VersionControlChangeType.EDIT);
        assertThat(change.newContent().contentType()).isEqualTo(ItemContentType.BASE64_ENCODED);
        assertThat(change.newContent().bytes()).containsExactly(1, 2);
    }

    @Test
    void renameFile_mapsToSourceServerItem() {
        var change = new RenameFile("old.txt", "new.txt").toGitChange();

        assertThat(change.sourceServerItem()).isEqualTo("/old.txt");
        assertThat(change.item().path()).isEqualTo("/new.txt");
    }

    @Test
    void deleteFile_nullPath_isRejected() {
        assertThatThrownBy(() -> new DeleteFile(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("path == null");
    }

    @Test
    void commitOptions_expectedHeadNotSha_isRejected() {
        assertThatThrownBy(() -> CommitOptions.expectedHead("main")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expectedHead");
    }

    @Test
    void commitOptions_blankCreateFrom_isRejected() {
        assertThatThrownBy(() -> CommitOptions.createBranchFrom("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("branchOrCommit");
    }

    @Test
    void commitOptions_combined_keepBoth() {
        String sha = "ffe9cba521f00d7f60e322845072238635edb451";
        var options = CommitOptions.createBranchFrom("main").withExpectedHead(sha.toUpperCase());

        assertThat(options.createBranchFrom()).contains("main");
        assertThat(options.expectedHead()).contains(sha);
        assertThat(CommitOptions.defaults().createBranchFrom()).isEmpty();
    }
}
