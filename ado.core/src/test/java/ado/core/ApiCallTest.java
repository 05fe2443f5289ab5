package ado.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.auth.Credentials;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiCallTest {

    private final AdoClient client = AdoClient.builder().organization("fabrikam")
            .credentials(Credentials.anonymous()).environment(n -> null).build();

    @Test
    void api_isOrganisationUrl() {
        assertThat(client.api().uri()).hasToString("https://dev.azure.com/fabrikam");
    }

    @Test
    void projectTeamAndApis_buildScopedPath() {
        ApiCall call = client.api().project("Fabrikam Fiber").team("Web Team").apis("wit", "wiql");

        assertThat(call.uri()).hasToString("https://dev.azure.com/fabrikam/Fabrikam%20Fiber/Web%20Team/_apis/wit/wiql");
    }

    @Test
    void path_escapesEachSegment() {
        ApiCall call = client.api().path("a?b", "c#d", "e/f", "g%h", "\u00fcber \u2603", "\uD83D\uDE00");

        assertThat(call.uri().getRawPath())
                .isEqualTo("/fabrikam/a%3Fb/c%23d/e%2Ff/g%25h/%C3%BCber%20%E2%98%83/%F0%9F%98%80");
        assertThat(call.uri().getPath()).isEqualTo("/fabrikam/a?b/c#d/e/f/g%h/\u00fcber \u2603/\uD83D\uDE00");
    }

    @Test
    void path_keepsDollarLiteral() {
        assertThat(client.api().project("p").apis("wit", "workitems", "$Task").uri().getRawPath())
                .isEqualTo("/fabrikam/p/_apis/wit/workitems/$Task");
    }

    @Test
    void pathOf_splitsOnSlashAndEscapesPieces() {
        ApiCall call = client.api().apis("wit", "classificationnodes", "Areas").pathOf("/Team A/Sub#1/");

        assertThat(call.uri().getRawPath()).endsWith("/Areas/Team%20A/Sub%231");
    }

    @Test
    void query_keepsInsertionOrderAndJoinsCollections() {
        ApiCall call = client.api().query("ids", List.of(1, 2, 3)).query("$expand", "all").query("a b", "x&y=z+");

        assertThat(call.uri().getRawQuery()).isEqualTo("ids=1,2,3&$expand=all&a%20b=x%26y%3Dz%2B");
    }

    @Test
    void query_nullRemovesParameter() {
        assertThat(client.api().query("a", "1").query("b", "2").query("a", null).uri().getRawQuery()).isEqualTo("b=2");
    }

    @Test
    void requestQuery_overridesScopedValueInPlace() {
        ApiCall scoped = client.api().query("$top", 10).query("filter", "heads/");

        URI uri = scoped.get("7.1").query("$top", 5).query("extra", "y").uri();

        assertThat(uri.getRawQuery()).isEqualTo("$top=5&filter=heads/&extra=y");
    }

    @Test
    void requestQuery_nullRemovesScopedParameter() {
        assertThat(client.api().query("a", "1").get("7.1").query("a", null).uri().getRawQuery()).isNull();
    }

    @Test
    void requestQuery_doesNotChangeTheCall() {
        ApiCall scoped = client.api().query("a", "1");

        scoped.get("7.1").query("a", "2");

        assertThat(scoped.uri().getRawQuery()).isEqualTo("a=1");
    }

    @Test
    void queryMap_isCopiedNotMutated() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("b", "2");
        parameters.put("a", new ArrayList<>(List.of("x", "y")));
        var before = new LinkedHashMap<>(parameters);

        ApiCall call = client.api().query(parameters);
        call.get("7.1").query(Map.of("b", "3"));

        assertThat(parameters).isEqualTo(before);
        assertThat(call.uri().getRawQuery()).isEqualTo("b=2&a=x,y");
    }

    @Test
    void httpNonLoopback_isRejectedNamingTheField() {
        assertThatThrownBy(() -> AdoClient.builder().organization(URI.create("http://dev.azure.com/x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("organization")
                .hasMessageContaining("https");
        assertThatThrownBy(() -> client.host(URI.create("http://example.com/a")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("url ");
    }

    @Test
    void httpLoopback_isAccepted() {
        assertThat(client.host(URI.create("http://127.0.0.2:8080/x")).uri()).hasToString("http://127.0.0.2:8080/x");
        assertThat(client.host(URI.create("http://[::1]:8080")).uri().getHost()).isEqualTo("[::1]");
        assertThat(client.host(URI.create("http://localhost:1")).uri().getPort()).isEqualTo(1);
    }

    @Test
    void urlOver2048Characters_isRejectedNamingTheField() {
        assertThatThrownBy(() -> client.api().path("x".repeat(1500), "x".repeat(1500)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("url is ")
                .hasMessageContaining("2048");
        assertThatThrownBy(() -> client.api().project("x".repeat(3000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("project is 3000 characters long; a URL holds at most 2048");
    }

    @Test
    void urlLength_exactly2048Accepted_2049Rejected() {
        int base = client.api().uri().toString().length() + 1;   // "/" before the segment

        assertThat(client.api().path("y".repeat(2048 - base)).uri().toString()).hasSize(2048);
        assertThatThrownBy(() -> client.api().path("y".repeat(2049 - base)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("url is 2049 characters long, more than 2048");
    }

    @Test
    void blankNames_areRejectedNamingTheField() {
        assertThatThrownBy(() -> client.api().project(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("project must not be blank");
        assertThatThrownBy(() -> client.api().team("")).hasMessage("team must not be blank");
        assertThatThrownBy(() -> client.api().path("a", " ")).hasMessage("segment must not be blank");
        assertThatThrownBy(() -> client.api().query(" ", "x")).hasMessage("name must not be blank");
        assertThatThrownBy(() -> client.api().get(" ")).hasMessage("apiVersion must not be blank");
        assertThatThrownBy(() -> client.api().project(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("project");
    }

    @Test
    void header_refusesClientManagedHeaders() {
        assertThatThrownBy(() -> client.api().get("7.1").header("Authorization", "Basic x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization");
    }

    @Test
    void derivedHosts_forCloudOrganisation() {
        assertThat(client.vssps().uri()).hasToString("https://vssps.dev.azure.com/fabrikam");
        assertThat(client.search().uri()).hasToString("https://almsearch.dev.azure.com/fabrikam");
        assertThat(client.releases().uri()).hasToString("https://vsrm.dev.azure.com/fabrikam");
        assertThat(client.profile().uri()).hasToString("https://app.vssps.visualstudio.com");
    }

    @Test
    void toString_showsUrl() {
        assertThat(client.api().project("p").toString()).isEqualTo("ApiCall[https://dev.azure.com/fabrikam/p]");
    }

    @Test
    void idShortcuts_appendApisPaths() {
        ApiCall project = client.api().project("p");

        assertThat(project.repository("my repo").path("refs").uri().getRawPath())
                .isEqualTo("/fabrikam/p/_apis/git/repositories/my%20repo/refs");
        assertThat(project.workItem(42).uri().getRawPath()).isEqualTo("/fabrikam/p/_apis/wit/workitems/42");
        assertThat(project.build(7).uri().getRawPath()).isEqualTo("/fabrikam/p/_apis/build/builds/7");
        assertThatThrownBy(() -> project.repository(" ")).hasMessage("repository must not be blank");
    }

    @Test
    void host_keepsQueryOfBaseVerbatimAheadOfParameters() {
        ApiCall call = client.host(URI.create("https://blob.example/c/file.zip?sv=1&sig=a%2Bb%3D"))
                .query("format", "zip");

        assertThat(call.uri()).hasToString("https://blob.example/c/file.zip?sv=1&sig=a%2Bb%3D&format=zip");
        assertThat(call.toString()).doesNotContain("a%2Bb");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "..", " .. ", "%2e", "%2E%2e", ".%2E", "%252e%252e", "%25252E.", "a\\..",
        "..\\b", "%5c..", "a%5C.%2e"})
    void dotSegments_areRefusedNamingTheParameter(String dots) {
        assertThatThrownBy(() -> client.api().project(dots)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("project must not be '.' or '..'");
        assertThatThrownBy(() -> client.api().project("p").team(dots)).hasMessageStartingWith("team must not");
        assertThatThrownBy(() -> client.api().apis("git", dots)).hasMessageStartingWith("segment must not");
        assertThatThrownBy(() -> client.api().path(dots)).hasMessageStartingWith("segment must not");
        assertThatThrownBy(() -> client.api().repository(dots)).hasMessageStartingWith("repository must not");
        assertThatThrownBy(() -> client.api().pathOf("Team/" + dots + "/Iterations"))
                .hasMessageStartingWith("path must not");
        assertThatThrownBy(() -> client.api().pathOf("Team/" + dots, "parentPath"))
                .hasMessageStartingWith("parentPath must not");
    }

    @ParameterizedTest
    @ValueSource(strings = {"...", "a..b", "..a", "v1.2", "%2e%2e%2e", "%2"})
    void dotsInsideNames_areOrdinaryText(String name) {
        assertThat(client.api().project(name).uri().getRawPath()).startsWith("/fabrikam/");
    }

    @Test
    void classificationNodePathWithTraversal_isRefused() {
        assertThatThrownBy(() -> client.api().project("p").apis("wit", "classificationnodes", "Areas")
                .pathOf("Team/../../Iterations/Sprint 1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("path must not be '.' or '..'");
    }

    @Test
    void header_nameAndValueChecked_valueNeverEchoed() {
        ApiRequest get = client.api().get("7.1");

        assertThatThrownBy(() -> get.header("X-Api-Key", "k3yVALUE\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("value of header X-Api-Key cannot be sent in a header")
                .hasMessageNotContaining("k3yVALUE");
        assertThatThrownBy(() -> get.header("X Api", "v")).hasMessageStartingWith("header name must be an HTTP token");
        assertThatThrownBy(() -> get.header("X-A\r\nB", "v")).hasMessageStartingWith("header name must be");
        assertThatThrownBy(() -> get.header("Host", "evil")).hasMessageContaining("set by the client");
        assertThatThrownBy(() -> get.header("X-A", null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("X-A");
    }

    @Test
    void methodAcceptAndApiVersion_areChecked() {
        assertThatThrownBy(() -> client.api().method("GET /evil HTTP/1.1\r\n", "7.1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("method must be an HTTP token");
        assertThatThrownBy(() -> client.api().get("7.1\r\nX: y")).hasMessageStartingWith("apiVersion must be");
        assertThatThrownBy(() -> client.api().get("7.1").accept("text/plain\nX: y"))
                .hasMessageStartingWith("mediaType cannot be sent in a header");
        assertThatThrownBy(() -> client.api().get("7.1").accept("zip")).hasMessageStartingWith("mediaType must be");
        assertThatThrownBy(() -> Body.text("x", "text/plain\r\n")).hasMessageStartingWith("mediaType cannot be");
        assertThat(client.api().method("options", "7.1-preview.1").toString()).startsWith("ApiRequest[OPTIONS");
    }

    @Test
    void userAgent_withLineBreak_isRefused() {
        assertThatThrownBy(() -> AdoClient.builder().userAgent("me\r\nX-Evil: 1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("userAgent cannot be sent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"fab\r\nrikam", "my org", "a/b", "-fab", "fab-", "fab_rikam", "fa.b", "caf\u00e9",
        "x12345678901234567890123456789012345678901234567890"})
    void organization_badNames_refusedStatingTheRule(String name) {
        assertThatThrownBy(() -> AdoClient.builder().organization(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization must be an organisation name or URL")
                .hasMessageContaining("1 to 50 letters, digits and hyphens")
                .hasMessageContaining("http only for a loopback host");
    }

    @Test
    void organization_namesAndUrls_accepted() {
        assertThat(AdoClient.builder().organization("Fabrikam-01").environment(n -> null).build().organization())
                .hasToString("https://dev.azure.com/Fabrikam-01");
        assertThat(AdoClient.builder().organization("https://ado.example/tfs/DefaultCollection")
                .environment(n -> null).build().organization())
                .hasToString("https://ado.example/tfs/DefaultCollection");
        assertThatThrownBy(() -> AdoClient.builder().organization("http://ado.example/tfs"))
                .hasMessageContaining("https");
        assertThatThrownBy(() -> AdoClient.builder().organization("https://me:pa55word@ado.example/x y"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pa55word");
    }
}
