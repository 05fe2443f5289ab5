package ado.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.spi.AccessTokenProvider;
import ado.identity.internal.DiscoveredAzureIdentity;
import java.net.URI;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** Runs in its own surefire execution with everything on the class path, where META-INF/services counts. */
class ClassPathDiscoveryTest {

    @Test
    void serviceLoader_onClassPath_findsDiscoveredAzureIdentity() {
        List<AccessTokenProvider> found = ServiceLoader.load(AccessTokenProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();

        assertThat(DiscoveredAzureIdentity.class.getModule().isNamed()).isFalse();
        assertThat(found).hasExactlyElementsOfTypes(DiscoveredAzureIdentity.class);
    }

    @Test
    void adoClient_onClassPath_usesDiscoveredProvider() {
        AdoClient client = AdoClient.builder().organization(URI.create("https://dev.azure.com/fabrikam"))
                .environment(name -> null).build();

        assertThat(client.credentials()).hasToString("Credentials[tokenProvider azure-identity "
                + "(DefaultAzureCredential)]");
    }
}
