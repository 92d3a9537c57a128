package dev.cdclab.lessons;

import dev.cdclab.grading.Check;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.Lesson;
import dev.cdclab.grading.Visibility;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.Submission;
import org.junit.jupiter.api.Order;

/**
 * Lesson 04's hidden checks (instructor only: never in a student's copy). Same lesson id as the
 * public suite, so the report shows one lesson L04; the student sees these checks only as
 * {@code L04.hidden-N} with their points. Texts come from {@code hidden_*.properties} next to this
 * folder, not from the shipped bundle.
 *
 * <pre>{@code
 * Lesson04HiddenChecks.requireMinimalLocking(new Submission(Path.of("solutions")), "lesson04/connector.json");
 * }</pre>
 */
@Lesson(id = "L04", title = "lesson.L04.title")
class Lesson04HiddenChecks {
    private static final String CONNECTOR = "lesson04/connector.json";
    private static final String LOCKING_MODE = "snapshot.locking.mode";
    private static final String MINIMAL = "minimal";

    @Order(1)
    @Check(id = "L04.snapshot.locking-mode", points = 1, title = "hidden.L04.locking-mode.title",
            hint = "hidden.L04.locking-mode.hint", visibility = Visibility.HIDDEN)
    void theSnapshotHoldsTheGlobalReadLockOnlyWhileItReadsTheSchema(LabCheck check) {
        // GIVEN the student's connector config  THEN it runs with the minimal locking mode the course uses
        // (Debezium's default: a config without the key is right, since stating it is not what the lesson teaches)
        requireMinimalLocking(check.submission(), CONNECTOR);
    }

    /**
     * Fails unless {@code connectorFile} runs with {@code snapshot.locking.mode} {@code minimal}: set
     * so (any case), or not set at all, since {@code minimal} is Debezium's default.
     */
    static void requireMinimalLocking(Submission submission, String connectorFile) {
        String mode = submission.connector(connectorFile).get(LOCKING_MODE).orElse("").trim();
        if (mode.isEmpty() || MINIMAL.equalsIgnoreCase(mode)) {
            return;
        }
        throw CheckFailure.of(Text.of("hidden.L04.locking-mode.wrong", connectorFile, mode))
                .expected(Text.verbatim(LOCKING_MODE + " = " + MINIMAL))
                .observed(Text.verbatim(LOCKING_MODE + " = " + mode))
                .hint(Text.of("hidden.L04.locking-mode.hint"));
    }
}
