package ado.model.git;

import ado.core.json.JsonObject;

/**
 * Which iterations of a pull request a comment thread compares ({@code GitPullRequestCommentThreadContext}).
 *
 * @param iterationContext the iterations compared, or {@code null}
 * @param changeTrackingId the change's tracking id in the iteration changes, or {@code null}
 */
public record PullRequestThreadContext(Iterations iterationContext, Integer changeTrackingId) {

    /**
     * Checks the tracking id.
     *
     * @param iterationContext the iterations compared, or {@code null}
     * @param changeTrackingId the change's tracking id in the iteration changes, or {@code null}
     * @throws IllegalArgumentException if {@code changeTrackingId} is not positive
     */
    public PullRequestThreadContext {
        if (changeTrackingId != null && changeTrackingId < 1) {
            throw new IllegalArgumentException("changeTrackingId must be positive: " + changeTrackingId);
        }
    }

    /**
     * {@return a context comparing iteration {@code first} with iteration {@code second}}
     *
     * @param first  the earlier iteration, from 1
     * @param second the later iteration, at least {@code first}
     * @throws IllegalArgumentException if an iteration is not positive or {@code second} is before {@code first}
     */
    public static PullRequestThreadContext iterations(int first, int second) {
        return new PullRequestThreadContext(new Iterations(first, second), null);
    }

    /** {@return the wire form} */
    JsonObject toJson() {
        var b = JsonObject.builder();
        if (iterationContext != null) {
            b.put("iterationContext", JsonObject.builder()
                    .put("firstComparingIteration", iterationContext.firstComparingIteration())
                    .put("secondComparingIteration", iterationContext.secondComparingIteration()).build());
        }
        if (changeTrackingId != null) {
            b.put("changeTrackingId", changeTrackingId.intValue());
        }
        return b.build();
    }

    /**
     * Two iterations compared ({@code CommentIterationContext}).
     *
     * @param firstComparingIteration  the earlier iteration, from 1
     * @param secondComparingIteration the later iteration, at least {@code firstComparingIteration}
     */
    public record Iterations(int firstComparingIteration, int secondComparingIteration) {

        /**
         * Checks the order.
         *
         * @param firstComparingIteration  the earlier iteration, from 1
         * @param secondComparingIteration the later iteration, at least {@code firstComparingIteration}
         * @throws IllegalArgumentException if an iteration is not positive or the second is before the first
         */
        public Iterations {
            if (firstComparingIteration < 1) {
                throw new IllegalArgumentException("firstComparingIteration must be positive: "
                        + firstComparingIteration);
            }
            if (secondComparingIteration < firstComparingIteration) {
                throw new IllegalArgumentException("secondComparingIteration " + secondComparingIteration
                        + " is before firstComparingIteration " + firstComparingIteration);
            }
        }
    }
}
