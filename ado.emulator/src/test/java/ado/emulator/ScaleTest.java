package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Paging;
import ado.core.json.JsonObject;
import ado.emulator.junit.AdoEmulatorExtension;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Long generated histories page through the commits endpoint like any other history. */
@ExtendWith(AdoEmulatorExtension.class)
class ScaleTest {

    private static AdoEmulator emulator;

    @BeforeAll
    static void start(AdoEmulator started) {
        emulator = started;
    }

    @Test
    void generatedHistory_100k_streamsEveryCommitOnceNewestFirst() {
        long start = System.nanoTime();
        String head = emulator.git().generateHistory("Contoso-Web", "big", 100_000);
        var first = new AtomicReference<String>();
        var last = new AtomicReference<String>();

        long count = emulator.client().api().project("Contoso-Web").apis("git", "repositories", "big", "commits")
                .get("7.1").stream(Paging.offset(JsonObject.class, 1000, "searchCriteria.$top",
                        "searchCriteria.$skip"))
                .peek(c -> {
                    first.compareAndSet(null, c.string("commitId").orElseThrow());
                    last.set(c.string("comment").orElseThrow());
                })
                .count();

        assertThat(count).isEqualTo(100_000);
        assertThat(first.get()).isEqualTo(head);
        assertThat(last.get()).isEqualTo("Generated commit 0\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMinutes(2));
    }

    @Test
    void generatedHistory_onSeededBranch_keepsEarlierFiles() {
        emulator.git().generateHistory("Fabrikam-Fiber-Git", "Fabrikam-Fiber-Git", 5);
        var raw = new Raw(emulator);
        String repo = "/Fabrikam-Fiber-Git/_apis/git/repositories/Fabrikam-Fiber-Git";

        assertThat(raw.get(repo + "/items?path=/README.md").statusCode()).isEqualTo(200);
        assertThat(Raw.value(raw.json(repo + "/commits?$top=1000", 200)).size()).isEqualTo(5 + 3);
        assertThat(raw.json(repo + "/items?path=/history.txt&includeContent=true", 200).string("content"))
                .contains("commit 4\n");
    }

    @Test
    void commits_skipDeepIntoGeneratedHistory_servedWithChangeCounts() {
        emulator.git().generateHistory("Contoso-Web", "deep", 5000);

        JsonObject page = new Raw(emulator).json("/Contoso-Web/_apis/git/repositories/deep/commits"
                + "?searchCriteria.$skip=2500&searchCriteria.$top=3", 200);

        assertThat(Raw.at(page, 0, "comment")).isEqualTo("Generated commit 2499\n");
        assertThat(((JsonObject) Raw.value(page).get(0)).get("changeCounts").toJson())
                .isEqualTo("{\"Add\":0,\"Edit\":1,\"Delete\":0}");
    }

    @Test
    void commits_withoutTop_defaultPageOf100() {
        emulator.git().generateHistory("Contoso-Web", "medium", 150);

        JsonObject page = new Raw(emulator).json("/Contoso-Web/_apis/git/repositories/medium/commits", 200);

        assertThat(Raw.value(page).size()).isEqualTo(100);
    }

    @Test
    void generatedHistory_unknownProject_rejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> emulator.git().generateHistory("Nope", "r", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nope");
    }
}
