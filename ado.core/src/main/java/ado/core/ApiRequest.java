package ado.core;

import ado.core.error.AdoException;
import ado.core.internal.auth.CredentialsAccess;
import ado.core.internal.http.BodyReader;
import ado.core.internal.http.CallControl;
import ado.core.internal.http.Correlation;
import ado.core.internal.http.Exchange;
import ado.core.internal.http.FileDownload;
import ado.core.internal.http.HttpSyntax;
import ado.core.internal.http.JsonResponses;
import ado.core.internal.http.Redaction;
import ado.core.internal.http.RequestSpec;
import ado.core.internal.http.UrlRules;
import ado.core.internal.paging.PageFetcher;
import ado.core.internal.paging.PageSpliterator;
import ado.core.json.JsonType;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * One request to send: an {@link ApiCall}, a method, the operation's api-version, headers, query parameters and a
 * body. Immutable and thread-safe; the setters return new requests and a request can be sent any number of times.
 * The terminal methods send it.
 *
 * <p>The api-version goes into {@code Accept: application/json;api-version=<v>}, or, when {@link #accept} names a
 * non-JSON type, into the {@code api-version} query parameter. Every request also carries the client's
 * {@code User-Agent}, {@code Accept-Encoding: gzip} (see {@link AdoClient.Builder#gzip(boolean)}),
 * {@code X-TFS-FedAuthRedirect: Suppress} and its credentials,
 * and the call's correlation id in the client's correlation header ({@code X-VSS-E2EID} unless configured
 * otherwise; see {@link #correlationId(String)}).
 *
 * <p>Per call: {@link #timeout(Duration)} limits the whole call, and {@link #async()} gives the terminals as
 * cancellable {@link java.util.concurrent.CompletableFuture}s.
 *
 * <p>Failures: {@link ado.core.error.AdoHttpException} (an error status, or a sign-in page instead of JSON),
 * {@link ado.core.error.AdoTransportException} (no usable answer in time; for a write that may have been applied,
 * {@link ado.core.error.AdoOutcomeUnknownException}), {@link ado.core.error.AdoJsonException} (a body
 * that is not the expected JSON, naming the response: method, redacted URL, status, content type and activity id),
 * its subtype {@link ado.core.error.AdoUnexpectedContentException} (a success answer that is not JSON at all
 * where JSON was expected, such as {@code text/plain}; a body without {@code Content-Type} is parsed when it starts
 * like JSON), and {@link ado.core.error.AdoConfigurationException} (the client is closed).
 */
public final class ApiRequest {

    private static final String JSON = "application/json";

    private final ApiCall call;
    private final String method;
    private final String apiVersion;
    private final String accept;
    private final Map<String, String> headers;
    private final Map<String, String> query;
    private final Body body;
    private final boolean resendSafe;
    private final CallControl control;

    ApiRequest(ApiCall call, String method, String apiVersion) {
        this(call, method.toUpperCase(Locale.ROOT), apiVersion, JSON, Map.of(), Map.of(), Body.empty(), false,
                CallControl.DEFAULT);
    }

    private ApiRequest(ApiCall call, String method, String apiVersion, String accept, Map<String, String> headers,
                       Map<String, String> query, Body body, boolean resendSafe, CallControl control) {
        this.call = call;
        this.method = method;
        this.apiVersion = apiVersion;
        this.accept = accept;
        this.headers = headers;
        this.query = query;
        this.body = body;
        this.resendSafe = resendSafe;
        this.control = control;
    }

    /**
     * {@return this request with header {@code name} set to {@code value}} ({@code If-Match}, say); the standard
     * headers, {@code Accept} and {@code Authorization} are set by the client. Custom headers go only to the
     * request's own origin: a redirect to another host drops them.
     *
     * @param name the header name
     * @param value the header value
     * @throws IllegalArgumentException if {@code name} is not an HTTP token or is set by the client, or
     *                                  {@code value} has a control character (CR, LF, NUL, ...); the message names
     *                                  the header, never the value
     */
    public ApiRequest header(String name, String value) {
        HttpSyntax.token(name, "header name");
        HttpSyntax.headerValue(value, "value of header " + name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("accept") || lower.equals("authorization") || lower.equals("content-type")
                || lower.equals("host") || lower.equals("content-length") || lower.equals("transfer-encoding")
                || lower.equals("connection") || lower.equals("upgrade") || lower.equals("expect")) {
            throw new IllegalArgumentException("header " + name + " is set by the client; use accept() or body()");
        }
        if (call.client().correlationHeader().filter(name::equalsIgnoreCase).isPresent()) {
            throw new IllegalArgumentException("header " + name + " is the client's correlation header; use "
                    + "correlationId()");
        }
        var copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiRequest(call, method, apiVersion, accept, Collections.unmodifiableMap(copy), query, body,
                resendSafe, control);
    }

    /**
     * {@return this request accepting {@code mediaType} ({@code application/zip}, {@code text/plain}, ...)}
     *
     * @param mediaType the media type, such as {@code application/zip}
     * @throws IllegalArgumentException if {@code mediaType} is not a media type or has a control character
     */
    public ApiRequest accept(String mediaType) {
        return new ApiRequest(call, method, apiVersion, HttpSyntax.mediaType(mediaType, "mediaType"), headers,
                query, body, resendSafe, control);
    }

    /**
     * {@return this request with query parameter {@code name} set to {@code value}, replacing the call's parameter
     * of that name}: {@code null} removes it, a collection is joined with commas
     *
     * @param name the parameter name, unescaped; not blank
     * @param value the value; {@code null} removes the parameter, also the call's
     */
    public ApiRequest query(String name, Object value) {
        ApiCall.requireNonBlank(name, "name");
        var copy = new LinkedHashMap<>(query);
        copy.remove(name);
        copy.put(name, value == null ? null : ApiCall.withQuery(Map.of(), name, value).get(name));
        return new ApiRequest(call, method, apiVersion, accept, headers, Collections.unmodifiableMap(copy), body,
                resendSafe, control);
    }

    /**
     * {@return this request with every entry of {@code parameters} set as by {@link #query(String, Object)}}
     *
     * @param parameters the parameters to set; a {@code null} value removes one
     */
    public ApiRequest query(Map<String, ?> parameters) {
        Objects.requireNonNull(parameters, "parameters == null");
        ApiRequest result = this;
        for (Map.Entry<String, ?> e : parameters.entrySet()) {
            result = result.query(e.getKey(), e.getValue());
        }
        return result;
    }

    /**
     * {@return this request with {@code body}}
     *
     * @param body the request body; {@link Body#empty()} for none
     */
    public ApiRequest body(Body body) {
        return new ApiRequest(call, method, apiVersion, accept, headers, query,
                Objects.requireNonNull(body, "body == null"), resendSafe, control);
    }

    /**
     * {@return this request, declared safe to send again after a failure that leaves its outcome unknown}
     *
     * <p>By default a PUT, PATCH, DELETE or POST is sent again only when the server certainly did not process it (a
     * refused connection, a 429, a 503 with {@code Retry-After}); after a failure that may have followed its arrival
     * (a reset once it was sent, no answer in time, an answer cut off) it fails with
     * {@link ado.core.error.AdoOutcomeUnknownException} instead, because sending it again could undo a concurrent
     * change or duplicate an effect. Declare a request resend-safe only when a second copy cannot do harm, for
     * example:
     * <ul>
     *   <li>a PUT or PATCH with {@code If-Match}: if the first copy landed, the second is answered 412, and the
     *       caller tells "my write landed" from "someone else's did" by reading the resource back;
     *   <li>a PUT that sets a resource to the same complete state no matter how often it is applied, where no other
     *       writer can change it in between;
     *   <li>a DELETE whose second copy, answered 404, the caller treats as done.
     * </ul>
     * Such a request is then retried like a GET (resets, timeouts, 502, 503, 504).
     */
    public ApiRequest resendSafe() {
        return new ApiRequest(call, method, apiVersion, accept, headers, query, body, true, control);
    }

    /** {@return whether {@link #resendSafe()} was declared (GET, HEAD and OPTIONS are resent anyway)} */
    public boolean isResendSafe() {
        return resendSafe;
    }

    // ---- per-call control: time limit, correlation id, asynchronous terminals

    /**
     * Returns this request with a time limit for each call of it: every attempt, the waits between attempts and
     * for the client's pacing, and reading the response body must be done by {@code limit} after the terminal was
     * called. It replaces the client's default for this request only ({@link RetryPolicy#maxTotalTime()}, at least
     * one {@code requestTimeout}); each attempt still ends after the client's {@code requestTimeout}, and retries go
     * on within the limit. Unlike the default, it bounds bodies read by the caller too: a
     * {@link #download(Path)} must be complete, and a stream from {@link #openStream()} read, by then.
     *
     * <p>A call that runs out of time fails with {@link ado.core.error.AdoTransportException} naming the request
     * (its URL redacted) and the limit, as in {@code ApiRequest.timeout (2 s)}; a write that may have reached the
     * server by then fails with {@link ado.core.error.AdoOutcomeUnknownException}. With {@link #stream} and
     * {@link #pages}, each page request is a call with this limit of its own; the time the caller spends between
     * pages does not count.
     *
     * <pre>{@code
     * Project project = client.api().apis("projects", "Fabrikam").get("7.1")
     *         .timeout(Duration.ofSeconds(5))
     *         .as(Project.class);
     * }</pre>
     *
     * @param limit the time limit of each call, positive and at most 24 hours
     * @return this request with the time limit
     * @throws IllegalArgumentException if {@code limit} is zero, negative or longer than 24 hours
     * @throws NullPointerException     if {@code limit} is null
     */
    public ApiRequest timeout(Duration limit) {
        return new ApiRequest(call, method, apiVersion, accept, headers, query, body, resendSafe,
                control.withTimeout(CallControl.checkTimeout(limit, "timeout")));
    }

    /**
     * Returns this request with the correlation id {@code id} (an application's own request or trace id), instead
     * of a new random one per call. The id goes in the client's correlation header
     * ({@link AdoClient.Builder#correlationHeader(String)}, {@code X-VSS-E2EID} by default) on every attempt, and
     * into the log lines and exceptions of each call ({@link ado.core.error.AdoException#correlationId()}); with no
     * correlation header configured, only into those. Microsoft's clients send a GUID in {@code X-VSS-E2EID}, and
     * Azure DevOps may ignore a value of another shape there; for such ids, configure another header.
     *
     * @param id 1 to 128 characters: ASCII letters and digits, {@code - _ . : / + = @}
     * @return this request with the correlation id
     * @throws IllegalArgumentException if {@code id} is empty, too long or has another character (the message names
     *                                  the parameter, not the value)
     * @throws NullPointerException     if {@code id} is null
     */
    public ApiRequest correlationId(String id) {
        return new ApiRequest(call, method, apiVersion, accept, headers, query, body, resendSafe,
                control.withCorrelationId(Correlation.checkId(id, "correlationId")));
    }

    /**
     * Returns the asynchronous terminals of this request, run on the client's own threads (one daemon thread per
     * call in flight, never the common pool); see {@link AsyncRequest} for cancelling and failures.
     *
     * <pre>{@code
     * CompletableFuture<List<Project>> projects = client.api().apis("projects").get("7.1")
     *         .async().asList(Project.class);
     * }</pre>
     *
     * @return the asynchronous terminals
     */
    public AsyncRequest async() {
        return new AsyncRequest(this, call.client().asyncExecutor());
    }

    /**
     * Returns the asynchronous terminals of this request, run on {@code executor}: each call blocks one of its
     * threads while it runs, so give an executor meant for blocking work, not the common pool.
     *
     * @param executor the executor that runs the calls
     * @return the asynchronous terminals
     * @throws NullPointerException if {@code executor} is null
     */
    public AsyncRequest async(Executor executor) {
        return new AsyncRequest(this, Objects.requireNonNull(executor, "executor == null"));
    }

    /** {@return the URL this request is sent to, query included} */
    public URI uri() {
        return uri(Map.of());
    }

    /**
     * {@return the response body decoded as {@code type}; {@code null} if the response had no body}
     *
     * @param <T> the body's Java type
     * @param type the class to bind the JSON body to (a record, {@link ado.core.json.JsonValue}, ...)
     */
    public <T> T as(Class<T> type) {
        return exchange(JsonType.of(type)).body();
    }

    /**
     * {@return the response body decoded as {@code type}; {@code null} if the response had no body}
     *
     * @param <T> the body's Java type
     * @param type the (generic) type to bind the JSON body to
     */
    public <T> T as(JsonType<T> type) {
        return exchange(type).body();
    }

    /**
     * {@return the items of a {@code {count, value}} response (one request; no paging)}
     *
     * @param <T> the item type
     * @param item the class of one item
     */
    public <T> List<T> asList(Class<T> item) {
        return asList(JsonType.of(item));
    }

    /**
     * {@return the items of a {@code {count, value}} response, for a generic item type}
     *
     * @param <T> the item type
     * @param item the (generic) type of one item
     */
    public <T> List<T> asList(JsonType<T> item) {
        Envelope<T> envelope = as(JsonType.<Envelope<T>>of(Envelope.class, item.type()));
        return envelope == null ? List.of() : envelope.value();
    }

    /**
     * {@return the whole response: status, headers (ETag among them), rate limits and the decoded body}
     *
     * @param <T> the body's Java type
     * @param type the (generic) type to bind the JSON body to
     */
    public <T> AdoResponse<T> exchange(JsonType<T> type) {
        return exchange(Map.of(), type);
    }

    /**
     * {@return the whole response, for a plain body type}
     *
     * @param <T> the body's Java type
     * @param type the class to bind the JSON body to
     */
    public <T> AdoResponse<T> exchange(Class<T> type) {
        return exchange(JsonType.of(type));
    }

    /** {@return the response of sending this request, its body discarded} For 204 answers, HEAD and the like. */
    public AdoResponse<Void> send() {
        Exchange<byte[]> x = execute(Map.of(), BodyReader.BYTES);
        return new AdoResponse<>(x.status(), x.uri(), x.headers(), x.rateLimit(), null);
    }

    /**
     * {@return the items of all pages, fetched lazily: a page is requested when the stream reaches it}
     *
     * @param <T> the item type
     * @param paging how the endpoint pages: where its items and its cursor are
     */
    public <T> Stream<T> stream(Paging<T> paging) {
        Objects.requireNonNull(paging, "paging == null");
        return PageSpliterator.items(paging.pager(), fetcher(), this::describe);
    }

    /**
     * {@return the pages, each fetched when the stream reaches it}
     *
     * @param <T> the item type
     * @param paging how the endpoint pages: where its items and its cursor are
     */
    public <T> Stream<Page<T>> pages(Paging<T> paging) {
        Objects.requireNonNull(paging, "paging == null");
        return PageSpliterator.pages(paging.pager(), fetcher(), this::describe);
    }

    private PageFetcher fetcher() {
        return new PageFetcher() {
            @Override
            public <B> Fetched<B> fetch(Map<String, String> cursor, JsonType<B> type) {
                AdoResponse<B> response = exchange(cursor, type);
                return new Fetched<>(response.body(), response.headers());
            }
        };
    }

    /** {@return the method and redacted URL, for messages} */
    private String describe() {
        return method + ' ' + UrlRules.redact(uri());
    }

    /**
     * {@return the whole response body (gunzipped)} Unlike {@link #openStream()}, a body cut off in transit is
     * retried like any idempotent read and surfaces as a typed {@code AdoTransportException}, never as an
     * {@code IOException}.
     */
    public byte[] bytes() {
        return execute(Map.of(), BodyReader.BYTES).body();
    }

    /**
     * {@return the number of bytes copied} Streams the response body to {@code out}, which stays open.
     *
     * <p>Not resumable: bytes written to {@code out} cannot be taken back, so a body that breaks off fails with an
     * {@link ado.core.error.AdoTransportException} and is not retried; what {@code out} received by then is
     * incomplete. Use {@link #download(Path)} for a download that resumes and never leaves a partial file.
     *
     * @param out where the body goes; not closed
     */
    public long download(OutputStream out) {
        Objects.requireNonNull(out, "out == null");
        return execute(Map.of(), BodyReader.once(in -> {
            try (in) {
                return in.transferTo(out);
            }
        })).body();
    }

    /**
     * {@return the number of bytes in {@code file}} Streams the response body into {@code file}, replacing it only
     * once the whole body has arrived.
     *
     * <p>The body goes to a temporary file beside {@code file} (same directory, a unique hidden name), which is
     * forced to disk and then moved over {@code file} atomically (where the file system cannot move atomically, the
     * move still replaces {@code file}, non-atomically). On any failure {@code file} is left as it was and the
     * temporary file is deleted. The new file gets the permissions a new file in that directory gets, and a
     * symbolic link at {@code file} is replaced by the file, not written through.
     *
     * <p>A GET whose body breaks off is retried within the client's {@link RetryPolicy}, resuming with
     * {@code Range: bytes=N-} after the {@code N} bytes already received (and {@code If-Range} with the first
     * answer's strong {@code ETag} or {@code Last-Modified}); a server that answers {@code 200} instead of
     * {@code 206}, or a {@code 206} that does not continue at {@code N}, makes the download start again from zero.
     * A {@code 416 Range Not Satisfiable} to the range (the resource is shorter now) makes the request go again at
     * once without a range, from zero; that resend does not count against the retry policy.
     *
     * @param file the file to create or replace
     * @throws IllegalArgumentException     if the directory of {@code file} does not exist or {@code file} is a
     *                                      directory (nothing is sent)
     * @throws java.io.UncheckedIOException if the temporary file cannot be written or moved into place
     * @see #download(Path, LongConsumer)
     */
    public long download(Path file) {
        return download(file, bytes -> { });
    }

    /**
     * {@return the number of bytes in {@code file}} Downloads into {@code file} as {@link #download(Path)} does,
     * reporting progress to {@code bytesSoFar}.
     *
     * <p>{@code bytesSoFar} is called on the calling thread with the number of bytes received so far after every
     * chunk of the body written to the temporary file. When a resumed download continues, the count goes on from
     * where it stopped; when the download starts again from zero (the server ignored or refused the range, or the
     * resource changed) after bytes had arrived, it is called with {@code 0} first, and the count starts again. A
     * download that receives no byte reports nothing. An exception it throws ends the download, leaves
     * {@code file} as it was and propagates.
     *
     * @param file the file to create or replace
     * @param bytesSoFar called with the number of bytes received so far
     * @throws IllegalArgumentException     if the directory of {@code file} does not exist or {@code file} is a
     *                                      directory (nothing is sent)
     * @throws java.io.UncheckedIOException if the temporary file cannot be written or moved into place
     */
    public long download(Path file, LongConsumer bytesSoFar) {
        Objects.requireNonNull(file, "file == null");
        Objects.requireNonNull(bytesSoFar, "bytesSoFar == null");
        try (FileDownload download = FileDownload.create(file, method, bytesSoFar)) {
            long n = execute(Map.of(), download).body();
            download.commit();
            return n;
        } catch (FileDownload.WriteFailure e) {
            throw e.unchecked(file);
        }
    }

    /**
     * {@return the response body as a stream (gunzipped), which the caller must close} The stream fails with
     * {@link ado.core.error.AdoTransportException} (unchecked) when the body stalls for longer than the client's
     * {@code requestTimeout}, is cut off, or the reading thread is interrupted; the connection is then aborted.
     * Not resumable: such a failure is not retried.
     */
    public InputStream openStream() {
        return execute(Map.of(), BodyReader.HAND_OVER).body();
    }

    @Override
    public String toString() {
        return "ApiRequest[" + method + ' ' + call + ", api-version=" + apiVersion + ", " + body + "]";
    }

    private <T> AdoResponse<T> exchange(Map<String, String> extra, JsonType<T> type) {
        Objects.requireNonNull(type, "type == null");
        CallControl once = oneCall(control);
        Exchange<byte[]> x = execute(extra, BodyReader.BYTES, once);
        T value;
        try {
            value = x.body().length == 0 ? null
                    : JsonResponses.read(call.client().codec(), method, x, type, acceptsJson());
        } catch (AdoException e) {
            throw Correlation.tag(Redaction.scrubbed(e, secrets(x.uri())), once.correlationId());
        }
        return new AdoResponse<>(x.status(), x.uri(), x.headers(), x.rateLimit(), value);
    }

    private <R> Exchange<R> execute(Map<String, String> extra, BodyReader<R> reader) {
        return execute(extra, reader, control);
    }

    /** Sends this request under {@code control}; a call without a correlation id gets a new one. */
    private <R> Exchange<R> execute(Map<String, String> extra, BodyReader<R> reader, CallControl control) {
        boolean json = acceptsJson();
        var sent = new LinkedHashMap<String, String>(headers);
        sent.put("Accept", json ? accept + ";api-version=" + apiVersion : accept);
        CallControl once = oneCall(control);
        call.client().correlationHeader().ifPresent(name -> sent.put(name, once.correlationId()));
        var spec = new RequestSpec(method, uri(extra), sent, body.toRequest(call.client().codec()), json,
                resendSafe, once);
        try {
            return call.client().transport().execute(spec, reader);
        } catch (AdoException e) {
            throw Redaction.scrubbed(e, secrets(spec.uri()));
        }
    }

    /** {@return {@code control} for one call: with a new correlation id unless the request has its own} */
    private static CallControl oneCall(CallControl control) {
        return control.correlationId() != null ? control : control.withCorrelationId(Correlation.newId());
    }

    /**
     * {@return the secrets this request is sent with, to scrub from its exceptions}: the client's credentials, the
     * values of secret-named headers ({@code X-Api-Key}, ...) and of secret-named query parameters ({@code sig})
     */
    private List<String> secrets(URI uri) {
        return Redaction.requestSecrets(CredentialsAccess.secrets(call.client().credentials()), headers, uri);
    }

    private boolean acceptsJson() {
        return accept.toLowerCase(Locale.ROOT).contains("json");
    }

    private URI uri(Map<String, String> extra) {
        var merged = new LinkedHashMap<>(call.query());
        query.forEach((name, value) -> {
            if (value == null) {
                merged.remove(name);
            } else {
                merged.put(name, value);
            }
        });
        merged.putAll(extra);
        if (!acceptsJson()) {
            merged.put("api-version", apiVersion);
        }
        return call.uri(merged);
    }

}
