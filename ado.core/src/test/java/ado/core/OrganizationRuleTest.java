package ado.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The documented rule of {@link AdoClient.Builder#organization(String)} and {@link AdoClient.Builder#organization(URI)}
 * as a table: what is accepted (and the organisation URL it stands for) and what is refused (naming the value and
 * the rule, never a password).
 */
class OrganizationRuleTest {

    private static URI organization(String value) {
        return AdoClient.builder().organization(value).environment(n -> null).build().organization();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fabrikam                                           | https://dev.azure.com/fabrikam
            '  Fabrikam-01 '                                   | https://dev.azure.com/Fabrikam-01
            a                                                  | https://dev.azure.com/a
            0                                                  | https://dev.azure.com/0
            a-b-c                                              | https://dev.azure.com/a-b-c
            x1234567890123456789012345678901234567890123456789 | https://dev.azure.com/x1234567890123456789012345678901234567890123456789
            https://dev.azure.com/fabrikam                     | https://dev.azure.com/fabrikam
            https://dev.azure.com/fabrikam/                    | https://dev.azure.com/fabrikam
            HTTPS://dev.azure.com/fabrikam                     | https://dev.azure.com/fabrikam
            https://fabrikam.visualstudio.com                  | https://fabrikam.visualstudio.com
            https://fabrikam.visualstudio.com/DefaultCollection | https://fabrikam.visualstudio.com/DefaultCollection
            https://ado.example/tfs/DefaultCollection          | https://ado.example/tfs/DefaultCollection
            https://ado.example:8443/tfs/Main/                 | https://ado.example:8443/tfs/Main
            https://ado.example                                | https://ado.example
            http://localhost:8080/DefaultCollection            | http://localhost:8080/DefaultCollection
            http://127.0.0.1:1234                              | http://127.0.0.1:1234
            http://[::1]:1234/org                              | http://[::1]:1234/org
            """)
    void organization_accepted_givesTheOrganisationUrl(String value, String url) {
        assertThat(organization(value)).hasToString(url);
        assertThat(AdoClient.builder().organization(URI.create(url)).environment(n -> null).build().organization())
                .hasToString(url);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"my org", "fab_rikam", "fa.b", "-fab", "fab-", "caf\u00e9", "a/b", "fab\r\nrikam",
        "x12345678901234567890123456789012345678901234567890"})
    void organization_badName_refusedNamingValueAndRule(String name) {
        assertThatThrownBy(() -> AdoClient.builder().organization(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization must be an organisation name or URL")
                .hasMessageContaining("1 to 50 letters, digits and hyphens")
                .hasMessageContaining("starts and ends with a letter or digit");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            http://ado.example/tfs                       | must use https (http only for loopback hosts)
            http://dev.azure.com/fabrikam                | must use https (http only for loopback hosts)
            ftp://ado.example/tfs                        | must use https (http only for loopback hosts)
            https://dev.azure.com                        | must name the organisation
            https://dev.azure.com/                       | must name the organisation
            https://dev.azure.com/fabrikam/Project       | must name the organisation, and nothing below it
            https://dev.azure.com/my%20org               | must name the organisation
            https://dev.azure.com/fab_rikam              | must name the organisation
            https://a123456789012345678901234567890123456789012345678901.visualstudio.com | must be https://{organisation}.visualstudio.com
            https://fab_rikam.visualstudio.com           | must be an absolute URL with a host
            https://ado.example/tfs?api-version=7.1      | must not have a query or fragment
            https://ado.example/tfs#top                  | must not have a query or fragment
            https://dev.azure.com/fabrikam?x=1           | must not have a query or fragment
            """)
    void organization_badUrl_refusedNamingValueAndRule(String url, String problem) {
        for (Runnable call : new Runnable[] {() -> AdoClient.builder().organization(url),
            () -> AdoClient.builder().organization(URI.create(url))}) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("organization " + problem)
                    .hasMessageContaining(url.replaceAll("[?#].*", ""))
                    .hasMessageContaining("https");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://proxy.example/vssps?x=1", "https://proxy.example/vssps#top",
        "http://proxy.example/vssps", "https://me:pw@proxy.example/vssps"})
    void serviceUrl_breakingTheUrlRules_refusedNamingIt(String url) {
        assertThatThrownBy(() -> AdoClient.builder().serviceUrl(AdoClient.Service.VSSPS, URI.create(url)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("serviceUrl ")
                .hasMessageContaining("proxy.example/vssps").hasMessageNotContaining("pw@");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://me:pa55word@ado.example/tfs", "https://me:pa55word@dev.azure.com/fabrikam",
        "https://ado.example/tfs?token=pa55word", "https://ado.example/tfs#pa55word",
        "https://me:pa55word@ado.example/x y"})
    void organization_urlWithSecret_refusedWithoutEchoingIt(String url) {
        assertThatThrownBy(() -> AdoClient.builder().organization(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization ")
                .hasMessageNotContaining("pa55word");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://ado.example/a b", "https://ado.example/a\tb", "https://ado.exa mple/tfs"})
    void organization_unparsableUrl_refusedStatingTheUrlRule(String url) {
        assertThatThrownBy(() -> AdoClient.builder().organization(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("organization is not a valid URL")
                .hasMessageContaining("no user info, query or fragment");
    }
}
