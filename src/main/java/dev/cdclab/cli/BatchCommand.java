package dev.cdclab.cli;

import dev.cdclab.classroom.BatchGrader;
import dev.cdclab.classroom.BatchRun;
import dev.cdclab.classroom.GraderVersion;
import dev.cdclab.classroom.Shard;
import dev.cdclab.grading.CheckIndex;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.LessonSuites;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.backend.LabBackends;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code batch}: grades a folder of submissions (one sub-folder per student, or a GitHub Classroom
 * export of repositories) on one shared lab into {@code out/gradebook.csv} and each student's
 * reports under {@code out/<student>/} (see {@link BatchRun}); a progress line per student goes
 * to standard error. {@code --rescore} rebuilds the gradebook from {@code out/} with the checks'
 * points now, grading nothing. Exit 0 when every student got a gradable grade, 3 when a grade
 * crashed, ran past its bound or found the lab failing (the gradebook has a row for them all), 2
 * for a usage error.
 *
 * <pre>{@code java -cp ... dev.cdclab.cli.Main batch --submissions=submissions --out=target/batch --shard=1/4 --resume}</pre>
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Grades a folder of submissions on one shared lab into a gradebook CSV and each student's reports.")
public final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--submissions", description = "One sub-folder per student (lesson04/ in it, or exercises/lesson04/).")
    Path submissions;

    @Option(names = "--out", required = true, description = "Where gradebook.csv and <student>/ reports go.")
    Path out;

    @Option(names = "--lesson", defaultValue = "all", description = "Lesson id (L04), a comma-separated list, or all.")
    String lesson;

    @Option(names = "--shard", defaultValue = "1/1", description = "i/n: every n-th student by name, from the i-th (default: all).")
    String shard;

    @Option(names = "--resume", description = "Keep students whose stored grade is of the same files by the same grader version.")
    boolean resume;

    @Option(names = "--rescore", description = "Rebuild the gradebook from out/ with the checks' current points; grade nothing.")
    boolean rescore;

    @Option(names = "--timeout", defaultValue = "10m", description = "Bound of one student's grade: 90s, 10m, 1h (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Option(names = "--lang", defaultValue = "ru", description = "Language of the students' reports: ru or en.")
    String language;

    @Option(names = "--backend", defaultValue = "${sys:lab.backend:-embedded}", description = "Lab backend: embedded, containers or auto.")
    String backend;

    @Override
    public Integer call() throws IOException {
        // picocli's writers wrap the real console: take them before the lab's logging takes System.out and System.err
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter console = spec.commandLine().getOut();
        Messages messages;
        Shard share;
        Duration bound;
        LessonSelection lessons = LessonSelection.parse(lesson);
        try {
            messages = Messages.forLanguage(language);
            share = Shard.parse(shard);
            bound = duration(timeout);
            requireUsable(lessons);
        } catch (IllegalArgumentException e) {
            err.println("batch: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Files.createDirectories(out);
        BatchRun run = new BatchRun(out, CheckIndex.discover(lessons), GraderVersion.current(), messages);
        BatchRun.Summary summary;
        if (rescore) {
            summary = run.rescore(share, err);
        } else {
            LabLogging.sendTo(out);
            try (BatchGrader grader = new BatchGrader(LabBackends.onThisMachine(), backend, lessons, messages, bound)) {
                summary = run.grade(submissions, share, resume, grader, err);
            }
        }
        console.printf("gradebook: %s (%d students: %d graded, %d kept from an earlier run, %d errors, %d timed out)%n",
                summary.gradebook(), summary.students(), summary.graded(), summary.kept(), summary.errors(), summary.timedOut());
        console.flush();
        return summary.errors() + summary.timedOut() == 0 && summary.notGradable() == 0 ? ExitCode.OK.code() : ExitCode.INFRASTRUCTURE.code();
    }

    private void requireUsable(LessonSelection lessons) {
        List<String> unknown = lessons.unknownIn(LessonSuites.ids());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("--lesson: unknown lesson(s) " + unknown + "; this grader has " + LessonSuites.ids());
        }
        if (!rescore && (submissions == null || !Files.isDirectory(submissions))) {
            throw new IllegalArgumentException("--submissions: " + (submissions == null ? "missing" : "no folder " + submissions.toAbsolutePath())
                    + " (a folder with one sub-folder per student)");
        }
    }

    /** {@code 90}, {@code 90s}, {@code 10m}, {@code 1h}. */
    static Duration duration(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (!value.matches("[0-9]{1,6}[smh]?")) {
            throw new IllegalArgumentException("--timeout '" + text + "': expected a number of seconds, or 90s, 10m, 1h");
        }
        char unit = value.charAt(value.length() - 1);
        long amount = Long.parseLong(Character.isDigit(unit) ? value : value.substring(0, value.length() - 1));
        Duration duration = unit == 'm' ? Duration.ofMinutes(amount) : unit == 'h' ? Duration.ofHours(amount) : Duration.ofSeconds(amount);
        if (duration.isZero()) {
            throw new IllegalArgumentException("--timeout '" + text + "': must be more than 0");
        }
        return duration;
    }
}
