package ado.model.wit;

import ado.core.ApiCall;
import ado.core.Body;
import ado.core.Paging;
import ado.model.JsonPatchOperation;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Work items ({@code _apis/wit/workitems}): get, list and batch reads (at most 200 ids a call), create and update by
 * JSON Patch ({@link WorkItemPatch}), delete to the recycle bin, destroy, restore, revisions and updates.
 * {@code scope} is an organisation or project scope ({@code client.api()} or {@code client.api().project(p)});
 * {@code project} must be a project scope.
 */
public final class WorkItems {

    /** The api-version of these operations. */
    public static final String API_VERSION = "7.1";

    private static final ado.core.json.JsonType<ado.core.Envelope<WorkItem>> BATCH =
            ado.core.json.JsonType.of(ado.core.Envelope.class, WorkItem.class);

    /** The page size of revisions and updates. */
    public static final int PAGE_SIZE = 200;

    private WorkItems() {
    }

    private static ApiCall item(ApiCall scope, int id) {
        return scope.apis("wit", "workitems", Integer.toString(Copies.positive(id, "id")));
    }

    /**
     * {@return work item {@code id} with its fields and {@code _links}}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @throws ado.core.error.AdoNotFoundException if there is none (TF401232), or it is in the recycle bin
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static WorkItem get(ApiCall scope, int id) {
        return item(scope, id).get(API_VERSION).as(WorkItem.class);
    }

    /**
     * {@return work item {@code id} with {@code expand} added (relations, links, all)}
     *
     * @param scope  an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id     the work item id
     * @param expand what to add to the fields ({@code $expand})
     * @throws ado.core.error.AdoNotFoundException if there is no such work item, or it is in the recycle bin
     * @throws NullPointerException                if {@code expand} is null
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static WorkItem get(ApiCall scope, int id, WorkItemExpand expand) {
        Objects.requireNonNull(expand, "expand == null");
        return item(scope, id).query("$expand", expand.queryValue()).get(API_VERSION).as(WorkItem.class);
    }

    /**
     * {@return work item {@code id} with only {@code fields}, as it was at {@code asOf}}
     *
     * @param scope  an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id     the work item id
     * @param fields the fields to return; all when empty
     * @param asOf   the time to read it as of, or {@code null} for now
     * @throws ado.core.error.AdoNotFoundException if there is no such work item (at {@code asOf})
     * @throws NullPointerException                if {@code fields} is null or contains null
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static WorkItem get(ApiCall scope, int id, List<WorkItemFieldName> fields, Instant asOf) {
        return item(scope, id).query("fields", names(fields)).query("asOf", asOf).get(API_VERSION)
                .as(WorkItem.class);
    }

    private static String names(List<WorkItemFieldName> fields) {
        Objects.requireNonNull(fields, "fields == null");
        return fields.isEmpty() ? null : fields.stream().map(WorkItemFieldName::referenceName)
                .collect(Collectors.joining(","));
    }

    /**
     * {@return the work items of {@code request} in the order of its ids}; with {@link WorkItemErrorPolicy#OMIT} an
     * id that cannot be read gives {@code null} at its position. A read, though sent as a POST: resent after a
     * connection failure like a GET ({@link ado.core.ApiRequest#resendSafe()})
     *
     * @param scope   an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param request the ids (1 to 200) and what to read of them
     * @throws ado.core.error.AdoNotFoundException with the default policy, if an id cannot be read
     * @throws NullPointerException                if {@code request} is null
     */
    public static List<WorkItem> batch(ApiCall scope, WorkItemBatchRequest request) {
        ado.core.Envelope<WorkItem> read = batchResponse(scope, request).body();
        return read == null || read.value() == null ? List.of() : read.value();
    }

