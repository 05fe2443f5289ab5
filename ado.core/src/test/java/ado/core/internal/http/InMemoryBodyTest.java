package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class InMemoryBodyTest {

    private static InputStream receive(Map<String, List<String>> headers, String body) {
        ResponseInfo info = new ResponseInfo() {
            @Override
            public int statusCode() {
                return 200;
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(headers, (name, value) -> true);
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
        BodySubscriber<InputStream> subscriber = TimedSend.handler(true, Deadline.after(Duration.ofMinutes(1), "test"),
                () -> "GET test", new AtomicReference<>()).apply(info);
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8))));
        subscriber.onComplete();
        return subscriber.getBody().toCompletableFuture().join();
    }

    @Test
    void handler_announcedLength_buffersTheBodyInOneArray() throws Exception {
        InputStream in = receive(Map.of("Content-Length", List.of("3")), "abc");

        assertThat(in).isInstanceOf(InMemoryBody.class);
        assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("abc");
    }

    @Test
    void handler_noLength_streams() throws Exception {
        InputStream in = receive(Map.of("Transfer-Encoding", List.of("chunked")), "abc");

        assertThat(in).isNotInstanceOf(InMemoryBody.class);
        assertThat(in.readAllBytes()).asString(StandardCharsets.UTF_8).isEqualTo("abc");
    }

    @Test
    void handler_lengthAboveTheBufferLimit_streams() {
        InputStream in = receive(Map.of("Content-Length", List.of(Long.toString(InMemoryBody.MAX_BUFFERED + 1))), "");

        assertThat(in).isNotInstanceOf(InMemoryBody.class);
    }

    @Test
    void handler_malformedLength_streams() {
        InputStream in = receive(Map.of("Content-Length", List.of("3x")), "abc");

        assertThat(in).isNotInstanceOf(InMemoryBody.class);
    }

    @Test
    void bytes_untouchedInMemoryBody_returnsItsArrayWithoutCopying() throws Exception {
        byte[] array = "payload".getBytes(StandardCharsets.UTF_8);

        assertThat(BodyReader.BYTES.read(new InMemoryBody(array), array.length)).isSameAs(array);
    }

    @Test
    void bytes_partlyReadInMemoryBody_returnsTheRest() throws Exception {
        var body = new InMemoryBody("payload".getBytes(StandardCharsets.UTF_8));
        body.skip(3);

        assertThat(BodyReader.BYTES.read(body, -1)).asString(StandardCharsets.UTF_8).isEqualTo("load");
    }

    @Test
    void inMemory_onlyTheBytesReaderBuffers() {
        assertThat(BodyReader.BYTES.inMemory()).isTrue();
        assertThat(BodyReader.once(BodyReader.BYTES).inMemory()).isFalse();
    }
}
