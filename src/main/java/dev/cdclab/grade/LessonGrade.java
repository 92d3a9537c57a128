package dev.cdclab.grade;

import java.util.List;

/** A lesson's checks and its score (capped when the lesson has a cap). */
public record LessonGrade(String id, String title, double score, double maxScore, List<CheckGrade> checks) {
    public LessonGrade {
        checks = List.copyOf(checks);
    }
}
