package ado.core.internal.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The resuming reader on scripted bodies: exact offsets, whatever the network did. */
class FileDownloadTest {

    private static final RequestSpec GET = new RequestSpec("GET", URI.create("https://dev.azure.com/o/_apis/x"),
            Map.of("Accept", "application/zip"), RequestBody.NONE, false);
    private static final LongConsumer NO_PROGRESS = bytes -> { };

    @TempDir
    Path dir;

    private static HttpHeaders headers(String... pairs) {
        var map = new java.util.LinkedHashMap<String, List<String>>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], List.of(pairs[i + 1]));
        }
        return HttpHeaders.of(map, (a, b) -> true);
    }

    /** A body that delivers {@code n} bytes of {@code content}, then fails. */
    private static InputStream cut(byte[] content, int n) {
        return new InputStream() {
            private final InputStream in = new ByteArrayInputStream(content, 0, n);

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int r = in.read(b, off, Math.min(len, 7)); // small reads, like a network
                if (r < 0) {
                    throw new IOException("connection reset");
                }
                return r;
            }
        };
    }

    @Test
    void cutAfterAnyNumberOfBytes_nextAttemptAsksForExactlyTheRest() throws IOException {
        byte[] content = new byte[1000];
        Arrays.fill(content, (byte) 'x');
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            assertThat(d.prepare(GET)).isSameAs(GET);
            assertThatThrownBy(() -> d.read(200, headers("ETag", "\"e1\"", "Content-Length", "1000"), cut(content, 333),
                    1000)).isInstanceOf(IOException.class);

            RequestSpec next = d.prepare(GET);

            assertThat(next.headers()).containsEntry("Range", "bytes=333-").containsEntry("If-Range", "\"e1\"")
                    .containsEntry("Accept", "application/zip");
            assertThat(Files.size(d.temp())).isEqualTo(333);
            long n = d.read(206, headers("Content-Range", "bytes 333-999/1000"),
                    new ByteArrayInputStream(content, 333, 667), 667);
            assertThat(n).isEqualTo(1000);
            d.commit();
        }
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(content);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(dir.resolve("a.bin"));
        }
    }

    @Test
    void startOver_416ToTheRange_nextAttemptAsksForEverythingAndStartsFromZero() throws IOException {
        byte[] content = new byte[1000];
        Arrays.fill(content, (byte) 'a');
        byte[] shorter = new byte[200];
        Arrays.fill(shorter, (byte) 'b');
        var progress = new ArrayList<Long>();
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", progress::add)) {
            assertThatThrownBy(() -> d.read(200, headers("ETag", "\"e1\""), cut(content, 500), 1000))
                    .isInstanceOf(IOException.class);
            assertThat(d.prepare(GET).headers()).containsEntry("Range", "bytes=500-");

            assertThat(d.startOver(416)).isTrue();

            RequestSpec next = d.prepare(GET);
            assertThat(next).isSameAs(GET);
            assertThat(d.startOver(416)).isFalse(); // no range asked, nothing to start over: a real error
            long n = d.read(200, headers("ETag", "\"e2\""), new ByteArrayInputStream(shorter), 200);
            assertThat(n).isEqualTo(200);
            d.commit();
        }
        assertThat(Files.readAllBytes(dir.resolve("a.bin"))).isEqualTo(shorter);
        int zero = progress.indexOf(0L);
        assertThat(zero).isPositive();
        assertThat(progress.subList(0, zero)).isSorted().endsWith(500L);
        assertThat(progress.subList(zero, progress.size())).isSorted().endsWith(200L);
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 404, 412, 500, 503})
    void startOver_otherStatusAfterRange_isFalseAndKeepsTheRange(int status) throws IOException {
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            assertThatThrownBy(() -> d.read(200, headers(), cut(new byte[100], 40), 100))
                    .isInstanceOf(IOException.class);
            d.prepare(GET);

            assertThat(d.startOver(status)).isFalse();
            assertThat(d.prepare(GET).headers()).containsEntry("Range", "bytes=40-");
        }
    }

    @Test
    void startOver_416ToFirstRequest_isFalse() {
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            d.prepare(GET);

            assertThat(d.startOver(416)).isFalse();
        }
    }

    @Test
    void progress_resumedBody_countsOnFromWhereItStopped() throws IOException {
        byte[] content = new byte[1000];
        Arrays.fill(content, (byte) 'x');
        var progress = new ArrayList<Long>();
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", progress::add)) {
            assertThatThrownBy(() -> d.read(200, headers("ETag", "\"e1\""), cut(content, 333), 1000))
                    .isInstanceOf(IOException.class);
            d.prepare(GET);
            d.read(206, headers("Content-Range", "bytes 333-999/1000"),
                    new ByteArrayInputStream(content, 333, 667), 667);
        }
        assertThat(progress).isSorted().doesNotContain(0L).contains(333L).endsWith(1000L);
        assertThat(progress.get(0)).isEqualTo(7); // one report per chunk written
    }

    @Test
    void nothingReceived_nextAttemptHasNoRange() throws IOException {
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            assertThatThrownBy(() -> d.read(200, headers(), cut(new byte[10], 0), 10))
                    .isInstanceOf(IOException.class);

            assertThat(d.prepare(GET)).isSameAs(GET);
        }
    }

    @Test
    void notGet_isNotReplayableAndNeverSendsRange() throws IOException {
        RequestSpec post = new RequestSpec("POST", GET.uri(), Map.of(), RequestBody.NONE, false);
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "POST", NO_PROGRESS)) {
            assertThat(d.replayable()).isFalse();
            assertThatThrownBy(() -> d.read(200, headers(), cut(new byte[10], 5), 10)).isInstanceOf(IOException.class);
            assertThat(d.prepare(post)).isSameAs(post);
        }
    }

    @Test
    void close_withoutCommit_deletesTempFile() throws IOException {
        Path temp;
        try (FileDownload d = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            temp = d.temp();
            assertThat(temp.getParent()).isEqualTo(dir.toAbsolutePath());
            assertThat(temp.getFileName().toString()).startsWith(".a.bin.").endsWith(".part");
            d.read(200, headers(), new ByteArrayInputStream(new byte[5]), 5);
        }
        assertThat(temp).doesNotExist();
        assertThat(dir.resolve("a.bin")).doesNotExist();
    }

    @Test
    void twoDownloadsOfOneTarget_useDistinctTempFiles() {
        try (FileDownload a = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS);
             FileDownload b = FileDownload.create(dir.resolve("a.bin"), "GET", NO_PROGRESS)) {
            assertThat(a.temp()).isNotEqualTo(b.temp());
        }
    }

    @Test
    void longTargetName_tempNameStaysWithinFileNameLimits() throws IOException {
        Path target = dir.resolve("n".repeat(250));
        try (FileDownload d = FileDownload.create(target, "GET", NO_PROGRESS)) {
            assertThat(d.temp().getFileName().toString()).hasSizeLessThan(130);
            d.read(200, headers(), new ByteArrayInputStream(new byte[] {1, 2}), 2);
            d.commit();
        }
        assertThat(Files.readAllBytes(target)).containsExactly(1, 2);
    }

    @Test
    void contentRange_parsesStartAndTotal() {
        assertThat(FileDownload.contentRange("bytes 100-199/200")).containsExactly(100, 200);
        assertThat(FileDownload.contentRange("BYTES 0-0/*")).containsExactly(0, -1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes", "bytes */200", "bytes 5-4/10", "bytes 0-10/10", "items 0-1/2",
        "bytes -1-5/10", "bytes a-b/c", "bytes 0-99999999999999999999/1"})
    void contentRange_malformed_isNull(String value) {
        assertThat(FileDownload.contentRange(value)).isNull();
    }
}
