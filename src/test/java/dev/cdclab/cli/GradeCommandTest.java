package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The grade command's exit codes for what needs no lab: usage errors (2) and a lab that cannot
 * start (3, with a complete report marked not gradable). Run in-process; nothing calls System.exit.
 */
class GradeCommandTest {
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();
    @RegisterExtension
    final ConsoleGuard console = new ConsoleGuard();

    /** The environment the grade command sees, instead of the process's. */
    private final Map<String, String> environment = new HashMap<>();

    private int grade(String... args) {
        CommandLine command = new CommandLine(new Main());
        ((GradeCommand) command.getSubcommands().get("grade").getCommand()).environment = environment::get;
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(stderr, true));
        String[] all = new String[args.length + 2];
        all[0] = "grade";
        all[1] = "--out=" + out;
        System.arraycopy(args, 0, all, 2, args.length);
        return command.execute(all);
    }

    @Test
    void a_missing_submission_folder_is_a_usage_error_that_names_the_folder() throws IOException {
        int code = grade("--submission=" + out.resolve("nowhere"), "--lang=en");

        assertThat(code).isEqualTo(ExitCode.USAGE.code()).isEqualTo(2);
        assertThat(stderr.toString()).contains("No submission folder at").contains("nowhere");
        assertThat(Files.readString(out.resolve("exit-code")).trim()).isEqualTo("2");
    }

    @Test
    void an_unknown_lesson_is_a_usage_error_listing_the_lessons_there_are() {
        int code = grade("--submission=solutions", "--lesson=L99", "--lang=en");

        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("[L99]").contains("L04");
    }

    @Test
    void a_run_that_stops_early_leaves_no_earlier_report_and_keeps_what_is_not_the_graders() throws IOException {
        // GIVEN --out holding an earlier run's reports, logs and exit code, and a file of someone else's
        List<String> earlier = List.of("report.json", "report.html", "results.json", "summary.md", "exit-code", "lab.log");
        for (String file : earlier) {
            Files.writeString(out.resolve(file), "earlier run");
        }
        Files.writeString(out.resolve("notes.txt"), "mine");

        // WHEN a grade stops at once on an unknown lesson
        int code = grade("--submission=solutions", "--lesson=L99", "--lang=en");

        // THEN only its own exit code is there, beside what the grader never writes
        assertThat(code).isEqualTo(2);
        assertThat(Files.readString(out.resolve("exit-code")).trim()).isEqualTo("2");
        assertThat(earlier.stream().filter(file -> Files.exists(out.resolve(file))).filter(file -> read(out.resolve(file)).equals("earlier run")))
                .as("files of the earlier run left").isEmpty();
        assertThat(out.resolve("report.json")).doesNotExist();
        assertThat(out.resolve("notes.txt")).hasContent("mine");
    }

    @Test
    void an_unknown_language_is_a_usage_error_naming_the_languages() {
        int code = grade("--submission=solutions", "--lang=de");

        assertThat(code).isEqualTo(2);
        assertThat(stderr.toString()).contains("'de'").contains("ru").contains("en");
    }

    @Test
    void a_lab_that_cannot_start_ends_with_code_3_and_a_complete_report_that_is_not_gradable() throws IOException {
        int code = grade("--submission=solutions", "--lesson=L04", "--backend=no-such-backend", "--lang=en");

        assertThat(code).isEqualTo(ExitCode.INFRASTRUCTURE.code()).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.path("gradable").asBoolean()).isFalse();
        assertThat(report.path("lessons").get(0).path("checks")).allSatisfy(check -> {
            assertThat(check.path("status").asText()).isEqualTo("error");
            assertThat(check.path("message").asText()).startsWith("The lab failed, not your submission");
        });
        assertThat(stdout.toString()).contains("NOT GRADABLE");
        assertThat(Files.readString(out.resolve("exit-code")).trim()).isEqualTo("3");
    }

    @Test
    void a_finished_grade_writes_every_format_and_appends_its_summary_to_the_github_step_summary() throws IOException {
        // GIVEN a GitHub Actions step whose summary file already holds an earlier step's text
        Path stepSummary = out.resolve("step-summary.md");
        Files.writeString(stepSummary, "earlier step\n");
        environment.put("GITHUB_STEP_SUMMARY", stepSummary.toString());

        // WHEN a grade ends (here with a lab that cannot start: a complete report, not gradable)
        int code = grade("--submission=solutions", "--lesson=L04", "--backend=no-such-backend", "--lang=en");

        // THEN every format is in --out, and the summary follows the earlier text
        assertThat(code).isEqualTo(3);
        for (String file : List.of("report.json", "console.txt", "summary.md", "results.json", "result.json",
                "release-body.md", "prairielearn-results.json", "report.html", "junit.xml")) {
            assertThat(out.resolve(file)).as(file).isNotEmptyFile();
        }
        assertThat(Files.readString(stepSummary)).isEqualTo("earlier step\n" + Files.readString(out.resolve("summary.md")))
                .contains("NOT GRADABLE");
    }

    @Test
    void a_step_summary_that_cannot_be_written_is_only_a_warning() throws IOException {
        // GIVEN GITHUB_STEP_SUMMARY names a folder, which cannot be appended to
        environment.put("GITHUB_STEP_SUMMARY", out.toString());

        int code = grade("--submission=solutions", "--lesson=L04", "--backend=no-such-backend", "--lang=en");

        // THEN the grade ends as it would have, its reports written, with a warning naming the variable
        assertThat(code).isEqualTo(3);
        assertThat(out.resolve("summary.md")).isNotEmptyFile();
        assertThat(stderr.toString()).contains("could not append the summary to $GITHUB_STEP_SUMMARY (" + out + ")");
    }

    @Test
    void the_lab_backend_property_is_the_default_backend() throws IOException {
        // GIVEN -Dlab.backend naming a backend that does not exist, and no --backend
        String before = System.getProperty("lab.backend");
        System.setProperty("lab.backend", "no-such-backend");
        int code;
        try {
            code = grade("--submission=solutions", "--lesson=L04", "--lang=en");
        } finally {
            if (before == null) {
                System.clearProperty("lab.backend");
            } else {
                System.setProperty("lab.backend", before);
            }
        }

        // THEN that is the backend the run asked for: the lab fails, quoting it
        assertThat(code).isEqualTo(3);
        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.path("lessons").get(0).path("checks").get(0).path("message").asText())
                .contains("backend 'no-such-backend' is not known");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
