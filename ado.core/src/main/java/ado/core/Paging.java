package ado.core;

import ado.core.internal.paging.OffsetPager;
import ado.core.internal.paging.Pager;
import ado.core.internal.paging.TokenPager;
import ado.core.json.JsonType;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * How a list endpoint pages, for {@link ApiRequest#stream(Paging)} and {@link ApiRequest#pages(Paging)}. Immutable;
 * one instance can serve any number of streams, each with its own chain of pages. Pages are fetched only when the
 * stream reaches them, so {@code stream(paging).limit(5)} sends one request.
 *
 * <p>A chain that would go round in a circle (a continuation token that was already followed, or an offset page
 * that repeats the previous page) fails with {@link ado.core.error.AdoPagingCycleException} instead of paging
 * forever.
 *
 * <pre>{@code
 * // graph users: token in the x-ms-continuationtoken header, items in {count, value}
 * Stream<GraphSubject> users = client.vssps().apis("graph", "users").get("7.1-preview.1")
 *         .stream(Paging.continuationHeader(GraphSubject.class));
 * // commits: $top/$skip under other names
 * Paging<GitCommitRef> commits = Paging.offset(GitCommitRef.class, 100,
 *         "searchCriteria.$top", "searchCriteria.$skip");
 * }</pre>
 *
 * @param <T> the item type
 */
public final class Paging<T> {

    /** The response header that carries the continuation token (matched case-insensitively). */
    public static final String CONTINUATION_HEADER = "x-ms-continuationtoken";

    private final Pager<T> pager;

    private Paging(Pager<T> pager) {
        this.pager = pager;
    }

    /**
     * {@return paging by the {@code x-ms-continuationtoken} response header, sent back as the
     * {@code continuationToken} query parameter; items from the {@code {count, value}} envelope}
     *
     * @param <T> the item type
     * @param item the class of one item
     */
    public static <T> Paging<T> continuationHeader(Class<T> item) {
        return continuationHeader(JsonType.of(item));
    }

    /**
     * {@return paging by the {@code x-ms-continuationtoken} header, for a generic item type}
     *
     * @param <T> the item type
     * @param item the (generic) type of one item
     */
    public static <T> Paging<T> continuationHeader(JsonType<T> item) {
        Objects.requireNonNull(item, "item == null");
        return new Paging<>(TokenPager.header(envelopeOf(item), Envelope::value, CONTINUATION_HEADER));
    }

    /**
     * {@return paging by a continuation token in the body (work item comments, for example), sent back as the
     * {@code continuationToken} query parameter; the chain ends when {@code token} returns {@code null} or blank}
     *
     * @param <P> the page body type
     * @param <T> the item type
     * @param page  the type of the whole page body
     * @param items extracts the items of a page
     * @param token extracts the next token of a page
     */
    public static <P, T> Paging<T> continuationBody(JsonType<P> page, Function<? super P, ? extends List<T>> items,
                                                    Function<? super P, String> token) {
        Objects.requireNonNull(page, "page == null");
        Objects.requireNonNull(items, "items == null");
        Objects.requireNonNull(token, "token == null");
        return new Paging<>(TokenPager.body(page, items, token));
    }

    /**
     * {@return offset paging with {@code $top} and {@code $skip}, {@code pageSize} items per page, items from the
     * {@code {count, value}} envelope; stops after a short page}
     *
     * @param <T> the item type
     * @param item the class of one item
     * @param pageSize the items per page ({@code $top}); positive
     */
    public static <T> Paging<T> offset(Class<T> item, int pageSize) {
        return offset(item, pageSize, "$top", "$skip");
    }

    /**
     * {@return offset paging with parameters named {@code top} and {@code skip} (for commits:
     * {@code searchCriteria.$top} and {@code searchCriteria.$skip}); items from the envelope}
     *
     * @param <T> the item type
     * @param item the class of one item
     * @param pageSize the items per page; positive
     * @param top the name of the page size parameter
     * @param skip the name of the offset parameter
     */
    public static <T> Paging<T> offset(Class<T> item, int pageSize, String top, String skip) {
        Objects.requireNonNull(item, "item == null");
        return offset(envelopeOf(JsonType.of(item)), Envelope::value, page -> false, pageSize, top, skip);
    }

    /**
     * {@return offset paging over any page shape, stopping after a short or empty page or when {@code last} says
     * so (git diffs: {@code $top}/{@code $skip} through {@code changes} until {@code allChangesIncluded})}
     *
     * @param <P> the page body type
     * @param <T> the item type
     * @param page the type of the whole page body
     * @param items extracts the items of a page
     * @param last tells from a page that it is the last one
     * @param pageSize the items per page; positive
     * @param top the name of the page size parameter, such as {@code $top}
     * @param skip the name of the offset parameter, such as {@code $skip}
     * @throws IllegalArgumentException if {@code pageSize} is not positive or a parameter name is blank
     */
    public static <P, T> Paging<T> offset(JsonType<P> page, Function<? super P, ? extends List<T>> items,
                                          Predicate<? super P> last, int pageSize, String top, String skip) {
        Objects.requireNonNull(page, "page == null");
        Objects.requireNonNull(items, "items == null");
        Objects.requireNonNull(last, "last == null");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive: " + pageSize);
        }
        ApiCall.requireNonBlank(top, "top");
        ApiCall.requireNonBlank(skip, "skip");
        return new Paging<>(new OffsetPager<>(page, items, last, pageSize, top, skip));
    }

    Pager<T> pager() {
        return pager;
    }

    private static <T> JsonType<Envelope<T>> envelopeOf(JsonType<T> item) {
        return JsonType.of(Envelope.class, item.type());
    }
}
