package ado.core.internal.config;

import ado.core.error.AdoConfigurationException;
import ado.core.json.JsonCodec;
import ado.core.spi.AccessTokenProvider;
import ado.core.spi.JsonCodecProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds service providers with {@link ServiceLoader}: in the class loader of ado.core (named modules and the class
 * path) and in ado.core's module layer, each provider class once.
 */
public final class ProviderLookup {

    private ProviderLookup() {
    }

    /**
     * {@return the codec of the highest-priority {@link JsonCodecProvider}, else the built-in codec}
     *
     * @throws AdoConfigurationException if two providers share the highest priority, or one fails to load
     */
    public static JsonCodec codec() {
        List<JsonCodecProvider> providers = find(JsonCodecProvider.class);
        return choose(providers).map(JsonCodecProvider::create).orElseGet(JsonCodec::builtin);
    }

    /** {@return the winner among {@code providers}: highest priority, a tie being an error} */
    static Optional<JsonCodecProvider> choose(List<JsonCodecProvider> providers) {
        if (providers.isEmpty()) {
            return Optional.empty();
        }
        var sorted = new ArrayList<>(providers);
        sorted.sort(Comparator.comparingInt(JsonCodecProvider::priority).reversed());
        if (sorted.size() > 1 && sorted.get(0).priority() == sorted.get(1).priority()) {
            throw new AdoConfigurationException("Two JSON codec providers share priority " + sorted.get(0).priority()
                    + ": " + sorted.get(0).getClass().getName() + " and " + sorted.get(1).getClass().getName()
                    + "; remove one or set a codec on AdoClient.Builder.jsonCodec");
        }
        return Optional.of(sorted.get(0));
    }

    /** {@return the first {@link AccessTokenProvider} found, if any} */
    public static Optional<AccessTokenProvider> tokenProvider() {
        return find(AccessTokenProvider.class).stream().findFirst();
    }

    private static <S> List<S> find(Class<S> service) {
        Map<Class<?>, S> found = new LinkedHashMap<>();
        try {
            ClassLoader loader = ProviderLookup.class.getClassLoader();
            ServiceLoader.load(service, loader).forEach(p -> found.putIfAbsent(p.getClass(), p));
            ModuleLayer layer = ProviderLookup.class.getModule().getLayer();
            if (layer != null) {
                ServiceLoader.load(layer, service).forEach(p -> found.putIfAbsent(p.getClass(), p));
            }
        } catch (ServiceConfigurationError e) {
            throw new AdoConfigurationException("Cannot load a " + service.getSimpleName() + ": " + e.getMessage(), e);
        }
        return List.copyOf(found.values());
    }
}
