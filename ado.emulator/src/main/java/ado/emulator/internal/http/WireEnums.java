package ado.emulator.internal.http;

/**
 * The enums the emulator's routes read, with the integer values of Microsoft's generated clients
 * (azure-devops-node-api 15.1.1: {@code interfaces/GitInterfaces.js}, {@code BuildInterfaces.js},
 * {@code WorkItemTrackingInterfaces.js}, {@code PipelinesInterfaces.js}, {@code TaskAgentInterfaces.js},
 * {@code common/VSSInterfaces.js}).
 */
public final class WireEnums {

    private WireEnums() {
    }

    // git
    public static final WireEnum CHANGE_TYPE = WireEnum.flags("VersionControlChangeType", "none=0 add=1 edit=2 "
            + "encoding=4 rename=8 delete=16 undelete=32 branch=64 merge=128 lock=256 rollback=512 "
            + "sourceRename=1024 targetRename=2048 property=4096 all=8191");
    public static final WireEnum VERSION_TYPE = WireEnum.of("GitVersionType", "branch=0 tag=1 commit=2");
    public static final WireEnum VERSION_OPTIONS = WireEnum.of("GitVersionOptions",
            "none=0 previousChange=1 firstParent=2");
    public static final WireEnum CONTENT_TYPE = WireEnum.of("ItemContentType", "rawText=0 base64Encoded=1");
    public static final WireEnum PULL_REQUEST_STATUS = WireEnum.of("PullRequestStatus",
            "notSet=0 active=1 abandoned=2 completed=3 all=4");
    public static final WireEnum MERGE_STRATEGY = WireEnum.of("GitPullRequestMergeStrategy",
            "noFastForward=1 squash=2 rebase=3 rebaseMerge=4");
    public static final WireEnum RECURSION = WireEnum.of("VersionControlRecursionType",
            "none=0 oneLevel=1 oneLevelPlusNestedEmptyFolders=4 full=120");
    public static final WireEnum THREAD_STATUS = WireEnum.of("CommentThreadStatus",
            "unknown=0 active=1 fixed=2 wontFix=3 closed=4 byDesign=5 pending=6");
    public static final WireEnum STATUS_STATE = WireEnum.of("GitStatusState",
            "notSet=0 pending=1 succeeded=2 failed=3 error=4 notApplicable=5 partiallySucceeded=6");

    // JSON Patch (VSSInterfaces.Operation)
    public static final WireEnum OPERATION = WireEnum.of("Operation",
            "add=0 remove=1 replace=2 move=3 copy=4 test=5");

    // build
    public static final WireEnum BUILD_STATUS = WireEnum.flags("BuildStatus",
            "none=0 inProgress=1 completed=2 cancelling=4 postponed=8 notStarted=32 all=47");
    public static final WireEnum BUILD_RESULT = WireEnum.flags("BuildResult",
            "none=0 succeeded=2 partiallySucceeded=4 failed=8 canceled=32");
    public static final WireEnum BUILD_REASON = WireEnum.flags("BuildReason", "none=0 manual=1 individualCI=2 "
            + "batchedCI=4 schedule=8 scheduleForced=16 userCreated=32 validateShelveset=64 checkInShelveset=128 "
            + "pullRequest=256 buildCompletion=512 resourceTrigger=1024 triggered=1967 all=2031");
    public static final WireEnum BUILD_QUERY_ORDER = WireEnum.of("BuildQueryOrder", "finishTimeAscending=2 "
            + "finishTimeDescending=3 queueTimeDescending=4 queueTimeAscending=5 startTimeDescending=6 "
            + "startTimeAscending=7");
    public static final WireEnum DEFINITION_QUERY_ORDER = WireEnum.of("DefinitionQueryOrder", "none=0 "
            + "lastModifiedAscending=1 lastModifiedDescending=2 definitionNameAscending=3 "
            + "definitionNameDescending=4");
    public static final WireEnum QUEUE_PRIORITY = WireEnum.of("QueuePriority",
            "low=5 belowNormal=4 normal=3 aboveNormal=2 high=1");

    // work item tracking
    public static final WireEnum WORK_ITEM_EXPAND = WireEnum.of("WorkItemExpand",
            "none=0 relations=1 fields=2 links=3 all=4");
    public static final WireEnum QUERY_EXPAND = WireEnum.of("QueryExpand",
            "none=0 wiql=1 clauses=2 all=3 minimal=4");
    public static final WireEnum ERROR_POLICY = WireEnum.of("WorkItemErrorPolicy", "fail=1 omit=2");

    // distributed task (the task plane's timeline records and events, the library)
    public static final WireEnum RECORD_STATE = WireEnum.of("TimelineRecordState",
            "pending=0 inProgress=1 completed=2");
    public static final WireEnum TASK_RESULT = WireEnum.of("TaskResult", "succeeded=0 succeededWithIssues=1 "
            + "failed=2 canceled=3 skipped=4 abandoned=5 manuallyQueued=6 dependentOnManualQueue=7");
    public static final WireEnum VARIABLE_GROUP_ACTION = WireEnum.flags("VariableGroupActionFilter",
            "none=0 manage=2 use=16");
    public static final WireEnum VARIABLE_GROUP_ORDER = WireEnum.of("VariableGroupQueryOrder",
            "idAscending=0 idDescending=1");
}
