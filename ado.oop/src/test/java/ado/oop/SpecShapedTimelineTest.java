package ado.oop;

import static org.assertj.core.api.Assertions.assertThat;

import ado.core.AdoClient;
import ado.core.auth.Credentials;
import ado.model.build.Builds;
import ado.model.build.TaskResult;
import ado.model.build.Timeline;
import ado.model.build.TimelineRecordState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link Build#stages()} on a timeline shaped exactly as Microsoft's spec (build/build.json#Timeline) and the task
 * plane's example record (distributedTask/Records_Update.json) have it, served by a plain socket rather than the
 * emulator: {@code lastChangedBy} is a GUID string, records carry {@code _links}, {@code previousAttempts},
 * {@code queueId} and the .NET minimum date, and stages reach their jobs through a phase (issue 14).
 */
@Timeout(30)
class SpecShapedTimelineTest {

    private static final String STAGE = "96ac2280-8cb4-5df5-99de-dd2da759617d";
    private static final String PHASE = "096e11e7-c8bb-5a90-1a73-4e639c9ea0f9";
    private static final String JOB = "2d1e4f37-2b60-5c9e-a9a3-1c8b3c1f0a11";
    private static final String CHECKOUT = "5e6d5dbf-ac69-5f56-8b85-8e9038703a8b";
    private static final String TEST = "6f7e6ecf-bd7a-6f67-9c96-9f9149814b9c";
    private static final String PLAN = "787562d7-f1da-59cf-22c4-8a94fa784503";

    private static final String TIMELINE = """
            {"records":[
             {"previousAttempts":[],"id":"%4$s","parentId":"%3$s","type":"Task","name":"Run tests",
              "startTime":"2022-12-02T09:35:00.1Z","finishTime":"2022-12-02T09:37:37.8433333Z",
              "currentOperation":null,"percentComplete":null,"state":"completed","result":"failed",
              "resultCode":null,"changeId":13,"lastModified":"0001-01-01T00:00:00","workerName":"Hosted Agent",
              "order":2,"details":null,"errorCount":1,"warningCount":0,"url":null,
              "log":{"id":5,"type":"Container","url":"https://dev.azure.com/fabrikam/_apis/build/builds/7/logs/5"},
              "task":{"id":"9c3e8943-130d-4c78-ac63-8af81df62dfb","name":"CmdLine","version":"2.212.0"},
              "attempt":1,"identifier":null,"queueId":null,
              "issues":[{"type":"error","category":"General","message":"3 tests failed",
                         "data":{"logFileLineNumber":"12"}}]},
             {"previousAttempts":[],"id":"%3$s","parentId":"%2$s","type":"Job","name":"Tests",
              "startTime":"2022-12-02T09:33:10.1Z","finishTime":"2022-12-02T09:37:38Z","currentOperation":null,
              "percentComplete":null,"state":"completed","result":"failed","resultCode":null,"changeId":14,
              "lastModified":"0001-01-01T00:00:00","workerName":"Hosted Agent","order":1,"details":null,
              "errorCount":0,"warningCount":0,"url":null,"log":null,"task":null,"attempt":1,
              "identifier":"Test.Tests.__default","queueId":9,"issues":[],
              "_links":{"web":{"href":"https://dev.azure.com/fabrikam/Fabrikam/_build/results?buildId=7"}}},
             {"previousAttempts":[],"id":"%2$s","parentId":"%1$s","type":"Phase","name":"Tests",
              "startTime":null,"finishTime":null,"currentOperation":null,"percentComplete":null,
              "state":"completed","result":"failed","resultCode":null,"changeId":14,
              "lastModified":"0001-01-01T00:00:00","workerName":null,"order":1,"details":null,"errorCount":0,
              "warningCount":0,"url":null,"log":null,"task":null,"attempt":1,"identifier":"Test.Tests","issues":[]},
             {"previousAttempts":[],"id":"%1$s","parentId":null,"type":"Stage","name":"Test",
              "startTime":"2022-12-02T09:33:09Z","finishTime":"2022-12-02T09:37:39Z","currentOperation":null,
              "percentComplete":null,"state":"completed","result":"failed","resultCode":null,"changeId":15,
              "lastModified":"0001-01-01T00:00:00","workerName":null,"order":1,"details":null,"errorCount":0,
              "warningCount":0,"url":null,"log":null,"task":null,"attempt":1,"identifier":"Test","issues":[]},
             {"previousAttempts":[],"id":"%5$s","parentId":"%3$s","type":"Task","name":"Checkout",
              "startTime":"2022-12-02T09:33:15.0466667Z","finishTime":"2022-12-02T09:34:00Z",
              "currentOperation":null,"percentComplete":null,"state":"completed","result":"succeeded",
              "resultCode":null,"changeId":12,"lastModified":"0001-01-01T00:00:00","workerName":"Hosted Agent",
              "order":1,"details":null,"errorCount":0,"warningCount":0,"url":null,
              "log":{"id":4,"type":"Container","url":"https://dev.azure.com/fabrikam/_apis/build/builds/7/logs/4"},
              "task":{"id":"6d15af64-176c-496d-b583-fd2ae21d4df4","name":"Checkout","version":"1.0.0"},
              "attempt":1,"identifier":null,"issues":[]}
            ],
            "lastChangedBy":"00000002-0000-8888-8000-000000000000",
            "lastChangedOn":"2022-12-02T09:37:39.6966667Z",
            "id":"%6$s",
            "changeId":15,
            "url":"https://dev.azure.com/fabrikam/Fabrikam/_apis/build/builds/7/Timeline/%6$s"}
            """.formatted(STAGE, PHASE, JOB, TEST, CHECKOUT, PLAN);

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private ServerSocket socket;
    private Thread acceptor;
    private AzureDevOpsService service;

