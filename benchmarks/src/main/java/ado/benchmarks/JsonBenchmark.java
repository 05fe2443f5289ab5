package ado.benchmarks;

import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.json.JacksonCodec;
import ado.model.Envelope;
import ado.model.JsonPatchOperation;
import ado.model.git.GitPullRequest;
import ado.model.wit.WorkItem;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a 200-work-item batch (about 1 MB) and a 1,000-pull-request list into ado.model records, and encoding a
 * 500-operation JSON Patch, with the built-in codec, the ado.json JacksonCodec and a plain Jackson ObjectMapper.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Json -f 1 -wi 3 -w 2s -i 5 -r 2s -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonBenchmark {

    private static final JsonType<Envelope<WorkItem>> WORK_ITEMS = JsonType.of(Envelope.class, WorkItem.class);
    private static final JsonType<Envelope<GitPullRequest>> PULL_REQUESTS =
            JsonType.of(Envelope.class, GitPullRequest.class);

    /** Which implementation: {@code builtin}, {@code jackson} (ado.json) or {@code plain} (a bare ObjectMapper). */
    @Param({"builtin", "jackson", "plain"})
    public String codec;

    private Codec impl;
    private byte[] workItems;
    private byte[] pullRequests;
    private List<JsonPatchOperation> patch;

    /** The three implementations behind one shape. */
    private interface Codec {
        <T> T read(byte[] json, JsonType<T> type);

        byte[] write(Object value);
    }

    private record Ado(JsonCodec codec) implements Codec {
        @Override
        public <T> T read(byte[] json, JsonType<T> type) {
            return codec.read(json, type);
        }

        @Override
        public byte[] write(Object value) {
            return codec.write(value);
        }
    }

    private record Plain(ObjectMapper mapper, JavaType workItems, JavaType pullRequests) implements Codec {
        static Plain create() {
            ObjectMapper m = PlainJackson.mapper();
            return new Plain(m, m.constructType(WORK_ITEMS.type()), m.constructType(PULL_REQUESTS.type()));
        }

        @Override
        public <T> T read(byte[] json, JsonType<T> type) {
            try {
                return mapper.readValue(json, type == WORK_ITEMS ? workItems : type == PULL_REQUESTS ? pullRequests
                        : mapper.constructType(type.type()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public byte[] write(Object value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Codec codec(String name) {
        return switch (name) {
            case "builtin" -> new Ado(JsonCodec.builtin());
            case "jackson" -> new Ado(JacksonCodec.create());
            case "plain" -> Plain.create();
            default -> throw new IllegalArgumentException("codec must be builtin, jackson or plain: " + name);
        };
    }

    /** Builds the payloads and checks that this implementation gives the same records as the built-in codec. */
    @Setup
    public void setUp() {
        var data = new BenchData(42);
        JsonCodec reference = JsonCodec.builtin();
        workItems = data.workItemBatch(200, reference);
        pullRequests = data.pullRequestList(1000, reference);
        patch = data.patch(500);
        impl = codec(codec);
        check(impl.read(workItems, WORK_ITEMS).equals(reference.read(workItems, WORK_ITEMS)), "work items");
        check(impl.read(pullRequests, PULL_REQUESTS).equals(reference.read(pullRequests, PULL_REQUESTS)),
                "pull requests");
        var patchType = JsonType.listOf(JsonPatchOperation.class);
        check(reference.read(impl.write(patch), patchType).equals(patch), "patch");
    }

    private void check(boolean same, String what) {
        if (!same) {
            throw new IllegalStateException(codec + " does not produce the built-in codec's " + what);
        }
    }

    /** Prints the payload sizes, for per-byte figures. */
    public static void main(String[] args) {
        var data = new BenchData(42);
        JsonCodec c = JsonCodec.builtin();
        System.out.println("work item batch bytes: " + data.workItemBatch(200, c).length);
        System.out.println("pull request list bytes: " + data.pullRequestList(1000, c).length);
        System.out.println("patch bytes: " + c.write(data.patch(500)).length);
    }

    @Benchmark
    public Envelope<WorkItem> decodeWorkItemBatch200() {
        return impl.read(workItems, WORK_ITEMS);
    }

    @Benchmark
    public Envelope<GitPullRequest> decodePullRequestList1000() {
        return impl.read(pullRequests, PULL_REQUESTS);
    }

    @Benchmark
    public byte[] encodeJsonPatch500() {
        return impl.write(patch);
    }
}