    /**
     * {@return the answer of {@link #batch}: its work items in {@code value} and its headers, among them the rate
     * limits ({@link ado.core.AdoResponse#rateLimit()}) a caller with several batches in flight adapts to}
     *
     * @param scope   an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param request the ids (1 to 200) and what to read of them
     * @throws ado.core.error.AdoNotFoundException with the default policy, if an id cannot be read
     * @throws NullPointerException                if {@code request} is null
     */
    public static ado.core.AdoResponse<ado.core.Envelope<WorkItem>> batchResponse(ApiCall scope,
            WorkItemBatchRequest request) {
        Objects.requireNonNull(request, "request == null");
        return scope.apis("wit", "workitemsbatch").post(API_VERSION).resendSafe().body(Body.json(request))
                .exchange(BATCH);
    }

    /**
     * {@return the work items {@code ids} (at most 200) by {@code GET _apis/wit/workitems?ids=}, in that order}
     *
     * @param scope       an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param ids         the work item ids, 1 to 200, each positive
     * @param expand      what to add to the fields, or {@code null}
     * @param errorPolicy what to do with ids that cannot be read, or {@code null} for {@code FAIL}
     * @throws ado.core.error.AdoNotFoundException with the default policy, if an id cannot be read
     * @throws NullPointerException                if {@code ids} is null
     * @throws IllegalArgumentException            if {@code ids} holds fewer than 1 or more than 200 ids, or a null or
     *                                             non-positive one, or {@code expand} or {@code errorPolicy} is
     *                                             {@code UNKNOWN}
     */
    public static List<WorkItem> list(ApiCall scope, List<Integer> ids, WorkItemExpand expand,
                                      WorkItemErrorPolicy errorPolicy) {
        WorkItemBatchRequest checked = new WorkItemBatchRequest(ids, null, expand, null, errorPolicy);
        return scope.apis("wit", "workitems").query("ids", checked.ids())
                .query("$expand", expand == null ? null : expand.queryValue())
                .query("errorPolicy", errorPolicy == null ? null : errorPolicy.name().toLowerCase(java.util.Locale.ROOT))
                .get(API_VERSION).asList(WorkItem.class);
    }

    /**
     * {@return the new work item of type {@code type} (such as {@code Task} or {@code User Story})}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param type    the work item type name
     * @param patch   the fields and relations of the new work item, such as {@link WorkItemPatch} builds
     * @throws ado.core.error.AdoBadRequestException if a rule fails (TF401320), a field is unknown (TF51535) or a path
     *                                               does not exist (TF401347)
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or work item type
     * @throws NullPointerException                  if {@code type} or {@code patch} is null
     * @throws IllegalArgumentException              if {@code type} is blank or {@code patch} is empty
     */
    public static WorkItem create(ApiCall project, String type, List<JsonPatchOperation> patch) {
        return create(project, type, patch, WorkItemUpdateOptions.NONE);
    }

    /**
     * {@return the new work item of type {@code type}, created with {@code options}}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param type    the work item type name, such as {@code Task}
     * @param patch   the fields and relations of the new work item
     * @param options validate only, bypass rules, suppress notifications; {@link WorkItemUpdateOptions#NONE}
     *                for none
     * @throws ado.core.error.AdoBadRequestException if a rule fails, a field is unknown or a path does not exist
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or work item type
     * @throws NullPointerException                  if an argument is null
     * @throws IllegalArgumentException              if {@code type} is blank or {@code patch} is empty
     */
    public static WorkItem create(ApiCall project, String type, List<JsonPatchOperation> patch,
                                  WorkItemUpdateOptions options) {
        return createResponse(project, type, patch, options).body();
    }

