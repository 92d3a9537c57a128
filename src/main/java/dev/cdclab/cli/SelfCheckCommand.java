package dev.cdclab.cli;

import dev.cdclab.grading.LessonSelection;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.backend.LabBackends;
import dev.cdclab.report.AtomicFiles;
import dev.cdclab.selfcheck.Determinism;
import dev.cdclab.selfcheck.SelfCheck;
import dev.cdclab.selfcheck.SelfCheckResult;
import dev.cdclab.selfcheck.SelfCheckTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code self-check}: the grader proves itself on one lab of the chosen backend (solutions 100 %,
 * starters at most 10 %, every catalogued wrong submission loses exactly its declared checks), and
 * with {@code --runs N} grades the solutions N times on fresh embedded labs to show that the grade
 * is stable.
 */
@Command(name = "self-check", mixinStandardHelpOptions = true,
        description = "Grades solutions/, exercises/ and grading/catalogue/ and compares with what each must get.")
public final class SelfCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--project", defaultValue = ".", description = "The project folder (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--lesson", defaultValue = "all", description = "Lesson id (L04), a list, or all.")
    String lesson;

    @Option(names = "--backend", defaultValue = "${sys:lab.backend:-embedded}",
            description = "Lab backend: embedded, containers or auto. Default: -Dlab.backend, else embedded.")
    String backend;

    @Option(names = "--runs", defaultValue = "0", description = "Also grade the solutions this many times on fresh labs.")
    int runs;

    @Option(names = "--out", defaultValue = "target/self-check", description = "Summary folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        LabLogging.sendTo(out);
        PrintWriter console = spec.commandLine().getOut();
        LessonSelection lessons = LessonSelection.parse(lesson);
        console.println(SelfCheckTable.header());
        SelfCheckResult result;
        LabBackends backends = LabBackends.onThisMachine();
        try (LabEnvironment lab = backends.start(backends.choose(backend))) {
            result = new SelfCheck(lab, project, lessons).run(line -> {
                console.println(line);
                console.flush();
            });
        }
        if (runs > 0) {
            result = new SelfCheckResult(result.entries(), Determinism.measure(project, lessons, runs, console::println));
        }
        SelfCheck.writeSummary(result, out);
        AtomicFiles.write(out.resolve("table.txt"), SelfCheckTable.render(result));
        console.print(SelfCheckTable.render(result));
        console.flush();
        return result.ok() ? ExitCode.OK.code() : ExitCode.POINTS_MISSING.code();
    }
}
