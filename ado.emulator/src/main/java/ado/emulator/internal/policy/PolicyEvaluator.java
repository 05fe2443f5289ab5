package ado.emulator.internal.policy;

import ado.core.json.JsonArray;
import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.git.PullRequest;
import ado.emulator.internal.git.PullRequestStore;
import ado.emulator.internal.http.AdoError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Evaluates the policies that apply to a pull request (enabled, scoped to its repository and target branch) and
 * refuses completion while a blocking one is not approved, unless the completion options bypass policies:
 * <ul>
 *   <li>minimum reviewers: approving votes (10 or 5) of reviewers other than the author (unless
 *       {@code creatorVoteCounts}) reach {@code minimumApproverCount}; without {@code allowDownvotes} a -5 or -10
 *       vote rejects;</li>
 *   <li>required reviewers: the listed identities approved ({@code minimumApproverCount} of them, default all);</li>
 *   <li>comment requirements: no thread is active or pending;</li>
 *   <li>work item linking: at least one linked work item;</li>
 *   <li>build: the latest build of {@code buildDefinitionId} for {@code refs/pull/{id}/merge} succeeded (no build:
 *       queued; any other result: rejected), as {@link BuildOutcomes} reports it;</li>
 *   <li>status: the newest status with {@code statusName}/{@code statusGenre} succeeded;</li>
 *   <li>merge strategy: the completion options' strategy is allowed.</li>
 * </ul>
 * Push policies (file size, path length, reserved names) do not apply to pull requests. A new pull request gets the
 * reviewers of every required reviewers policy that applies to it as reviewers (required when the policy blocks).
 */
public final class PolicyEvaluator implements PullRequestStore.PolicyHook {

    /**
     * One policy's state on one pull request.
     *
     * @param config   the configuration
     * @param revision its current revision
     * @param status   ADO's status name: approved, rejected, queued
     */
    public record Evaluation(PolicyConfig config, PolicyConfig.Revision revision, String status) {

        /** {@return the evaluation id: stable per configuration and pull request} */
        public UUID evaluationId(int pullRequestId) {
            return UUID.nameUUIDFromBytes(("policy-evaluation/" + config.id() + "/" + pullRequestId)
                    .getBytes(StandardCharsets.UTF_8));
        }
    }

    private final PolicyStore store;
    private volatile BuildOutcomes builds;

    /** Creates the evaluator over {@code store}, reading build results from {@code builds}. */
    public PolicyEvaluator(PolicyStore store, BuildOutcomes builds) {
        this.store = Objects.requireNonNull(store, "store == null");
        this.builds = Objects.requireNonNull(builds, "builds == null");
    }

    /** Replaces where build results come from (the build engine, once it is wired). */
    public void builds(BuildOutcomes outcomes) {
        this.builds = Objects.requireNonNull(outcomes, "outcomes == null");
    }

    /** {@return the evaluations of the policies that apply to {@code pr}, by configuration id} */
    public List<Evaluation> evaluate(PullRequest pr) {
        var out = new ArrayList<Evaluation>();
        for (PolicyConfig config : store.inProject(pr.repository().projectId())) {
            PolicyConfig.Revision rev = config.current();
            if (!rev.enabled() || !applies(rev.settings(), pr)) {
                continue;
            }
            String status = status(config.typeId(), rev.settings(), pr);
            if (status != null) {
                out.add(new Evaluation(config, rev, status));
            }
        }
        return out;
    }

    @Override
    public void created(PullRequest pr) {
        for (PolicyConfig config : store.inProject(pr.repository().projectId())) {
            PolicyConfig.Revision rev = config.current();
            if (!config.typeId().equals(PolicyType.REQUIRED_REVIEWERS) || !rev.enabled()
                    || !applies(rev.settings(), pr)
                    || !(rev.settings().get("requiredReviewerIds") instanceof JsonArray ids)) {
                continue;
            }
            for (JsonValue v : ids.values()) {
                if (v instanceof JsonString s && !UUID.fromString(s.value()).equals(pr.createdBy())) {
                    PullRequest.Reviewer r = pr.reviewer(UUID.fromString(s.value()));
                    r.required(r.required() || rev.blocking());
                }
            }
        }
    }

    @Override
    public Optional<AdoError> refusal(PullRequest pr) {
        if (pr.completionOptions() != null && pr.completionOptions().wire().get("bypassPolicy") == JsonBoolean.TRUE) {
            return Optional.empty();
        }
        List<String> failing = evaluate(pr).stream()
                .filter(e -> e.revision().blocking() && !e.status().equals("approved"))
                .map(e -> PolicyType.find(e.config().typeId()).map(PolicyType::displayName).orElse("policy")
                        + " (" + e.status() + ")")
                .toList();
        return failing.isEmpty() ? Optional.empty()
                : Optional.of(PolicyErrors.policiesNotPassing(pr.id(), String.join(", ", failing)));
    }

