package ado.emulator.internal.http;

import java.time.Duration;
import java.util.Objects;

/** What an injected fault does to a request. */
public sealed interface FaultAction {

    /** Drop the connection before reading the request body and before answering. */
    record ResetBeforeRead() implements FaultAction {
    }

    /** Read the request body, then drop the connection without answering. */
    record ResetAfterRead() implements FaultAction {
    }

    /** Serve the request (apply it), then drop the connection without answering. */
    record ResetAfterApply() implements FaultAction {
    }

    /** Wait, then serve the request normally. */
    record Delay(Duration duration) implements FaultAction {
        /** Checks the duration. */
        public Delay {
            Objects.requireNonNull(duration, "duration == null");
            if (duration.isNegative()) {
                throw new IllegalArgumentException("duration must not be negative: " + duration);
            }
        }
    }

    /** Serve the request, but send only half of the body (whose full length the headers announce) and drop. */
    record TruncateBody() implements FaultAction {
    }

    /** Answer with this status and ADO's error body instead of serving. */
    record Status(int status) implements FaultAction {
        /** Checks the status. */
        public Status {
            if (status < 100 || status > 599) {
                throw new IllegalArgumentException("status must be 100..599: " + status);
            }
        }
    }

    /** Answer 429 with {@code Retry-After} and ADO's TF400733 body. */
    record Throttle429(int retryAfterSeconds) implements FaultAction {
        /** Checks the delay. */
        public Throttle429 {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("retryAfterSeconds must not be negative: " + retryAfterSeconds);
            }
        }
    }

    /** Serve the request normally but add {@code Retry-After} and {@code X-RateLimit-*} headers (ADO's delay). */
    record Throttle200(int retryAfterSeconds) implements FaultAction {
        /** Checks the delay. */
        public Throttle200 {
            if (retryAfterSeconds < 0) {
                throw new IllegalArgumentException("retryAfterSeconds must not be negative: " + retryAfterSeconds);
            }
        }
    }

    /** Answer 203 with an HTML sign-in page, as ADO does for some bad credentials. */
    record HtmlPage() implements FaultAction {
    }
}
