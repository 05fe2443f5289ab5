package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Merges, cherry-picks and reverts that take time on the emulator's clock
 * ({@link EmulatorGit#operationDuration(Duration)}), and the cherry-pick or revert of a generated ref
 * ({@code GET .../cherryPicks?refName=}, {@code GET .../reverts?refName=}).
 */
@Timeout(60)
class GitOperationTimingTest {

    private static final String REPO = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";
    private AdoEmulator emulator;
    private Raw raw;

    @BeforeEach
    void start() {
        emulator = AdoEmulator.builder().clock(Instant.parse("2024-05-01T10:00:00Z")).start();
        raw = new Raw(emulator);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    private String ref(String name) {
        return emulator.git().ref("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", name).orElse(null);
    }

    private JsonObject pick(String generated) {
        return Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/main\",\"generatedRefName\":\""
                + generated + "\",\"source\":{\"commitList\":[{\"commitId\":\"" + ref("refs/heads/feature/login")
                + "\"}]}}"), 201);
    }

    @Test
    void cherryPick_withDuration_queuedThenInProgressThenCompletedOnTheClock() {
        emulator.git().operationDuration(Duration.ofSeconds(10));

        JsonObject created = pick("refs/heads/picked");
        String get = REPO + "/cherryPicks/" + created.get("cherryPickId").toJson();

        assertThat(created.string("status")).contains("queued");
        assertThat(raw.json(get, 200).string("status")).contains("queued");
        assertThat(ref("refs/heads/picked")).isNull();

        emulator.clock().advance(Duration.ofSeconds(5));
        JsonObject running = raw.json(get, 200);
        assertThat(running.string("status")).contains("inProgress");
        assertThat(((JsonObject) running.get("detailedStatus")).get("progress").toJson()).isEqualTo("0.5");
        assertThat(ref("refs/heads/picked")).isNull();

        emulator.clock().advance(Duration.ofSeconds(5));
        JsonObject done = raw.json(get, 200);
        assertThat(done.string("status")).contains("completed");
        assertThat(ref("refs/heads/picked")).isNotNull();
        assertThat(((JsonObject) done.get("detailedStatus")).string("currentCommitId"))
                .contains(ref("refs/heads/picked"));
        assertThat(raw.json(get, 200)).isEqualTo(done);
    }

    @Test
    void cherryPick_ontoDeletedWhileQueued_failedTargetBranchDeleted() {
        emulator.git().operationDuration(Duration.ofSeconds(10));
        String login = ref("refs/heads/feature/login");
        JsonObject created = Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/feature/login\","
                + "\"generatedRefName\":\"refs/heads/late\",\"source\":{\"commitList\":[{\"commitId\":\""
                + ref("refs/heads/main") + "\"}]}}"), 201);
        raw.post(REPO + "/refs", "[{\"name\":\"refs/heads/feature/login\",\"oldObjectId\":\"" + login
                + "\",\"newObjectId\":\"" + "0".repeat(40) + "\"}]");
        assertThat(ref("refs/heads/feature/login")).isNull();

        emulator.clock().advance(Duration.ofSeconds(10));
        JsonObject done = raw.json(REPO + "/cherryPicks/" + created.get("cherryPickId").toJson(), 200);

        assertThat(done.string("status")).contains("failed");
        assertThat(((JsonObject) done.get("detailedStatus")).string("status")).contains("targetBranchDeleted");
        assertThat(ref("refs/heads/late")).isNull();
    }

    @Test
    void merge_withDuration_completesOnlyWhenDue() {
        emulator.git().operationDuration(Duration.ofMinutes(1));

        JsonObject created = Raw.json(raw.post(REPO + "/merges", "{\"parents\":[\"" + ref("refs/heads/main")
                + "\",\"" + ref("refs/heads/feature/login") + "\"],\"comment\":\"m\"}"), 201);
        String get = REPO + "/merges/" + created.get("mergeOperationId").toJson();

        assertThat(created.string("status")).contains("queued");
        emulator.clock().advance(Duration.ofMinutes(2));
        JsonObject done = raw.json(get, 200);
        assertThat(done.string("status")).contains("completed");
        assertThat(((JsonObject) done.get("detailedStatus")).string("mergeCommitId")).isPresent();
    }

    @Test
    void operationDuration_negative_refused() {
        assertThatThrownBy(() -> emulator.git().operationDuration(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duration");
    }

    @Test
    void cherryPickForRef_generatedRef_latestOperationAndUnknown404() {
        JsonObject first = pick("refs/heads/picked");
        JsonObject second = pick("refs/heads/picked");   // fails: the ref exists now

        JsonObject found = raw.json(REPO + "/cherryPicks?refName=refs/heads/picked", 200);

        assertThat(first.string("status")).contains("completed");
        assertThat(found).isEqualTo(second);
        Raw.json(raw.get(REPO + "/cherryPicks?refName=refs/heads/nothing"), 404);
        Raw.json(raw.get(REPO + "/cherryPicks"), 400);
    }

    @Test
    void revertForRef_generatedRef_foundAndNotACherryPick() {
        JsonObject revert = Raw.json(raw.post(REPO + "/reverts", "{\"ontoRefName\":\"refs/heads/main\","
                + "\"generatedRefName\":\"refs/heads/undo\",\"source\":{\"commitList\":[{\"commitId\":\""
                + ref("refs/heads/main") + "\"}]}}"), 201);

        assertThat(raw.json(REPO + "/reverts?refName=refs/heads/undo", 200)).isEqualTo(revert);
        Raw.json(raw.get(REPO + "/cherryPicks?refName=refs/heads/undo"), 404);
    }

    @Test
    void cherryPick_ontoMissingBranch_404AndNothingRecorded() {
        Raw.json(raw.post(REPO + "/cherryPicks", "{\"ontoRefName\":\"refs/heads/gone\",\"generatedRefName\":"
                + "\"refs/heads/x\",\"source\":{\"commitList\":[{\"commitId\":\"" + ref("refs/heads/main")
                + "\"}]}}"), 404);

        Raw.json(raw.get(REPO + "/cherryPicks?refName=refs/heads/x"), 404);
    }
}
