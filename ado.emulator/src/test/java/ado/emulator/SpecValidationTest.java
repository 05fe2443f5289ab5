package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonValue;
import ado.emulator.internal.http.AdoError;
import ado.emulator.internal.http.Conformance;
import ado.emulator.internal.http.Reply;
import ado.emulator.internal.spec.SpecValidation;
import ado.emulator.internal.spec.Violation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The spec validation every emulator test runs under: an off-spec answer is found by kind and path and fails
 * {@code close()}; a request the emulator accepted against the request schema is found too; exceptions hide only
 * what they name.
 */
@Timeout(120)
class SpecValidationTest {

    private static final Path SPECS = Path.of(System.getProperty("ado.specs", "../testdata/ado-specs"));
    private static final String ID = "3b3ae425-0079-421f-9101-bcf15d6df041";

    private static List<String> seg(String path) {
        return List.of(path.split("/"));
    }

    private static Reply json(String json) {
        return Reply.json(JsonValue.parse(json));
    }

    private static List<Violation> serve(SpecValidation v, String method, String path, String route, String body,
                                         Reply reply) {
        int mark = path.indexOf('?');
        java.util.Set<String> query = mark < 0 ? java.util.Set.of()
                : java.util.Set.of(path.substring(mark + 1).replaceAll("=[^&]*", "").split("&"));
        v.listener("main").serve(method, seg(mark < 0 ? path : path.substring(0, mark)), query, seg(route),
                body.getBytes(StandardCharsets.UTF_8), null, call -> reply);
        return v.violations();
    }

