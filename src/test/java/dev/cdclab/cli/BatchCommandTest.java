package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.cdclab.grading.CheckIndex;
import dev.cdclab.grading.LessonSelection;
import dev.cdclab.grading.LessonSuites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch} on its command line: what it refuses before starting anything, and a re-score of stored results. */
class BatchCommandTest {
    @TempDir
    Path temp;

    private final CliRun cli = new CliRun();

    private int batch(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "batch";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void a_timeout_is_seconds_or_a_number_with_s_m_or_h() {
        assertThat(BatchCommand.duration("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(BatchCommand.duration("45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(BatchCommand.duration("10M")).isEqualTo(Duration.ofMinutes(10));
        assertThat(BatchCommand.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.duration("ten minutes")).withMessageContaining("'ten minutes'");
        assertThatIllegalArgumentException().isThrownBy(() -> BatchCommand.duration("0s")).withMessageContaining("more than 0");
    }

    @Test
    void a_missing_submissions_folder_an_unknown_lesson_or_a_bad_shard_is_a_usage_error_that_quotes_it() {
        Path out = temp.resolve("out");

        assertThat(batch("--submissions=" + temp.resolve("nowhere"), "--out=" + out)).isEqualTo(ExitCode.USAGE.code());
        assertThat(batch("--submissions=" + temp, "--out=" + out, "--lesson=L99")).isEqualTo(ExitCode.USAGE.code());
        assertThat(batch("--submissions=" + temp, "--out=" + out, "--shard=3/2")).isEqualTo(ExitCode.USAGE.code());

        assertThat(cli.stderr().lines()).containsExactly(
                "batch: --submissions: no folder " + temp.resolve("nowhere").toAbsolutePath() + " (a folder with one sub-folder per student)",
                "batch: --lesson: unknown lesson(s) [L99]; this grader has " + LessonSuites.ids(),
                "batch: shard 3/2: expected i/n with 1 <= i <= n");
        assertThat(out).as("nothing written").doesNotExist();
    }

    @Test
    void rescore_rebuilds_the_gradebook_of_stored_results_with_the_points_the_checks_have_now() throws IOException {
        // GIVEN a stored grade in which L04.connector.running was worth 4 points and earned all 4
        Path anna = Files.createDirectories(temp.resolve("out/anna"));
        Files.writeString(anna.resolve("report.json"), """
                {"schema": "cdclab.grade-report/1", "submission": "anna", "backend": "embedded", "language": "en",
                 "gradable": true, "score": 4, "max_score": 4, "duration_ms": 9000, "notes": [],
                 "lessons": [{"id": "L04", "title": "Lesson 04", "score": 4, "max_score": 4, "checks": [
                   {"id": "L04.connector.running", "title": "t", "score": 4, "max_score": 4, "status": "passed",
                    "visibility": "visible", "duration_ms": 900}]}]}
                """);
        Files.writeString(anna.resolve("batch.json"), """
                {"student": "anna", "status": "graded", "detail": "", "grader_version": "sha256:old", "input_hash": "h", "duration_ms": 9000}
                """);
        double pointsNow = CheckIndex.discover(LessonSelection.parse("L04")).points("L04.connector.running").orElseThrow();

        int code = batch("--rescore", "--out=" + temp.resolve("out"), "--lesson=L04");

        assertThat(code).as(cli.stderr()).isZero();
        String gradebook = Files.readString(temp.resolve("out/gradebook.csv"));
        String[] header = gradebook.lines().findFirst().orElseThrow().split(",");
        String[] row = gradebook.lines().skip(1).findFirst().orElseThrow().split(",", -1);
        int running = java.util.Arrays.asList(header).indexOf("L04.connector.running");
        assertThat(row[0]).isEqualTo("anna");
        assertThat(Double.parseDouble(row[running])).isEqualTo(pointsNow);
        assertThat(Double.parseDouble(row[3])).as("total").isEqualTo(pointsNow);
        assertThat(cli.stdout()).startsWith("gradebook: " + temp.resolve("out/gradebook.csv") + " (1 students: 1 graded");
    }
}
