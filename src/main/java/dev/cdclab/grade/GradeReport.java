package dev.cdclab.grade;

import java.util.List;

/**
 * The one immutable model every report is rendered from.
 *
 * @param gradable false when the grader or its lab failed: the score then says nothing about the student
 * @param notes    what the lab changed in the student's artifacts to run them (host names, class names)
 */
public record GradeReport(String schema, String submission, String backend, String language, boolean gradable,
                          double score, double maxScore, long durationMs, List<LessonGrade> lessons, List<String> notes) {
    public static final String SCHEMA = "cdclab.grade-report/1";

    public GradeReport {
        lessons = List.copyOf(lessons);
        notes = List.copyOf(notes);
    }

    public boolean fullPoints() {
        return gradable && score >= maxScore;
    }
}
