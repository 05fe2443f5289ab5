package ado.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonType;
import ado.json.Fixtures.Open;
import ado.json.Fixtures.OpenTree;
import ado.json.JacksonCodec;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

/** Which records {@link UnmappedReader} reads in one pass, and its fallback for mappers it cannot read so. */
class UnmappedReaderTest {

    private static UnmappedReader reader(ObjectMapper mapper, Class<?> type) throws Exception {
        var ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(mapper.constructType(type));
        assertThat(deserializer).isInstanceOf(UnmappedReader.class);
        return (UnmappedReader) deserializer;
    }

    private static boolean onePass(ObjectMapper mapper, Class<?> type) throws Exception {
        var ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                .createDummyInstance(mapper.getDeserializationConfig());
        return reader(mapper, type).readsInOnePass(ctxt);
    }

    @Test
    void recordsKeepingUnknownMembers_withTheCodecsMapper_areReadInOnePass() throws Exception {
        ObjectMapper mapper = JacksonCodec.create().mapper();

        assertThat(onePass(mapper, Open.class)).isTrue();
        assertThat(onePass(mapper, OpenTree.class)).isTrue();
    }

    @Test
    void callersNamingStrategy_fallsBackToBuffering_andStillReads() throws Exception {
        ObjectMapper caller = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                .build();
        JacksonCodec codec = JacksonCodec.create(caller);

        assertThat(onePass(codec.mapper(), Open.class)).isFalse(); // Jackson's names ("Id") are not the wire names
        assertThat(codec.read("{\"x\":[1],\"name\":\"n\"}", JsonType.of(Open.class)).id()).isZero();
    }
}
