package dev.cdclab.classroom;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.backend.LabBackends;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Grades many submissions, one after the other, on one shared lab, each in isolation: a grade
 * runs on a thread of its own under a bound, and whatever it does (crash, hang) ends as an
 * {@link Outcome} of its own, never as an exception of the batch. The lab is started for the
 * first grade and started afresh after a grade that ran past its bound, crashed, or found the lab
 * failing, so no submission can leave anything behind for the next one: a grade that is abandoned
 * loses its lab, and whatever of it still runs fails at once and touches nothing else.
 *
 * <pre>{@code
 * try (BatchGrader grader = new BatchGrader(LabBackends.onThisMachine(), "embedded", LessonSelection.parse("L04"),
 *         Messages.forLanguage("ru"), Duration.ofMinutes(10))) {
 *     BatchGrader.Outcome outcome = grader.grade(Path.of("submissions/anna/exercises"));
 * }
 * }</pre>
 */
public final class BatchGrader implements SubmissionGrader, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BatchGrader.class);
    /** How long an abandoned grade gets to end once its lab is closed under it. */
    static final Duration GRACE = Duration.ofSeconds(10);

    /** How one submission's grade ended. */
    public sealed interface Outcome {
        long durationMs();
    }

    /** The grade is complete (it may still be not gradable: then the lab, not the student, failed). */
    public record Graded(GradeReport report, long durationMs) implements Outcome {
    }

    /** The grade crashed ({@link StoredResult#ERROR}) or ran past its bound ({@link StoredResult#TIMED_OUT}). */
    public record Failed(String status, String detail, long durationMs) implements Outcome {
    }

    private final LabBackends backends;
    private final String backend;
    private final LessonSelection lessons;
    private final Messages messages;
    private final Duration bound;
    private LabEnvironment lab;

    public BatchGrader(LabBackends backends, String backend, LessonSelection lessons, Messages messages, Duration bound) {
        this.backends = backends;
        this.backend = backend;
        this.lessons = lessons;
        this.messages = messages;
        this.bound = bound;
    }

    /** Grades {@code submission}; the bound counts the grade only, not the lab's start. */
    @Override
    public Outcome grade(Path submission) {
        long started = System.nanoTime();
        LabEnvironment shared;
        try {
            shared = lab();
        } catch (RuntimeException e) {
            return new Failed(StoredResult.ERROR, "the lab did not start: " + firstLine(e), elapsedMs(started));
        }
        long gradeStarted = System.nanoTime();
        FutureTask<GradeReport> grade = new FutureTask<>(() ->
                Grader.grade(new Grader.Request(submission, lessons, messages, shared.backend()), shared, report -> { }));
        Thread thread = new Thread(grade, "cdclab-batch-grade");
        thread.setDaemon(true);
        thread.start();
        try {
            GradeReport report = grade.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            if (!report.gradable()) {
                discardLab();
            }
            return new Graded(report, elapsedMs(gradeStarted));
        } catch (TimeoutException e) {
            abandon(grade, thread);
            return new Failed(StoredResult.TIMED_OUT, "ran past its bound of " + shown(bound) + "; the lab was started afresh",
                    elapsedMs(gradeStarted));
        } catch (ExecutionException e) {
            LOG.warn("the grade of {} crashed", submission, e.getCause());
            discardLab();
            return new Failed(StoredResult.ERROR, "the grader crashed: " + firstLine(e.getCause()), elapsedMs(gradeStarted));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon(grade, thread);
            return new Failed(StoredResult.ERROR, "interrupted", elapsedMs(gradeStarted));
        }
    }

    private LabEnvironment lab() {
        if (lab == null) {
            lab = backends.start(backends.choose(backend));
        }
        return lab;
    }

    /** Stops a grade that is still running: interrupts it, takes its lab away, and waits a little for it to end. */
    private void abandon(FutureTask<GradeReport> grade, Thread thread) {
        grade.cancel(true);
        discardLab();
        try {
            thread.join(GRACE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("an abandoned grade still runs {} s after its lab was closed; it can reach no other lab", GRACE.toSeconds());
        }
    }

    private void discardLab() {
        if (lab != null) {
            lab.close();
            lab = null;
        }
    }

    /** {@code 60 s}, or {@code 250 ms} for a bound below a second. */
    private static String shown(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String firstLine(Throwable failure) {
        String message = failure == null ? "" : String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
        return failure == null ? "unknown" : failure.getClass().getSimpleName() + ": " + message;
    }

    @Override
    public void close() {
        discardLab();
    }
}
