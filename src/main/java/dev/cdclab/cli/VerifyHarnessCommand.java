package dev.cdclab.cli;

import dev.cdclab.classroom.HarnessCheck;
import dev.cdclab.classroom.HarnessDifferences;
import dev.cdclab.classroom.TemplateLayout;
import dev.cdclab.i18n.Messages;
import dev.cdclab.report.ReportWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code verify-harness}: tamper detection for GitHub Classroom. Compares the student's
 * {@code src/}, {@code grading/public/}, {@code pom.xml} and {@code .github/} with what the
 * instructor's repository exports there ({@link HarnessCheck}), prints each difference and, on
 * GitHub Actions, adds them to the step summary. Exit 0 when they are the same, {@value #CHANGED}
 * when they differ, 2 when it cannot compare. It only reports: the Classroom workflow grades with
 * the instructor's copies in any case.
 *
 * <pre>{@code java -cp ... dev.cdclab.cli.Main verify-harness --student=. --instructor=.grader}</pre>
 */
@Command(name = "verify-harness", mixinStandardHelpOptions = true,
        description = "Compares a student's grading harness with the instructor's and lists what differs.")
public final class VerifyHarnessCommand implements Callable<Integer> {
    /** The exit code when the student's harness differs. */
    static final int CHANGED = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--student", defaultValue = ".", description = "The student's repository (default: ${DEFAULT-VALUE}).")
    Path student;

    @Option(names = "--instructor", required = true, description = "The instructor's repository, a git working tree.")
    Path instructor;

    @Option(names = "--lang", defaultValue = "ru", description = "Language of the report: ru or en.")
    String language;

    /** Where {@code GITHUB_STEP_SUMMARY} is read from: the process environment (tests give their own). */
    Function<String, String> environment = System::getenv;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        HarnessDifferences differences;
        Messages messages;
        try {
            messages = Messages.forLanguage(language);
            differences = HarnessCheck.compare(student, instructor);
        } catch (IllegalArgumentException | IOException e) {
            err.println("verify-harness: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        List<String> lines = lines(differences, messages);
        PrintWriter out = spec.commandLine().getOut();
        out.println(lines.get(0));
        lines.subList(1, lines.size()).forEach(line -> out.println("  " + line));
        out.flush();
        appendStepSummary(messages, lines, err);
        return differences.none() ? ExitCode.OK.code() : CHANGED;
    }

    /** The verdict, then one line per differing file. */
    private static List<String> lines(HarnessDifferences differences, Messages messages) {
        List<String> lines = new ArrayList<>();
        if (differences.none()) {
            lines.add(messages.get("harness.unchanged", String.join(", ", TemplateLayout.HARNESS)));
            return lines;
        }
        lines.add(messages.get("harness.changed", differences.count()));
        differences.changed().forEach(file -> lines.add(messages.get("harness.file.changed", file)));
        differences.added().forEach(file -> lines.add(messages.get("harness.file.added", file)));
        differences.missing().forEach(file -> lines.add(messages.get("harness.file.missing", file)));
        return lines;
    }

    private void appendStepSummary(Messages messages, List<String> lines, PrintWriter err) {
        String stepSummary = environment.apply(ReportWriter.STEP_SUMMARY_ENV);
        if (stepSummary == null || stepSummary.isBlank()) {
            return;
        }
        StringBuilder markdown = new StringBuilder("### ").append(messages.get("harness.summary.heading")).append("\n\n")
                .append(lines.get(0)).append("\n\n");
        lines.subList(1, lines.size()).forEach(line -> markdown.append("- ").append(line).append('\n'));
        try {
            Files.writeString(Path.of(stepSummary), markdown.append('\n').toString(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException | InvalidPathException e) {
            err.println("could not append to $" + ReportWriter.STEP_SUMMARY_ENV + " (" + stepSummary + "): " + e.getMessage());
        }
    }
}
