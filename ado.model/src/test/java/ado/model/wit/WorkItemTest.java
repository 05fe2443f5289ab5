package ado.model.wit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkItemTest {

    @Test
    void constructor_absentCollections_areEmpty() {
        var item = new WorkItem(1, null, null, null, null, null, null);

        assertThat(item.fields()).isEqualTo(JsonObject.EMPTY);
        assertThat(item.relations()).isEmpty();
        assertThat(item.links()).isEmpty();
    }

    @Test
    void constructor_zeroId_throwsNamingIdAndValue() {
        assertThatThrownBy(() -> new WorkItem(0, 1, null, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("id must be > 0: 0");
    }

    @Test
    void constructor_relations_areCopied() {
        var relations = new ArrayList<>(List.of(new WorkItemRelation("AttachedFile", "u", null)));
        var item = new WorkItem(7, 1, null, relations, null, null, null);
        relations.clear();

        assertThat(item.relations()).hasSize(1);
    }

    @Test
    void relation_absentAttributes_areEmpty() {
        assertThat(new WorkItemRelation("r", "u", null).attributes()).isEqualTo(JsonObject.EMPTY);
    }

    @Test
    void relation_nullRel_throwsNamingRel() {
        assertThatThrownBy(() -> new WorkItemRelation(null, "u", null))
                .isInstanceOf(NullPointerException.class).hasMessage("rel == null");
    }

    @Test
    void relation_nullUrl_throwsNamingUrl() {
        assertThatThrownBy(() -> new WorkItemRelation("r", null, null))
                .isInstanceOf(NullPointerException.class).hasMessage("url == null");
    }
}
