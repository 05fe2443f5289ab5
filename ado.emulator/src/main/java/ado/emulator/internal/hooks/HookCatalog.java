package ado.emulator.internal.hooks;

import java.util.List;
import java.util.Optional;

/** The service hook publishers and consumers the emulator offers (a subset of ADO's, with ADO's ids). */
public final class HookCatalog {

    /**
     * A publisher.
     *
     * @param id     its id
     * @param name   its name
     * @param events its event type ids and names, alternating
     */
    public record Publisher(String id, String name, List<String> events) {
    }

    /**
     * A consumer.
     *
     * @param id       its id
     * @param name     its name
     * @param actions  its action ids and names, alternating
     * @param required the consumer inputs every action needs
     */
    public record Consumer(String id, String name, List<String> actions, List<String> required) {
    }

    /** The publishers. */
    public static final List<Publisher> PUBLISHERS = List.of(
            new Publisher("tfs", "Azure DevOps", List.of(
                    "build.complete", "Build completed",
                    "git.push", "Code pushed",
                    "git.pullrequest.created", "Pull request created",
                    "git.pullrequest.updated", "Pull request updated",
                    "git.pullrequest.merged", "Pull request merge attempted",
                    "workitem.created", "Work item created",
                    "workitem.updated", "Work item updated",
                    "workitem.deleted", "Work item deleted",
                    "workitem.commented", "Work item commented on")),
            new Publisher("pipelines", "Pipelines", List.of(
                    "ms.vss-pipelines.run-state-changed-event", "Run state changed",
                    "ms.vss-pipelines.stage-state-changed-event", "Run stage state changed")));

    /** The consumers. */
    public static final List<Consumer> CONSUMERS = List.of(
            new Consumer("webHooks", "Web Hooks", List.of("httpRequest", "Post via HTTP"), List.of("url")),
            new Consumer("azureStorageQueue", "Azure Storage", List.of("enqueue", "Insert a message in a queue"),
                    List.of("accountName", "accountKey", "queueName")));

    private HookCatalog() {
    }

    /** {@return publisher {@code id}} */
    public static Optional<Publisher> publisher(String id) {
        return PUBLISHERS.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** {@return consumer {@code id}} */
    public static Optional<Consumer> consumer(String id) {
        return CONSUMERS.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
