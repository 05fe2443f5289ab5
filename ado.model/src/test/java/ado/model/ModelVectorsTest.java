package ado.model;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonObject;
import ado.core.json.JsonType;
import ado.core.json.JsonValue;
import ado.model.core.TeamMember;
import ado.model.core.TeamProject;
import ado.model.core.WebApiTeam;
import ado.model.git.GitCommitDiffs;
import ado.model.git.GitCommitRef;
import ado.model.git.GitItem;
import ado.model.git.GitPush;
import ado.model.git.GitPushResult;
import ado.model.git.GitRef;
import ado.model.git.GitRefUpdate;
import ado.model.git.GitRefUpdateResult;
import ado.model.git.GitRepository;
import ado.model.profile.Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Binds the real Azure DevOps examples of the core, profile and git endpoints ado.model covers with the built-in
 * codec: every record validates real data and reads back equal from what it writes. (Both-codec equality for these
 * lives in ado.json's {@code CoreGitVectorTest}.)
 */
class ModelVectorsTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();
    private static final Path DIR = Path.of(System.getProperty("ado4j.vectors", "/work/shared/ado-vectors"));

    /** {@return the vector file name prefixes with the model type of their response ("response") or request} */
    static Stream<Arguments> modelled() {
        var list = new ArrayList<Arguments>();
        add(list, "core/Projects_List.json", "response", envelope(TeamProject.class));
        add(list, "core/Projects_Update--update-project.json", "response", JsonType.of(TeamProject.class));
        add(list, "core/Teams_GetTeams.json", "response", envelope(WebApiTeam.class));
        add(list, "core/Teams_Create.json", "response", JsonType.of(WebApiTeam.class));
        add(list, "core/Teams_GetTeamMembersWithExtendedProperties.json", "response", envelope(TeamMember.class));
        add(list, "profile/Profiles_Get.json", "response", JsonType.of(Profile.class));
        try (Stream<Path> files = Files.list(DIR.resolve("git"))) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                String v = "git/" + name;
                if (name.startsWith("Refs_List")) {
                    add(list, v, "response", envelope(GitRef.class));
                } else if (name.startsWith("Refs_UpdateRefs")) {
                    add(list, v, "response", envelope(GitRefUpdateResult.class));
                    add(list, v, "request", JsonType.listOf(GitRefUpdate.class));
                } else if (name.startsWith("Repositories_List")) {
                    add(list, v, "response", envelope(GitRepository.class));
                } else if (name.startsWith("Repositories_GetRepository--get-a-repository-by-repositoryid")) {
                    add(list, v, "response", JsonType.of(GitRepository.class));
                } else if (name.startsWith("Items_List") || name.startsWith("Items_Get--get-metadata")) {
                    add(list, v, "response", envelope(GitItem.class));
                } else if (name.startsWith("Diffs_Get")) {
                    add(list, v, "response", JsonType.of(GitCommitDiffs.class));
                } else if (name.startsWith("Pushes_Create")) {
                    add(list, v, "response", JsonType.of(GitPushResult.class));
                    add(list, v, "request", JsonType.of(GitPush.class));
                } else if (name.startsWith("Commits_Get--")) {
                    add(list, v, "response", JsonType.of(GitCommitRef.class));
                } else if (name.startsWith("Commits_GetCommits") || name.startsWith("Commits_GetPushCommits")) {
                    add(list, v, "response", envelope(GitCommitRef.class));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list.stream();
    }

    private static void add(List<Arguments> list, String vector, String part, JsonType<?> type) {
        list.add(Arguments.of(vector, part, type));
    }

    private static JsonType<?> envelope(Class<?> item) {
        return JsonType.of(Envelope.class, item);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void vector_builtinCodec_bindsAndReadsBackEqual(String vector, String part, JsonType<?> type) throws IOException {
        var whole = (JsonObject) CODEC.read(Files.readAllBytes(DIR.resolve(vector)), JsonType.of(JsonValue.class));

        Object record = CODEC.fromTree(whole.get(part), type);

        assertThat(record).isNotNull();
        assertThat(CODEC.read(CODEC.write(record), type)).isEqualTo(record);
    }
}
