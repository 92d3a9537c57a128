package dev.cdclab.selfcheck;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The grader proves itself on one shared lab: the reference solutions must get every point of every
 * lesson, the starters at most 10 % of each, every catalogued wrong (or hostile) submission must lose
 * exactly the checks it declares, each with the declared fragment in its feedback, and every
 * catalogued right answer (a correct submission in another form than the reference) must get every
 * point of its lesson.
 *
 * <pre>{@code
 * SelfCheckResult result = new SelfCheck(lab, Path.of("."), LessonSelection.parse("all")).run(line -> {});
 * }</pre>
 */
public final class SelfCheck {
    static final double STARTER_MAX_SHARE = 0.10;

    private final LabEnvironment lab;
    private final Path project;
    private final LessonSelection lessons;
    private final Messages messages = Messages.forLanguage("en");
    private final AnswerLeakScan leakScan;

    public SelfCheck(LabEnvironment lab, Path project, LessonSelection lessons) {
        this.lab = lab;
        this.project = project;
        this.lessons = lessons;
        this.leakScan = new AnswerLeakScan(project.resolve("solutions"), lessons);
    }

    /** Runs everything; {@code progress} receives a line per graded submission. */
    public SelfCheckResult run(Consumer<String> progress) {
        List<SelfCheckResult.Entry> entries = new ArrayList<>();
        GradeReport solutions = grade(project.resolve("solutions"), lessons);
        for (LessonGrade lesson : solutions.lessons()) {
            entries.add(report(progress, new SelfCheckResult.Entry("solutions", "solution", lesson.id(), "100%",
                    percent(lesson), solutions.gradable() && lesson.score() >= lesson.maxScore())));
        }
        GradeReport starters = grade(project.resolve("exercises"), lessons);
        for (LessonGrade lesson : starters.lessons()) {
            entries.add(report(progress, new SelfCheckResult.Entry("exercises", "starter", lesson.id(), "<= 10%",
                    percent(lesson), starters.gradable() && lesson.score() <= STARTER_MAX_SHARE * lesson.maxScore())));
        }
        entries.add(report(progress, leakScan.entry("exercises", starters, project.resolve("exercises"))));
        for (CatalogueEntry entry : Catalogue.load(project.resolve("grading/catalogue"))) {
            if (lessons.includes(entry.lesson())) {
                entries.add(report(progress, gradeEntry(entry)));
            }
        }
        return new SelfCheckResult(entries, null);
    }

    private SelfCheckResult.Entry gradeEntry(CatalogueEntry entry) {
        Path variant = null;
        try {
            variant = Variants.build(project.resolve("solutions"), entry);
            GradeReport report = grade(variant, LessonSelection.parse(entry.lesson()));
            List<CheckGrade> lost = report.lessons().stream().flatMap(l -> l.checks().stream())
                    .filter(c -> c.status() != CheckStatus.PASSED).toList();
            if (entry.isRight()) {
                return gradedRight(entry, report, lost);
            }
            List<String> leaks = leakScan.leaks(report, variant);
            String actual = lost.stream().map(c -> c.id() + (explains(c, entry.fails().get(c.id())) ? "" : " (without \""
                    + entry.fails().get(c.id()) + "\": " + firstLine(c.message()) + ")")).collect(Collectors.joining(", "));
            boolean ok = report.gradable()
                    && lost.stream().map(CheckGrade::id).collect(Collectors.toSet()).equals(entry.fails().keySet())
                    && lost.stream().allMatch(c -> explains(c, entry.fails().get(c.id()))) && leaks.isEmpty();
            actual += leaks.isEmpty() ? "" : "; answer key printed: " + String.join("; ", leaks);
            return new SelfCheckResult.Entry(entry.name(), entry.kind(), entry.lesson(),
                    String.join(", ", new TreeSet<>(entry.fails().keySet())), report.gradable() ? actual : "not gradable", ok);
        } catch (IOException | RuntimeException e) {
            return new SelfCheckResult.Entry(entry.name(), entry.kind(), entry.lesson(),
                    entry.isRight() ? "100%" : String.join(", ", new TreeSet<>(entry.fails().keySet())),
                    "self-check error: " + e.getMessage(), false);
        } finally {
            Variants.delete(variant);
        }
    }

    /** A right answer must get every point: no check lost, every lesson at its maximum. */
    private static SelfCheckResult.Entry gradedRight(CatalogueEntry entry, GradeReport report, List<CheckGrade> lost) {
        boolean full = report.gradable() && lost.isEmpty()
                && report.lessons().stream().allMatch(lesson -> lesson.score() >= lesson.maxScore());
        String actual = !report.gradable() ? "not gradable" : report.lessons().stream().map(SelfCheck::percent).collect(Collectors.joining(", "))
                + lost.stream().map(c -> c.id() + ": " + firstLine(c.message())).collect(Collectors.joining("; ", lost.isEmpty() ? "" : " lost ", ""));
        return new SelfCheckResult.Entry(entry.name(), entry.kind(), entry.lesson(), "100%", actual, full);
    }

    /** Whether the check's feedback (any of its texts) contains the declared fragment. */
    private static boolean explains(CheckGrade check, String fragment) {
        if (fragment == null) {
            return false;
        }
        String feedback = String.join("\n", Objects.toString(check.message(), ""), Objects.toString(check.expected(), ""),
                Objects.toString(check.observed(), ""), Objects.toString(check.hint(), ""));
        return feedback.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT));
    }

    private GradeReport grade(Path submission, LessonSelection selection) {
        return Grader.grade(new Grader.Request(submission, selection, messages, lab.backend()), lab, report -> { });
    }

    private static SelfCheckResult.Entry report(Consumer<String> progress, SelfCheckResult.Entry entry) {
        progress.accept(SelfCheckTable.row(entry));
        return entry;
    }

    private static String percent(LessonGrade lesson) {
        return String.format(Locale.ROOT, "%.0f%%", lesson.maxScore() == 0 ? 0 : 100 * lesson.score() / lesson.maxScore());
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    /** Writes {@code summary.json} into {@code folder}. */
    public static Path writeSummary(SelfCheckResult result, Path folder) {
        try {
            Files.createDirectories(folder);
            return dev.cdclab.report.AtomicFiles.write(folder.resolve("summary.json"), SelfCheckTable.json(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
