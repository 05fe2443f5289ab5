package ado.emulator.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocationsTest {

    private static final Handler OK = c -> Reply.noContent();

    @Test
    void servedBy_keepsOnlyLocationsThatProduceARouteOfTheRouter() {
        Locations table = Locations.parse(List.of(
                "# comment",
                "",
                "git\t225f7195-f9c7-4d14-ab28-a83f7ff77e1f\trepositories\t{project}/_apis/git/repositories/"
                        + "{repositoryId}\t2",
                "git\t158c0340-bf6f-489c-9625-d572a1480d57\tforks\t{project}/_apis/git/repositories/"
                        + "{repositoryNameOrId}/forks/{collectionId}\t1",
                "wit\t62d3d110-0047-428c-ad3c-4fe872c91c74\tworkItems\t{project}/_apis/wit/workItems/${type}\t3"));
        Router router = new Router()
                .add("GET", "{project}/_apis/git/repositories/{repositoryId}", OK)
                .add("POST", "{project}/_apis/wit/workitems/{type}", OK);

        assertThat(table.servedBy(router).all()).extracting(Locations.Location::resourceName)
                .containsExactly("repositories", "workItems");
    }

    @Test
    void produces_valuesLeftOutDropTheirSegment_wildcardsSpanSegments_literalsAreNotRouteVariables() {
        assertThat(Locations.produces("_apis/hooks/publishers/{publisherId}/eventTypes/{eventTypeId}",
                List.of("_apis", "hooks", "publishers", "{publisherId}", "eventtypes"))).isTrue();
        assertThat(Locations.produces("{project}/_apis/wit/queries/{*query}",
                List.of("{project}", "_apis", "wit", "queries", "{q1}", "{q2}", "{q3}"))).isTrue();
        assertThat(Locations.produces("{project}/_apis/wit/queries/{*query}",
                List.of("_apis", "wit", "queries"))).isTrue();
        // a client leaving out the repository sends .../repositories/forks: that is not the repository route
        assertThat(Locations.produces("{project}/_apis/git/repositories/{repositoryNameOrId}/forks/{collectionId}",
                List.of("{project}", "_apis", "git", "repositories", "{repositoryId}"))).isFalse();
        assertThat(Locations.produces("{project}/_apis/git/repositories/{repositoryId}",
                List.of("{project}", "_apis", "git", "repositories", "{repositoryId}", "refs"))).isFalse();
        assertThat(Locations.produces("{project}/_apis/git/repositories",
                List.of("{project}", "{team}", "_apis", "git", "repositories"))).isFalse();
    }

    @Test
    void parse_aRowWithoutFiveColumns_failsNamingTheRow() {
        assertThatThrownBy(() -> Locations.parse(List.of("git\tid\trepositories")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("git\tid\trepositories");
    }

    @Test
    void load_theShippedTable_hasUniqueIdsAndTemplatesBelowApis() {
        List<Locations.Location> all = Locations.load().all();
        Set<String> ids = new HashSet<>();

        assertThat(all).hasSizeGreaterThan(50).allSatisfy(l -> {
            assertThat(ids.add(l.id())).as("duplicate id %s", l.id()).isTrue();
            assertThat(l.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(l.routeTemplate()).contains("_apis/");
            assertThat(l.resourceVersion()).isPositive();
        });
    }
}
