package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import org.junit.jupiter.api.Test;

/** A comment's id is {@code id} in the 7.1 spec and ADO's answers, {@code commentId} in Microsoft's example. */
class WorkItemCommentRecordTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    @Test
    void read_specShapeWithId_commentIdIsTheId() {
        String json = "{\"workItemId\":299,\"id\":42,\"version\":1,\"text\":\"t\",\"mentions\":[],\"reactions\":[]}";

        WorkItemComment c = CODEC.read(json, JsonType.of(WorkItemComment.class));

        assertThat(c.id()).isEqualTo(42);
        assertThat(c.commentId()).isEqualTo(42);
        assertThat(CODEC.read(CODEC.write(c), JsonType.of(JsonValue.class))).isEqualTo(JsonValue.parse(json));
    }

    @Test
    void read_exampleShapeWithCommentId_commentIdIsReadAndWrittenBackAsItWas() {
        String json = "{\"workItemId\":299,\"commentId\":42,\"version\":1,\"text\":\"t\"}";

        WorkItemComment c = CODEC.read(json, JsonType.of(WorkItemComment.class));

        assertThat(c.id()).isNull();
        assertThat(c.commentId()).isEqualTo(42);
        assertThat(CODEC.read(CODEC.write(c), JsonType.of(JsonValue.class))).isEqualTo(JsonValue.parse(json));
    }

    @Test
    void read_neitherIdNorCommentId_commentIdIsZero() {
        WorkItemComment c = CODEC.read("{\"workItemId\":1,\"commentId\":\"x\"}", JsonType.of(WorkItemComment.class));

        assertThat(c.commentId()).isZero();
    }
}
