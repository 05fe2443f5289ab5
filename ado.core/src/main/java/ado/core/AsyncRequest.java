package ado.core;

import ado.core.internal.http.AsyncCall;
import ado.core.json.JsonType;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The asynchronous terminals of an {@link ApiRequest}, from {@link ApiRequest#async()}: each sends the request on
 * an executor and returns at once with a {@link CompletableFuture} of what the blocking terminal of the same name
 * returns. Immutable and thread-safe; each terminal sends the request anew.
 *
 * <pre>{@code
 * CompletableFuture<Project> project = client.api().apis("projects", "Fabrikam").get("7.1")
 *         .timeout(Duration.ofSeconds(20))       // the whole call, retries included
 *         .async()
 *         .as(Project.class);
 * project.cancel(true);                          // aborts the exchange; no further attempt starts
 * }</pre>
 *
 * <p><b>Cancelling.</b> When the future completes before the call has ended, however that happens
 * ({@code cancel(true)} or {@code cancel(false)}, {@code completeExceptionally}, {@code complete}, or
 * {@code orTimeout}), the call is stopped: a pacing or back-off wait ends, the HTTP exchange in flight (connecting,
 * waiting for the answer, reading the body) is aborted and its connection closed, no further attempt starts, and
 * the executor's thread is released at once. Cancel the future returned here: a stage derived from it
 * ({@code thenApply}, ...) does not cancel its source, as for any {@code CompletableFuture}. A write cancelled after
 * it was sent may or may not have been applied, as with {@link ado.core.error.AdoOutcomeUnknownException}: read the
 * resource back before sending it again. Prefer {@link ApiRequest#timeout(java.time.Duration)} to
 * {@code orTimeout}: its failure is a typed {@link ado.core.error.AdoTransportException} naming the request and the
 * limit, and it bounds the call itself rather than the wait for it.
 *
 * <p><b>Failures.</b> The future completes exceptionally with the same typed exception the blocking terminal
 * throws ({@link ado.core.error.AdoException} and its subtypes, {@link IllegalArgumentException} for bad input),
 * not wrapped: {@code exceptionally}, {@code handle} and {@code whenComplete} on this future see it as is. As for any
 * {@code CompletableFuture}, {@code join()} throws it wrapped in a {@link java.util.concurrent.CompletionException}
 * and {@code get()} in an {@link java.util.concurrent.ExecutionException}; unwrap with {@code getCause()}.
 *
 * <p><b>Threads.</b> The call blocks a thread of the executor while it runs (at most its time limit). Unless one
 * is given with {@link ApiRequest#async(Executor)}, the client's own executor runs it: one daemon thread per call
 * in flight ({@code ado4j-async-*}), made when needed and ended after 30 idle seconds, never the common pool. Pass an
 * executor of your own to bound the number of threads; calls wait in its queue without sending anything, and one
 * cancelled while waiting is never sent.
 */
public final class AsyncRequest {

    private final ApiRequest request;
    private final Executor executor;

    AsyncRequest(ApiRequest request, Executor executor) {
        this.request = request;
        this.executor = executor;
    }

    /**
     * Sends the request as {@link ApiRequest#as(Class)} does.
     *
     * @param type the type to decode the body as
     * @param <T>  the body type
     * @return the future of the decoded body ({@code null} if the response had no body)
     */
    public <T> CompletableFuture<T> as(Class<T> type) {
        Objects.requireNonNull(type, "type == null");
        return start(() -> request.as(type));
    }

    /**
     * Sends the request as {@link ApiRequest#as(JsonType)} does.
     *
     * @param type the (generic) type to decode the body as
     * @param <T>  the body type
     * @return the future of the decoded body ({@code null} if the response had no body)
     */
    public <T> CompletableFuture<T> as(JsonType<T> type) {
        Objects.requireNonNull(type, "type == null");
        return start(() -> request.as(type));
    }

    /**
     * Sends the request as {@link ApiRequest#asList(Class)} does.
     *
     * @param item the item type
     * @param <T>  the item type
     * @return the future of the items of the {@code {count, value}} response
     */
    public <T> CompletableFuture<List<T>> asList(Class<T> item) {
        Objects.requireNonNull(item, "item == null");
        return start(() -> request.asList(item));
    }

    /**
     * Sends the request as {@link ApiRequest#asList(JsonType)} does.
     *
     * @param item the (generic) item type
     * @param <T>  the item type
     * @return the future of the items of the {@code {count, value}} response
     */
    public <T> CompletableFuture<List<T>> asList(JsonType<T> item) {
        Objects.requireNonNull(item, "item == null");
        return start(() -> request.asList(item));
    }

    /**
     * Sends the request as {@link ApiRequest#exchange(Class)} does.
     *
     * @param type the type to decode the body as
     * @param <T>  the body type
     * @return the future of the whole response: status, headers, rate limits and the decoded body
     */
    public <T> CompletableFuture<AdoResponse<T>> exchange(Class<T> type) {
        Objects.requireNonNull(type, "type == null");
        return start(() -> request.exchange(type));
    }

    /**
     * Sends the request as {@link ApiRequest#exchange(JsonType)} does.
     *
     * @param type the (generic) type to decode the body as
     * @param <T>  the body type
     * @return the future of the whole response: status, headers, rate limits and the decoded body
     */
    public <T> CompletableFuture<AdoResponse<T>> exchange(JsonType<T> type) {
        Objects.requireNonNull(type, "type == null");
        return start(() -> request.exchange(type));
    }

    /**
     * Sends the request as {@link ApiRequest#send()} does.
     *
     * @return the future of the response, its body discarded
     */
    public CompletableFuture<AdoResponse<Void>> send() {
        return start(request::send);
    }

    /**
     * Sends the request as {@link ApiRequest#bytes()} does.
     *
     * @return the future of the whole response body (gunzipped)
     */
    public CompletableFuture<byte[]> bytes() {
        return start(request::bytes);
    }

    /**
     * Downloads the response body into {@code file} as {@link ApiRequest#download(Path)} does: {@code file} is
     * replaced only once the whole body has arrived, and a cancelled download leaves it as it was.
     *
     * @param file the file to write
     * @return the future of the number of bytes in {@code file}
     */
    public CompletableFuture<Long> download(Path file) {
        Objects.requireNonNull(file, "file == null");
        return start(() -> request.download(file));
    }

    @Override
    public String toString() {
        return "AsyncRequest[" + request + "]";
    }

    private <T> CompletableFuture<T> start(Supplier<T> call) {
        return AsyncCall.start(call, executor);
    }
}
