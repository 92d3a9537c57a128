package dev.cdclab.report;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.StudentView;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Writes every format of a finished grade into the report folder, and appends the Markdown
 * summary to GitHub's step summary file when the run is a GitHub Actions step.
 *
 * <p>What a student reads ({@code console.txt}, {@code summary.md}, {@code report.html}, the
 * {@code junit.xml}, Classroom 50's {@code result.json} and
 * {@code release-body.md}, the Actions {@code annotations.txt}, PrairieLearn's results) is rendered from the
 * {@link StudentView}: a check that is not {@code visible} shows its points, never what it tests.
 * {@code report.json} (for tools) and {@code results.json} (Gradescope applies each test's
 * visibility itself) keep every detail.
 *
 * <pre>{@code
 * ReportWriter reports = new ReportWriter(Messages.forLanguage("ru"));
 * reports.writeAll(Path.of("target/grade"), report);
 * String stepSummary = System.getenv(ReportWriter.STEP_SUMMARY_ENV);
 * if (stepSummary != null) reports.appendStepSummary(Path.of(stepSummary), report);
 * }</pre>
 */
public final class ReportWriter {
    /** The variable GitHub Actions sets to the file a step appends its Markdown summary to. */
    public static final String STEP_SUMMARY_ENV = "GITHUB_STEP_SUMMARY";

    private final Messages messages;
    private final ConsoleReport console;
    private final MarkdownSummary summary;
    /** Rendered from the whole report, {@code report.json} first. */
    private final List<ReportFormat> complete;
    /** Rendered from the student view. */
    private final List<ReportFormat> forStudents;

    public ReportWriter(Messages messages) {
        this(messages, System::getenv, Clock.systemUTC());
    }

    /**
     * @param environment where Classroom 50's identity fields and {@code GITHUB_WORKSPACE} (the root
     *                    the annotations' paths start from; else the working directory) are read
     */
    public ReportWriter(Messages messages, Function<String, String> environment, Clock clock) {
        this.messages = messages;
        this.console = new ConsoleReport(messages);
        this.summary = new MarkdownSummary(messages);
        this.complete = List.of(new JsonReport(), new GradescopeResults(messages));
        this.forStudents = List.of(console, summary, new HtmlReport(messages),
                new JunitXmlReport(messages), new Classroom50Result(messages, environment, clock),
                new Classroom50ReleaseBody(messages), new ActionsAnnotations(messages, workspace(environment)),
                new PrairieLearnResults(messages));
    }

    /** Every format, {@code report.json} first. */
    public List<ReportFormat> formats() {
        List<ReportFormat> all = new ArrayList<>(complete);
        all.addAll(forStudents);
        return all;
    }

    /** The console table, to print as well as write (render it from {@link #studentView}). */
    public ConsoleReport console() {
        return console;
    }

    /** The report as a student may see it: hidden checks keep their points and lose their texts. */
    public GradeReport studentView(GradeReport report) {
        return StudentView.of(report, messages.get("check.hidden.title"));
    }

    /**
     * Writes every format under {@code folder}. One format failing does not keep the others from
     * being written; the failure is thrown at the end, naming the files that were not written.
     */
    public List<Path> writeAll(Path folder, GradeReport report) throws IOException {
        List<Path> written = new ArrayList<>();
        List<IOException> failures = new ArrayList<>();
        complete.forEach(format -> write(format, folder, report, written, failures));
        GradeReport shown = studentView(report);
        forStudents.forEach(format -> write(format, folder, shown, written, failures));
        if (!failures.isEmpty()) {
            IOException first = failures.get(0);
            failures.subList(1, failures.size()).forEach(first::addSuppressed);
            throw first;
        }
        return written;
    }

    /** Appends {@code summary.md}'s content (the student view) to {@code stepSummary}, creating the file if needed. */
    public void appendStepSummary(Path stepSummary, GradeReport report) throws IOException {
        Files.writeString(stepSummary, summary.render(studentView(report)), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static Path workspace(Function<String, String> environment) {
        String workspace = environment.apply("GITHUB_WORKSPACE");
        return Path.of(workspace == null || workspace.isBlank() ? "" : workspace);
    }

    private static void write(ReportFormat format, Path folder, GradeReport report, List<Path> written, List<IOException> failures) {
        try {
            written.add(format.writeTo(folder, report));
        } catch (IOException | RuntimeException e) {
            failures.add(new IOException("could not write " + folder.resolve(format.fileName()) + ": " + e.getMessage(), e));
        }
    }
}
