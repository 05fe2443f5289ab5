package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.error.AdoJsonException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Date-times as Azure DevOps writes them: 0 to 9 fractional digits, optional offset, MinValue as "not set". */
class DateTimeBindingTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    public record Times(Instant instant, OffsetDateTime offset) {
    }

    private static Times read(String instant) {
        return CODEC.read("{\"instant\":\"" + instant + "\",\"offset\":\"" + instant + "\"}", JsonType.of(Times.class));
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05-01T12:30:45Z, 2024-05-01T12:30:45Z",
            "2024-05-01T12:30:45.1Z, 2024-05-01T12:30:45.100Z",
            "2024-05-01T12:30:45.12Z, 2024-05-01T12:30:45.120Z",
            "2024-05-01T12:30:45.123Z, 2024-05-01T12:30:45.123Z",
            "2024-05-01T12:30:45.1234Z, 2024-05-01T12:30:45.123400Z",
            "2024-05-01T12:30:45.12345Z, 2024-05-01T12:30:45.123450Z",
            "2024-05-01T12:30:45.123456Z, 2024-05-01T12:30:45.123456Z",
            "2024-05-01T12:30:45.1234567Z, 2024-05-01T12:30:45.123456700Z",
            "2024-05-01T12:30:45.12345678Z, 2024-05-01T12:30:45.123456780Z",
            "2024-05-01T12:30:45.123456789Z, 2024-05-01T12:30:45.123456789Z",
            "2024-05-01T12:30:45, 2024-05-01T12:30:45Z",
            "2024-05-01T12:30:45.5, 2024-05-01T12:30:45.500Z",
            "2024-05-01t12:30:45z, 2024-05-01T12:30:45Z",
            "2024-05-01T12:30:45+02:00, 2024-05-01T10:30:45Z",
            "2024-05-01T12:30:45.25-05:30, 2024-05-01T18:00:45.250Z"})
    void read_isoDateTime_bindsToTheInstant(String text, String expected) {
        Times t = read(text);

        assertThat(t.instant()).isEqualTo(Instant.parse(expected));
        assertThat(t.offset().toInstant()).isEqualTo(Instant.parse(expected));
    }

    @Test
    void read_offset_isKeptByOffsetDateTime() {
        assertThat(read("2024-05-01T12:30:45+02:00").offset().getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(read("2024-05-01T12:30:45").offset().getOffset()).isEqualTo(ZoneOffset.UTC);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0001-01-01T00:00:00", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00.0000000Z",
            "0001-01-01T00:00:00+00:00"})
    void read_dotNetMinValue_isNull(String text) {
        assertThat(read(text)).isEqualTo(new Times(null, null));
    }

    @Test
    void read_justAfterMinValue_isADate() {
        assertThat(read("0001-01-01T00:00:00.0000001Z").instant()).isEqualTo(Instant.parse("0001-01-01T00:00:00Z")
                .plusNanos(100));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01", "2024-05-01T12:30", "2024-05-01 12:30:45Z", "2024-05-01T12:30:45.Z",
            "2024-05-01T12:30:45.1234567890Z", "2024-13-01T00:00:00Z", "2024-02-30T00:00:00Z",
            "2024-05-01T24:00:00Z", "2024-05-01T12:30:45+0200", "2024-05-01T12:30:45Zjunk", "24-05-01T12:30:45Z",
            "2024-05-01T12:30:45+19:00", "yesterday"})
    void read_malformedDateTime_failsNamingTheValue(String text) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOf(AdoJsonException.class)
                .hasMessageStartingWith("Expected an ISO-8601 date-time but was \"" + text + "\" (")
                .hasMessageEndingWith(") at line 1, column 12, path $.instant");
    }

    @Test
    void read_numberForDateTime_failsAsMismatch() {
        assertThatThrownBy(() -> CODEC.read("{\"instant\":0}", JsonType.of(Times.class)))
                .hasMessage("Expected a string but was NUMBER at line 1, column 12, path $.instant");
    }

    @ParameterizedTest
    @CsvSource({
            "2024-05-01T12:30:45Z, 2024-05-01T12:30:45Z",
            "2024-05-01T12:30:45.100Z, 2024-05-01T12:30:45.1Z",
            "2024-05-01T12:30:45.120Z, 2024-05-01T12:30:45.12Z",
            "2024-05-01T12:30:45.123456700Z, 2024-05-01T12:30:45.1234567Z",
            "2024-05-01T12:30:45.123456789Z, 2024-05-01T12:30:45.1234567Z",
            "2024-05-01T12:30:45.000000099Z, 2024-05-01T12:30:45Z",
            "0001-01-01T00:00:00.0000001Z, 0001-01-01T00:00:00.0000001Z",
            "9999-12-31T23:59:59.9999999Z, 9999-12-31T23:59:59.9999999Z"})
    void write_instant_isUtcWithAtMostSevenDigitsAndNoTrailingZeros(String instant, String expected) {
        assertThat(CODEC.writeString(new Times(Instant.parse(instant), null)))
                .isEqualTo("{\"instant\":\"" + expected + "\"}");
    }

    @Test
    void write_offsetDateTime_isConvertedToUtc() {
        var at = OffsetDateTime.of(2024, 5, 1, 0, 30, 0, 500_000_000, ZoneOffset.ofHours(2));

        assertThat(CODEC.writeString(new Times(null, at))).isEqualTo("{\"offset\":\"2024-04-30T22:30:00.5Z\"}");
    }

    @Test
    void write_yearBeyond9999_fails() {
        assertThatThrownBy(() -> CODEC.write(new Times(Instant.parse("+10000-01-01T00:00:00Z"), null)))
                .isInstanceOf(AdoJsonException.class)
                .hasMessage("Cannot write +10000-01-01T00:00:00Z: years outside 0000-9999 are not supported");
    }
}
