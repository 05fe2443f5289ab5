package ado.core.spi;

import ado.core.json.JsonCodec;

/**
 * Supplies a {@link JsonCodec} to clients that do not set one on their builder. Found with
 * {@link java.util.ServiceLoader}: declare {@code provides ado.core.spi.JsonCodecProvider with ...} in a module, or
 * a {@code META-INF/services} entry on the class path. Implementations need a public no-argument constructor.
 *
 * <p>The provider with the highest {@link #priority()} wins over the built-in codec; two providers with the same
 * highest priority are a configuration error that names both.
 *
 * <p>Each client built without a codec loads the providers anew, so a provider instance serves one client; the codec
 * it creates must be thread-safe, as every {@link JsonCodec} is.
 */
public interface JsonCodecProvider {

    /** {@return a codec; called once per client} */
    JsonCodec create();

    /** {@return this provider's rank; higher wins. The default is 100} */
    default int priority() {
        return 100;
    }
}
