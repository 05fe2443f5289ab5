package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ado.core.AdoClient;
import ado.core.RetryPolicy;
import ado.core.auth.Credentials;
import ado.core.error.AdoJsonException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A server whose answers parse but lack or garble what the object layer needs: every such answer fails with a typed
 * {@link AdoJsonException} naming what was wrong, never with a JDK exception (ClassCast, NumberFormat, index).
 */
@Timeout(30)
class HostileAnswersTest {

    private static final String PROJECT_ID = "6ce954b1-ce1f-45d1-b94d-e6bf2464ba2c";

    private final Map<String, String> answers = new LinkedHashMap<>();
    private ServerSocket server;
    private Thread acceptor;
    private Project project;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    answer(s);
                } catch (IOException e) {
                    // closed, or the client went away: next one
                }
            }
        }, "hostile-server");
        acceptor.setDaemon(true);
        acceptor.start();
        AdoClient client = AdoClient.builder()
                .organization("http://127.0.0.1:" + server.getLocalPort() + "/org")
                .credentials(Credentials.pat("not-a-secret")).retryPolicy(RetryPolicy.none())
                .environment(n -> null).build();
        project = AzureDevOpsService.of(client).organization().project(PROJECT_ID);
    }

    /** Reads one request's head and answers it with the canned body whose key ends its path, else 404. */
    private void answer(Socket socket) throws IOException {
        var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
        String requestLine = in.readLine();
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
            // headers: not needed
        }
        String path = requestLine == null ? "" : requestLine.split(" ")[1].replaceAll("\\?.*", "");
        String body = answers.entrySet().stream().filter(e -> path.endsWith(e.getKey())).findFirst()
                .map(Map.Entry::getValue).orElse(null);
        byte[] bytes = (body == null ? "{\"message\":\"no such thing\"}" : body).getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 " + (body == null ? "404 Not Found" : "200 OK") + "\r\nContent-Type: application/json;"
                + " charset=utf-8\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        server.close();
        acceptor.join(5_000);
    }

    @Test
    void workItemIds_notAnInteger_failsTypedNamingTheValue() {
        answers.put("/workitems", "{\"count\":1,\"value\":[{\"id\":\"forty-two\",\"url\":\"https://x.example\"}]}");

        assertThatThrownBy(() -> project.build(3).workItemIds()).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("forty-two");
        assertThatThrownBy(() -> project.repository("r").pullRequest(5).workItems())
                .isInstanceOf(AdoJsonException.class).hasMessageContaining("forty-two");
    }

    @Test
    void workItemRev_absent_failsTypedNamingTheItem() {
        answers.put("/workitems/7", "{\"id\":7,\"fields\":{\"System.Title\":\"No revision\"}}");

        assertThatThrownBy(() -> project.workItem(7).rev()).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("work item 7");
    }

    @Test
    void agentQueuePool_noOrBadPoolId_failsTypedNamingTheQueue() {
        answers.put("/queues/4", "{\"id\":4,\"name\":\"Default\"}");
        answers.put("/queues/5", "{\"id\":5,\"name\":\"Odd\",\"pool\":{\"id\":\"seven\"}}");
        answers.put("/queues/6", "{\"id\":6,\"name\":\"Huge\",\"pool\":{\"id\":4294967297}}");

        for (int id : new int[] {4, 5, 6}) {
            assertThatThrownBy(() -> project.pipelineResources().agentQueue(id).pool())
                    .isInstanceOf(AdoJsonException.class).hasMessageContaining("agent queue " + id);
        }
    }

    @Test
    void projectProcess_noTemplateCapability_failsTyped() {
        answers.put("/projects/" + PROJECT_ID, "{\"id\":\"" + PROJECT_ID + "\",\"name\":\"P\",\"capabilities\":{}}");

        assertThatThrownBy(() -> project.process()).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("processTemplate");
    }

    @Test
    void projectProcess_templateIdNotAGuid_failsTypedNamingTheValue() {
        answers.put("/projects/" + PROJECT_ID, "{\"id\":\"" + PROJECT_ID + "\",\"name\":\"P\",\"capabilities\":"
                + "{\"processTemplate\":{\"templateTypeId\":\"agile\"}}}");

        assertThatThrownBy(() -> project.process()).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("'agile'");
    }

    @Test
    void workItemByUrl_answerWithoutItsProject_failsTypedNamingTheField() {
        answers.put("/workitems/7", "{\"id\":7,\"rev\":1,\"fields\":{\"System.Title\":\"Nowhere\"}}");
        AzureDevOpsService service = project.organization().service();

        assertThatThrownBy(() -> service.workItemByUrl(service.client().organization() + "/_apis/wit/workItems/7"))
                .isInstanceOf(AdoJsonException.class).hasMessageContaining("System.TeamProject")
                .hasMessageContaining("work item 7");
    }

    @Test
    void pullRequestByUrl_answerWithoutItsRepository_failsTypedNamingThePullRequest() {
        answers.put("/pullrequests/5", "{\"pullRequestId\":5,\"title\":\"Orphan\"}");
        AzureDevOpsService service = project.organization().service();

        assertThatThrownBy(() -> service.pullRequestByUrl(service.client().organization()
                + "/_apis/git/pullRequests/5")).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("pull request 5");
    }

    @Test
    void updateUserAccessLevel_failureWithoutReasons_isABadRequestNamingTheUser() {
        java.util.UUID user = java.util.UUID.fromString("11111111-2222-3333-4444-555555555555");
        answers.put("/userentitlements/" + user, "{\"isSuccess\":false,\"operationResults\":[]}");

        assertThatThrownBy(() -> project.organization().updateUserAccessLevel(user, "express"))
                .isInstanceOf(ado.core.error.AdoBadRequestException.class).hasMessageContaining(user.toString())
                .hasMessageContaining("no reason given");
    }

    @Test
    void projectPullRequests_withoutRepository_failsTypedNamingThePullRequest() {
        answers.put("/git/pullrequests", "{\"count\":1,\"value\":[{\"pullRequestId\":12,\"title\":\"T\"}]}");

        assertThatThrownBy(() -> project.activePullRequests().toList()).isInstanceOf(AdoJsonException.class)
                .hasMessageContaining("repository id of pull request 12");
    }

    @Test
    void cherryPick_answeredAsARevert_failsTyped() {
        answers.put("/cherryPicks/3", "{\"revertId\":3,\"status\":\"completed\"}");

        assertThatThrownBy(() -> project.repository("r").operations().cherryPick(3).status())
                .isInstanceOf(AdoJsonException.class).hasMessageContaining("cherry-pick");
    }

    @Test
    void refOperation_withoutParameters_createdBranchFailsTyped() {
        answers.put("/reverts/4", "{\"revertId\":4,\"status\":\"completed\"}");

        assertThatThrownBy(() -> project.repository("r").operations().revert(4).createdBranch())
                .isInstanceOf(AdoJsonException.class).hasMessageContaining("generatedRefName");
    }

    @Test
    void clientFailures_goodValues_parse() {
        assertThat(ClientFailures.intId("42", "x")).isEqualTo(42);
        assertThat(ClientFailures.uuid(PROJECT_ID, "x")).hasToString(PROJECT_ID);
    }
}
