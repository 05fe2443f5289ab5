/**
 * An optional {@link ado.core.json.JsonCodec} on Jackson Databind, found by {@link java.util.ServiceLoader}. Put this
 * module next to {@code ado.core} and clients that set no codec use {@link ado.json.JacksonCodec}; nothing needs to
 * be opened to it: it binds the public constructors and accessors of records in exported packages.
 */
module ado.json {
    requires ado.core;                        // the JsonCodec SPI it implements
    requires com.fasterxml.jackson.databind;  // the mapper behind the codec

    exports ado.json;

    provides ado.core.spi.JsonCodecProvider with ado.json.internal.JacksonCodecProvider;
}
