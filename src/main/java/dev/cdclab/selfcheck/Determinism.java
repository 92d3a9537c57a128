package dev.cdclab.selfcheck;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.embedded.EmbeddedLab;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Grades the reference solutions N times, each on a fresh lab, and reports every check whose status
 * or score changed between runs. Flakiness found here is a bug of the grader, to be fixed.
 */
public final class Determinism {
    private Determinism() {
    }

    public static SelfCheckResult.Determinism measure(Path project, LessonSelection lessons, int runs, Consumer<String> progress) {
        Map<String, String> first = null;
        int identical = 0;
        List<String> unstable = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Map<String, String> outcome;
            try (EmbeddedLab lab = EmbeddedLab.start()) {
                outcome = outcome(Grader.grade(new Grader.Request(project.resolve("solutions"), lessons,
                        Messages.forLanguage("en"), lab.backend()), lab, report -> { }));
            }
            if (first == null) {
                first = outcome;
            }
            boolean same = first.equals(outcome);
            if (same) {
                identical++;
            } else {
                for (String check : outcome.keySet()) {
                    if (!Objects.equals(first.get(check), outcome.get(check)) && !unstable.contains(check)) {
                        unstable.add(check);
                    }
                }
            }
            progress.accept("determinism run " + run + "/" + runs + ": " + (same ? "identical" : "differs: " + unstable));
        }
        return new SelfCheckResult.Determinism(runs, identical, unstable);
    }

    /** Check id → "status score" of one grade. */
    private static Map<String, String> outcome(GradeReport report) {
        Map<String, String> outcome = new LinkedHashMap<>();
        report.lessons().forEach(lesson -> lesson.checks().forEach((CheckGrade check) ->
                outcome.put(check.id(), check.status().wire() + " " + check.score())));
        return outcome;
    }
}
