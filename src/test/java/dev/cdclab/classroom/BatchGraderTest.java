package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grading.LessonSelection;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.backend.LabBackends;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the shared lab is started and started afresh, with labs that serve nothing (every check
 * that touches one fails at once as the lab's fault): no real server is started here.
 */
class BatchGraderTest {
    @TempDir
    Path submission;

    private final AtomicInteger starts = new AtomicInteger();
    private final List<String> closed = new ArrayList<>();

    /** A lab that is only a name: its handles are null, and it notes when it is closed. */
    private LabEnvironment emptyLab() {
        String name = "lab-" + starts.incrementAndGet();
        return (LabEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {LabEnvironment.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "backend" -> "embedded";
                    case "close" -> closed.add(name);
                    case "toString" -> name;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    private BatchGrader grader(LabBackends backends, Duration bound) {
        return new BatchGrader(backends, "embedded", LessonSelection.parse("L04"), Messages.forLanguage("en"), bound);
    }

    private LabBackends labs() {
        return new LabBackends(() -> false, this::emptyLab, () -> {
            throw new AssertionError("no containers here");
        });
    }

    @Test
    void a_lab_that_does_not_start_is_an_error_row_and_the_next_submission_tries_again() {
        LabBackends broken = new LabBackends(() -> false, () -> {
            starts.incrementAndGet();
            throw new LabStartException("MariaDB", "port 3306 in use", null, null);
        }, () -> null);

        try (BatchGrader grader = grader(broken, Duration.ofMinutes(1))) {
            BatchGrader.Outcome first = grader.grade(submission);
            grader.grade(submission);

            assertThat(first).isInstanceOf(BatchGrader.Failed.class);
            assertThat(((BatchGrader.Failed) first).status()).isEqualTo(StoredResult.ERROR);
            assertThat(((BatchGrader.Failed) first).detail()).startsWith("the lab did not start: LabStartException: ").contains("port 3306 in use");
            assertThat(starts).hasValue(2);
        }
    }

    @Test
    void a_grade_past_its_bound_is_timed_out_and_its_lab_is_closed_so_the_next_one_gets_a_fresh_lab() {
        try (BatchGrader grader = grader(labs(), Duration.ofMillis(1))) {
            BatchGrader.Outcome first = grader.grade(submission);

            assertThat(first).isInstanceOf(BatchGrader.Failed.class);
            assertThat(((BatchGrader.Failed) first).status()).isEqualTo(StoredResult.TIMED_OUT);
            assertThat(((BatchGrader.Failed) first).detail()).isEqualTo("ran past its bound of 1 ms; the lab was started afresh");
            assertThat(closed).containsExactly("lab-1");

            grader.grade(submission);
            assertThat(starts).hasValue(2);
        }
    }

    @Test
    void a_grade_the_lab_failed_is_kept_as_not_gradable_and_the_next_one_gets_a_fresh_lab() {
        try (BatchGrader grader = grader(labs(), Duration.ofMinutes(2))) {
            BatchGrader.Outcome first = grader.grade(submission);

            assertThat(first).isInstanceOf(BatchGrader.Graded.class);
            assertThat(((BatchGrader.Graded) first).report().gradable()).isFalse();
            assertThat(closed).containsExactly("lab-1");

            grader.grade(submission);
            assertThat(starts).hasValue(2);
        }
        assertThat(closed).containsExactly("lab-1", "lab-2");
    }
}
