package dev.cdclab.classroom;

import java.nio.file.Path;

/** Grades one submission folder into an {@link BatchGrader.Outcome}, never throwing: {@link BatchGrader} on a shared lab. */
@FunctionalInterface
public interface SubmissionGrader {
    BatchGrader.Outcome grade(Path submission);
}
