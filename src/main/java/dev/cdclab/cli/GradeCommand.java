package dev.cdclab.cli;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.LessonSuites;
import dev.cdclab.i18n.Messages;
import dev.cdclab.report.AtomicFiles;
import dev.cdclab.report.JsonReport;
import dev.cdclab.report.ProgressLines;
import dev.cdclab.report.ReportFormat;
import dev.cdclab.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grade}: runs the lesson suites on a submission folder and writes every report under
 * {@code --out} (see {@link ReportWriter}); on GitHub Actions it also appends the Markdown summary
 * to {@code $GITHUB_STEP_SUMMARY}. Exit codes: see {@link ExitCode}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grades a submission folder on a real CDC lab and writes target/grade/.")
public final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--submission", defaultValue = "exercises", description = "Folder to grade (default: ${DEFAULT-VALUE}).")
    Path submission;

    @Option(names = "--lesson", defaultValue = "all", description = "Lesson id (L04), a comma-separated list, or all.")
    String lesson;

    @Option(names = "--lang", defaultValue = "ru", description = "Language of the feedback: ru or en.")
    String language;

    @Option(names = "--backend", defaultValue = "${sys:lab.backend:-embedded}",
            description = "Lab backend: embedded (no Docker), containers (MySQL 8.4 in Docker) or auto"
                    + " (containers when Docker answers). Default: -Dlab.backend, else embedded.")
    String backend;

    @Option(names = "--out", defaultValue = "target/grade", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--fail-on-missing-points", defaultValue = "true", arity = "1",
            description = "Exit 1 when points are missing (false: exit 0 with the report).")
    boolean failOnMissingPoints;

    @Option(names = "--max-minutes", defaultValue = "30", description = "Bound of the whole grade run.")
    int maxMinutes;

    /** Where {@code GITHUB_STEP_SUMMARY} is read from: the process environment (tests give their own). */
    Function<String, String> environment = System::getenv;

    /** Grades, and records the exit code in {@code <out>/exit-code} for the build to judge. */
    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        clearEarlierRun();
        int code;
        try {
            code = grade();
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("the grader failed: " + e + " (details in " + out.resolve("lab.log") + ")");
            code = ExitCode.INFRASTRUCTURE.code();
        }
        AtomicFiles.write(out.resolve("exit-code"), code + "\n");
        return code;
    }

    /**
     * Deletes what an earlier run wrote to {@code --out}: every report format, the lab's logs and
     * {@code exit-code}, and nothing else there. A run that stops early (a usage error) then never
     * leaves the previous run's report beside its own exit code.
     */
    private void clearEarlierRun() throws IOException {
        List<String> written = new ArrayList<>(List.of("exit-code", "lab.log", "lab-console.log"));
        // the formats' file names do not depend on the language
        new ReportWriter(Messages.forLanguage("en")).formats().forEach(format -> written.add(format.fileName()));
        for (String file : written) {
            Files.deleteIfExists(out.resolve(file));
        }
    }

    private int grade() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages messages;
        try {
            messages = Messages.forLanguage(language);
        } catch (IllegalArgumentException e) {
            err.println("--lang: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (!Files.isDirectory(submission)) {
            err.println(messages.get("cli.no-submission", submission.toAbsolutePath()));
            return ExitCode.USAGE.code();
        }
        LabLogging.sendTo(out);

        LessonSelection selection = LessonSelection.parse(lesson);
        List<String> unknown = selection.unknownIn(LessonSuites.ids());
        if (!unknown.isEmpty()) {
            err.println(messages.get("cli.unknown-lesson", unknown, LessonSuites.ids()));
            return ExitCode.USAGE.code();
        }
        JsonReport json = new JsonReport();
        ReportWriter reports = new ReportWriter(messages);
        ProgressLines progress = new ProgressLines(messages, spec.commandLine().getOut());
        RunWatchdog.start(Duration.ofMinutes(maxMinutes), () -> err.println(messages.get("cli.run-timeout", maxMinutes)));
        GradeReport report = Grader.grade(new Grader.Request(submission, selection, messages, backend), checkpoint -> {
            writeQuietly(json, checkpoint, err);
            progress.accept(reports.studentView(checkpoint));
        });
        spec.commandLine().getOut().println();
        reports.writeAll(out, report);
        appendStepSummary(reports, report, err);
        spec.commandLine().getOut().print(reports.console().render(reports.studentView(report)));
        spec.commandLine().getOut().flush();
        return exitCode(report).code();
    }

    private ExitCode exitCode(GradeReport report) {
        if (!report.gradable()) {
            return ExitCode.INFRASTRUCTURE;
        }
        return report.fullPoints() || !failOnMissingPoints ? ExitCode.OK : ExitCode.POINTS_MISSING;
    }

    /** On GitHub Actions, the Markdown summary also goes to the step's summary page. */
    private void appendStepSummary(ReportWriter reports, GradeReport report, PrintWriter err) {
        String stepSummary = environment.apply(ReportWriter.STEP_SUMMARY_ENV);
        if (stepSummary == null || stepSummary.isBlank()) {
            return;
        }
        try {
            reports.appendStepSummary(Path.of(stepSummary), report);
        } catch (IOException | InvalidPathException e) {
            err.println("could not append the summary to $" + ReportWriter.STEP_SUMMARY_ENV + " (" + stepSummary + "): " + e.getMessage());
        }
    }

    private void writeQuietly(ReportFormat format, GradeReport report, PrintWriter err) {
        try {
            format.writeTo(out, report);
        } catch (IOException e) {
            err.println("could not write " + out.resolve(format.fileName()) + ": " + e.getMessage());
        }
    }
}
