package ado.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import ado.core.json.JsonCodec;
import ado.core.json.JsonEnumNumber;
import ado.core.json.JsonName;
import ado.core.json.JsonType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading is liberal where the service is (issue 14): enums bind from the service's integers (as Microsoft's
 * generated clients send them) and booleans from {@code "true"}/{@code "false"} strings; both codecs agree on every
 * row of each table.
 */
class LiberalReadingContractTest {

    /** A flags enum, numbered like ADO's BuildStatus (not by declaration order). */
    public enum Status {
        @JsonEnumNumber(0) NONE,
        @JsonEnumNumber(1) IN_PROGRESS,
        @JsonEnumNumber(2) COMPLETED,
        @JsonEnumNumber(4) CANCELLING,
        @JsonEnumNumber(32) @JsonName("notStarted") NOT_STARTED,
        UNKNOWN
    }

    /** An enum without numbers: every integer is unknown. */
    public enum Plain { FIRST, SECOND, UNKNOWN }

    /** An enum without numbers and without UNKNOWN: every integer is {@code null}. */
    public enum Closed { ONLY }

    /** A record with every liberal slot. */
    public record Job(Status status, Plain plain, Closed closed, List<Status> history, Boolean flag, boolean done) {
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("0", Status.NONE),
                Arguments.of("1", Status.IN_PROGRESS),
                Arguments.of("2", Status.COMPLETED),
                Arguments.of("32", Status.NOT_STARTED),
                Arguments.of("2.0", Status.COMPLETED),
                Arguments.of("\"completed\"", Status.COMPLETED),
                Arguments.of("8", Status.UNKNOWN), // no constant declares 8: a later value
                Arguments.of("3", Status.UNKNOWN), // IN_PROGRESS | COMPLETED: a combination is no one constant
                Arguments.of("47", Status.UNKNOWN), // BuildStatus.All as flags
                Arguments.of("-1", Status.UNKNOWN),
                Arguments.of("1.5", Status.UNKNOWN),
                Arguments.of("4294967298", Status.UNKNOWN), // 2^32 + 2 must not wrap to 2
                Arguments.of("12345678901234567890123", Status.UNKNOWN),
                Arguments.of("1e999999999", Status.UNKNOWN),
                Arguments.of("null", null));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("enums")
    void enum_fromIntegerOrName_bothCodecsAgree(String json, Status expected) {
        for (JsonCodec codec : codecs()) {
            Job job = read(codec, "{\"status\":" + json + "}");

            assertThat(job.status()).as(codec.name() + " " + json).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void enum_withoutNumbers_readsEveryIntegerAsUnknownOrNull(JsonCodec codec) {
        Job job = read(codec, "{\"plain\":0,\"closed\":0}");

        assertThat(job.plain()).isEqualTo(Plain.UNKNOWN);
        assertThat(job.closed()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void enum_inAList_mixesIntegersAndNames(JsonCodec codec) {
        Job job = read(codec, "{\"history\":[32,\"inProgress\",1,99,\"NOTSTARTED\"]}");

        assertThat(job.history()).containsExactly(Status.NOT_STARTED, Status.IN_PROGRESS, Status.IN_PROGRESS,
                Status.UNKNOWN, Status.NOT_STARTED);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void enum_readFromInteger_writesItsName(JsonCodec codec) {
        Job job = read(codec, "{\"status\":32,\"done\":true}");

        assertThat(codec.writeString(job)).startsWith("{\"status\":\"notStarted\",").endsWith(",\"done\":true}");
    }

    static Stream<Arguments> booleans() {
        return Stream.of(
                Arguments.of("true", true),
                Arguments.of("false", false),
                Arguments.of("\"true\"", true),
                Arguments.of("\"TRUE\"", true),
                Arguments.of("\"True\"", true),
                Arguments.of("\"false\"", false),
                Arguments.of("\"FALSE\"", false));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("booleans")
    void boolean_fromLiteralOrString_bothCodecsAgree(String json, boolean expected) {
        for (JsonCodec codec : codecs()) {
            Job job = read(codec, "{\"flag\":" + json + ",\"done\":" + json + "}");

            assertThat(job.flag()).as(codec.name() + " Boolean " + json).isEqualTo(expected);
            assertThat(job.done()).as(codec.name() + " boolean " + json).isEqualTo(expected);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ado.json.Codecs#both")
    void boolean_readFromString_writesALiteral(JsonCodec codec) {
        Job job = read(codec, "{\"flag\":\"TRUE\",\"done\":\"false\"}");

        assertThat(codec.writeString(job)).contains("\"flag\":true", "\"done\":false");
    }

    static Stream<Arguments> badBooleans() {
        return Stream.of(
                Arguments.of("flag", "\"yes\"", "\"yes\""),
                Arguments.of("done", "\"yes\"", "\"yes\""),
                Arguments.of("flag", "\"\"", "\"\""),
                Arguments.of("done", "\" true\"", "\" true\""),
                Arguments.of("flag", "1", "NUMBER"),
                Arguments.of("done", "{}", "OBJECT"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badBooleans")
    void boolean_otherValues_failNamingPathAndValue_inBothCodecs(String member, String json, String shown) {
        for (JsonCodec codec : codecs()) {
            assertThatThrownBy(() -> read(codec, "{\"" + member + "\":" + json + "}")).as(codec.name() + " " + json)
                    .isInstanceOf(AdoJsonException.class)
                    .hasMessageContaining("Expected a boolean but was " + shown)
                    .satisfies(e -> assertThat(((AdoJsonException) e).path()).isEqualTo("$." + member));
        }
    }

    private static List<JsonCodec> codecs() {
        return Arrays.asList(Codecs.BUILTIN, Codecs.JACKSON);
    }

    private static Job read(JsonCodec codec, String json) {
        return codec.read(json.getBytes(StandardCharsets.UTF_8), JsonType.of(Job.class));
    }
}
