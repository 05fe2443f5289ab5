package ado.model.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    @Test
    void of_text_firstHundredWithoutFilters() {
        SearchRequest r = SearchRequest.of("needle");

        assertThat(r.skip()).isZero();
        assertThat(r.top()).isEqualTo(100);
        assertThat(r.filters()).isEmpty();
    }

    @Test
    void filter_addsWithoutChangingTheOriginal() {
        SearchRequest r = SearchRequest.of("needle");

        SearchRequest filtered = r.filter("Project", List.of("Fabrikam"));

        assertThat(filtered.filters()).isEqualTo(Map.of("Project", List.of("Fabrikam")));
        assertThat(r.filters()).isEmpty();
    }

    @Test
    void page_topOverTheMaximum_isRejected() {
        assertThatThrownBy(() -> SearchRequest.of("x").page(0, 1001))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("top must be 1..1000: 1001");
    }

    @Test
    void page_negativeSkip_isRejected() {
        assertThatThrownBy(() -> SearchRequest.of("x").page(-1, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("skip must not be negative: -1");
    }
}
