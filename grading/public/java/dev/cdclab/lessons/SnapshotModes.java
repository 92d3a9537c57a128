package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.i18n.Text;
import java.util.Map;

/**
 * Lesson 04's snapshot-mode scenarios: the student names a mode per situation in
 * {@code snapshot-modes.json}; the grader runs the student's connector with that mode in that situation.
 */
final class SnapshotModes {
    private SnapshotModes() {
    }

    /** Resets the course database and deploys the connector with the mode chosen for {@code scenario}. */
    static Scenario deploy(LabCheck check, String answersFile, String scenario, String connectorFile) {
        Map<String, String> answers = check.submission().answers(answersFile);
        String mode = answers.get(scenario);
        if (mode == null || mode.isBlank() || mode.startsWith("TODO")) {
            throw CheckFailure.of(Text.of("L04.mode.no-answer", answersFile, scenario))
                    .hint(Text.of("hint.L04.mode.answer", answersFile));
        }
        return new Scenario(check.courseDatabase(), check.deploy(connectorFile, Map.of("snapshot.mode", mode)));
    }
}
