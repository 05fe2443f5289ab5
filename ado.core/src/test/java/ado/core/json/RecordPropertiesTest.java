package ado.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random record values survive write then read unchanged. */
class RecordPropertiesTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    public record Numbers(int i, long l, short s, byte b, double d, float f, boolean z, char c, Long boxed,
                          BigDecimal decimal, BigInteger integer) {
    }

    public record Texts(String text, UUID id, Instant instant, OffsetDateTime at, Kind kind) {
    }

    public enum Kind { ALPHA, BETA_GAMMA }

    public record Link(String href) {
    }

    public record Nested(List<String> names, Set<Long> ids, Map<String, Link> links, List<List<Link>> grid,
                         JsonValue extra) {
    }

    @Property(tries = 500)
    void writeThenRead_numbers_areEqual(@ForAll("numbers") Numbers value) {
        assertThat(CODEC.read(CODEC.write(value), Numbers.class)).isEqualTo(value);
    }

    @Property(tries = 500)
    void writeThenRead_textsAndDates_areEqual(@ForAll("texts") Texts value) {
        assertThat(CODEC.read(CODEC.write(value), Texts.class)).isEqualTo(value);
    }

    @Property(tries = 300)
    void writeThenRead_nestedContainers_areEqual(@ForAll("nested") Nested value) {
        assertThat(CODEC.read(CODEC.write(value), Nested.class)).isEqualTo(value);
    }

    @Property(tries = 300)
    void toTreeThenFromTree_nestedContainers_areEqual(@ForAll("nested") Nested value) {
        assertThat(CODEC.fromTree(CODEC.toTree(value), JsonType.of(Nested.class))).isEqualTo(value);
    }

    @Provide
    Arbitrary<Numbers> numbers() {
        Arbitrary<Character> chars = Arbitraries.chars().filter(c -> !Character.isSurrogate(c));
        Arbitrary<BigDecimal> decimals = Combinators.combine(Arbitraries.bigIntegers()
                        .between(BigInteger.TEN.pow(40).negate(), BigInteger.TEN.pow(40)),
                Arbitraries.integers().between(-30, 30)).as(BigDecimal::new);
        Arbitrary<Double> doubles = Arbitraries.doubles().filter(Double::isFinite);
        Arbitrary<Float> floats = Arbitraries.floats().filter(Float::isFinite);
        return Combinators.combine(
                        Combinators.combine(Arbitraries.integers(), Arbitraries.longs(), Arbitraries.shorts(),
                                Arbitraries.bytes()).as(List::<Object>of),
                        Combinators.combine(doubles, floats, Arbitraries.of(true, false), chars).as(List::<Object>of),
                        Arbitraries.longs().injectNull(0.2),
                        decimals.injectNull(0.2),
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(50).negate(), BigInteger.TEN.pow(50))
                                .injectNull(0.2))
                .as((a, b, boxed, decimal, integer) -> new Numbers((Integer) a.get(0), (Long) a.get(1),
                        (Short) a.get(2), (Byte) a.get(3), (Double) b.get(0), (Float) b.get(1), (Boolean) b.get(2),
                        (Character) b.get(3), boxed, decimal, integer));
    }

    @Provide
    Arbitrary<Texts> texts() {
        // from 1900 to 9999, in .NET's 100 ns ticks: what the codec writes exactly
        Arbitrary<Instant> instants = Combinators.combine(
                        Arbitraries.longs().between(-2_208_988_800L, 253_402_300_799L),
                        Arbitraries.integers().between(0, 9_999_999))
                .as((seconds, ticks) -> Instant.ofEpochSecond(seconds, ticks * 100L));
        return Combinators.combine(text().injectNull(0.2),
                        Arbitraries.create(UUID::randomUUID).injectNull(0.2),
                        instants.injectNull(0.2),
                        instants.map(i -> i.atOffset(ZoneOffset.UTC)).injectNull(0.2),
                        Arbitraries.of(Kind.class).injectNull(0.2))
                .as(Texts::new);
    }

    @Provide
    Arbitrary<Nested> nested() {
        Arbitrary<Link> links = text().injectNull(0.3).map(Link::new);
        return Combinators.combine(
                        text().list().ofMaxSize(4).injectNull(0.2),
                        Arbitraries.longs().set().ofMaxSize(4).injectNull(0.2),
                        Arbitraries.maps(text(), links).ofMaxSize(4).injectNull(0.2),
                        links.injectNull(0.1).list().ofMaxSize(3).list().ofMaxSize(3).injectNull(0.2),
                        text().map(s -> (JsonValue) JsonObject.builder().put("s", s).build()).injectNull(0.5))
                .as(Nested::new);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.integers().between(0, 0x10FFFF).filter(cp -> cp < 0xD800 || cp > 0xDFFF)
                .list().ofMaxSize(10)
                .map(cps -> {
                    var sb = new StringBuilder();
                    cps.forEach(sb::appendCodePoint);
                    return sb.toString();
                });
    }
}
