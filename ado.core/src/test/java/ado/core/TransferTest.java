package ado.core;

import static ado.core.FakeServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransferTest {

    private final FakeServer server = FakeServer.start();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private static void sleepBriefly() throws IOException {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    @Test
    void gzipJsonResponse_isDecoded() {
        server.enqueue(Reply.json(200, "{\"name\":\"Fabrikam\"}").gzip());

        JsonObject project = TestClients.builder(server).gzip(true).build().api().get("7.1").as(JsonObject.class);

        assertThat(project.string("name")).contains("Fabrikam");
        assertThat(server.request(0).header("Accept-Encoding")).isEqualTo("gzip"); // asked: loopback needs gzip(true)
    }

    @Test
    void gzipDownload_isDecodedWhileStreaming() throws IOException {
        byte[] content = random(300_000);
        server.enqueue(Reply.status(200).header("Content-Type", "application/zip").bytes(content).gzip());

        try (InputStream in = TestClients.client(server).api().get("7.1").accept("application/zip").openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void downloadToOutputStream_copiesAllBytes() {
        byte[] content = random(1_000_000);
        server.enqueue(Reply.status(200).header("Content-Type", "application/octet-stream").bytes(content));
        var out = new ByteArrayOutputStream();

        long copied = TestClients.client(server).api().get("7.1").accept("application/octet-stream").download(out);

        assertThat(copied).isEqualTo(content.length);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void downloadToPath_writesFile() throws IOException {
        byte[] content = random(200_000);
        server.enqueue(Reply.status(200).header("Content-Type", "application/zip").bytes(content));
        Path file = dir.resolve("logs.zip");

        long copied = TestClients.client(server).api().get("7.1").accept("application/zip").download(file);

        assertThat(copied).isEqualTo(content.length);
        assertThat(Files.readAllBytes(file)).isEqualTo(content);
    }

    @Test
    void nonJsonAccept_sendsApiVersionAsQuery() {
        server.enqueue(Reply.status(200).body("text/plain", "log"));

        TestClients.client(server).api().get("7.1-preview.2").accept("text/plain").download(new ByteArrayOutputStream());

        assertThat(server.request(0).target()).isEqualTo("/org?api-version=7.1-preview.2");
        assertThat(server.request(0).header("Accept")).isEqualTo("text/plain");
    }

    @Test
    void jsonRequest_sendsStandardHeaders() {
        server.enqueue(Reply.status(204));

        TestClients.client(server).api().get("7.1").send();

        FakeServer.Recorded r = server.request(0);
        assertThat(r.header("Accept")).isEqualTo("application/json;api-version=7.1");
        assertThat(r.header("X-TFS-FedAuthRedirect")).isEqualTo("Suppress");
        assertThat(r.header("User-Agent")).startsWith("ado4j/").contains(" Java/");
        assertThat(r.target()).isEqualTo("/org");
    }

    @Test
    void jsonBody_isEncodedWithCodecAndContentType() {
        server.enqueue(Reply.json(201, "{}"));

        TestClients.client(server).api().post("7.1").body(Body.json(Map.of("name", "x"))).send();

        assertThat(server.request(0).header("Content-Type")).isEqualTo("application/json");
        assertThat(server.request(0).bodyText()).isEqualTo("{\"name\":\"x\"}");
    }

    @Test
    void jsonPatchBody_hasPatchContentType() {
        server.enqueue(Reply.json(200, "{}"));

        TestClients.client(server).api().patch("7.1")
                .body(Body.jsonPatch(java.util.List.of(Map.of("op", "add")))).send();

        assertThat(server.request(0).header("Content-Type")).isEqualTo("application/json-patch+json");
        assertThat(server.request(0).bodyText()).isEqualTo("[{\"op\":\"add\"}]");
    }

    @Test
    void octetStreamFromPath_uploadsFile() throws IOException {
        byte[] content = random(500_000);
        Path file = Files.write(dir.resolve("upload.bin"), content);
        server.enqueue(Reply.json(201, "{}"));

        TestClients.client(server).api().post("7.1").query("fileName", "upload.bin")
                .body(Body.octetStream(file)).send();

        assertThat(server.request(0).header("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(server.request(0).target()).isEqualTo("/org?fileName=upload.bin");
        assertThat(server.request(0).body()).isEqualTo(content);
    }

    @Test
    void octetStreamFromSupplier_isStreamedNotBuffered() {
        byte[] first = random(256 * 1024);
        byte[] rest = random(64 * 1024);
        server.enqueue(Reply.json(201, "{}"));
        // The rest of the body is produced only after the server has received the first part: a client that
        // buffered the whole body before sending would wait here and time out.
        InputStream gated = new InputStream() {
            private InputStream delegate;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (delegate == null) {
                    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                    while (server.bodyBytes() < first.length / 2 && System.nanoTime() < deadline) {
                        sleepBriefly();
                    }
                    if (server.bodyBytes() < first.length / 2) {
                        throw new IOException("server saw nothing yet: body was buffered");
                    }
                    delegate = new ByteArrayInputStream(rest);
                }
                return delegate.read(b, off, len);
            }
        };

        TestClients.client(server).api().post("7.1")
                .body(Body.octetStream(() -> new SequenceInputStream(new ByteArrayInputStream(first), gated))).send();

        byte[] expected = Arrays.copyOf(first, first.length + rest.length);
        System.arraycopy(rest, 0, expected, first.length, rest.length);
        assertThat(server.request(0).body()).isEqualTo(expected);
    }

    @Test
    void octetStreamBytes_areSentAsIs() {
        server.enqueue(Reply.json(201, "{}"));

        TestClients.client(server).api().put("7.1").body(Body.octetStream("abc".getBytes(StandardCharsets.UTF_8)))
                .send();

        assertThat(server.request(0).bodyText()).isEqualTo("abc");
        assertThat(server.request(0).method()).isEqualTo("PUT");
    }

    @Test
    void exchange_exposesEtagAndRateLimit() {
        server.enqueue(Reply.json(200, "{\"a\":1}").header("ETag", "\"7\"").header("X-RateLimit-Limit", "200")
                .header("X-RateLimit-Resource", "Core"));

        AdoResponse<JsonObject> response = TestClients.client(server).api().get("7.1").exchange(JsonObject.class);

        assertThat(response.etag()).contains("\"7\"");
        assertThat(response.rateLimit().limit()).isEqualTo(200L);
        assertThat(response.rateLimit().resource()).isEqualTo("Core");
        assertThat(response.body().has("a")).isTrue();
    }
}
