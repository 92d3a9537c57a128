package dev.cdclab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WaitTest {
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration LONG = Duration.ofSeconds(1);

    @Test
    void the_first_accepted_value_is_returned() {
        AtomicInteger polls = new AtomicInteger();
        Integer value = Wait.forValue("three polls", LONG, polls::incrementAndGet).until(v -> v >= 3);
        assertThat(value).isEqualTo(3);
        assertThat(polls).hasValue(3);
    }

    @Test
    void a_timeout_names_the_wait_and_the_last_value_seen() {
        // GIVEN a connector that stays UNASSIGNED
        AtomicInteger polls = new AtomicInteger();
        // WHEN it is awaited as RUNNING
        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> Wait.forValue("connector inventory RUNNING", SHORT, () -> "UNASSIGNED #" + polls.incrementAndGet())
                        .until("RUNNING"::equals));
        // THEN the failure says what was awaited, for how long, and the last state seen
        assertThat(timeout).isNotNull();
        assertThat(timeout.what()).isEqualTo("connector inventory RUNNING");
        assertThat(timeout.timeout()).isEqualTo(SHORT);
        assertThat(timeout).hasMessage("Timed out after 300 ms waiting for connector inventory RUNNING; last seen: "
                + timeout.lastSeen());
        assertThat(seenNumber(timeout.lastSeen(), "UNASSIGNED #")).isGreaterThan(1).isBetween(polls.get() - 1, polls.get());
    }

    @Test
    void described_as_shapes_the_last_value_in_the_message() {
        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> Wait.forValue("rows", SHORT, () -> 2).describedAs(n -> n + " row(s)").until(n -> n == 4));
        assertThat(timeout.lastSeen()).isEqualTo("2 row(s)");
    }

    @Test
    void a_probe_that_returns_nothing_times_out_without_a_last_value() {
        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> Wait.forValue("a topic", SHORT, () -> null).until(v -> true));
        assertThat(timeout.lastSeen()).isNull();
        assertThat(timeout).hasMessage("Timed out after 300 ms waiting for a topic");
    }

    @Test
    void a_terminal_value_fails_at_once_with_the_given_failure() {
        // GIVEN a connector that has FAILED
        IllegalStateException failed = new IllegalStateException("connector FAILED");
        AtomicInteger polls = new AtomicInteger();
        long start = System.nanoTime();
        // WHEN it is awaited for a second, failing fast on FAILED
        IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class,
                () -> Wait.forValue("connector RUNNING", LONG, () -> "FAILED #" + polls.incrementAndGet())
                        .failFastWhen(state -> state.startsWith("FAILED"), state -> failed)
                        .until("RUNNING"::equals));
        // THEN that very failure ends the wait on the first poll, well before the timeout
        assertThat(thrown).isSameAs(failed);
        assertThat(polls).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG);
    }

    @Test
    void a_terminal_failure_may_be_an_error_such_as_a_check_failure() {
        AssertionError failed = new AssertionError("the check failed");
        AssertionError thrown = catchThrowableOfType(AssertionError.class,
                () -> Wait.forValue("x", LONG, () -> 1).failFastWhen(v -> v == 1, v -> failed).until(v -> false));
        assertThat(thrown).isSameAs(failed);
    }

    @Test
    void a_checked_terminal_failure_is_wrapped_with_the_name_of_the_wait() {
        IOException cause = new IOException("gone");
        IllegalStateException thrown = catchThrowableOfType(IllegalStateException.class,
                () -> Wait.forValue("the worker", LONG, () -> 1).failFastWhen(v -> true, v -> cause).until(v -> false));
        assertThat(thrown).hasMessage("the worker: gone").hasCause(cause);
    }

    @Test
    void a_probe_that_throws_is_tried_again() {
        AtomicInteger polls = new AtomicInteger();
        String value = Wait.forValue("the worker", LONG, () -> {
            if (polls.incrementAndGet() < 3) {
                throw new IOException("connection refused");
            }
            return "up";
        }).until("up"::equals);
        assertThat(value).isEqualTo("up");
        assertThat(polls).hasValue(3);
    }

    @Test
    void the_last_exception_of_the_probe_is_described_on_timeout() {
        AtomicInteger polls = new AtomicInteger();
        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> Wait.forValue("the worker", SHORT, () -> {
                    throw new IOException("connection refused #" + polls.incrementAndGet());
                }).until(v -> true));
        assertThat(seenNumber(timeout.lastSeen(), "java.io.IOException: connection refused #"))
                .isGreaterThan(1).isBetween(polls.get() - 1, polls.get());
    }

    @Test
    void a_probe_that_finds_a_lab_server_gone_ends_the_wait_at_once_with_that_fault() {
        // GIVEN a probe whose server refuses: the lab's worker was killed
        LabUnreachableException gone = new LabUnreachableException("Kafka Connect REST API", "http://127.0.0.1:8083/",
                "GET /connectors/inventory/status", new IOException("connection refused"));
        AtomicInteger polls = new AtomicInteger();
        long start = System.nanoTime();
        // WHEN it is awaited for a second
        LabUnreachableException thrown = catchThrowableOfType(LabUnreachableException.class,
                () -> Wait.forValue("connector inventory RUNNING", LONG, () -> {
                    polls.incrementAndGet();
                    throw gone;
                }).until(v -> true));
        // THEN the fault itself ends the wait on the first poll: no timeout that would read as the student's failure
        assertThat(thrown).isSameAs(gone);
        assertThat(polls).hasValue(1);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LONG);
        assertThat(thrown).hasMessage("Kafka Connect REST API at http://127.0.0.1:8083/ stopped answering"
                + " (GET /connectors/inventory/status): java.io.IOException: connection refused");
    }

    /** The poll number at the end of a last-seen text (a poll may still end after the timeout). */
    private static int seenNumber(String lastSeen, String prefix) {
        assertThat(lastSeen).startsWith(prefix);
        return Integer.parseInt(lastSeen.substring(prefix.length()));
    }
}
