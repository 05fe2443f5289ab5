package ado.core.internal.paging;

import ado.core.Page;
import ado.core.json.JsonType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Continuation-token paging: the token comes from a response header (for example {@code x-ms-continuationtoken})
 * or from the body, and goes back verbatim as the {@code continuationToken} query parameter. The last page has no
 * (or a blank) token. A token that was already followed, the one just sent included, fails the chain with
 * {@link ado.core.error.AdoPagingCycleException} ({@link PageSpliterator} checks every chain).
 *
 * @param <P> the decoded page body
 * @param <T> the item type
 */
public final class TokenPager<P, T> implements Pager<T> {

    /** The query parameter that carries the token back. */
    public static final String PARAMETER = "continuationToken";

    private final JsonType<P> pageType;
    private final Function<? super P, ? extends List<T>> items;
    private final Function<PageFetcher.Fetched<P>, String> token;

    private TokenPager(JsonType<P> pageType, Function<? super P, ? extends List<T>> items,
                       Function<PageFetcher.Fetched<P>, String> token) {
        this.pageType = pageType;
        this.items = items;
        this.token = token;
    }

    /** {@return a pager reading the token from response header {@code header}} */
    public static <P, T> TokenPager<P, T> header(JsonType<P> pageType, Function<? super P, ? extends List<T>> items,
                                                 String header) {
        return new TokenPager<>(pageType, items, f -> f.headers().firstValue(header).orElse(null));
    }

    /** {@return a pager reading the token from the body with {@code token}} */
    public static <P, T> TokenPager<P, T> body(JsonType<P> pageType, Function<? super P, ? extends List<T>> items,
                                               Function<? super P, String> token) {
        return new TokenPager<>(pageType, items, f -> f.body() == null ? null : token.apply(f.body()));
    }

    @Override
    public Step<T> fetch(PageFetcher fetcher, Map<String, String> cursor) {
        PageFetcher.Fetched<P> fetched = fetcher.fetch(cursor, pageType);
        List<T> list = fetched.body() == null ? List.of() : items.apply(fetched.body());
        String next = token.apply(fetched);
        boolean more = next != null && !next.isBlank();
        return new Step<>(new Page<>(list == null ? List.of() : list, more ? Optional.of(next) : Optional.empty()),
                more ? Map.of(PARAMETER, next) : null);
    }
}