    @Test
    void answer_offSpecTypeFormatEnumAndMember_eachReportedWithPath() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                json("{\"id\":\"not-a-uuid\",\"name\":5,\"state\":\"sleeping\",\"revision\":1.5,"
                        + "\"lastUpdateTime\":\"yesterday\",\"bogus\":true,"
                        + "\"_links\":{\"self\":{\"href\":\"x\"}}}"));

        assertThat(found).extracting(Violation::operationId).containsOnly("Projects_Get");
        assertThat(found).extracting(x -> x.kind() + " " + x.path()).containsExactlyInAnyOrder(
                "format $.id", "type $.name", "enum $.state", "type $.revision", "format $.lastUpdateTime",
                "undefined-member $.bogus");
    }

    @Test
    void answer_onSpec_nothingReported_enumCaseAndNullsAccepted() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                json("{\"id\":\"" + ID + "\",\"name\":\"p\",\"state\":\"wellFormed\",\"revision\":7,"
                        + "\"visibility\":\"private\",\"description\":null,"
                        + "\"lastUpdateTime\":\"2024-01-02T03:04:05.123Z\"}"));

        assertThat(found).isEmpty();
        assertThat(v.validatedAnswers()).isEqualTo(1);
    }

    @Test
    void answer_listEnvelope_itemsCheckedUnderValue() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects", "_apis/projects", "",
                json("{\"count\":1,\"value\":[{\"id\":\"" + ID + "\",\"name\":[]}]}"));

        assertThat(found).extracting(x -> x.kind() + " " + x.path()).containsExactly("type $.value[].name");
    }

    @Test
    void answer_int32OutOfRange_reported() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                json("{\"id\":\"" + ID + "\",\"revision\":99999999999999}"));

        assertThat(found).isEmpty(); // revision is int64
        found = serve(v, "GET", "fabrikam/p/_apis/git/repositories/r/pullrequests/1",
                "{project}/_apis/git/repositories/{repositoryId}/pullrequests/{pullRequestId}", "",
                json("{\"pullRequestId\":4294967296}"));
        assertThat(found).extracting(x -> x.kind() + " " + x.path()).containsExactly("format $.pullRequestId");
    }

    @Test
    void queryOfAnXmsPathsOperation_selectsIt() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);
        String route = "{project}/_apis/git/repositories/{repositoryId}/items";

        // items?path= is Items_Get (one GitItem); without it Items_List (a list)
        assertThat(serve(v, "GET", "fabrikam/p/_apis/git/repositories/r/items?path=/a&api-version=7.1", route, "",
                json("{\"path\":\"/a\",\"isFolder\":false}"))).isEmpty();
        assertThat(serve(v, "GET", "fabrikam/p/_apis/git/repositories/r/items?recursionLevel=full", route, "",
                json("{\"path\":\"/a\"}"))).extracting(x -> x.operationId() + " " + x.kind() + " " + x.path())
                .containsExactly("Items_List type $");
    }

    @Test
    void answer_statusTheOperationDoesNotList_reported() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                Reply.json(201, JsonValue.parse("{\"id\":\"" + ID + "\"}")));

        assertThat(found).extracting(x -> x.kind() + " " + x.path()).containsExactly("status #status");
    }

    @Test
    void errorAnswer_notValidated() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                Reply.error(AdoError.projectNotFound("x")));

        assertThat(found).isEmpty();
        assertThat(v.validatedAnswers()).isZero();
    }

    @Test
    void acceptedRequest_wrongShape_reported_liberalScalarsAndIntegerEnumsPass() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);
        String route = "{project}/_apis/git/repositories/{repositoryId}/pullrequests/{pullRequestId}";
        Reply ok = json("{\"pullRequestId\":1}");

        List<Violation> liberal = serve(v, "PATCH", "fabrikam/p/_apis/git/repositories/r/pullrequests/1", route,
                "{\"status\":3,\"isDraft\":\"true\",\"completionOptions\":{\"deleteSourceBranch\":\"true\","
                        + "\"mergeStrategy\":\"Squash\"},\"unknownMember\":1}", ok);
        assertThat(liberal).isEmpty();

        List<Violation> wrong = serve(v, "PATCH", "fabrikam/p/_apis/git/repositories/r/pullrequests/1", route,
                "{\"title\":{\"text\":\"t\"},\"completionOptions\":[]}", ok);
        assertThat(wrong).extracting(x -> x.kind() + " " + x.path()).containsExactlyInAnyOrder(
                "request-type $.title", "request-type $.completionOptions");
    }

    @Test
    void refusedRequest_notReported() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "PATCH", "fabrikam/p/_apis/git/repositories/r/pullrequests/1",
                "{project}/_apis/git/repositories/{repositoryId}/pullrequests/{pullRequestId}",
                "{\"title\":{\"text\":\"t\"}}", Reply.error(AdoError.badRequest("no")));

        assertThat(found).isEmpty();
    }

    @Test
    void exceptionList_hidesReferenceLinksOnly() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);

        List<Violation> found = serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "",
                json("{\"_links\":{\"self\":{\"href\":\"x\"},\"web\":{\"href\":\"y\"}},\"defaultTeam\":{\"x\":1}}"));

        assertThat(found).extracting(Violation::path).containsExactly("$.defaultTeam.x");
    }

    @Test
    void verify_withViolations_throwsOnceListingThem() {
        SpecValidation v = SpecValidation.create("fabrikam", SPECS);
        serve(v, "GET", "fabrikam/_apis/projects/" + ID, "_apis/projects/{projectId}", "", json("{\"bogus\":1}"));

        assertThatThrownBy(v::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Projects_Get $.bogus: undefined-member")
                .hasMessageContaining("spec-exceptions.txt");
        v.verify(); // reported once
    }

    @Test
    void routeVariableCatchingALiteralOfAnotherOperation_answers501() {
        Conformance main = SpecValidation.create("fabrikam", null).listener("main");

        assertThatThrownBy(() -> main.serve("GET", seg("fabrikam/p/_apis/build/definitions/templates"),
                java.util.Set.of(), seg("{project}/_apis/build/definitions/{definitionId}"), new byte[0], null,
                c -> json("{}")))
                .isInstanceOfSatisfying(AdoError.class, e -> {
                    assertThat(e.status()).isEqualTo(501);
                    assertThat(e.getMessage()).contains("Templates_List");
                });
    }

    @Test
    void emulator_offSpecAnswer_failsClose() {
        AdoEmulator emulator = AdoEmulator.builder().specs(SPECS).start();
        Raw raw = new Raw(emulator);
        String projectId = Raw.json(raw.get("/_apis/projects/Fabrikam-Fiber-Git"), 200).string("id").orElseThrow();
        // the library stores keep what clients send; a member the spec does not define comes back off-spec
        Raw.json(raw.post("/_apis/distributedtask/variablegroups", "{\"name\":\"g\",\"variables\":{},"
                + "\"bogus\":1,\"variableGroupProjectReferences\":[{\"name\":\"g\",\"projectReference\":{\"id\":\""
                + projectId + "\"}}]}"), 200);

        assertThatThrownBy(emulator::close).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Variablegroups_Add $.bogus: undefined-member");
    }

    @Test
    void builder_specsNotADirectory_refused() {
        assertThatThrownBy(() -> AdoEmulator.builder().specs(SPECS.resolve("nope")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nope");
    }
}