    private static boolean applies(JsonObject settings, PullRequest pr) {
        if (!(settings.get("scope") instanceof JsonArray scope)) {
            return false;
        }
        String target = pr.targetRefName();
        for (JsonValue v : scope.values()) {
            if (!(v instanceof JsonObject s)) {
                continue;
            }
            Optional<String> repo = s.string("repositoryId");
            if (repo.isPresent() && !repo.get().equalsIgnoreCase(pr.repository().id().toString())) {
                continue;
            }
            String kind = s.string("matchKind").orElse("").toLowerCase(Locale.ROOT);
            String ref = s.string("refName").orElse("");
            boolean covers = switch (kind) {
                case "exact" -> target.equals(ref);
                case "prefix" -> target.startsWith(ref);
                case "defaultbranch" -> pr.repository().defaultBranch().map(target::equals).orElse(false);
                default -> true;
            };
            if (covers) {
                return true;
            }
        }
        return false;
    }

    /** {@return the status of one policy, or {@code null} when its type does not apply to pull requests} */
    private String status(UUID type, JsonObject settings, PullRequest pr) {
        if (type.equals(PolicyType.MINIMUM_REVIEWERS)) {
            return verdict(minimumReviewers(settings, pr));
        } else if (type.equals(PolicyType.REQUIRED_REVIEWERS)) {
            return verdict(requiredReviewers(settings, pr));
        } else if (type.equals(PolicyType.COMMENTS)) {
            return verdict(pr.threads().stream().noneMatch(t -> t.status().equals("active")
                    || t.status().equals("pending")));
        } else if (type.equals(PolicyType.WORK_ITEMS)) {
            return verdict(!pr.workItems().isEmpty());
        } else if (type.equals(PolicyType.BUILD)) {
            int definition = intSetting(settings, "buildDefinitionId", 0);
            return builds.latestResult(pr.repository().projectId(), definition, "refs/pull/" + pr.id() + "/merge")
                    .map(r -> r.equalsIgnoreCase("succeeded") ? "approved" : "rejected").orElse("queued");
        } else if (type.equals(PolicyType.STATUS)) {
            return statusCheck(settings, pr);
        } else if (type.equals(PolicyType.MERGE_STRATEGY)) {
            return verdict(mergeStrategyAllowed(settings, pr));
        }
        return null;
    }

    private static String verdict(boolean approved) {
        return approved ? "approved" : "rejected";
    }

    private static boolean minimumReviewers(JsonObject settings, PullRequest pr) {
        boolean creatorCounts = flag(settings, "creatorVoteCounts");
        boolean allowDownvotes = flag(settings, "allowDownvotes");
        int approvals = 0;
        for (PullRequest.Reviewer r : pr.reviewers().values()) {
            if (!allowDownvotes && r.vote() < 0) {
                return false;
            }
            if (r.vote() >= 5 && (creatorCounts || !r.id().equals(pr.createdBy()))) {
                approvals++;
            }
        }
        return approvals >= intSetting(settings, "minimumApproverCount", 1);
    }

    private static boolean requiredReviewers(JsonObject settings, PullRequest pr) {
        List<UUID> required = new ArrayList<>();
        if (settings.get("requiredReviewerIds") instanceof JsonArray a) {
            for (JsonValue v : a.values()) {
                if (v instanceof JsonString s) {
                    required.add(UUID.fromString(s.value()));
                }
            }
        }
        boolean creatorCounts = flag(settings, "creatorVoteCounts");
        long approved = required.stream().filter(id -> creatorCounts || !id.equals(pr.createdBy()))
                .map(id -> pr.reviewers().get(id)).filter(r -> r != null && r.vote() >= 5).count();
        return approved >= intSetting(settings, "minimumApproverCount", required.size());
    }

    private static String statusCheck(JsonObject settings, PullRequest pr) {
        String name = settings.string("statusName").orElse("");
        String genre = settings.string("statusGenre").orElse("");
        PullRequest.Status newest = null;
        for (PullRequest.Status s : pr.statuses()) {
            if (s.context() instanceof JsonObject c && c.string("name").orElse("").equals(name)
                    && c.string("genre").orElse("").equals(genre)) {
                newest = s;
            }
        }
        if (newest == null) {
            return "queued";
        }
        return newest.state().equalsIgnoreCase("succeeded") ? "approved" : "rejected";
    }

    private static boolean mergeStrategyAllowed(JsonObject settings, PullRequest pr) {
        String strategy = pr.completionOptions() == null ? "noFastForward"
                : pr.completionOptions().wire().string("mergeStrategy").orElse("noFastForward");
        String setting = switch (strategy.toLowerCase(Locale.ROOT)) {
            case "squash" -> "allowSquash";
            case "rebase" -> "allowRebase";
            case "rebasemerge" -> "allowRebaseMerge";
            default -> "allowNoFastForward";
        };
        return flag(settings, setting);
    }

    private static boolean flag(JsonObject settings, String name) {
        return settings.get(name) == JsonBoolean.TRUE;
    }

    private static int intSetting(JsonObject settings, String name, int fallback) {
        return settings.get(name) instanceof JsonNumber n && n.isLong() ? (int) n.longValue() : fallback;
    }
}
