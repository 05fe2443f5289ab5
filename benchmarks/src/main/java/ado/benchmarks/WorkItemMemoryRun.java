package ado.benchmarks;

import ado.core.Envelope;
import ado.core.json.JsonCodec;
import ado.core.json.JsonType;
import ado.json.JacksonCodec;
import ado.model.wit.WorkItem;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Memory per decoded work item: the 200-work-item batch of {@link BenchData} (seed 42, about 1.1 MB) decoded
 * {@code copies} times into {@code ado.model} records and kept, with the built-in codec, the ado.json
 * {@code JacksonCodec} and a plain Jackson {@code ObjectMapper}. Per codec and round: the bytes the decoding thread
 * allocated per item ({@code ThreadMXBean.getThreadAllocatedBytes}) and the heap the kept items retain per item
 * (heap used after full GCs with the items held, minus before). The codecs take turns round by round.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar ado.benchmarks.WorkItemMemoryRun [copies]
 * [rounds]}
 */
public final class WorkItemMemoryRun {

    private static final JsonType<Envelope<WorkItem>> TYPE = JsonType.of(Envelope.class, WorkItem.class);

    private WorkItemMemoryRun() {
    }

    public static void main(String[] args) throws Exception {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        JsonCodec builtin = JsonCodec.builtin();
        byte[] batch = new BenchData(42).workItemBatch(200, builtin);
        JsonCodec jackson = JacksonCodec.create();
        ObjectMapper plain = PlainJackson.mapper();
        JavaType plainType = plain.constructType(TYPE.type());
        List<String> names = List.of("builtin", "jackson", "plain");
        List<Function<byte[], Envelope<WorkItem>>> decoders = List.of(b -> builtin.read(b, TYPE),
                b -> jackson.read(b, TYPE), b -> {
                    try {
                        return plain.readValue(b, plainType);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        Envelope<WorkItem> reference = builtin.read(batch, TYPE);
        for (var d : decoders) {
            if (!d.apply(batch).equals(reference)) {
                throw new IllegalStateException("a codec does not decode the batch into the built-in codec's records");
            }
        }
        int items = copies * reference.value().size();
        long[][] allocated = new long[names.size()][rounds + 1];
        long[][] retained = new long[names.size()][rounds + 1];
        for (int r = 0; r <= rounds; r++) { // round 0 warms up
            for (int c = 0; c < names.size(); c++) {
                long[] m = measure(decoders.get(c), batch, copies);
                allocated[c][r] = m[0] / items;
                retained[c][r] = m[1] / items;
            }
        }
        System.out.printf("%,d work items (%d copies of a %,d B batch of 200), %d rounds; load average %.1f%n",
                items, copies, batch.length, rounds,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.println("| codec | allocated B per item (median) | retained B per item (median) | retained min-max |");
        System.out.println("|---|---:|---:|---|");
        for (int c = 0; c < names.size(); c++) {
            long[] a = Arrays.copyOfRange(allocated[c], 1, rounds + 1);
            long[] k = Arrays.copyOfRange(retained[c], 1, rounds + 1);
            Arrays.sort(a);
            Arrays.sort(k);
            System.out.printf("| %s | %,d | %,d | %,d-%,d |%n", names.get(c), a[a.length / 2], k[k.length / 2], k[0],
                    k[k.length - 1]);
        }
    }

    /** {@return the bytes allocated by this thread and the heap retained by {@code copies} decoded batches} */
    private static long[] measure(Function<byte[], Envelope<WorkItem>> decode, byte[] batch, int copies) {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = usedAfterGc();
        long allocatedBefore = threads.getThreadAllocatedBytes(id);
        var kept = new ArrayList<Envelope<WorkItem>>(copies);
        for (int i = 0; i < copies; i++) {
            kept.add(decode.apply(batch));
        }
        long allocated = threads.getThreadAllocatedBytes(id) - allocatedBefore;
        long after = usedAfterGc();
        if (kept.size() != copies) {
            throw new IllegalStateException("lost a batch");
        }
        return new long[] {allocated, after - before};
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
