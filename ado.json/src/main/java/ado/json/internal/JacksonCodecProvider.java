package ado.json.internal;

import ado.core.json.JsonCodec;
import ado.core.spi.JsonCodecProvider;
import ado.json.JacksonCodec;

/** Offers {@link JacksonCodec} to clients that set no codec; found by {@link java.util.ServiceLoader}. */
public final class JacksonCodecProvider implements JsonCodecProvider {

    /** Creates the provider; {@link java.util.ServiceLoader} needs this public no-argument constructor. */
    public JacksonCodecProvider() {
    }

    @Override
    public JsonCodec create() {
        return JacksonCodec.create();
    }
}
