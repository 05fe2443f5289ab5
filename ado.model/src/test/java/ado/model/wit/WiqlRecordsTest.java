package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WiqlRecordsTest {

    private static final Path VECTORS = Path.of("../testdata/ado-vectors/wit");
    private static final JsonCodec CODEC = JsonCodec.builtin();

    private static JsonValue response(String vector) throws IOException {
        return ((JsonObject) CODEC.read(Files.readAllBytes(VECTORS.resolve(vector)), JsonType.of(JsonValue.class)))
                .get("response");
    }

    @Test
    void vector_queryById_bindsTreeResult() throws IOException {
        WiqlResult r = CODEC.read(CODEC.write(response("Wiql_QueryById.json")), JsonType.of(WiqlResult.class));

        assertThat(r.queryType()).isEqualTo(QueryType.TREE);
        assertThat(r.queryResultType()).isNull();
        assertThat(r.asOf()).isEqualTo(Instant.parse("2014-12-29T20:49:33.803Z"));
        assertThat(r.columns()).extracting(WiqlColumn::referenceName).containsExactly("System.Id",
                "System.WorkItemType", "System.Title", "System.AssignedTo", "System.State");
        assertThat(r.workItems()).isEmpty();
        assertThat(r.workItemRelations().get(0).isRoot()).isTrue();
        WiqlLink hop = r.workItemRelations().get(4);
        assertThat(hop.rel()).isEqualTo("System.LinkTypes.Hierarchy-Forward");
        assertThat(hop.source().id()).isEqualTo(7);
        assertThat(hop.target().id()).isEqualTo(8);
    }

    @Test
    void vector_queryById_writesBackWhatItRead() throws IOException {
        JsonValue original = response("Wiql_QueryById.json");

        WiqlResult r = CODEC.read(CODEC.write(original), JsonType.of(WiqlResult.class));

        assertThat(withoutEmpties(CODEC.read(CODEC.write(r), JsonType.of(JsonValue.class)))).isEqualTo(original);
    }

    /** The records write absent collections as empty ones; drops those to compare with what was read. */
    private static JsonValue withoutEmpties(JsonValue v) {
        if (v instanceof JsonObject o) {
            var b = JsonObject.builder();
            o.members().forEach((k, x) -> {
                JsonValue kept = withoutEmpties(x);
                boolean empty = kept instanceof ado.core.json.JsonArray a && a.values().isEmpty()
                        || kept instanceof JsonObject e && e.members().isEmpty();
                if (!empty) {
                    b.put(k, kept);
                }
            });
            return b.build();
        }
        if (v instanceof ado.core.json.JsonArray a) {
            return new ado.core.json.JsonArray(a.values().stream().map(WiqlRecordsTest::withoutEmpties).toList());
        }
        return v;
    }

    @Test
    void ids_linkResult_areTargetsInOrderWithoutRepeats() throws IOException {
        WiqlResult r = CODEC.read(CODEC.write(response("Wiql_QueryById.json")), JsonType.of(WiqlResult.class));

        assertThat(r.ids()).startsWith(4, 5, 6, 7, 8, 9, 11).doesNotHaveDuplicates().hasSize(31);
    }

    @Test
    void ids_flatResult_areTheWorkItems() {
        var r = new WiqlResult(QueryType.FLAT, QueryResultType.WORK_ITEM, null, null, null,
                List.of(new WiqlWorkItemRef(3, null), new WiqlWorkItemRef(1, null)), null);

        assertThat(r.ids()).containsExactly(3, 1);
    }

    @Test
    void flatResult_unknownQueryType_readsAsUnknown() {
        WiqlResult r = CODEC.read("{\"queryType\":\"sideways\",\"queryResultType\":\"workItem\",\"workItems\":"
                + "[{\"id\":5,\"url\":\"u\"}]}", JsonType.of(WiqlResult.class));

        assertThat(r.queryType()).isEqualTo(QueryType.UNKNOWN);
        assertThat(r.queryResultType()).isEqualTo(QueryResultType.WORK_ITEM);
        assertThat(r.ids()).containsExactly(5);
        assertThat(r.columns()).isEmpty();
    }

    @Test
    void workItemRef_zeroId_throwsNamingId() {
        assertThatThrownBy(() -> new WiqlWorkItemRef(0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("id must be > 0: 0");
    }

    @Test
    void link_withoutTarget_throws() {
        assertThatThrownBy(() -> new WiqlLink(null, null, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("target == null");
    }

    @Test
    void link_sourceWithoutRel_throws() {
        assertThatThrownBy(() -> new WiqlLink(null, new WiqlWorkItemRef(1, null), new WiqlWorkItemRef(2, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rel == null");
    }

    @Test
    void column_blankReferenceName_throws() {
        assertThatThrownBy(() -> new WiqlColumn(" ", "x", null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("referenceName");
    }

    @Test
    void sortColumn_withoutField_throws() {
        assertThatThrownBy(() -> new WiqlSortColumn(null, true)).isInstanceOf(NullPointerException.class)
                .hasMessage("field == null");
    }

    @Test
    void queryItem_blankName_throws() {
        assertThatThrownBy(() -> new QueryHierarchyItem(UUID.randomUUID(), "", "p", null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name");
    }

    @Test
    void queryItem_unmappedMembers_areKeptAndWritten() {
        String json = "{\"id\":\"8a8c8212-15ca-41ed-97aa-1d6fbfbcd581\",\"name\":\"Q\",\"path\":\"Shared Queries/Q\","
                + "\"queryType\":\"oneHop\",\"filterOptions\":\"linksOneHopMustContain\",\"isPublic\":true}";

        QueryHierarchyItem item = CODEC.read(json, JsonType.of(QueryHierarchyItem.class));

        assertThat(item.folder()).isFalse();
        assertThat(item.queryType()).isEqualTo(QueryType.ONE_HOP);
        assertThat(item.other().string("filterOptions")).contains("linksOneHopMustContain");
        assertThat(withoutEmpties(CODEC.read(CODEC.write(item), JsonType.of(JsonValue.class))))
                .isEqualTo(CODEC.read(json, JsonType.of(JsonValue.class)));
    }
}
