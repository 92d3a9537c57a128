package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grading.LessonSuites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The student's repository stands on its own: exported from this one, it builds offline with the
 * student's own command ({@code mvn verify}) although {@code grading/hidden/} is missing, and its
 * grade command runs and knows exactly the public lessons, through Maven and through
 * {@code bin/cdclab}. An unknown lesson is asked for, so the grade stops at its usage check and
 * starts no lab.
 */
class ExportedTemplateIT {
    private static final Path PROJECT = Path.of(".");
    private static final long BOUND_MINUTES = 5;

    @TempDir
    Path out;

    @Test
    void the_exported_template_builds_offline_and_its_grade_command_knows_the_public_lessons_only() throws Exception {
        TemplateExport.export(PROJECT, out);

        Run mvn = run("mvn", "-B", "-o", "verify", "-Dlesson=L99", "-Dgrade.lang=en");

        // the harness and the public suites compiled; the grade ran and refused the unknown lesson
        assertThat(mvn.output()).as(mvn.output()).contains("Unknown lesson(s) [L99]; this grader has " + LessonSuites.ids() + ".")
                .contains("The grade could not be made").doesNotContain("COMPILATION ERROR");
        assertThat(mvn.exitCode()).as("the build fails on the usage error (exit 2 of the grade)").isNotZero();
        assertThat(topLevelClasses(out.resolve("target/test-classes/dev/cdclab/lessons")))
                .containsExactlyInAnyOrderElementsOf(topLevelClasses(PROJECT.resolve("grading/public/java/dev/cdclab/lessons")));

        Run cdclab = run("bin/cdclab", "grade", "--lesson=L99", "--lang=en", "--out=target/grade");
        assertThat(cdclab.exitCode()).as(cdclab.output()).isEqualTo(2);
        assertThat(cdclab.output()).contains("Unknown lesson(s) [L99]; this grader has " + LessonSuites.ids() + ".");
    }

    private record Run(int exitCode, String output) {
    }

    /** Runs a command in the exported folder, offline, bounded; its output together. */
    private Run run(String... command) throws Exception {
        Path log = Files.createTempFile(out.getParent(), "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(out.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CDCLAB_MAVEN_OPTS", "-o");
        Process process = builder.start();
        boolean ended = process.waitFor(BOUND_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        assertThat(ended).as("%s ends within %d min:%n%s", List.of(command), BOUND_MINUTES, output).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** The top-level class names a folder of sources or class files holds: {@code Scenario} for Scenario.java or Scenario$1.class. */
    private static List<String> topLevelClasses(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("(\\$.*)?\\.(java|class)$", ""))
                    .distinct().sorted().toList();
        }
    }
}
