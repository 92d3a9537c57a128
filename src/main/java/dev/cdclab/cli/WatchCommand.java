package dev.cdclab.cli;

import dev.cdclab.grade.GradeReport;
import dev.cdclab.grading.Grader;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.LessonSuites;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.backend.LabBackends;
import dev.cdclab.report.ProgressLines;
import dev.cdclab.report.ReportWriter;
import dev.cdclab.watch.LessonWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code watch}: keeps one lab up, grades the selected lessons once, then regrades a lesson each
 * time one of its files is saved, printing the same progress and table as {@code grade} and
 * writing the reports of the latest grade under {@code --out}. Ctrl-C stops it and every server.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Keeps the lab up and regrades a lesson each time one of its files is saved (Ctrl-C stops).")
public final class WatchCommand implements Callable<Integer> {
    /** How long one wait for a save lasts before it looks again whether it should stop. */
    private static final Duration LOOK_AGAIN = Duration.ofSeconds(1);

    @Spec
    CommandSpec spec;

    @Option(names = "--submission", defaultValue = "exercises", description = "Folder to watch (default: ${DEFAULT-VALUE}).")
    Path submission;

    @Option(names = "--lesson", defaultValue = "all", description = "Lesson id (L04), a comma-separated list, or all.")
    String lesson;

    @Option(names = "--lang", defaultValue = "ru", description = "Language of the feedback: ru or en.")
    String language;

    @Option(names = "--backend", defaultValue = "${sys:lab.backend:-embedded}",
            description = "Lab backend: embedded, containers or auto. Default: -Dlab.backend, else embedded.")
    String backend;

    @Option(names = "--out", defaultValue = "target/grade", description = "Report folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--regrades", defaultValue = "-1", hidden = true,
            description = "Stop after this many regrades (tests); -1: until Ctrl-C.")
    int regrades;

    @Override
    public Integer call() throws IOException, InterruptedException {
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
        LessonSelection selection = LessonSelection.parse(lesson);
        List<String> unknown = selection.unknownIn(LessonSuites.ids());
        if (!unknown.isEmpty()) {
            err.println(messages.get("cli.unknown-lesson", unknown, LessonSuites.ids()));
            return ExitCode.USAGE.code();
        }
        Set<String> lessons = new LinkedHashSet<>(LessonSuites.ids().stream().filter(selection::includes).toList());
        Files.createDirectories(out);
        LabLogging.sendTo(out);
        LabBackends backends = LabBackends.onThisMachine();
        try (LabEnvironment lab = backends.start(backends.choose(backend));
             LessonWatcher watcher = LessonWatcher.on(submission, lessons)) {
            if (!watcher.watchesAny()) {
                err.println(messages.get("watch.nothing", submission.toAbsolutePath()));
                return ExitCode.USAGE.code();
            }
            Thread stopper = new Thread(lab::close, "cdclab-watch-stop");
            Runtime.getRuntime().addShutdownHook(stopper);
            grade(lab, selection, messages);
            PrintWriter console = spec.commandLine().getOut();
            for (int done = 0; regrades < 0 || done < regrades; ) {
                console.println(messages.get("watch.waiting", submission));
                console.flush();
                Set<String> saved = Set.of();
                while (saved.isEmpty()) {
                    saved = watcher.awaitSaves(LOOK_AGAIN);
                }
                grade(lab, new LessonSelection(List.copyOf(saved)), messages);
                done++;
            }
            Runtime.getRuntime().removeShutdownHook(stopper);
        }
        return ExitCode.OK.code();
    }

    private void grade(LabEnvironment lab, LessonSelection lessons, Messages messages) throws IOException {
        PrintWriter console = spec.commandLine().getOut();
        ReportWriter reports = new ReportWriter(messages);
        ProgressLines progress = new ProgressLines(messages, console);
        GradeReport report = Grader.grade(new Grader.Request(submission, lessons, messages, backend), lab,
                checkpoint -> progress.accept(reports.studentView(checkpoint)));
        reports.writeAll(out, report);
        console.println();
        console.print(reports.console().render(reports.studentView(report)));
        console.flush();
    }
}
