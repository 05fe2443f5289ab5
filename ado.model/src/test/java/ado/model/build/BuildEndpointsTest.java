package ado.model.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.ApiCall;
import ado.core.error.AdoBadRequestException;
import ado.core.error.AdoNotFoundException;
import ado.emulator.AdoEmulator;
import ado.emulator.Fault;
import ado.model.JsonPatchOperation;
import ado.model.git.ResourceRef;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildEndpointsTest {

    private AdoEmulator emulator;
    private ApiCall project;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        project = emulator.client().api().project("Fabrikam-Fiber-Git");
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private Build completed(int definition) {
        Build b = Builds.queue(project, BuildQueueRequest.builder(definition).branch("main").build());
        emulator.clock().advance(Duration.ofMinutes(10));
        return Builds.get(project, b.id());
    }

    @Test
    void queue_variablesAndTemplateParameters_areSentAsAdoExpects() {
        Build b = Builds.queue(project, BuildQueueRequest.builder(1).branch("main").variable("system.debug", "true")
                .templateParameter("configuration", "debug").build());

        assertThat(b.status()).isEqualTo(BuildStatus.NOT_STARTED);
        assertThat(b.parameters()).isEqualTo("{\"system.debug\":\"true\"}");
        assertThat(b.templateParameters()).containsEntry("configuration", "debug");
        assertThat(b.sourceBranch()).isEqualTo("refs/heads/main");
        assertThat(b.planId()).isNotNull();
    }

    @Test
    void list_smallPages_followsContinuationTokens() {
        for (int i = 0; i < 5; i++) {
            Builds.queue(project, BuildQueueRequest.builder(1).build());
        }

        List<Build> all = Builds.list(project, BuildFilter.ALL.withDefinitions(1).withPageSize(2)).toList();

        assertThat(all).hasSize(5);
        assertThat(all).extracting(Build::id).isSortedAccordingTo((a, b) -> b - a);
        assertThat(emulator.requests().count("GET", "/_apis/build/builds")).isEqualTo(3);
    }

    @Test
    void list_filters_selectByStatusResultAndBranch() {
        Build done = completed(1);
        Builds.queue(project, BuildQueueRequest.builder(1).branch("feature/login").build());

        assertThat(Builds.list(project, BuildFilter.ALL.withStatus(BuildStatus.COMPLETED)).toList())
                .extracting(Build::id).containsExactly(done.id());
        assertThat(Builds.list(project, BuildFilter.ALL.withResult(BuildResult.SUCCEEDED)).toList()).hasSize(1);
        assertThat(Builds.list(project, BuildFilter.ALL.withBranch("feature/login")).toList()).hasSize(1);
        assertThat(Builds.list(project, BuildFilter.ALL.withOrder(BuildQueryOrder.QUEUE_TIME_ASCENDING)).toList())
                .extracting(Build::id).first().isEqualTo(done.id());
    }

    @Test
    void logs_linesAndStream_readTheTaskLog() throws IOException {
        Build b = completed(1);
        List<BuildLog> logs = BuildLogs.list(project, b.id());

        List<String> lines = BuildLogs.lines(project, b.id(), logs.get(0).id(), 1, 1);
        String text;
        try (InputStream in = BuildLogs.open(project, b.id(), logs.get(0).id())) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(logs).hasSize(6);                       // one per task (4), and one per job (2) as ADO has
        assertThat(lines).singleElement().asString().endsWith("##[section]Starting: Checkout");
        assertThat(text).contains("Syncing repository");
    }

    @Test
    void artifacts_getAndDownload_streamTheZip() {
        Build b = completed(1);
        BuildArtifact drop = BuildArtifacts.get(project, b.id(), "drop");
        var out = new ByteArrayOutputStream();

        long n = BuildArtifacts.download(project, drop, out);

        assertThat(BuildArtifacts.list(project, b.id())).extracting(BuildArtifact::name).containsExactly("drop");
        assertThat(n).isEqualTo(out.size()).isPositive();
        assertThat(out.toByteArray()[0]).isEqualTo((byte) 'P');
    }

    @Test
    void artifacts_downloadToPath_cutOffOnce_resumedToTheSameBytes(@TempDir Path dir) throws IOException {
        Build b = completed(1);
        BuildArtifact drop = BuildArtifacts.get(project, b.id(), "drop");
        var reference = new ByteArrayOutputStream();
        BuildArtifacts.download(project, drop, reference);
        Path file = Files.writeString(dir.resolve("drop.zip"), "old");
        Fault cut = emulator.faults().onRegex("GET", "/artifacts\\?.*format=zip").once().truncateBody();
        var progress = new ArrayList<Long>();

        long n = BuildArtifacts.download(project, drop, file, progress::add);

        assertThat(cut.triggered()).isEqualTo(1);
        assertThat(n).isEqualTo(reference.size());
        assertThat(Files.readAllBytes(file)).isEqualTo(reference.toByteArray());
        assertThat(progress).isSorted().endsWith(n);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void logs_downloadToPath_cutOffOnce_sameTextAsTheStream(@TempDir Path dir) throws IOException {
        Build b = completed(1);
        int logId = BuildLogs.list(project, b.id()).get(0).id();
        var reference = new ByteArrayOutputStream();
        BuildLogs.download(project, b.id(), logId, reference);
        emulator.faults().on("GET", "/logs/" + logId).once().truncateBody();
        Path file = dir.resolve("log.txt");

        long n = BuildLogs.download(project, b.id(), logId, file);

        assertThat(n).isEqualTo(reference.size()).isPositive();
        assertThat(Files.readAllBytes(file)).isEqualTo(reference.toByteArray());
        assertThat(emulator.requests().count("GET", "/logs/" + logId)).isEqualTo(3);
    }

    @Test
    void artifact_unknown_isNotFound() {
        Build b = completed(1);

        assertThatThrownBy(() -> BuildArtifacts.get(project, b.id(), "nope"))
                .isInstanceOf(AdoNotFoundException.class).hasMessageContaining("nope");
    }

    @Test
    void tags_addManyAndRemove() {
        Build b = Builds.queue(project, BuildQueueRequest.builder(1).build());

        BuildTags.add(project, b.id(), List.of("a", "b"));
        List<String> after = BuildTags.remove(project, b.id(), "a");

        assertThat(after).containsExactly("b");
        assertThat(BuildTags.list(project, b.id())).containsExactly("b");
    }

    @Test
    void keepForeverAndDelete_changeTheBuild() {
        Build b = completed(1);

        assertThat(Builds.keepForever(project, b.id(), true).keepForever()).isTrue();
        Builds.delete(project, b.id());

        assertThatThrownBy(() -> Builds.get(project, b.id())).isInstanceOf(AdoNotFoundException.class);
    }

    @Test
    void retry_succeededBuild_isBadRequest() {
        Build b = completed(1);

        assertThatThrownBy(() -> Builds.retry(project, b.id())).isInstanceOf(AdoBadRequestException.class)
                .hasMessageContaining("retried");
    }

    @Test
    void changesAndWorkItems_betweenBuilds_comeFromCommits() {
        Build first = completed(1);
        var repo = project.repository("Fabrikam-Fiber-Git");
        String head = ado.model.git.Refs.branch(repo, "main").orElseThrow().objectId();
        ado.model.git.Pushes.create(repo, ado.model.git.GitPush.of("refs/heads/main", head,
                ado.model.git.GitCommit.of("Fix #7", List.of(ado.model.git.GitChange.add("/seven.txt",
                        ado.model.git.ItemContent.rawText("7"))))));
        Build second = completed(1);

        List<Change> changes = Builds.changes(project, second.id());
        List<ResourceRef> items = Builds.workItemsBetween(project, first.id(), second.id());

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.message()).isEqualTo("Fix #7"));
        assertThat(items).extracting(ResourceRef::id).containsExactly("7");
        assertThat(Builds.workItems(project, second.id())).extracting(ResourceRef::id).containsExactly("7");
        assertThat(Builds.workItemsOfCommits(project, second.id(), List.of(changes.get(0).id())))
                .extracting(ResourceRef::id).containsExactly("7");
        assertThat(Builds.changesBetween(project, first.id(), second.id())).hasSize(1);
    }

    @Test
    void definitions_listGetRevisionsProperties() {
        List<BuildDefinition> all = BuildDefinitions.list(project).toList();
        BuildDefinition ci = BuildDefinitions.get(project, 1);

        var props = BuildDefinitions.updateProperties(project, 1, List.of(JsonPatchOperation.add("/owner", new ado.core.json.JsonString("ada"))));

        assertThat(all).extracting(BuildDefinition::name).contains("Fabrikam-Fiber-Git CI",
                "Fabrikam-Fiber-Git Classic");
        assertThat(ci.isYaml()).isTrue();
        assertThat(BuildDefinitions.get(project, 3).isYaml()).isFalse();
        assertThat(BuildDefinitions.revisions(project, 1)).extracting(BuildDefinitionRevision::revision)
                .containsExactly(1);
        assertThat(BuildDefinitions.list(project, "*Classic").toList()).hasSize(1);
        // only '*' is a wildcard: a '.' or '+' in a name is that character, not a regular expression
        assertThat(BuildDefinitions.list(project, "Fabrikam-Fiber-Git.CI").toList()).isEmpty();
        assertThat(BuildDefinitions.list(project, "fabrikam-fiber-git ci").toList()).extracting(BuildDefinition::name)
                .containsExactly("Fabrikam-Fiber-Git CI");
        assertThat(BuildDefinitions.list(project, "Fabrikam-Fiber-Git C+").toList()).isEmpty();
        assertThat(props.get("value").toJson()).contains("\"owner\"").contains("ada");
        assertThat(BuildDefinitions.properties(project, 1).get("count").toJson()).isEqualTo("3");
    }

    @Test
    void definition_unknown_isNotFoundWithTf215016() {
        assertThatThrownBy(() -> BuildDefinitions.get(project, 99)).isInstanceOf(AdoNotFoundException.class)
                .hasMessageContaining("TF215016");
    }

    @Test
    void workItems_moreThanOnePage_allComeBackAndTopCaps() {
        Build first = completed(1);
        var repo = project.repository("Fabrikam-Fiber-Git");
        String head = ado.model.git.Refs.branch(repo, "main").orElseThrow().objectId();
        String message = "Fix " + IntStream.rangeClosed(1, 1500).mapToObj(i -> "#" + i)
                .collect(Collectors.joining(" "));
        ado.model.git.Pushes.create(repo, ado.model.git.GitPush.of("refs/heads/main", head,
                ado.model.git.GitCommit.of(message, List.of(ado.model.git.GitChange.add("/many.txt",
                        ado.model.git.ItemContent.rawText("many"))))));
        Build second = completed(1);
        emulator.requests().clear();

        List<ResourceRef> all = Builds.workItems(project, second.id());
        List<ResourceRef> between = Builds.workItemsBetween(project, first.id(), second.id());

        assertThat(all).hasSize(1500).extracting(ResourceRef::id).doesNotHaveDuplicates();
        assertThat(between).hasSize(1500);
        assertThat(emulator.requests().count("GET", "/_apis/build/builds/" + second.id() + "/workitems"))
                .isGreaterThan(1);
        assertThat(Builds.workItems(project, second.id(), 3)).extracting(ResourceRef::id)
                .containsExactly("1", "2", "3");
        assertThat(Builds.workItemsBetween(project, first.id(), second.id(), 2)).hasSize(2);
        assertThat(emulator.requests().matching("GET", "/_apis/build/workitems")).last()
                .satisfies(r -> assertThat(r.query()).contains("$top=2").contains("fromBuildId=" + first.id()));
        assertThatThrownBy(() -> Builds.workItems(project, second.id(), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("top");
    }

    @Test
    void cancel_runningBuild_endsCanceledAndACompletedOneIsRefused() {
        Build b = Builds.queue(project, BuildQueueRequest.builder(1).branch("main").build());

        Build cancelling = Builds.cancel(project, b.id());
        emulator.clock().advance(Duration.ofMinutes(10));
        Build done = Builds.get(project, b.id());

        assertThat(cancelling.status()).isIn(BuildStatus.CANCELLING, BuildStatus.COMPLETED);
        assertThat(done.status()).isEqualTo(BuildStatus.COMPLETED);
        assertThat(done.result()).isEqualTo(BuildResult.CANCELED);
        assertThat(emulator.requests().matching("PATCH", "/_apis/build/builds/" + b.id())).singleElement()
                .satisfies(r -> assertThat(r.bodyText()).contains("\"status\"").contains("ancel"));
        Build other = completed(1);
        assertThatThrownBy(() -> Builds.update(project, other.id(), BuildUpdate.cancel()))
                .isInstanceOf(AdoBadRequestException.class);
    }
}
