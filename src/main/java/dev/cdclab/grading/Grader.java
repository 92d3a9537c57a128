package dev.cdclab.grading;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.junit.platform.launcher.TestExecutionListener;

/**
 * Grades one submission folder by running the lesson suites through the JUnit Platform, and
 * returns the grade model. The lab is either started for the run (and closed after it) or
 * provided by the caller, so that many submissions can share one lab (self-check, batch grading).
 *
 * <pre>{@code
 * GradeReport report = Grader.grade(new Grader.Request(Path.of("solutions"), LessonSelection.parse("L04"),
 *         Messages.forLanguage("en"), "embedded"), lab, report -> {});
 * }</pre>
 */
public final class Grader {
    private static final Map<String, LabEnvironment> PROVIDED = new ConcurrentHashMap<>();

    private Grader() {
    }

    /** What to grade and how to speak about it. */
    public record Request(Path submission, LessonSelection lessons, Messages messages, String backend) {
    }

    /** Grades on a lab started for this run; {@code checkpoint} receives the report after every check. */
    public static GradeReport grade(Request request, Consumer<GradeReport> checkpoint) {
        return run(request, null, checkpoint);
    }

    /** Grades on a lab the caller owns and closes. */
    public static GradeReport grade(Request request, LabEnvironment lab, Consumer<GradeReport> checkpoint) {
        return grade(request, lab, checkpoint, new TestExecutionListener() { });
    }

    /** Like {@link #grade(Request, LabEnvironment, Consumer)}, with {@code observer} told of each check as it starts and ends (the lab-fault tests). */
    static GradeReport grade(Request request, LabEnvironment lab, Consumer<GradeReport> checkpoint, TestExecutionListener observer) {
        String key = UUID.randomUUID().toString();
        PROVIDED.put(key, lab);
        try {
            return run(request, key, checkpoint, observer);
        } finally {
            PROVIDED.remove(key);
        }
    }

    private static GradeReport run(Request request, String labKey, Consumer<GradeReport> checkpoint, TestExecutionListener... observers) {
        Path submission = request.submission().toAbsolutePath().normalize();
        GradeCollector collector = new GradeCollector(submission.getFileName().toString(), request.messages(), checkpoint);
        TestExecutionListener[] listeners = java.util.stream.Stream.concat(java.util.stream.Stream.of(collector),
                java.util.Arrays.stream(observers)).toArray(TestExecutionListener[]::new);
        LessonSuites.run(request.lessons(), submission, request.backend(), labKey, listeners);
        return collector.report();
    }

    /** The lab a caller provided under {@code key}, or null. */
    static LabEnvironment provided(String key) {
        return key == null || key.isEmpty() ? null : PROVIDED.get(key);
    }
}