    @BeforeEach
    void start() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::serve, "timeline-server");
        acceptor.setDaemon(true);
        acceptor.start();
        service = AzureDevOpsService.of(AdoClient.builder()
                .organization("http://127.0.0.1:" + socket.getLocalPort() + "/fabrikam")
                .credentials(Credentials.pat("not-a-secret")).build());
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        socket.close();
        acceptor.join(5_000);
    }

    @Test
    void stages_onASpecShapedTimeline_walkStagesJobsAndTasksInOrder() {
        Build build = service.organization().project("Fabrikam").build(7);

        List<BuildStage> stages = build.stages();

        assertThat(stages).extracting(BuildStage::name).containsExactly("Test");
        BuildStage stage = stages.get(0);
        assertThat(stage.result()).contains(TaskResult.FAILED);
        assertThat(stage.state()).isEqualTo(TimelineRecordState.COMPLETED);
        assertThat(stage.jobs()).extracting(BuildJob::name).containsExactly("Tests");
        BuildJob job = stage.jobs().get(0);
        assertThat(job.tasks()).extracting(BuildTask::name).containsExactly("Checkout", "Run tests");
        assertThat(job.tasks()).extracting(t -> t.record().id())
                .containsExactly(UUID.fromString(CHECKOUT), UUID.fromString(TEST));
        assertThat(job.tasks().get(1).result()).contains(TaskResult.FAILED);
        assertThat(job.tasks().get(1).record().issues()).hasSize(1);
        assertThat(requests).singleElement().asString()
                .startsWith("GET /fabrikam/Fabrikam/_apis/build/builds/7/timeline ");
    }

    @Test
    void timeline_specShaped_bindsLastChangedByAsTheGuidItIs() {
        Timeline timeline = Builds.timeline(service.organization().project("Fabrikam").api(), 7);

        assertThat(timeline.lastChangedBy()).isEqualTo(UUID.fromString("00000002-0000-8888-8000-000000000000"));
        assertThat(timeline.records()).hasSize(5);
        assertThat(timeline.records().get(1).other().members()).containsKeys("queueId", "_links");
    }

    /** Answers each connection once: the timeline for its path, 404 for anything else; then closes. */
    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(10_000);
                String head = readHead(s.getInputStream());
                String requestLine = head.substring(0, Math.max(0, head.indexOf("\r\n")));
                requests.add(requestLine);
                boolean timeline = requestLine.startsWith("GET /fabrikam/Fabrikam/_apis/build/builds/7/timeline");
                byte[] body = (timeline ? TIMELINE : "{\"message\":\"not here\",\"typeKey\":\"NotFound\"}")
                        .getBytes(StandardCharsets.UTF_8);
                OutputStream out = s.getOutputStream();
                out.write(((timeline ? "HTTP/1.1 200 OK" : "HTTP/1.1 404 Not Found")
                        + "\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: " + body.length
                        + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                // closed by stop(), or a client that went away: either way the next accept decides
            }
        }
    }

    private static String readHead(InputStream in) throws IOException {
        var head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4 && head.size() < 65_536) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = (b == (matched % 2 == 0 ? '\r' : '\n')) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
