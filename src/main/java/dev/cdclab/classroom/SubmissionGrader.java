package dev.cdclab.classroom;

import java.nio.file.Path;

/**
 * Grades one submission folder into an {@link BatchGrader.Outcome}, never throwing: {@link BatchGrader}
 * on a shared lab, or what a test grades with instead.
 *
 * <pre>{@code BatchRun.Summary summary = run.grade(submissions, Shard.ALL, false, grader::grade, progress); }</pre>
 */
@FunctionalInterface
public interface SubmissionGrader {
    BatchGrader.Outcome grade(Path submission);
}
