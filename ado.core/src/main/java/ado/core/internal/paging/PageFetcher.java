package ado.core.internal.paging;

import ado.core.json.JsonType;
import java.net.http.HttpHeaders;
import java.util.Map;

/** Sends the paged request once more, with extra query parameters, and decodes its body. */
@FunctionalInterface
public interface PageFetcher {

    /**
     * {@return the decoded body and headers of the request sent with {@code query} added (replacing parameters of
     * the same name)}
     */
    <B> Fetched<B> fetch(Map<String, String> query, JsonType<B> type);

    /**
     * A fetched page body.
     *
     * @param body    the decoded body, {@code null} if the response had none
     * @param headers the response headers
     * @param <B>     the body type
     */
    record Fetched<B>(B body, HttpHeaders headers) {
    }
}
