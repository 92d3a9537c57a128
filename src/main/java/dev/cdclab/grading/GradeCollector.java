package dev.cdclab.grading;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.LabUnreachableException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the grade model while the lesson suites run; renders nothing. At plan start every check
 * is registered as "not run: the grader stopped before this check", so a crash still leaves a
 * complete report; after each change {@code checkpoint} receives the current report (the CLI
 * writes it to disk). Stack traces go to the lab log, never into the model.
 */
public final class GradeCollector implements TestExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger(GradeCollector.class);

    private final String submission;
    private final Messages messages;
    private final Consumer<GradeReport> checkpoint;
    private final Map<String, LessonEntry> lessons = new LinkedHashMap<>();
    private final Map<String, CheckEntry> checks = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final long started = System.nanoTime();
    private String backend = "embedded";
    private boolean gradable = true;

    public GradeCollector(String submission, Messages messages, Consumer<GradeReport> checkpoint) {
        this.submission = submission;
        this.messages = messages;
        this.checkpoint = checkpoint;
    }

    private record LessonEntry(Lesson lesson, List<String> checkIds) {
    }

    private static final class CheckEntry {
        final Check check;
        final String lessonId;
        CheckStatus status = CheckStatus.NOT_RUN;
        double score;
        Text message = Text.of("check.not-run");
        Text expected;
        Text observed;
        Text hint;
        long startedAt;
        long durationMs;
        double partsWeight;
        double partsPassed;

        CheckEntry(Check check, String lessonId) {
            this.check = check;
            this.lessonId = lessonId;
        }
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(id -> register(plan, id)));
        publish();
    }

    private void register(TestPlan plan, TestIdentifier id) {
        Optional<Method> method = methodOf(id);
        if (method.isEmpty() || !method.get().isAnnotationPresent(Check.class)) {
            return;
        }
        Class<?> suite = method.get().getDeclaringClass();
        Lesson lesson = suite.getAnnotation(Lesson.class);
        if (lesson == null) {
            return;
        }
        Check check = method.get().getAnnotation(Check.class);
        lessons.computeIfAbsent(lesson.id(), k -> new LessonEntry(lesson, new ArrayList<>())).checkIds().add(id.getUniqueId());
        checks.put(id.getUniqueId(), new CheckEntry(check, lesson.id()));
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        CheckEntry entry = checks.get(id.getUniqueId());
        if (entry != null) {
            entry.startedAt = System.nanoTime();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        CheckEntry entry = checks.get(id.getUniqueId());
        if (entry != null) {
            entry.message = Text.of("check.skipped", reason);
            publish();
        }
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        entry.getKeyValuePairs().forEach((key, value) -> {
            if (key.equals(ReportEntries.NOTE)) {
                notes.add(messages.render(ReportEntries.decode(value)));
            } else if (key.equals(ReportEntries.BACKEND)) {
                backend = value;
            } else if (key.equals(ReportEntries.PART) && checks.containsKey(id.getUniqueId())) {
                double[] part = ReportEntries.decodePart(value);
                checks.get(id.getUniqueId()).partsWeight += part[0];
                checks.get(id.getUniqueId()).partsPassed += part[0] * part[1];
            }
        });
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        CheckEntry entry = checks.get(id.getUniqueId());
        if (entry != null) {
            entry.durationMs = (System.nanoTime() - entry.startedAt) / 1_000_000;
            record(entry, id, result);
        } else if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
            // a suite failed around its checks (its set-up, say): its unfinished checks share the cause
            checks.entrySet().stream()
                    .filter(c -> c.getKey().startsWith(id.getUniqueId()) && c.getValue().status == CheckStatus.NOT_RUN)
                    .forEach(c -> record(c.getValue(), id, result));
        }
        publish();
    }

    private void record(CheckEntry entry, TestIdentifier id, TestExecutionResult result) {
        Throwable failure = result.getThrowable().orElse(null);
        if (failure instanceof ParameterResolutionException && failure.getCause() != null) {
            // JUnit wraps what a resolver throws: LabExtension's lab that did not start, say
            failure = failure.getCause();
        }
        if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
            entry.status = CheckStatus.PASSED;
            entry.score = entry.check.points();
            entry.message = null;
            return;
        }
        // partial credit when only parts failed: the passed parts' share of the points; a failure
        // outside the parts means parts never reached, so nothing can be counted
        entry.score = PartialCredit.isPartsFailure(failure) && entry.partsWeight > 0
                ? entry.check.points() * entry.partsPassed / entry.partsWeight : 0;
        entry.hint = entry.check.hint().isEmpty() ? null : Text.of(entry.check.hint());
        if (failure instanceof CheckFailure checkFailure) {
            entry.status = CheckStatus.FAILED;
            entry.message = checkFailure.summary();
            entry.expected = checkFailure.expected();
            entry.observed = checkFailure.observed();
            if (checkFailure.hint() != null) {
                entry.hint = checkFailure.hint();
            }
        } else if (failure instanceof InfrastructureException || failure instanceof LabStartException
                || failure instanceof LabUnreachableException) {
            entry.status = CheckStatus.ERROR;
            entry.message = Text.of("check.infrastructure", String.valueOf(failure.getMessage()).lines().findFirst().orElse(""));
            entry.hint = Text.of("hint.infrastructure");
            gradable = false;
        } else if (failure instanceof TimeoutException) {
            entry.status = CheckStatus.TIMED_OUT;
            entry.message = Text.of("check.timed-out", failure.getMessage());
        } else if (failure instanceof AssertionError) {
            entry.status = CheckStatus.FAILED;
            entry.message = Text.verbatim(failure.getMessage());
        } else {
            entry.status = CheckStatus.ERROR;
            entry.message = Text.of("check.grader-error", String.valueOf(failure));
            entry.hint = Text.of("hint.infrastructure");
            gradable = false;
        }
        if (failure != null && !(failure instanceof CheckFailure)) {
            LOG.warn("check {} ended with {}", entry.check.id(), entry.status, failure);
        }
    }

    private static Optional<Method> methodOf(TestIdentifier id) {
        return id.getSource()
                .filter(MethodSource.class::isInstance)
                .map(MethodSource.class::cast)
                .map(source -> {
                    try {
                        return source.getJavaMethod();
                    } catch (RuntimeException e) {
                        return null;
                    }
                });
    }

    private void publish() {
        checkpoint.accept(report());
    }

    /** The report as it stands now. */
    public GradeReport report() {
        List<LessonGrade> lessonGrades = new ArrayList<>();
        lessons.forEach((lessonId, lesson) -> {
            List<CheckGrade> grades = lesson.checkIds().stream().map(checks::get).map(this::grade).toList();
            double max = grades.stream().mapToDouble(CheckGrade::maxScore).sum();
            double score = grades.stream().mapToDouble(CheckGrade::score).sum();
            if (lesson.lesson().cap() > 0) {
                max = Math.min(max, lesson.lesson().cap());
                score = Math.min(score, max);
            }
            lessonGrades.add(new LessonGrade(lessonId, messages.render(Text.of(lesson.lesson().title())), score, max, grades));
        });
        return new GradeReport(GradeReport.SCHEMA, submission, backend, messages.language(), gradable,
                lessonGrades.stream().mapToDouble(LessonGrade::score).sum(),
                lessonGrades.stream().mapToDouble(LessonGrade::maxScore).sum(),
                (System.nanoTime() - started) / 1_000_000, lessonGrades, List.copyOf(notes));
    }

    private CheckGrade grade(CheckEntry entry) {
        return new CheckGrade(entry.check.id(), messages.render(Text.of(entry.check.title())), entry.lessonId,
                entry.status, entry.score, entry.check.points(), entry.check.visibility().wire(),
                render(entry.message), render(entry.expected), render(entry.observed),
                entry.status == CheckStatus.PASSED ? null : render(entry.hint), entry.durationMs);
    }

    private String render(Text text) {
        return text == null ? null : messages.render(text);
    }
}
