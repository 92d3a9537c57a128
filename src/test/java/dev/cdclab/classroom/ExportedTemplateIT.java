package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

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
 * grade command runs and knows exactly the public lessons. An unknown lesson is asked for, so the
 * grade stops at its usage check and starts no lab.
 */
class ExportedTemplateIT {
    private static final Path PROJECT = Path.of(".");
    private static final long BOUND_MINUTES = 5;

    @TempDir
    Path out;

    @Test
    void the_exported_template_builds_offline_and_its_grade_command_knows_the_public_lessons_only() throws Exception {
        TemplateExport.export(PROJECT, out);
        Path log = out.resolve("target/mvn.log");
        Files.createDirectories(log.getParent());

        Process mvn = new ProcessBuilder("mvn", "-B", "-o", "verify", "-Dlesson=L99", "-Dgrade.lang=en")
                .directory(out.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        boolean ended = mvn.waitFor(BOUND_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            mvn.destroyForcibly();
        }
        String output = Files.readString(log);

        assertThat(ended).as("mvn verify ends within %d min:%n%s", BOUND_MINUTES, output).isTrue();
        // the harness and the public suites compiled; the grade ran and refused the unknown lesson
        assertThat(output).as(output).contains("Unknown lesson(s) [L99]; this grader has [L04].")
                .contains("The grade could not be made").doesNotContain("COMPILATION ERROR");
        assertThat(mvn.exitValue()).as("the build fails on the usage error (exit 2 of the grade)").isNotZero();
        assertThat(topLevelClasses(out.resolve("target/test-classes/dev/cdclab/lessons")))
                .containsExactlyInAnyOrderElementsOf(topLevelClasses(PROJECT.resolve("grading/public/java/dev/cdclab/lessons")));
    }

    /** The top-level class names a folder of sources or class files holds: {@code Scenario} for Scenario.java or Scenario$1.class. */
    private static List<String> topLevelClasses(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString().replaceFirst("(\\$.*)?\\.(java|class)$", ""))
                    .distinct().sorted().toList();
        }
    }
}
