package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code verify-harness} as the Classroom workflow runs it: its verdict, its exit code and the step summary. */
class VerifyHarnessCommandTest {
    @TempDir
    Path temp;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();
    private Path instructor;
    private Path student;
    private Path stepSummary;

    @BeforeEach
    void aStudentCopyOfTheInstructorsRepository() throws Exception {
        instructor = Files.createDirectories(temp.resolve("instructor"));
        Files.writeString(instructor.resolve("pom.xml"), "<project/>\n");
        Files.createDirectories(instructor.resolve("exercises"));
        Files.writeString(instructor.resolve("exercises/answer.json"), "{}\n");
        Process git = new ProcessBuilder("git", "-C", instructor.toString(), "init", "-q").start();
        assertThat(git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0).as("git init").isTrue();
        // the instructor's files are tracked: untracked ones are nobody's harness
        Process add = new ProcessBuilder("git", "-C", instructor.toString(), "add", "-A").start();
        assertThat(add.waitFor(30, TimeUnit.SECONDS) && add.exitValue() == 0).as("git add").isTrue();
        student = Files.createDirectories(temp.resolve("student"));
        Files.copy(instructor.resolve("pom.xml"), student.resolve("pom.xml"));
        stepSummary = temp.resolve("step-summary.md");
    }

    private int verify(String... options) {
        VerifyHarnessCommand command = new VerifyHarnessCommand();
        command.environment = Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString())::get;
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(stdout, true));
        line.setErr(new PrintWriter(stderr, true));
        String[] args = new String[options.length + 2];
        args[0] = "--student=" + student;
        args[1] = "--instructor=" + instructor;
        System.arraycopy(options, 0, args, 2, options.length);
        return line.execute(args);
    }

    @Test
    void the_same_harness_exits_0_and_says_so() throws IOException {
        assertThat(verify("--lang=en")).isZero();

        assertThat(stdout.toString()).isEqualTo("The grading harness (src/, grading/public/, pom.xml, .github/, .mvn/, mvnw, mvnw.cmd, settings.xml, bin/, classroom50/) is the instructor's.\n");
        assertThat(Files.readString(stepSummary)).startsWith("### Grading harness\n\nThe grading harness");
    }

    @Test
    void a_changed_pom_exits_1_naming_the_file_in_russian_by_default_and_in_the_step_summary() throws IOException {
        Files.writeString(student.resolve("pom.xml"), "<project><!-- no grade --></project>\n");

        assertThat(verify()).isEqualTo(VerifyHarnessCommand.CHANGED);

        assertThat(stdout.toString()).isEqualTo("Grader отличается от копии преподавателя, файлов: 1; оценку выставляет grader преподавателя:\n"
                + "  изменён: pom.xml\n");
        assertThat(Files.readString(stepSummary)).contains("- изменён: pom.xml\n");
    }

    @Test
    void an_instructor_folder_that_is_not_a_git_working_tree_is_a_usage_error() throws IOException {
        Path plain = Files.createDirectories(temp.resolve("plain"));
        instructor = plain;

        assertThat(verify()).isEqualTo(ExitCode.USAGE.code());
        assertThat(stderr.toString()).startsWith("verify-harness: git ls-files in " + plain);
        assertThat(stepSummary).doesNotExist();
    }
}
