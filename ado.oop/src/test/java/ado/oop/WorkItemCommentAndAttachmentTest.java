package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.junit.AdoEmulatorExtension;
import ado.model.wit.WorkItemComment;
import ado.model.wit.WorkItemCommentFormat;
import ado.model.wit.WorkItemFieldName;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(AdoEmulatorExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class WorkItemCommentAndAttachmentTest {

    private static final String PROJECT = "Fabrikam-Fiber-Git";

    private AdoEmulator emulator;
    private Project project;

    @BeforeEach
    void setUp(AdoEmulator emulator) {
        this.emulator = emulator;
        project = AzureDevOpsService.of(emulator.client()).organization().project(PROJECT);
    }

    private WorkItem task(String title) {
        return project.createWorkItem("Task", Map.of(WorkItemFieldName.TITLE, title));
    }

    @Test
    void updateComment_changesTextAndIsListed() {
        WorkItem w = task("Talk");
        WorkItemComment c = w.comment("first", WorkItemCommentFormat.MARKDOWN);

        WorkItemComment edited = w.updateComment(c.commentId(), "*second*", WorkItemCommentFormat.MARKDOWN);

        assertThat(edited.commentId()).isEqualTo(c.commentId());
        assertThat(edited.text()).isEqualTo("*second*");
        assertThat(edited.version()).isGreaterThan(c.version());
        assertThat(w.comments()).extracting(WorkItemComment::text).containsExactly("*second*");
    }

    @Test
    void deleteComment_removesItFromTheDiscussion() {
        WorkItem w = task("Talk");
        WorkItemComment gone = w.comment("gone", WorkItemCommentFormat.MARKDOWN);
        w.comment("kept", WorkItemCommentFormat.MARKDOWN);

        w.deleteComment(gone.commentId());

        assertThat(w.comments().filter(c -> !Boolean.TRUE.equals(c.isDeleted()))).extracting(WorkItemComment::text)
                .containsExactly("kept");
        assertThatThrownBy(() -> w.deleteComment(gone.commentId())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void updateOrDeleteComment_missingComment_notFound() {
        WorkItem w = task("Talk");
        w.comment("only", WorkItemCommentFormat.MARKDOWN);

        assertThatThrownBy(() -> w.updateComment(999_999, "x", WorkItemCommentFormat.MARKDOWN))
                .isInstanceOf(AdoNotFoundException.class);
        assertThatThrownBy(() -> w.deleteComment(999_999)).isInstanceOf(AdoNotFoundException.class);
        assertThat(w.comments()).extracting(WorkItemComment::text).containsExactly("only");
    }

    @Test
    void commentVerbs_badArguments_failBeforeAnyRequest() {
        WorkItem w = task("Talk");
        long before = emulator.requests().total();

        assertThatThrownBy(() -> w.updateComment(0, "x", WorkItemCommentFormat.MARKDOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commentId");
        assertThatThrownBy(() -> w.updateComment(1, " ", WorkItemCommentFormat.MARKDOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> w.updateComment(1, null, WorkItemCommentFormat.MARKDOWN))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> w.updateComment(1, "x", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> w.updateComment(1, "x", WorkItemCommentFormat.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> w.deleteComment(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commentId");
        assertThatThrownBy(() -> w.downloadAttachment(null, Path.of("x")))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("attachmentId");
        assertThatThrownBy(() -> w.downloadAttachment(UUID.randomUUID(), (Path) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> w.downloadAttachment(UUID.randomUUID(), (OutputStream) null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("out");

        assertThat(emulator.requests().total()).isEqualTo(before);
    }

    @Test
    void downloadAttachment_multiMegabyte_toPathAndToStream(@TempDir Path dir) throws Exception {
        WorkItem w = task("Attach");
        byte[] content = new byte[9 * 1024 * 1024 + 17];
        new Random(17).nextBytes(content);
        Path upload = Files.write(dir.resolve("big.bin"), content);
        var ref = w.attach(upload);

        Path target = dir.resolve("copy.bin");
        long written = w.downloadAttachment(ref.id(), target);
        var out = new ByteArrayOutputStream();
        long streamed = w.downloadAttachment(ref.id(), out);

        assertThat(written).isEqualTo(content.length);
        assertThat(Files.mismatch(upload, target)).isEqualTo(-1L);
        assertThat(streamed).isEqualTo(content.length);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void downloadAttachment_missing_notFoundAndFileUntouched(@TempDir Path dir) throws Exception {
        WorkItem w = task("Attach");
        Path target = Files.writeString(dir.resolve("keep.txt"), "before");

        assertThatThrownBy(() -> w.downloadAttachment(UUID.randomUUID(), target))
                .isInstanceOf(AdoNotFoundException.class);
        assertThat(Files.readString(target)).isEqualTo("before");
    }
}
