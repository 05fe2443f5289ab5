package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class PercentEscaperTest {

    @Property
    void segment_anyText_roundTripsAsOneSegment(@ForAll String text) {
        String escaped = PercentEscaper.segment(text);

        assertThat(escaped).doesNotContain("/", "?", "#", " ");
        URI uri = URI.create("https://h/a/" + escaped);
        assertThat(uri.getRawPath()).isEqualTo("/a/" + escaped);
        assertThat(uri.getPath()).isEqualTo("/a/" + text);
    }

    @Property
    void query_anyText_decodesBack(@ForAll String text) {
        String escaped = PercentEscaper.query(text);

        assertThat(escaped).doesNotContain("&", "=", "+", "#", " ");
        assertThat(URLDecoder.decode(escaped, StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void segment_keepsDollarColonAt() {
        assertThat(PercentEscaper.segment("$Task:a@b")).isEqualTo("$Task:a@b");
    }
}
