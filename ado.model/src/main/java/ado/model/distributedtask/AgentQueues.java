package ado.model.distributedtask;

import ado.core.ApiCall;
import java.util.List;

/** Agent queues of a project ({@code {project}/_apis/distributedtask/queues}, a preview API). */
public final class AgentQueues {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1-preview.1";

    private AgentQueues() {
    }

    /**
     * {@return the project's queues named {@code queueName} (or all for {@code null})}
     *
     * @param project   the project scope ({@code client.api().project(name)})
     * @param queueName the queue name, or {@code null} for all
     */
    public static List<TaskAgentQueue> list(ApiCall project, String queueName) {
        return scope(project).query("queueName", queueName).get(API_VERSION).asList(TaskAgentQueue.class);
    }

    /**
     * {@return queue {@code queueId}}
     *
     * @param project the project scope ({@code client.api().project(name)})
     * @param queueId the queue id, positive
     * @throws ado.core.error.AdoNotFoundException if there is none
     * @throws IllegalArgumentException            if {@code queueId} is not positive
     */
    public static TaskAgentQueue get(ApiCall project, int queueId) {
        return scope(project).path(AgentPools.id(queueId, "queueId")).get(API_VERSION).as(TaskAgentQueue.class);
    }

    private static ApiCall scope(ApiCall project) {
        return project.apis("distributedtask", "queues");
    }
}
