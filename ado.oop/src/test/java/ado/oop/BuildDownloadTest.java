package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.RetryPolicy;
import ado.core.error.AdoTransportException;
import ado.emulator.AdoEmulator;
import ado.emulator.Fault;
import ado.emulator.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Build#downloadArtifact} against the emulator with cut-off transfers: resumed to a byte-identical zip, the
 * old file kept and nothing left behind when the retries are spent, progress that follows resumes and restarts.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BuildDownloadTest {

    /** Matches the artifact's zip download, not the metadata GET of the same artifact. */
    private static final String ZIP = "/artifacts\\?.*format=zip";
    private static final byte[] OLD = "the old zip".getBytes(StandardCharsets.UTF_8);
    /** Random letters: a zip of about 200 KB that deflate cannot shrink much, so a cut lands mid-transfer. */
    private static final String CONTENT = letters(240_000);

    private AdoEmulator emulator;
    private Build build;
    private int buildId;

    @TempDir
    Path dir;

    private static String letters(int n) {
        var random = new Random(15);
        var sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('!' + random.nextInt(94)));
        }
        return sb.toString();
    }

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        int definition = emulator.pipelines().define("Fabrikam-Fiber-Git", "publish")
                .stage("Build", s -> s.job("Compile", j -> j.task("Compile", "compiled"))
                        .artifact("drop", Map.of("app.txt", CONTENT)))
                .create();
        build = service(RetryPolicy.defaults()).organization().project("Fabrikam-Fiber-Git")
                .startBuild(definition, "main");
        assertThat(build.waitForCompletion(Duration.ofSeconds(30), Duration.ofMillis(5),
                p -> emulator.clock().advance(Duration.ofSeconds(5)))).isTrue();
        assertThat(build.artifacts()).isNotEmpty();
        buildId = build.id();
        emulator.requests().clear();
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private AzureDevOpsService service(RetryPolicy policy) {
        return AzureDevOpsService.of(emulator.clientBuilder().retryPolicy(policy).build());
    }

    private RetryPolicy quickRetries() {
        return RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(10))
                .maxDelay(Duration.ofMillis(50)).build();
    }

    /** {@return the artifact's zip as the emulator serves it, fetched without faults} */
    private byte[] servedZip() throws IOException {
        Path reference = Files.createDirectories(dir.resolve("reference")).resolve("drop.zip");
        build.downloadArtifact("drop", reference, p -> { });
        emulator.requests().clear();
        return Files.readAllBytes(reference);
    }

    private List<RecordedRequest> zipRequests() {
        return emulator.requests().all().stream()
                .filter(r -> r.method().equals("GET") && r.query() != null && r.query().contains("format=zip"))
                .toList();
    }

    /** {@return the names in {@code dir}} */
    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("reference")).sorted().toList();
        }
    }

    @Test
    void downloadArtifact_cutOffOnce_resumesWithRangeToIdenticalZip() throws IOException {
        byte[] expected = servedZip();
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        Fault cut = emulator.faults().onRegex("GET", ZIP).once().truncateBody();
        var progress = new ArrayList<DownloadProgress>();

        long n = service(quickRetries()).organization().project("Fabrikam-Fiber-Git").build(buildId)
                .downloadArtifact("drop", target, progress::add);

        assertThat(cut.triggered()).isEqualTo(1);
        assertThat(n).isEqualTo(expected.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        assertThat(files()).containsExactly("drop.zip");
        List<RecordedRequest> zips = zipRequests();
        assertThat(zips).hasSize(2);
        assertThat(zips.get(0).header("Range")).isEmpty();
        assertThat(zips.get(1).header("Range")).contains("bytes=" + expected.length / 2 + "-");
        assertThat(zips.get(1).header("If-Range")).isPresent();
        assertThat(progress).extracting(DownloadProgress::bytes).isSorted().doesNotContain(0L)
                .contains((long) expected.length / 2);
        assertThat(progress.get(progress.size() - 1)).isEqualTo(new DownloadProgress("drop", n, true));
        assertThat(progress.subList(0, progress.size() - 1)).extracting(DownloadProgress::done).containsOnly(false);
        try (var in = new ZipInputStream(Files.newInputStream(target))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("drop/app.txt");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CONTENT);
        }
    }

    @Test
    void downloadArtifact_rangeRefusedWith416_restartsFromZeroAndProgressGoesBack() throws IOException {
        byte[] expected = servedZip();
        Path target = dir.resolve("drop.zip");
        emulator.faults().onRegex("GET", ZIP).once().truncateBody();
        emulator.faults().onRegex("GET", ZIP).once().status(416);
        var bytes = new ArrayList<Long>();

        long n = service(quickRetries()).organization().project("Fabrikam-Fiber-Git").build(buildId)
                .downloadArtifact("drop", target, p -> bytes.add(p.bytes()));

        assertThat(n).isEqualTo(expected.length);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        List<RecordedRequest> zips = zipRequests();
        assertThat(zips).hasSize(3);
        assertThat(zips.get(1).header("Range")).isPresent();
        assertThat(zips.get(2).header("Range")).isEmpty();
        int zero = bytes.indexOf(0L);
        assertThat(zero).isPositive();
        assertThat(bytes.subList(0, zero)).isSorted().endsWith((long) expected.length / 2);
        assertThat(bytes.subList(zero, bytes.size())).isSorted().endsWith((long) expected.length);
        assertThat(files()).containsExactly("drop.zip");
    }

    @Test
    void downloadArtifact_cutOffWithRetriesNone_keepsOldFileAndLeavesNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        emulator.faults().onRegex("GET", ZIP).once().truncateBody();
        Build noRetries = service(RetryPolicy.none()).organization().project("Fabrikam-Fiber-Git").build(buildId);
        var progress = new ArrayList<DownloadProgress>();

        assertThatThrownBy(() -> noRetries.downloadArtifact("drop", target, progress::add))
                .isInstanceOf(AdoTransportException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(zipRequests()).hasSize(1);
        assertThat(progress).isNotEmpty().noneMatch(DownloadProgress::done);
    }

    @Test
    void downloadArtifact_cutOffEveryTime_retriesSpentKeepsOldFileAndLeavesNoTempFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);
        emulator.faults().onRegex("GET", ZIP).always().truncateBody();
        Build flaky = service(quickRetries()).organization().project("Fabrikam-Fiber-Git").build(buildId);

        assertThatThrownBy(() -> flaky.downloadArtifact("drop", target, p -> { }))
                .isInstanceOf(AdoTransportException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
        assertThat(zipRequests()).hasSize(3);
    }

    @Test
    void downloadArtifact_noSuchArtifact_failsAndKeepsOldFile() throws IOException {
        Path target = Files.write(dir.resolve("drop.zip"), OLD);

        assertThatThrownBy(() -> build.downloadArtifact("nope", target, p -> { }))
                .isInstanceOf(ado.core.error.AdoNotFoundException.class);

        assertThat(Files.readAllBytes(target)).isEqualTo(OLD);
        assertThat(files()).containsExactly("drop.zip");
    }
}
