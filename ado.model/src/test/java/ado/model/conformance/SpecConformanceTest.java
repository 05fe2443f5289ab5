package ado.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import ado.model.conformance.BindingTable.Binding;
import ado.model.conformance.BindingTable.Mode;
import ado.model.conformance.SpecConformance.Finding;
import ado.model.conformance.SpecConformance.Kind;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every public record of ado.model held to the Microsoft OpenAPI definition it models (issue 14): bound in
 * {@code spec-bindings.tsv}, no JSON type mismatch, every property modelled, kept or excepted with a reason, every
 * spec enum value mapped.
 */
class SpecConformanceTest {

    private static SpecIndex spec;
    private static SpecConformance suite;

    @BeforeAll
    static void run() {
        spec = SpecIndex.load();
        suite = new SpecConformance(spec, ModelRecords.all(), BindingTable.bindings(), BindingTable.exceptions()).run();
        System.out.printf("spec conformance: %d records bound (%d more model no definition), %d spec properties"
                        + " and %d components checked, %d enums checked, %d documented exceptions, %d findings%n",
                suite.recordsBound(), suite.recordsUnbound(), suite.propertiesChecked(), suite.componentsChecked(),
                suite.enumsChecked(), BindingTable.exceptions().size(), suite.findings().size());
        suite.findings().forEach(f -> System.out.println("  " + f));
    }

    @Test
    void bindingTable_everyPublicRecord_hasAnEntry() {
        assertThat(ModelRecords.all()).as("records found by scanning").hasSizeGreaterThan(150);
        assertThat(of(Kind.BINDING, Kind.STALE)).isEmpty();
    }

    @Test
    void records_againstTheirDefinitions_haveNoTypeMismatch() {
        assertThat(of(Kind.TYPE)).isEmpty();
    }

    @Test
    void records_againstTheirDefinitions_haveOnlySpecProperties() {
        assertThat(of(Kind.NAME)).isEmpty();
    }

    @Test
    void records_againstTheirDefinitions_dropNoPropertySilently() {
        assertThat(of(Kind.DROP)).isEmpty();
    }

    @Test
    void enums_ofBoundComponents_mapEverySpecValueAndHaveUnknown() {
        assertThat(of(Kind.ENUM)).isEmpty();
    }

    @Test
    void suite_recordMissingFromTheTable_isNamed() {
        var s = new SpecConformance(spec, List.of(Fake.class), Map.of(), Map.of()).run();

        assertThat(s.findings()).extracting(Finding::toString)
                .containsExactly("BINDING conformance.SpecConformanceTest.Fake: public record without an entry in"
                        + " spec-bindings.tsv: bind it to the spec definition it models (file#Definition read|write)"
                        + " or say why it models none (- reason)");
    }

    @Test
    void suite_objectWhereTheSpecSaysUuid_isATypeMismatch_andDropsAreNamed() {
        String key = "conformance.SpecConformanceTest.Fake";
        var s = new SpecConformance(spec, List.of(Fake.class),
                Map.of(key, new Binding(key, "build/build.json", "Timeline", Mode.READ, null, 1)), Map.of()).run();

        assertThat(s.findings()).extracting(Finding::toString)
                .contains("TYPE " + key + ".lastChangedBy: Java JsonObject but the spec says string uuid",
                        "TYPE " + key + ".changeId: Java String but the spec says integer int32")
                .anyMatch(f -> f.startsWith("DROP " + key + ".records: "))
                .noneMatch(f -> f.startsWith("DROP " + key + ".lastChangedBy"));
    }

    /** A record shaped wrongly on purpose. */
    public record Fake(JsonObject lastChangedBy, String changeId) {
    }

    private static List<String> of(Kind... kinds) {
        List<Kind> wanted = List.of(kinds);
        return suite.findings().stream().filter(f -> wanted.contains(f.kind())).map(Finding::toString)
                .collect(Collectors.toList());
    }
}
