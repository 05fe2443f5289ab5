package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ado.core.error.AdoPagingCycleException;
import ado.core.error.AdoTransportException;
import java.time.Duration;

import ado.core.json.JsonType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PagingTest {

    /** Work item comments page: items and token in the body. */
    record CommentList(List<String> comments, String continuationToken) {
    }

    /** Git diffs page. */
    record Diffs(List<String> changes, Boolean allChangesIncluded) {
    }

    private final FakeServer server = FakeServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private ApiRequest get() {
        return TestClients.client(server).api().apis("graph", "users").get("7.1-preview.1");
    }

    private static String envelope(int from, int to) {
        return "{\"count\":" + (to - from) + ",\"value\":[" + IntStream.range(from, to).mapToObj(i -> "\"i" + i + "\"")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static List<String> items(int from, int to) {
        return IntStream.range(from, to).mapToObj(i -> "i" + i).toList();
    }

    @Test
    void continuationHeader_followsTokenUntilAbsent() {
        server.enqueue(Reply.json(200, envelope(0, 3)).header("X-MS-ContinuationToken", "tok+/=1"),
                Reply.json(200, envelope(3, 5)).header("x-ms-continuationtoken", "tok2"),
                Reply.json(200, envelope(5, 6)));

        List<String> all = get().stream(Paging.continuationHeader(String.class)).toList();

        assertThat(all).isEqualTo(items(0, 6));
        assertThat(server.requests()).extracting(FakeServer.Recorded::target).containsExactly(
                "/org/_apis/graph/users", "/org/_apis/graph/users?continuationToken=tok%2B/%3D1",
                "/org/_apis/graph/users?continuationToken=tok2");
    }

    @Test
    void continuationHeader_pagesExposeTokens() {
        server.enqueue(Reply.json(200, envelope(0, 2)).header("x-ms-continuationtoken", "t"),
                Reply.json(200, envelope(2, 3)));

        List<Page<String>> pages = get().pages(Paging.continuationHeader(String.class)).toList();

        assertThat(pages).extracting(Page::continuationToken)
                .containsExactly(java.util.Optional.of("t"), java.util.Optional.empty());
    }

    @Test
    void continuationHeader_limitFetchesOnePageOnly() {
        server.always(Reply.json(200, envelope(0, 100)).header("x-ms-continuationtoken", "more"));

        List<String> five = get().stream(Paging.continuationHeader(String.class)).limit(5).toList();

        assertThat(five).isEqualTo(items(0, 5));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void continuationBody_followsBodyToken() {
        server.enqueue(Reply.json(200, "{\"comments\":[\"a\",\"b\"],\"continuationToken\":\"c1\"}"),
                Reply.json(200, "{\"comments\":[\"c\"],\"continuationToken\":null}"));

        List<String> all = get().stream(Paging.continuationBody(JsonType.of(CommentList.class),
                CommentList::comments, CommentList::continuationToken)).toList();

        assertThat(all).containsExactly("a", "b", "c");
        assertThat(server.request(1).target()).endsWith("?continuationToken=c1");
    }

    /**
     * Changed on purpose (issue #15): a repeated token used to end the chain quietly after the repeated page; it
     * now fails typed, as every cycle does.
     */
    @Test
    void continuationBody_repeatedToken_failsTypedWithoutFollowingIt() {
        server.always(Reply.json(200, "{\"comments\":[\"a\"],\"continuationToken\":\"same\"}"));
        var seen = new java.util.ArrayList<String>();

        assertThatThrownBy(() -> get().stream(Paging.continuationBody(JsonType.of(CommentList.class),
                CommentList::comments, CommentList::continuationToken)).forEach(seen::add))
                .isInstanceOfSatisfying(AdoPagingCycleException.class, e -> assertThat(e.pages()).isEqualTo(2))
                .hasMessageContaining("continuationToken=same").hasMessageContaining("/_apis/graph/users");
        assertThat(seen).containsExactly("a");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void continuationHeader_tokensCyclingAB_failTypedAfterTheCycleCloses() {
        server.enqueue(Reply.json(200, envelope(0, 1)).header("x-ms-continuationtoken", "A"),
                Reply.json(200, envelope(1, 2)).header("x-ms-continuationtoken", "B"),
                Reply.json(200, envelope(2, 3)).header("x-ms-continuationtoken", "A"))
                .always(Reply.json(200, envelope(3, 4)).header("x-ms-continuationtoken", "B"));
        var seen = new java.util.ArrayList<String>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> get()
                .stream(Paging.continuationHeader(String.class)).forEach(seen::add))
                .isInstanceOfSatisfying(AdoPagingCycleException.class, e -> assertThat(e.pages()).isEqualTo(3))
                .isInstanceOf(AdoTransportException.class));
        assertThat(seen).isEqualTo(items(0, 2));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void continuationHeader_firstPageTokenComingBackLater_failsTyped() {
        server.enqueue(Reply.json(200, envelope(0, 1)).header("x-ms-continuationtoken", "A"),
                Reply.json(200, envelope(1, 2)).header("x-ms-continuationtoken", "B"),
                Reply.json(200, envelope(2, 3)).header("x-ms-continuationtoken", "C"),
                Reply.json(200, envelope(3, 4)).header("x-ms-continuationtoken", "B"));

        assertThatThrownBy(() -> get().stream(Paging.continuationHeader(String.class)).toList())
                .isInstanceOfSatisfying(AdoPagingCycleException.class, e -> assertThat(e.pages()).isEqualTo(4));
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void offset_serverIgnoringSkip_failsTypedInsteadOfPagingForever() {
        server.always(Reply.json(200, envelope(0, 2)));
        var seen = new java.util.ArrayList<String>();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> get()
                .stream(Paging.offset(String.class, 2)).forEach(seen::add))
                .isInstanceOfSatisfying(AdoPagingCycleException.class, e -> assertThat(e.pages()).isEqualTo(2))
                .hasMessageContaining("$skip=2"));
        assertThat(seen).isEqualTo(items(0, 2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void offset_equalItemsOnShortLastPage_areNotACycle() {
        server.enqueue(Reply.json(200, envelope(0, 2)), Reply.json(200, envelope(2, 4)),
                Reply.json(200, envelope(4, 4)));

        assertThat(get().stream(Paging.offset(String.class, 2)).toList()).isEqualTo(items(0, 4));
    }

    @Test
    void offset_stopsOnShortPage() {
        server.enqueue(Reply.json(200, envelope(0, 2)), Reply.json(200, envelope(2, 4)),
                Reply.json(200, envelope(4, 5)));

        List<String> all = get().query("$top", 999).stream(Paging.offset(String.class, 2)).toList();

        assertThat(all).isEqualTo(items(0, 5));
        assertThat(server.requests()).extracting(FakeServer.Recorded::target).containsExactly(
                "/org/_apis/graph/users?$top=2&$skip=0", "/org/_apis/graph/users?$top=2&$skip=2",
                "/org/_apis/graph/users?$top=2&$skip=4");
    }

    /**
     * The contract {@code UserRun}'s floor also follows (ado-protocol.md section 5: keep going until a page comes
     * back with fewer than {@code $top} items): 1,000 items in pages of 100 cost the ten full pages and one empty
     * page, since a full tenth page cannot prove the end; nothing more, every page on the one kept-alive connection.
     */
    @Test
    void offset_thousandInPagesOfHundred_makesTenFullRequestsAndOneEmptyOnOneConnection() {
        for (int from = 0; from < 1000; from += 100) {
            server.enqueue(Reply.json(200, envelope(from, from + 100)));
        }
        server.enqueue(Reply.json(200, envelope(1000, 1000))); // a twelfth request would get 599 and fail

        List<String> all = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> get().stream(Paging.offset(String.class, 100)).toList());

        assertThat(all).isEqualTo(items(0, 1000));
        assertThat(server.requests()).extracting(FakeServer.Recorded::target).containsExactlyElementsOf(
                IntStream.rangeClosed(0, 10).mapToObj(i -> "/org/_apis/graph/users?$top=100&$skip=" + i * 100)
                        .toList());
        assertThat(server.connections()).isEqualTo(1);
    }

    @Test
    void offset_shortLastPage_endsTheListWithoutAnEmptyRequest() {
        for (int from = 0; from < 900; from += 100) {
            server.enqueue(Reply.json(200, envelope(from, from + 100)));
        }
        server.enqueue(Reply.json(200, envelope(900, 950)));

        List<String> all = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> get().stream(Paging.offset(String.class, 100)).toList());

        assertThat(all).isEqualTo(items(0, 950));
        assertThat(server.requests()).hasSize(10);
        assertThat(server.request(9).target()).endsWith("$skip=900");
    }

    @Test
    void offset_customNames_stopOnEmptyPage() {
        server.enqueue(Reply.json(200, envelope(0, 2)), Reply.json(200, envelope(0, 0)));

        List<String> all = get().stream(Paging.offset(String.class, 2, "searchCriteria.$top",
                "searchCriteria.$skip")).toList();

        assertThat(all).isEqualTo(items(0, 2));
        assertThat(server.request(1).target()).endsWith("?searchCriteria.$top=2&searchCriteria.$skip=2");
    }

    @Test
    void offsetWithStopCondition_stopsWhenAllChangesIncluded() {
        server.enqueue(Reply.json(200, "{\"changes\":[\"a\",\"b\"],\"allChangesIncluded\":false}"),
                Reply.json(200, "{\"changes\":[\"c\",\"d\"]}"),
                Reply.json(200, "{\"changes\":[\"e\",\"f\"],\"allChangesIncluded\":true}"));

        List<String> all = get().stream(Paging.offset(JsonType.of(Diffs.class), Diffs::changes,
                d -> Boolean.TRUE.equals(d.allChangesIncluded()), 2, "$top", "$skip")).toList();

        assertThat(all).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void twoConcurrentIterations_areIndependentAndAgree() {
        server.always(Reply.json(200, envelope(0, 3)));
        Paging<String> paging = Paging.offset(String.class, 5);
        ApiRequest request = get();

        var a = CompletableFuture.supplyAsync(() -> request.stream(paging).toList());
        var b = CompletableFuture.supplyAsync(() -> request.stream(paging).toList());

        assertThat(a.join()).isEqualTo(items(0, 3)).isEqualTo(b.join());
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void stream_isLazyUntilTerminalOperation() {
        server.always(Reply.json(200, envelope(0, 1)));

        var unused = get().stream(Paging.continuationHeader(String.class)).map(String::length);

        assertThat(unused).isNotNull();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void asList_unwrapsEnvelopeWithoutPaging() {
        server.enqueue(Reply.json(200, envelope(0, 3)).header("x-ms-continuationtoken", "ignored"));

        assertThat(get().asList(String.class)).isEqualTo(items(0, 3));
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void stream_onePageWithoutNext_sendsOneRequestAndYieldsItsItems() {
        server.enqueue(Reply.json(200, envelope(0, 3)));

        var iterator = get().stream(Paging.continuationHeader(String.class)).iterator();
        var seen = new java.util.ArrayList<String>();
        iterator.forEachRemaining(seen::add);

        assertThat(seen).isEqualTo(items(0, 3));
        assertThat(server.requests()).hasSize(1);
        assertThat(server.request(0).target()).doesNotContain("continuationToken");
    }

    @Test
    void stream_emptyPagesBetweenFullOnes_areSkippedOneItemAtATime() {
        server.enqueue(Reply.json(200, envelope(0, 0)).header("x-ms-continuationtoken", "t1"),
                Reply.json(200, envelope(0, 2)).header("x-ms-continuationtoken", "t2"),
                Reply.json(200, envelope(0, 0)).header("x-ms-continuationtoken", "t3"),
                Reply.json(200, envelope(2, 3)));

        var spliterator = get().stream(Paging.continuationHeader(String.class)).spliterator();
        var seen = new java.util.ArrayList<String>();
        while (spliterator.tryAdvance(seen::add)) {
            assertThat(server.requests().size()).isLessThanOrEqualTo(4);
        }

        assertThat(seen).isEqualTo(items(0, 3));
        assertThat(server.requests()).hasSize(4);
    }

    @Test
    void stream_firstItemOnly_fetchesNoSecondPage() {
        server.enqueue(Reply.json(200, envelope(0, 2)).header("x-ms-continuationtoken", "t1"),
                Reply.json(200, envelope(2, 4)));

        assertThat(get().stream(Paging.continuationHeader(String.class)).findFirst()).contains("i0");
        assertThat(server.requests()).hasSize(1);
    }
}
