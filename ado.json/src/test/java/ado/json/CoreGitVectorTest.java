package ado.json;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.Envelope;
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
import java.util.ArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The core, profile and git examples ado.model covers: every record validates the real data, both codecs bind it
 * to equal records, write equal JSON, and read back what they wrote.
 */
class CoreGitVectorTest {

    private static final JsonType<JsonValue> TREE = JsonType.of(JsonValue.class);

    static Stream<Arguments> modelled() {
        var result = new ArrayList<Arguments>();
        for (String v : Vectors.all()) {
            String name = v.substring(v.indexOf('/') + 1);
            JsonType<?> response = null;
            JsonType<?> request = null;
            if (v.equals("core/Projects_List.json")) {
                response = Vectors.envelope(TeamProject.class);
            } else if (v.equals("core/Projects_Update--update-project.json")) {
                response = JsonType.of(TeamProject.class);
            } else if (v.equals("core/Teams_GetTeams.json")) {
                response = Vectors.envelope(WebApiTeam.class);
            } else if (v.equals("core/Teams_Create.json")) {
                response = JsonType.of(WebApiTeam.class);
            } else if (v.equals("core/Teams_GetTeamMembersWithExtendedProperties.json")) {
                response = Vectors.envelope(TeamMember.class);
            } else if (v.equals("profile/Profiles_Get.json")) {
                response = JsonType.of(Profile.class);
            } else if (!v.startsWith("git/")) {
                continue;
            } else if (name.startsWith("Refs_List")) {
                response = Vectors.envelope(GitRef.class);
            } else if (name.startsWith("Refs_UpdateRefs")) {
                response = Vectors.envelope(GitRefUpdateResult.class);
                request = JsonType.listOf(GitRefUpdate.class);
            } else if (name.startsWith("Repositories_List")) {
                response = Vectors.envelope(GitRepository.class);
            } else if (name.startsWith("Repositories_GetRepository--get-a-repository-by-repositoryid")) {
                response = JsonType.of(GitRepository.class);
            } else if (name.startsWith("Items_List") || name.startsWith("Items_Get--get-metadata")) {
                response = Vectors.envelope(GitItem.class);
            } else if (name.startsWith("Diffs_Get")) {
                response = JsonType.of(GitCommitDiffs.class);
            } else if (name.startsWith("Pushes_Create")) {
                response = JsonType.of(GitPushResult.class);
                request = JsonType.of(GitPush.class);
            } else if (name.startsWith("Commits_Get--")) {
                response = JsonType.of(GitCommitRef.class);
            } else if (name.startsWith("Commits_GetCommits") || name.startsWith("Commits_GetPushCommits")) {
                response = Vectors.envelope(GitCommitRef.class);
            }
            if (response != null) {
                result.add(Arguments.of(v, "response", response));
            }
            if (request != null) {
                result.add(Arguments.of(v, "request", request));
            }
        }
        return result.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void coreGitVector_bothCodecs_bindEqualRecords(String vector, String part, JsonType<?> type) {
        Vectors.assertCodecsBindEqual(vector, part, type);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void coreGitVector_bothCodecs_writeEqualJson(String vector, String part, JsonType<?> type) {
        Object record = Codecs.BUILTIN.fromTree(Vectors.part(vector, part), type);

        assertThat(Codecs.JACKSON.read(Codecs.JACKSON.write(record), TREE))
                .isEqualTo(Codecs.BUILTIN.read(Codecs.BUILTIN.write(record), TREE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("modelled")
    void coreGitVector_eachCodec_readsBackWhatItWrote(String vector, String part, JsonType<?> type) {
        for (var codec : Codecs.both().toList()) {
            Object record = codec.fromTree(Vectors.part(vector, part), type);

            assertThat(codec.read(codec.write(record), type)).as(codec.name()).isEqualTo(record);
        }
    }
}
