package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The member entitlement host's user entitlements: paging, project access on add, refused licences. */
class EntitlementRoutesTest {

    private AdoEmulator emulator;
    private Raw vsaex;
    private Raw vssps;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.start();
        vsaex = new Raw(emulator, emulator.serviceUrl(AdoClient.Service.VSAEX));
        vssps = new Raw(emulator, emulator.serviceUrl(AdoClient.Service.VSSPS));
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void list_moreThanAPage_pagesByTheBodyContinuationTokenUntilItIsNull() {
        for (int i = 0; i < 105; i++) {
            assertThat(add("user" + i + "@fabrikam.example", "express", null).get("isSuccess").toJson())
                    .isEqualTo("true");
        }
        var names = new ArrayList<String>();
        String token = null;
        int pages = 0;
        do {
            JsonObject page = vsaex.json("/_apis/userentitlements" + (token == null ? "" : "?continuationToken="
                    + token), 200);
            for (JsonValue e : ((JsonArray) page.get("items")).values()) {
                names.add(((JsonObject) ((JsonObject) e).get("user")).string("principalName").orElseThrow());
            }
            assertThat(page.get("members")).isEqualTo(page.get("items"));
            token = page.get("continuationToken") instanceof JsonString s ? s.value() : null;
            if (token == null) {
                assertThat(page.get("continuationToken")).isEqualTo(JsonNull.INSTANCE);
            }
            pages++;
        } while (token != null && pages < 10);

        assertThat(pages).isEqualTo(2);
        assertThat(names).doesNotHaveDuplicates().contains("user0@fabrikam.example", "user104@fabrikam.example");
        assertThat(vsaex.json("/_apis/userentitlements", 200).get("totalCount").toJson())
                .isEqualTo(Integer.toString(names.size()));
    }

    @Test
    void list_garbledContinuationToken_isABadRequest() {
        assertThat(vsaex.get("/_apis/userentitlements?continuationToken=%21%21").statusCode()).isEqualTo(400);
    }

    @Test
    void add_withProjectEntitlement_putsTheUserInThatProjectGroup() {
        String projectId = Raw.json(new Raw(emulator).get("/_apis/projects/Contoso-Web"), 200).string("id")
                .orElseThrow();

        JsonObject result = add("mary.jackson@fabrikam.example", "stakeholder", JsonObject.builder()
                .put("group", JsonObject.builder().put("groupType", "projectReader").build())
                .put("projectRef", JsonObject.builder().put("id", projectId).build()).build());

        JsonObject entitlement = (JsonObject) result.get("userEntitlement");
        JsonObject projectEntitlement = (JsonObject) ((JsonArray) entitlement.get("projectEntitlements")).get(0);
        assertThat(((JsonObject) projectEntitlement.get("projectRef")).string("name")).contains("Contoso-Web");
        assertThat(((JsonObject) projectEntitlement.get("group")).string("groupType")).contains("projectReader");
        String descriptor = ((JsonObject) entitlement.get("user")).string("descriptor").orElseThrow();
        JsonObject memberships = vssps.json("/_apis/graph/memberships/" + descriptor + "?direction=up", 200);
        List<String> groups = Raw.value(memberships).values().stream()
                .map(m -> ((JsonObject) m).string("containerDescriptor").orElseThrow()).toList();
        JsonObject readers = Raw.value(vssps.json("/_apis/graph/groups", 200)).values().stream()
                .map(JsonObject.class::cast).filter(g -> g.string("principalName").orElse("")
                        .equals("[Contoso-Web]\\Readers")).findFirst().orElseThrow();
        assertThat(groups).contains(readers.string("descriptor").orElseThrow());
    }

    @Test
    void add_unknownGroupTypeOrProject_isRefusedAndAddsNobody() {
        String before = vsaex.json("/_apis/userentitlements", 200).get("totalCount").toJson();

        var badType = vsaex.post("/_apis/userentitlements", body("x@fabrikam.example", "express", JsonObject.builder()
                .put("group", JsonObject.builder().put("groupType", "owner").build()).build()).toJson());
        var badProject = vsaex.post("/_apis/userentitlements", body("x@fabrikam.example", "express",
                JsonObject.builder().put("group", JsonObject.builder().put("groupType", "projectReader").build())
                        .put("projectRef", JsonObject.builder().put("id", "00000000-0000-0000-0000-000000000001")
                                .build()).build()).toJson());

        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(badType.body()).contains("owner");
        assertThat(badProject.statusCode()).isEqualTo(404);
        assertThat(vsaex.json("/_apis/userentitlements", 200).get("totalCount").toJson()).isEqualTo(before);
    }

    @Test
    void update_licenceThatCannotBeAssigned_answersIsSuccessFalseWithTheReasonAndChangesNothing() {
        JsonObject added = (JsonObject) add("annie.easley@fabrikam.example", "stakeholder", null)
                .get("userEntitlement");
        String id = added.string("id").orElseThrow();

        var response = Raw.send(vsaex.request("/_apis/userentitlements/" + id)
                .header("Content-Type", "application/json-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("[{\"op\":\"replace\",\"path\":\"/accessLevel\","
                        + "\"value\":{\"accountLicenseType\":\"professional\",\"licensingSource\":\"account\"}}]"))
                .build());

        JsonObject answer = Raw.json(response, 200);
        assertThat(answer.get("isSuccess").toJson()).isEqualTo("false");
        JsonObject result = (JsonObject) ((JsonArray) answer.get("operationResults")).get(0);
        assertThat(result.string("userId")).contains(id);
        assertThat(((JsonArray) result.get("errors")).get(0).toJson()).contains("professional");
        JsonObject now = vsaex.json("/_apis/userentitlements/" + id, 200);
        assertThat(((JsonObject) now.get("accessLevel")).string("accountLicenseType")).contains("stakeholder");
    }

    @Test
    void add_licenceThatCannotBeAssigned_answersIsSuccessFalseAndAddsNobody() {
        JsonObject answer = add("katherine.johnson@fabrikam.example", "earlyAdopter", null);

        assertThat(answer.get("isSuccess").toJson()).isEqualTo("false");
        assertThat(((JsonObject) answer.get("operationResult")).get("errors").toJson()).contains("earlyAdopter");
        assertThat(vsaex.json("/_apis/userentitlements", 200).toJson())
                .doesNotContain("katherine.johnson@fabrikam.example");
    }

    private JsonObject add(String principal, String licence, JsonObject projectEntitlement) {
        return Raw.json(vsaex.post("/_apis/userentitlements", body(principal, licence, projectEntitlement).toJson()),
                200);
    }

    private static JsonObject body(String principal, String licence, JsonObject projectEntitlement) {
        var b = JsonObject.builder()
                .put("accessLevel", JsonObject.builder().put("accountLicenseType", licence)
                        .put("licensingSource", "account").build())
                .put("user", JsonObject.builder().put("principalName", principal).put("subjectKind", "user").build());
        if (projectEntitlement != null) {
            b.put("projectEntitlements", new JsonArray(List.of(projectEntitlement)));
        }
        return b.build();
    }
}
