package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonArray;
import ado.core.json.JsonNull;
import ado.core.json.JsonObject;
import ado.core.json.JsonValue;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Variable groups and service endpoints: secrets never leave, unknown members stay, shares and errors. */
@ExtendWith(AdoEmulatorExtension.class)
class LibraryRoutesTest {

    private static final String P = "Fabrikam-Fiber-Git";
    private static final String VG = "/_apis/distributedtask/variablegroups";
    private static final String SE = "/_apis/serviceendpoint/endpoints";
    private static AdoEmulator emulator;
    private static Raw raw;
    private static String fabrikam;
    private static String contoso;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
        raw = new Raw(emulator);
        fabrikam = raw.json("/_apis/projects/" + P, 200).string("id").orElseThrow();
        contoso = raw.json("/_apis/projects/Contoso-Web", 200).string("id").orElseThrow();
    }

    private static String refs(String... projects) {
        StringBuilder sb = new StringBuilder("[");
        for (String p : projects) {
            sb.append(sb.length() > 1 ? "," : "").append("{\"projectReference\":{\"id\":\"").append(p)
                    .append("\"},\"name\":\"n\"}");
        }
        return sb.append("]").toString();
    }

    private static JsonObject createGroup(String name, String variables, String extra) {
        return Raw.json(raw.post(VG, "{\"name\":\"" + name + "\",\"variables\":" + variables
                + ",\"variableGroupProjectReferences\":" + refs(fabrikam) + extra + "}"), 200);
    }

    private static int id(JsonObject o) {
        return Integer.parseInt(o.get("id").toJson());
    }

    private static JsonObject var(JsonObject group, String name) {
        return (JsonObject) ((JsonObject) group.get("variables")).get(name);
    }

    // ---- variable groups

    @Test
    void variableGroupCreate_secret_isReturnedWithoutValueButStored() {
        JsonObject g = createGroup("secrets-1", "{\"a\":{\"value\":\"plain\"},\"s\":{\"value\":\"hush\","
                + "\"isSecret\":true}}", "");

        assertThat(var(g, "s").get("value")).isEqualTo(JsonNull.INSTANCE);
        assertThat(var(g, "a").string("value")).contains("plain");
        JsonObject stored = (JsonObject) emulator.library().variableGroupDocument(P, id(g));
        assertThat(var(stored, "s").string("value")).contains("hush");
        assertThat(raw.get("/" + P + VG + "/" + id(g)).body()).doesNotContain("hush");
    }

    @Test
    void variableGroupUpdate_secretWithoutValue_keepsStoredSecret() {
        JsonObject g = createGroup("secrets-2", "{\"s\":{\"value\":\"hush\",\"isSecret\":true}}", "");

        Raw.json(raw.send("PUT", VG + "/" + id(g), "{\"name\":\"secrets-2\",\"variables\":{\"s\":{\"isSecret\":true},"
                + "\"b\":{\"value\":\"new\"}},\"variableGroupProjectReferences\":" + refs(fabrikam) + "}"), 200);

        JsonObject stored = (JsonObject) emulator.library().variableGroupDocument(P, id(g));
        assertThat(var(stored, "s").string("value")).contains("hush");
        assertThat(var(stored, "b").string("value")).contains("new");
    }

    @Test
    void variableGroupUpdate_unknownMembers_areStoredAndReturned() {
        JsonObject g = createGroup("unknown-1",
                "{\"a\":{\"value\":\"1\",\"futureNote\":\"kept\"}}", ",\"futureFlavour\":\"x\"");

        JsonObject read = raw.json("/" + P + VG + "/" + id(g), 200);

        assertThat(read.string("futureFlavour")).contains("x");
        assertThat(var(read, "a").string("futureNote")).contains("kept");
    }

    @Test
    void variableGroupList_nameFilter_isExactOrWildcardAndCaseInsensitive() {
        createGroup("Filter-Alpha", "{}", "");
        createGroup("Filter-Alphabet", "{}", "");

        JsonArray exact = Raw.value(raw.json("/" + P + VG + "?groupName=filter-alpha", 200));
        JsonArray wild = Raw.value(raw.json("/" + P + VG + "?groupName=Filter-Alpha*", 200));

        assertThat(exact.size()).isEqualTo(1);
        assertThat(wild.size()).isEqualTo(2);
    }

    @Test
    void variableGroupList_topAndToken_pagesByIdAscending() {
        int first = id(createGroup("page-1", "{}", ""));
        createGroup("page-2", "{}", "");
        createGroup("page-3", "{}", "");

        HttpResponse<String> r = raw.get("/" + P + VG + "?groupName=page-*&$top=2&queryOrder=IdAscending");
        String token = r.headers().firstValue("x-ms-continuationtoken").orElseThrow();
        JsonArray rest = Raw.value(raw.json("/" + P + VG + "?groupName=page-*&$top=2&queryOrder=IdAscending"
                + "&continuationToken=" + token, 200));

        assertThat(Raw.value(Raw.json(r, 200)).size()).isEqualTo(2);
        assertThat(token).isEqualTo(Integer.toString(first + 2));
        assertThat(rest.size()).isEqualTo(1);
    }

    @Test
    void variableGroupCreate_duplicateName_gets409() {
        createGroup("dup-1", "{}", "");

        HttpResponse<String> r = raw.post(VG, "{\"name\":\"DUP-1\",\"variableGroupProjectReferences\":"
                + refs(fabrikam) + "}");

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(r.body()).contains("VariableGroupExistsException").contains("DUP-1");
    }

    @Test
    void variableGroupCreate_noName_gets400NamingName() {
        HttpResponse<String> r = raw.post(VG, "{\"variableGroupProjectReferences\":" + refs(fabrikam) + "}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Name");
    }

    @Test
    void variableGroupCreate_variableNotAnObject_gets400NamingIt() {
        HttpResponse<String> r = raw.post(VG, "{\"name\":\"bad-var\",\"variables\":{\"x\":3},"
                + "\"variableGroupProjectReferences\":" + refs(fabrikam) + "}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("variables['x']");
    }

    @Test
    void variableGroupCreate_noProjects_gets400() {
        assertThat(raw.post(VG, "{\"name\":\"nowhere\",\"variableGroupProjectReferences\":[]}").statusCode())
                .isEqualTo(400);
    }

    @Test
    void variableGroupGet_unknownId_gets404() {
        HttpResponse<String> r = raw.get("/" + P + VG + "/99999");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("VariableGroupNotFoundException");
    }

    @Test
    void variableGroupShareAndDelete_followProjects() {
        int g = id(createGroup("shared-1", "{}", ""));

        assertThat(raw.send("PATCH", VG + "?variableGroupId=" + g, refs(contoso)).statusCode()).isEqualTo(204);
        assertThat(raw.get("/Contoso-Web" + VG + "/" + g).statusCode()).isEqualTo(200);
        assertThat(raw.send("DELETE", VG + "/" + g + "?projectIds=" + fabrikam, null).statusCode()).isEqualTo(204);
        assertThat(raw.get("/" + P + VG + "/" + g).statusCode()).isEqualTo(404);
        assertThat(raw.get("/Contoso-Web" + VG + "/" + g).statusCode()).isEqualTo(200);
        assertThat(raw.send("DELETE", VG + "/" + g + "?projectIds=" + contoso, null).statusCode()).isEqualTo(204);
        assertThatThrownBy(() -> emulator.library().variableGroupDocument("Contoso-Web", g))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void variableGroupDelete_withoutProjectIds_gets400() {
        int g = id(createGroup("delete-1", "{}", ""));

        assertThat(raw.send("DELETE", VG + "/" + g, null).statusCode()).isEqualTo(400);
    }

    @Test
    void seededGroup_hidesItsSecret() {
        JsonArray groups = Raw.value(raw.json("/" + P + VG + "?groupName=Release settings".replace(" ", "%20"), 200));

        assertThat(groups.size()).isEqualTo(1);
        assertThat(var((JsonObject) groups.get(0), "apiToken").get("value")).isEqualTo(JsonNull.INSTANCE);
    }

    // ---- service endpoints

    private static JsonObject createEndpoint(String name) {
        return Raw.json(raw.post(SE, "{\"name\":\"" + name + "\",\"type\":\"generic\",\"url\":\"https://x.example\","
                + "\"authorization\":{\"scheme\":\"UsernamePassword\",\"parameters\":{\"username\":\"u\","
                + "\"password\":\"p4ss\"}},\"serviceEndpointProjectReferences\":" + refs(fabrikam) + "}"), 200);
    }

    @Test
    void endpointCreate_password_isNeverReturned() {
        JsonObject e = createEndpoint("ep-1");
        String id = e.string("id").orElseThrow();

        JsonObject params = (JsonObject) ((JsonObject) raw.json("/" + P + SE + "/" + id, 200).get("authorization"))
                .get("parameters");

        assertThat(params.string("username")).contains("u");
        assertThat(params.get("password")).isEqualTo(JsonNull.INSTANCE);
        assertThat(raw.get("/" + P + SE).body()).doesNotContain("p4ss");
    }

    @Test
    void endpointUpdate_nullSecret_keepsStoredValue() {
        String id = createEndpoint("ep-2").string("id").orElseThrow();

        Raw.json(raw.send("PUT", SE + "/" + id, "{\"name\":\"ep-2\",\"type\":\"generic\",\"url\":\"https://y\","
                + "\"authorization\":{\"scheme\":\"UsernamePassword\",\"parameters\":{\"username\":\"u\","
                + "\"password\":null}}}"), 200);

        JsonObject stored = (JsonObject) emulator.library().serviceEndpointDocument(java.util.UUID.fromString(id));
        JsonValue password = ((JsonObject) ((JsonObject) stored.get("authorization")).get("parameters"))
                .get("password");
        assertThat(password.toJson()).isEqualTo("\"p4ss\"");
        assertThat(stored.string("url")).contains("https://y");
    }

    @Test
    void endpointShareAndDelete_followProjects() {
        String id = createEndpoint("ep-3").string("id").orElseThrow();

        assertThat(raw.send("PATCH", SE + "/" + id, refs(contoso)).statusCode()).isEqualTo(204);
        assertThat(raw.get("/Contoso-Web" + SE + "/" + id).statusCode()).isEqualTo(200);
        assertThat(raw.send("DELETE", SE + "/" + id + "?projectIds=" + contoso, null).statusCode()).isEqualTo(204);
        assertThat(raw.get("/Contoso-Web" + SE + "/" + id).statusCode()).isEqualTo(404);
        assertThat(raw.get("/" + P + SE + "/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void endpointCreate_duplicateName_gets409() {
        createEndpoint("ep-dup");

        HttpResponse<String> r = raw.post(SE, "{\"name\":\"EP-DUP\",\"type\":\"generic\","
                + "\"serviceEndpointProjectReferences\":" + refs(fabrikam) + "}");

        assertThat(r.statusCode()).isEqualTo(409);
    }

    @Test
    void endpointCreate_noType_gets400NamingType() {
        HttpResponse<String> r = raw.post(SE, "{\"name\":\"ep-x\",\"serviceEndpointProjectReferences\":"
                + refs(fabrikam) + "}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Type");
    }

    @Test
    void endpointGet_badId_gets400() {
        assertThat(raw.get("/" + P + SE + "/not-a-guid").statusCode()).isEqualTo(400);
    }
}
