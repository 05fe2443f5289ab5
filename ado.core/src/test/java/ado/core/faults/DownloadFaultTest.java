package ado.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.ApiRequest;
import ado.core.FakeServer;
import ado.core.FakeServer.Reply;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoTransportException;
import ado.core.error.AdoUnexpectedStatusException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code download(Path)} against a server that cuts bodies off: the old file survives every failure, nothing is left
 * behind, and a GET resumes with {@code Range} within the retry budget.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DownloadFaultTest {

    private static final byte[] CONTENT = random(200_000, 1);
    private static final byte[] OLD = "the old file".getBytes(StandardCharsets.UTF_8);

    private final FakeServer server = FakeServer.start();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private ApiRequest get(int maxAttempts) {
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(maxAttempts).baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(40)).jitter(false).build();
        AdoClient client = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .credentials(Credentials.pat("patDownloadFault0815")).environment(name -> null).retryPolicy(policy)
                .requestTimeout(Duration.ofSeconds(10)).build();
        return client.api().get("7.1").accept("application/octet-stream");
    }

    private static Reply file(byte[] content) {
        return Reply.status(200).header("Content-Type", "application/octet-stream").bytes(content);
    }

    /** {@return the names in {@code dir}} */
    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void download_bodyCutOffAndRetriesExhausted_keepsOldFileAndLeavesNothing() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.always(file(CONTENT).header("ETag", "\"v1\"").ranged().cutAfter(10_000));

        assertThatThrownBy(() -> get(3).download(target)).isInstanceOf(AdoTransportException.class)
                .hasMessageContaining("3 attempts");

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(server.requests()).hasSize(3);
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=10000-");
        assertThat(server.request(2).header("Range")).isEqualTo("bytes=20000-");
    }

    @Test
    void download_bodyCutOff_resumesWithRangeAndIfRangeToIdenticalFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        Reply served = file(CONTENT).header("ETag", "\"v1\"").ranged();
        server.enqueue(served.cutAfter(65_536), served);

        long n = get(3).download(target);

        assertThat(n).isEqualTo(CONTENT.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(server.requests()).hasSize(2);
        assertThat(server.request(0).header("Range")).isNull();
        assertThat(server.request(0).header("If-Range")).isNull();
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=65536-");
        assertThat(server.request(1).header("If-Range")).isEqualTo("\"v1\"");
    }

    @Test
    void download_cutTwice_resumesTwiceWithinBudget() throws IOException {
        Path target = dir.resolve("new.bin");
        Reply served = file(CONTENT).header("Last-Modified", "Wed, 21 Oct 2026 07:28:00 GMT").ranged();
        server.enqueue(served.cutAfter(1_000), served.cutAfter(50_000), served);

        get(3).download(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=1000-");
        assertThat(server.request(2).header("Range")).isEqualTo("bytes=51000-");
        assertThat(server.request(2).header("If-Range")).isEqualTo("Wed, 21 Oct 2026 07:28:00 GMT");
        assertThat(files()).containsExactly("new.bin");
    }

    @Test
    void download_weakETagOnly_resumesWithoutIfRange() throws IOException {
        Path target = dir.resolve("new.bin");
        Reply served = file(CONTENT).header("ETag", "W/\"weak\"").ranged();
        server.enqueue(served.cutAfter(4_096), served);

        get(2).download(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=4096-");
        assertThat(server.request(1).header("If-Range")).isNull();
    }

    @Test
    void download_serverAnswers200InsteadOf206_restartsFromZero() throws IOException {
        byte[] changed = random(150_000, 2);
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.enqueue(file(CONTENT).header("ETag", "\"v1\"").cutAfter(30_000),
                file(changed).header("ETag", "\"v2\""));

        long n = get(2).download(target);

        assertThat(n).isEqualTo(changed.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(changed); // nothing of the first answer spliced in
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=30000-");
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void download_416ToResume_restartsFromZeroWithoutRangeAndWithoutUsingARetry() throws IOException {
        byte[] shorter = random(100_000, 3);
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.enqueue(file(CONTENT).cutAfter(150_000), file(shorter).ranged(), file(shorter).ranged());
        var progress = new ArrayList<Long>();

        long n = get(2).download(target, progress::add); // attempt 1 cut, attempt 2 refused with 416, then again

        assertThat(n).isEqualTo(shorter.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(shorter);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(server.requests()).hasSize(3);
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=150000-");
        assertThat(server.request(2).header("Range")).isNull();
        assertThat(server.request(2).header("If-Range")).isNull();
        int zero = progress.indexOf(0L);
        assertThat(progress.subList(0, zero)).isSorted().endsWith(150_000L);
        assertThat(progress.subList(zero, progress.size())).isSorted().endsWith((long) shorter.length);
    }

    @Test
    void download_416ToResumeThenCutAgainWithRetriesExhausted_keepsOldFileAndLeavesNothing() throws IOException {
        byte[] shorter = random(100_000, 3);
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.enqueue(file(CONTENT).cutAfter(150_000), file(shorter).ranged());
        server.always(file(shorter).ranged().cutAfter(1_000));

        assertThatThrownBy(() -> get(2).download(target)).isInstanceOf(AdoTransportException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(server.requests()).hasSize(3);
        assertThat(server.request(2).header("Range")).isNull();
    }

    @Test
    void download_416WithoutRange_isAnErrorAndNotResent() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.always(Reply.json(416, "{\"message\":\"no\"}").header("Content-Range", "bytes */0"));

        assertThatThrownBy(() -> get(3).download(target)).isInstanceOf(AdoUnexpectedStatusException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void download_cutThen416ThenCut_endsWithinTheRetryBudget() throws IOException {
        Path target = dir.resolve("drop.zip");
        server.enqueue(file(CONTENT).cutAfter(10_000), Reply.json(416, "{}"));
        server.always(file(CONTENT).cutAfter(10_000));

        assertThatThrownBy(() -> get(2).download(target)).isInstanceOf(AdoTransportException.class);

        assertThat(server.requests()).hasSize(3); // cut, 416 (sent again at once, no range), cut: budget spent
        assertThat(server.request(2).header("Range")).isNull();
        assertThat(files()).isEmpty();
    }

    @Test
    void download_progress_resumeCountsOnAndRestartGoesBackToZero() throws IOException {
        byte[] changed = random(150_000, 2);
        Reply served = file(CONTENT).header("ETag", "\"v1\"").ranged();
        server.enqueue(served.cutAfter(65_536), served, file(CONTENT).cutAfter(30_000), file(changed));
        var resumed = new ArrayList<Long>();
        var restarted = new ArrayList<Long>();

        get(2).download(dir.resolve("a.bin"), resumed::add);
        get(2).download(dir.resolve("b.bin"), restarted::add);

        assertThat(resumed).isSorted().doesNotContain(0L).contains(65_536L).endsWith((long) CONTENT.length);
        int zero = restarted.indexOf(0L);
        assertThat(zero).isPositive();
        assertThat(restarted.subList(0, zero)).isSorted().endsWith(30_000L);
        assertThat(restarted.subList(zero, restarted.size())).isSorted().endsWith((long) changed.length);
        assertThat(Files.readAllBytes(dir.resolve("b.bin"))).isEqualTo(changed);
    }

    @Test
    void download_progressListenerThrows_endsDownloadAndKeepsOldFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.always(file(CONTENT));
        var stop = new IllegalStateException("enough");

        assertThatThrownBy(() -> get(3).download(target, bytes -> {
            throw stop;
        })).isSameAs(stop);

        assertThat(server.requests()).hasSize(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void download_nullProgress_failsNamingItAndSendsNothing() {
        assertThatThrownBy(() -> get(1).download(dir.resolve("a.bin"), null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("bytesSoFar");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void download_206StartingElsewhere_restartsWithoutRange() throws IOException {
        Path target = dir.resolve("drop.zip");
        server.enqueue(file(CONTENT).header("ETag", "\"v1\"").cutAfter(8_192),
                Reply.status(206).header("Content-Range", "bytes 0-99/" + CONTENT.length)
                        .bytes(java.util.Arrays.copyOf(CONTENT, 100)),
                file(CONTENT).header("ETag", "\"v1\"").ranged());

        get(3).download(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(server.request(1).header("Range")).isEqualTo("bytes=8192-");
        assertThat(server.request(2).header("Range")).isNull();
    }

    @Test
    void download_206ForAnotherTotalLength_restartsWithoutRange() throws IOException {
        Path target = dir.resolve("drop.zip");
        server.enqueue(file(CONTENT).cutAfter(8_192),
                Reply.status(206).header("Content-Range", "bytes 8192-8291/999999")
                        .bytes(java.util.Arrays.copyOfRange(CONTENT, 8192, 8292)),
                file(CONTENT));

        get(3).download(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(server.request(2).header("Range")).isNull();
    }

    @Test
    void download_gzipEncodedAnswer_isNotResumedByOffset() throws IOException {
        Path target = dir.resolve("log.txt");
        byte[] text = "line of log\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);
        Reply gz = file(text).gzip();
        server.enqueue(gz.cutAfter(gz.bodyBytes().length / 2), gz);

        get(2).download(target);

        assertThat(Files.readAllBytes(target)).isEqualTo(text);
        assertThat(server.request(1).header("Range")).isNull(); // decoded offsets are not offsets of the gzip
    }

    @Test
    void download_success_replacesOldFileAndLeavesNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.enqueue(file(CONTENT));

        assertThat(get(1).download(target)).isEqualTo(CONTENT.length);

        assertThat(Files.readAllBytes(target)).isEqualTo(CONTENT);
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void download_errorStatus_keepsOldFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        server.enqueue(Reply.json(404, "{\"message\":\"gone\"}"));

        assertThatThrownBy(() -> get(1).download(target)).isInstanceOf(ado.core.error.AdoNotFoundException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void download_targetDirectoryMissing_failsNamingItAndSendsNothing() {
        Path target = dir.resolve("missing").resolve("drop.zip");

        assertThatThrownBy(() -> get(1).download(target)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("file").hasMessageContaining(dir.resolve("missing").toString())
                .hasMessageContaining("does not exist");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void download_targetIsDirectory_failsAndSendsNothing() throws IOException {
        Path target = Files.createDirectory(dir.resolve("sub"));

        assertThatThrownBy(() -> get(1).download(target)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a directory");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void downloadToStream_bodyCutOff_isNotRetried() {
        server.always(file(CONTENT).ranged().cutAfter(10_000));
        var out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> get(3).download(out)).isInstanceOf(AdoTransportException.class);

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void download_postCutOff_isNotResent() throws IOException {
        Path target = Files.write(dir.resolve("report.csv"), OLD);
        server.always(file(CONTENT).cutAfter(10_000));
        RetryPolicy policy = RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10)).build();
        AdoClient client = AdoClient.builder().organization(URI.create(server.uri() + "/org"))
                .credentials(Credentials.pat("patDownloadFault0815")).environment(name -> null).retryPolicy(policy)
                .build();

        assertThatThrownBy(() -> client.api().post("7.1").accept("text/csv").download(target))
                .isInstanceOf(AdoTransportException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("report.csv");
    }
}
