package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient.Service;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Each service the cloud runs on a host of its own is served on its own listener, and only there. */
class ServiceListenersTest {

    private static final Map<Service, String[]> PROBE = Map.of(
            Service.VSSPS, new String[] {"GET", "/_apis/graph/users"},
            Service.VSAEX, new String[] {"GET", "/_apis/userentitlements"},
            Service.ALMSEARCH, new String[] {"POST", "/_apis/search/codesearchresults"});

    private static AdoEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = AdoEmulator.start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static int status(URI base, Service service, boolean authenticated) {
        String[] probe = PROBE.get(service);
        var b = HttpRequest.newBuilder(URI.create(base + probe[1])).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json;api-version=7.1")
                .header("Content-Type", "application/json")
                .method(probe[0], probe[0].equals("POST")
                        ? HttpRequest.BodyPublishers.ofString("{\"searchText\":\"class\",\"$top\":10}")
                        : HttpRequest.BodyPublishers.noBody());
        if (authenticated) {
            b.header("Authorization", new Raw(emulator).basic());
        }
        return Raw.send(b.build()).statusCode();
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"VSSPS", "VSAEX", "ALMSEARCH"})
    void service_onItsOwnListener_answers(Service service) {
        assertThat(emulator.serviceUrl(service)).isNotEqualTo(emulator.url());
        assertThat(status(emulator.serviceUrl(service), service, true)).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"VSSPS", "VSAEX", "ALMSEARCH"})
    void service_onTheOrganisationListener_isNotFound(Service service) {
        assertThat(status(emulator.url(), service, true)).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"VSSPS", "VSAEX", "ALMSEARCH"})
    void service_onAnotherServicesListener_isNotFound(Service service) {
        Service other = service == Service.VSSPS ? Service.ALMSEARCH : Service.VSSPS;

        assertThat(status(emulator.serviceUrl(other), service, true)).isEqualTo(404);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"VSSPS", "VSAEX", "ALMSEARCH"})
    void service_withoutCredentials_isUnauthorized(Service service) {
        assertThat(status(emulator.serviceUrl(service), service, false)).isEqualTo(401);
    }

    @ParameterizedTest
    @EnumSource(value = Service.class, names = {"VSSPS", "VSAEX", "ALMSEARCH"})
    void clientBuilder_presetsEachServiceUrl(Service service) {
        assertThat(emulator.client().serviceUrl(service)).isEqualTo(emulator.serviceUrl(service));
    }
}
