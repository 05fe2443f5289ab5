package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.model.wit.WorkItemFieldName;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a record must be to map to work item fields: checked on first use, with errors naming record and component. */
class TypedWorkItemsDefinitionTest {

    record Fine(@Field("System.Id") int id, @Field("System.Title") String title,
                @Field("Microsoft.VSTS.Common.Priority") Optional<Integer> priority) {
    }

    record Unannotated(@Field("System.Title") String title, int priority) {
    }

    record Dated(@Field("Custom.When") Date when) {
    }

    record OptionalList(@Field("System.Tags") Optional<List<String>> tags) {
    }

    record Duplicate(@Field("System.Title") String title, @Field("system.TITLE") String again) {
    }

    record NamesList(@Field("Custom.Names") List<String> names) {
    }

    record BadName(@Field("Title") String title) {
    }

    record TextId(@Field("System.Id") String id) {
    }

    record Empty() {
    }

    @Test
    void notARecord_refused() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        Class<Record> notARecord = (Class) String.class;

        assertThatThrownBy(() -> WorkItemMapping.of(notARecord)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not a record");
    }

    @Test
    void componentWithoutField_refusedNamingIt() {
        assertThatThrownBy(() -> WorkItemMapping.of(Unannotated.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Unannotated.class.getName()).hasMessageContaining("component priority")
                .hasMessageContaining("@ado.oop.Field");
    }

    @Test
    void unsupportedType_refusedNamingTypeAndTheSupportedOnes() {
        assertThatThrownBy(() -> WorkItemMapping.of(Dated.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Dated.class.getName()).hasMessageContaining("component when")
                .hasMessageContaining("Custom.When").hasMessageContaining("type Date").hasMessageContaining("Instant");
        assertThatThrownBy(() -> WorkItemMapping.of(OptionalList.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component tags").hasMessageContaining("Optional<List<String>>");
    }

    @Test
    void duplicateField_refusedIgnoringCase() {
        assertThatThrownBy(() -> WorkItemMapping.of(Duplicate.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(Duplicate.class.getName())
                .hasMessageContaining("components title and again both map field system.TITLE");
    }

    @Test
    void listOfStrings_onlyForTags() {
        assertThatThrownBy(() -> WorkItemMapping.of(NamesList.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component names").hasMessageContaining("System.Tags");
    }

    @Test
    void notAReferenceName_refused() {
        assertThatThrownBy(() -> WorkItemMapping.of(BadName.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component title").hasMessageContaining("@Field(\"Title\")");
    }

    @Test
    void idOfAnotherType_refused() {
        assertThatThrownBy(() -> WorkItemMapping.of(TextId.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("component id").hasMessageContaining("System.Id");
    }

    @Test
    void recordWithoutComponents_refused() {
        assertThatThrownBy(() -> WorkItemMapping.of(Empty.class)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no components");
    }

    @Test
    void fineRecord_mapsItsFieldsInOrder() {
        assertThat(WorkItemMapping.of(Fine.class).fields()).containsExactly(WorkItemFieldName.ID,
                WorkItemFieldName.TITLE, WorkItemFieldName.PRIORITY);
    }

    @Test
    @Timeout(30)
    void mapping_cachedOncePerClass_acrossThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<WorkItemMapping<Fine>>> calls = IntStream.range(0, 64)
                    .mapToObj(i -> (Callable<WorkItemMapping<Fine>>) () -> WorkItemMapping.of(Fine.class)).toList();
            List<Future<WorkItemMapping<Fine>>> results = pool.invokeAll(calls);
            WorkItemMapping<Fine> first = WorkItemMapping.of(Fine.class);
            for (Future<WorkItemMapping<Fine>> f : results) {
                assertThat(f.get()).isSameAs(first);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
