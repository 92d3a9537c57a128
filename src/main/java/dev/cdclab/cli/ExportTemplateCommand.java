package dev.cdclab.cli;

import dev.cdclab.classroom.TemplateExport;
import dev.cdclab.classroom.TemplateLayout;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-template}: writes the repository a student receives (see {@link TemplateLayout}):
 * starters, public checks, the harness, the Classroom workflow and the student README; never the
 * solutions, the hidden checks or the catalogue.
 *
 * <pre>{@code java -cp ... dev.cdclab.cli.Main export-template --out=/tmp/cdc-lab-student}</pre>
 */
@Command(name = "export-template", mixinStandardHelpOptions = true,
        description = "Writes the repository a student receives, without solutions/, hidden checks and the catalogue.")
public final class ExportTemplateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, description = "A new or empty folder for the student's repository.")
    Path out;

    @Option(names = "--project", defaultValue = ".", description = "The instructor's repository, a git working tree (default: ${DEFAULT-VALUE}).")
    Path project;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        try {
            List<String> written = TemplateExport.export(project, out);
            console.printf("exported %d files to %s (%s became README.md; left out: %s and every workflow but %s)%n",
                    written.size(), out, TemplateLayout.STUDENT_README, String.join(", ", TemplateLayout.INSTRUCTOR_ONLY),
                    TemplateLayout.CLASSROOM_WORKFLOW);
            console.flush();
            return ExitCode.OK.code();
        } catch (IOException e) {
            spec.commandLine().getErr().println("export-template: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }
}
