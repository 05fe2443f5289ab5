package ado.emulator.internal.http;

import ado.core.AdoClient;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * The emulator's listeners: the organisation's on the chosen port and one per service host (vssps, vsaex,
 * almsearch) on a free port, all on 127.0.0.1 with one thread pool, each with its own router. Links in answers use
 * the public URLs when set ({@link PublicUrls}), else the scheme of the listener and the host the client named;
 * {@code _apis/resourceAreas} points each area at its listener the same way.
 */
public final class Listeners implements AutoCloseable {

    /**
     * What the listeners serve and how: routers, settings, faults, recorder, port, threads, TLS, public URLs, and
     * the conformance to the REST specification each listener's answers are held to.
     */
    public record Config(Settings settings, Router orgRouter, Router rootRouter,
                         Map<AdoClient.Service, Router> serviceRouters, FaultSource faults, Recorder recorder,
                         int port, int threads, SSLContext tls, PublicUrls publicUrls,
                         ConformanceRegistry conformance) {
        /** Copies the service routers. */
        public Config {
            Objects.requireNonNull(conformance, "conformance == null");
            var copy = new EnumMap<AdoClient.Service, Router>(AdoClient.Service.class);
            copy.putAll(serviceRouters);
            serviceRouters = Collections.unmodifiableMap(copy);
            Objects.requireNonNull(publicUrls, "publicUrls == null");
        }
    }

    private final ExecutorService executor;
    private final List<HttpServer> servers = new ArrayList<>();
    private final Map<AdoClient.Service, URI> serviceUrls = new EnumMap<>(AdoClient.Service.class);
    private final Map<URI, Router> routers = new LinkedHashMap<>();
    private final URI url;

    /** Opens (without starting) every listener, adding resource-location discovery to each router. */
    public Listeners(Config c) {
        var areas = new ResourceAreas();   // resource-location discovery: each listener announces what it routes
        Locations.load().serve(areas, c.orgRouter(), c.serviceRouters().values());
        var n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(c.threads(), r -> {
            Thread t = new Thread(r, "ado-emulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        String scheme = c.tls() != null ? "https" : "http";
        String orgPath = "/" + c.settings().organization();
        try {
            var dispatcher = new Dispatcher(c.settings(), c.orgRouter(), c.rootRouter(), c.faults(), c.recorder());
            dispatcher.conformance(c.conformance().listener("main", c.orgRouter().routes(),
                    c.rootRouter().routes()));
            HttpServer org = open(c, c.port(), dispatcher);
            url = URI.create(scheme + "://127.0.0.1:" + org.getAddress().getPort() + orgPath);
            URI orgPublic = c.publicUrls().organization().orElse(null);
            dispatcher.base(orgPublic != null ? orgPublic : url, orgPublic != null);
            areas.listener(ResourceAreas.ORG, url, orgPublic);
            routers.put(url, c.orgRouter());
            for (var e : c.serviceRouters().entrySet()) {
                var d = new Dispatcher(c.settings(), e.getValue(), new Router(), c.faults(), c.recorder());
                d.conformance(c.conformance().listener(e.getKey().name().toLowerCase(Locale.ROOT),
                        e.getValue().routes(), List.of()));
                HttpServer s = open(c, 0, d);
                URI serviceUrl = URI.create(scheme + "://127.0.0.1:" + s.getAddress().getPort() + orgPath);
                URI servicePublic = c.publicUrls().service(e.getKey()).orElse(null);
                d.base(servicePublic != null ? servicePublic : serviceUrl, servicePublic != null);
                serviceUrls.put(e.getKey(), serviceUrl);
                routers.put(serviceUrl, e.getValue());
                areas.listener(e.getKey().label().toLowerCase(Locale.ROOT), serviceUrl, servicePublic);
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private HttpServer open(Config c, int port, Dispatcher dispatcher) {
        HttpServer s = Listener.open(port, dispatcher, executor, c.tls());
        servers.add(s);
        return s;
    }

    /** Starts serving on every listener. */
    public void start() {
        servers.forEach(HttpServer::start);
    }

    /** {@return the organisation URL on its listener, {@code http(s)://127.0.0.1:{port}/{org}}} */
    public URI url() {
        return url;
    }

    /** {@return the organisation URL on each service's listener} */
    public Map<AdoClient.Service, URI> serviceUrls() {
        return Collections.unmodifiableMap(serviceUrls);
    }

    /** {@return each listener's organisation URL and its router (discovery included), the organisation's first} */
    public Map<URI, Router> routers() {
        return Collections.unmodifiableMap(routers);
    }

    /** Stops every listener and the thread pool; idempotent. */
    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        executor.shutdownNow();
    }
}
