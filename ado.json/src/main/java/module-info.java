/** An optional {@link ado.core.json.JsonCodec} on Jackson Databind, found by {@link java.util.ServiceLoader}. */
module ado.json {
    requires ado.core;                        // the JsonCodec SPI it implements
    requires com.fasterxml.jackson.databind;  // the mapper behind the codec

}
