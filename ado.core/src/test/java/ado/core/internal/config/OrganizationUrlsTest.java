package ado.core.internal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OrganizationUrlsTest {

    @Test
    void parse_name_isCloudUrl() {
        assertThat(OrganizationUrls.parse(" fabrikam ", "org")).hasToString("https://dev.azure.com/fabrikam");
    }

    @Test
    void parse_url_dropsTrailingSlash() {
        assertThat(OrganizationUrls.parse("https://dev.azure.com/fabrikam/", "org"))
                .hasToString("https://dev.azure.com/fabrikam");
    }

    @Test
    void parse_cloudUrlWithoutOrganisation_isRejected() {
        assertThatThrownBy(() -> OrganizationUrls.parse("https://dev.azure.com/", "org"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("org must name the organisation");
    }

    @Test
    void parse_blankOrSlashName_isRejectedNamingTheField() {
        assertThatThrownBy(() -> OrganizationUrls.parse(" ", "AZURE_DEVOPS_ORG"))
                .hasMessage("AZURE_DEVOPS_ORG must not be blank");
        assertThatThrownBy(() -> OrganizationUrls.parse("a/b", "org")).hasMessageStartingWith("org must be");
    }

    @Test
    void parse_userInfo_isRejected() {
        assertThatThrownBy(() -> OrganizationUrls.parse("https://me:pw@dev.azure.com/x", "org"))
                .hasMessageContaining("user info");
    }

    @Test
    void name_ofCloudLegacyAndServer() {
        assertThat(OrganizationUrls.name(URI.create("https://dev.azure.com/fabrikam"))).isEqualTo("fabrikam");
        assertThat(OrganizationUrls.name(URI.create("https://fabrikam.visualstudio.com"))).isEqualTo("fabrikam");
        assertThat(OrganizationUrls.name(URI.create("https://tfs.example.com/tfs/DefaultCollection")))
                .isEqualTo("tfs");
    }

    @Test
    void derived_forLegacyAndServer() {
        assertThat(OrganizationUrls.derived(URI.create("https://fab.visualstudio.com"), "almsearch"))
                .hasToString("https://fab.almsearch.visualstudio.com");
        URI server = URI.create("http://127.0.0.1:8080/org");
        assertThat(OrganizationUrls.derived(server, "vssps")).isSameAs(server);
        assertThat(OrganizationUrls.profile(server)).isSameAs(server);
    }
}
