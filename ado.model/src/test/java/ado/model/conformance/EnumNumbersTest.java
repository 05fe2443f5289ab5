package ado.model.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonCodec;
import ado.core.json.JsonEnumNumber;
import ado.core.json.JsonType;
import ado.model.build.Build;
import ado.model.build.BuildReason;
import ado.model.build.BuildResult;
import ado.model.build.BuildStatus;
import ado.model.git.GitChange;
import ado.model.git.ItemContentType;
import ado.model.git.VersionControlChangeType;
import java.lang.reflect.Field;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ado.model's enums read the integers Microsoft's generated clients send. The numbers are the values of ADO's .NET
 * enums as published in azure-devops-node-api 15.1.1 ({@code interfaces/*.d.ts}); flags enums count in powers of
 * two, so they are declared per constant, not taken from the spec's order.
 */
class EnumNumbersTest {

    private static final JsonCodec CODEC = JsonCodec.builtin();

    @Test
    void everyNumberedConstant_readsFromItsNumber() {
        int checked = 0;
        for (Class<?> type : ModelRecords.all()) {
            for (var c : type.getRecordComponents()) {
                if (!c.getType().isEnum()) {
                    continue;
                }
                for (Object constant : c.getType().getEnumConstants()) {
                    Field f = field(c.getType(), ((Enum<?>) constant).name());
                    JsonEnumNumber n = f.getAnnotation(JsonEnumNumber.class);
                    if (n != null) {
                        assertThat(CODEC.read(Integer.toString(n.value()), JsonType.of(c.getType())))
                                .as(c.getType().getSimpleName() + " " + n.value()).isEqualTo(constant);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void build_asTheNodeClientSeesIt_bindsIntegerEnums() {
        Build b = CODEC.read("{\"id\":7,\"status\":2,\"result\":8,\"reason\":256}", JsonType.of(Build.class));

        assertThat(List.of(b.status(), b.result(), b.reason()))
                .containsExactly(BuildStatus.COMPLETED, BuildResult.FAILED, BuildReason.PULL_REQUEST);
    }

    @Test
    void change_asTheNodeClientSendsIt_bindsChangeTypeAndContentType() {
        GitChange c = CODEC.read("{\"changeType\":1,\"item\":{\"path\":\"/a.txt\"},"
                + "\"newContent\":{\"content\":\"aGk=\",\"contentType\":1}}", JsonType.of(GitChange.class));

        assertThat(c.changeType()).isEqualTo(VersionControlChangeType.ADD);
        assertThat(c.newContent().contentType()).isEqualTo(ItemContentType.BASE64_ENCODED);
    }

    @Test
    void flagsCombination_readsAsUnknown() {
        // edit (2) | rename (8): a combination is no single constant
        assertThat(CODEC.read("10", JsonType.of(VersionControlChangeType.class)))
                .isEqualTo(VersionControlChangeType.UNKNOWN);
        assertThat(CODEC.read("47", JsonType.of(BuildStatus.class))).isEqualTo(BuildStatus.ALL);
    }

    private static Field field(Class<?> type, String name) {
        try {
            return type.getField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }
}
