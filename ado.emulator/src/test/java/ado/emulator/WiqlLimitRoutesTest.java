package ado.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.json.JsonArray;
import ado.core.json.JsonObject;
import ado.emulator.internal.wiql.TestWorkItems;
import ado.emulator.junit.AdoEmulatorExtension;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WiqlLimitRoutesTest {

    @RegisterExtension
    static final AdoEmulatorExtension EMULATOR = new AdoEmulatorExtension(() -> AdoEmulator.builder()
            .workItemView(new TestWorkItems().addTasks(1, 20_001, "Fabrikam-Fiber-Git")));

    private static final String BODY = "{\"query\":\"SELECT [System.Id] FROM WorkItems WHERE "
            + "[System.WorkItemType] = 'Task'\"}";

    @Test
    void moreThan20000Results_withoutTop_is400VS402337(AdoEmulator emulator) {
        HttpResponse<String> r = new Raw(emulator).post("/Fabrikam-Fiber-Git/_apis/wit/wiql", BODY);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("VS402337: The number of work items returned exceeds the size limit of 20000.");
    }

    @Test
    void moreThan20000Results_withTop_returnsTop(AdoEmulator emulator) {
        JsonObject r = Raw.json(new Raw(emulator).post("/Fabrikam-Fiber-Git/_apis/wit/wiql?$top=20000", BODY), 200);

        assertThat(((JsonArray) r.get("workItems")).size()).isEqualTo(20_000);
    }
}