    /**
     * {@return the answer of {@link #create(ApiCall, String, List, WorkItemUpdateOptions)}: the new work item and
     * the headers, among them the rate limits ({@link ado.core.AdoResponse#rateLimit()}) a caller with several
     * writes in flight adapts to}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param type    the work item type name, such as {@code Task}
     * @param patch   the fields and relations of the new work item
     * @param options validate only, bypass rules, suppress notifications; {@link WorkItemUpdateOptions#NONE}
     *                for none
     * @throws ado.core.error.AdoBadRequestException if a rule fails, a field is unknown or a path does not exist
     * @throws ado.core.error.AdoNotFoundException   if there is no such project or work item type
     * @throws NullPointerException                  if an argument is null
     * @throws IllegalArgumentException              if {@code type} is blank or {@code patch} is empty
     */
    public static ado.core.AdoResponse<WorkItem> createResponse(ApiCall project, String type,
            List<JsonPatchOperation> patch, WorkItemUpdateOptions options) {
        Checks.nonBlank(type, "type");
        return send(project.apis("wit", "workitems", "$" + type).post(API_VERSION), patch, options);
    }

    /**
     * {@return work item {@code id} after applying {@code patch} atomically}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @param patch the changes; a {@code test} of {@code /rev} first makes the update fail if someone else changed
     *              the work item since
     * @throws ado.core.error.AdoPreconditionFailedException if a {@code test} (such as {@code /rev}) fails; nothing
     *                                                       changes
     * @throws ado.core.error.AdoBadRequestException         if a rule fails; nothing changes
     * @throws ado.core.error.AdoNotFoundException           if there is no such work item
     * @throws NullPointerException                          if {@code patch} is null
     * @throws IllegalArgumentException                      if {@code patch} is empty or {@code id} is not positive
     */
    public static WorkItem update(ApiCall scope, int id, List<JsonPatchOperation> patch) {
        return update(scope, id, patch, WorkItemUpdateOptions.NONE);
    }

    /**
     * {@return work item {@code id} after applying {@code patch} with {@code options}}
     *
     * @param scope   an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id      the work item id
     * @param patch   the field and relation changes, such as {@link WorkItemPatch} builds
     * @param options validate only, bypass rules, suppress notifications; {@link WorkItemUpdateOptions#NONE}
     *                for none
     * @throws ado.core.error.AdoPreconditionFailedException if a {@code test} fails; nothing changes
     * @throws ado.core.error.AdoBadRequestException         if a rule fails; nothing changes
     * @throws ado.core.error.AdoNotFoundException           if there is no such work item
     * @throws NullPointerException                          if {@code patch} or {@code options} is null
     * @throws IllegalArgumentException                      if {@code patch} is empty or {@code id} is not positive
     */
    public static WorkItem update(ApiCall scope, int id, List<JsonPatchOperation> patch,
                                  WorkItemUpdateOptions options) {
        return updateResponse(scope, id, patch, options).body();
    }

    /**
     * {@return the answer of {@link #update(ApiCall, int, List, WorkItemUpdateOptions)}: the work item after the
     * change and the headers, among them the rate limits ({@link ado.core.AdoResponse#rateLimit()}) a caller with
     * several writes in flight adapts to}
     *
     * @param scope   an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id      the work item id
     * @param patch   the field and relation changes, such as {@link WorkItemPatch} builds
     * @param options validate only, bypass rules, suppress notifications; {@link WorkItemUpdateOptions#NONE}
     *                for none
     * @throws ado.core.error.AdoPreconditionFailedException if a {@code test} fails; nothing changes
     * @throws ado.core.error.AdoBadRequestException         if a rule fails; nothing changes
     * @throws ado.core.error.AdoNotFoundException           if there is no such work item
     * @throws NullPointerException                          if {@code patch} or {@code options} is null
     * @throws IllegalArgumentException                      if {@code patch} is empty or {@code id} is not positive
     */
    public static ado.core.AdoResponse<WorkItem> updateResponse(ApiCall scope, int id,
            List<JsonPatchOperation> patch, WorkItemUpdateOptions options) {
        return send(item(scope, id).patch(API_VERSION), patch, options);
    }

    private static ado.core.AdoResponse<WorkItem> send(ado.core.ApiRequest request, List<JsonPatchOperation> patch,
                                 WorkItemUpdateOptions options) {
        Objects.requireNonNull(patch, "patch == null");
        Objects.requireNonNull(options, "options == null");
        if (patch.isEmpty()) {
            throw new IllegalArgumentException("patch must not be empty");
        }
        return request.query(options.query()).body(Body.jsonPatch(List.copyOf(patch))).exchange(WorkItem.class);
    }

    /**
     * Moves work item {@code id} to the recycle bin.
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @throws ado.core.error.AdoNotFoundException if there is no such work item, or it is in the recycle bin
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static void delete(ApiCall scope, int id) {
        item(scope, id).delete(API_VERSION).send();
    }

    /**
     * Deletes work item {@code id} for good (it cannot be restored).
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @throws ado.core.error.AdoNotFoundException if there is no such work item
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static void destroy(ApiCall scope, int id) {
        item(scope, id).query("destroy", true).delete(API_VERSION).send();
    }

    /**
     * {@return the work items in the project's recycle bin}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @throws ado.core.error.AdoNotFoundException if there is no such project
     */
    public static List<WorkItemDeleteReference> recycleBin(ApiCall project) {
        return project.apis("wit", "recycleBin").get(API_VERSION).asList(WorkItemDeleteReference.class);
    }

    /**
     * {@return work item {@code id} restored from the recycle bin}
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param id      the work item id
     * @throws ado.core.error.AdoNotFoundException if it is not in the recycle bin
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static WorkItemDeleteReference restore(ApiCall project, int id) {
        return project.apis("wit", "recycleBin", Integer.toString(Copies.positive(id, "id"))).patch(API_VERSION)
                .body(Body.json(Map.of("IsDeleted", false))).as(WorkItemDeleteReference.class);
    }

    /**
     * Destroys work item {@code id} from the recycle bin; it cannot be restored.
     *
     * @param project the project scope, {@code client.api().project(p)}
     * @param id      the work item id
     * @throws ado.core.error.AdoNotFoundException if it is not in the recycle bin
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static void destroyDeleted(ApiCall project, int id) {
        project.apis("wit", "recycleBin", Integer.toString(Copies.positive(id, "id"))).delete(API_VERSION).send();
    }

    /**
     * {@return every revision of work item {@code id}, oldest first, fetched lazily 200 at a time}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @throws ado.core.error.AdoNotFoundException from the stream, if there is no such work item
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static Stream<WorkItem> revisions(ApiCall scope, int id) {
        return revisions(scope, id, PAGE_SIZE);
    }

    /**
     * {@return every revision of work item {@code id}, oldest first, fetched lazily {@code pageSize} at a time with
     * {@code $top}/{@code $skip}}
     *
     * @param scope    an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id       the work item id
     * @param pageSize how many revisions to fetch per request
     * @throws ado.core.error.AdoNotFoundException from the stream, if there is no such work item
     * @throws IllegalArgumentException            if {@code id} or {@code pageSize} is not positive
     */
    public static Stream<WorkItem> revisions(ApiCall scope, int id, int pageSize) {
        return item(scope, id).path("revisions").get(API_VERSION).stream(Paging.offset(WorkItem.class,
                Copies.positive(pageSize, "pageSize")));
    }

    /**
     * {@return the update history of work item {@code id}, oldest first, fetched lazily 200 at a time}
     *
     * @param scope an organisation or project scope, {@code client.api()} or {@code client.api().project(p)}
     * @param id    the work item id
     * @throws ado.core.error.AdoNotFoundException from the stream, if there is no such work item
     * @throws IllegalArgumentException            if {@code id} is not positive
     */
    public static Stream<WorkItemUpdate> updates(ApiCall scope, int id) {
        return item(scope, id).path("updates").get(API_VERSION).stream(Paging.offset(WorkItemUpdate.class,
                PAGE_SIZE));
    }
}
