package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.cli.CliRun;
import dev.cdclab.lab.embedded.Directories;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch} on a real lab over four students: a good submission (a copy of solutions/, as a
 * repository with exercises/), one that waits ten minutes before its snapshot and so runs past its
 * bound, a wrong one (table.include.list misses the orders) and a malformed one (broken JSON).
 * All four rows are in the gradebook, each right; the one that ran past its bound costs its bound
 * and a fresh lab, and the students after it are graded as if it had never been.
 */
class BatchGradingIT {
    private static final Path SOLUTIONS = Path.of("solutions");
    /**
     * Far above a good grade of lesson 04 on this machine (8 s), far below the slow submission's: each
     * of its five connectors waits the longest snapshot delay the connector policy allows (10 s).
     */
    private static final String BOUND = "30s";

    @TempDir
    Path temp;

    private Path submissions;
    private Path out;
    private final CliRun cli = new CliRun();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void fourStudents() throws IOException {
        originalOut = System.out;
        originalErr = System.err;
        submissions = temp.resolve("submissions");
        out = temp.resolve("out");
        copy(SOLUTIONS, submissions.resolve("anna-good/exercises"));
        Path slow = copy(SOLUTIONS, submissions.resolve("boris-slow"));
        replace(slow, "\"snapshot.mode\": \"initial\",", "\"snapshot.mode\": \"initial\",\n    \"snapshot.delay.ms\": \"10000\",");
        Path wrong = copy(SOLUTIONS, submissions.resolve("clara-wrong"));
        replace(wrong, "\"inventory.customers,inventory.orders\"", "\"inventory.customers\"");
        Path malformed = copy(SOLUTIONS, submissions.resolve("dmitry-malformed"));
        replace(malformed, "\"adaptive_time_microseconds\"", "\"adaptive_time_microseconds\",");
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    @Test
    void a_good_a_slow_a_wrong_and_a_malformed_submission_each_get_their_own_right_row() throws IOException {
        int code = cli.execute("batch", "--submissions=" + submissions, "--out=" + out, "--lesson=L04", "--lang=en", "--timeout=" + BOUND);
        Files.writeString(Files.createDirectories(Path.of("target/batch-it")).resolve("progress.txt"), cli.stderr());

        assertThat(code).as("a grade ran past its bound: exit 3%n%s", cli.stderr()).isEqualTo(3);
        Map<String, Map<String, String>> rows = gradebook();
        assertThat(rows).as(cli.stderr()).containsOnlyKeys("anna-good", "boris-slow", "clara-wrong", "dmitry-malformed");

        Map<String, String> good = rows.get("anna-good");
        assertThat(good).containsEntry("status", "graded").containsEntry("gradable", "true");
        assertThat(good.get("total")).as("full points: %s", good).isEqualTo(good.get("max"));

        assertThat(rows.get("boris-slow")).containsEntry("status", "timed_out").containsEntry("total", "0");
        assertThat(rows.get("boris-slow").get("detail")).startsWith("ran past its bound of 30 s");
        assertThat(out.resolve("boris-slow/report.json")).doesNotExist();

        Map<String, String> wrong = rows.get("clara-wrong");
        assertThat(wrong).as("graded on a fresh lab after the slow one").containsEntry("status", "graded").containsEntry("gradable", "true")
                .containsEntry("L04.connector.running", good.get("L04.connector.running"))
                .containsEntry("L04.streaming.insert-update-delete", good.get("L04.streaming.insert-update-delete"));
        assertThat(Double.parseDouble(wrong.get("L04.snapshot.reads-existing-rows")))
                .isLessThan(Double.parseDouble(good.get("L04.snapshot.reads-existing-rows")));
        assertThat(feedback("clara-wrong", "L04.snapshot.reads-existing-rows")).contains("orders");

        Map<String, String> malformed = rows.get("dmitry-malformed");
        assertThat(malformed).containsEntry("status", "graded").containsEntry("gradable", "true").containsEntry("total", "0");
        assertThat(feedback("dmitry-malformed", "L04.connector.running")).contains("not valid JSON");

        assertThat(cli.stderr().lines()).hasSize(4)
                .anySatisfy(line -> assertThat(line).startsWith("[1/4] anna-good ... ").contains(" / "))
                .anySatisfy(line -> assertThat(line).startsWith("[2/4] boris-slow ... TIMED OUT: ran past its bound of 30 s"))
                .anySatisfy(line -> assertThat(line).startsWith("[4/4] dmitry-malformed ... 0 / "));

        // re-scoring what is stored, with the points unchanged, gives the same gradebook and grades nothing
        String graded = Files.readString(out.resolve(BatchRun.GRADEBOOK));
        assertThat(cli.execute("batch", "--rescore", "--out=" + out, "--lesson=L04")).isEqualTo(3);
        assertThat(Files.readString(out.resolve(BatchRun.GRADEBOOK))).isEqualTo(graded);
    }

    /** Student → column → cell. */
    private Map<String, Map<String, String>> gradebook() throws IOException {
        List<List<String>> lines = Csv.parse(Files.readString(out.resolve(BatchRun.GRADEBOOK)));
        List<String> header = lines.get(0);
        return lines.subList(1, lines.size()).stream().collect(Collectors.toMap(row -> row.get(0),
                row -> header.stream().collect(Collectors.toMap(column -> column, column -> row.get(header.indexOf(column))))));
    }

    /** The message, expected, observed and hint of one check in a student's report.json. */
    private String feedback(String student, String checkId) throws IOException {
        JsonNode report = new ObjectMapper().readTree(out.resolve(student).resolve("report.json").toFile());
        for (JsonNode check : report.path("lessons").get(0).path("checks")) {
            if (check.path("id").asText().equals(checkId)) {
                return String.join("\n", check.path("message").asText(), check.path("expected").asText(),
                        check.path("observed").asText(), check.path("hint").asText());
            }
        }
        throw new AssertionError("no check " + checkId + " in " + student + "'s report");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Directories.copyTree(from, to);
        return to;
    }

    private static void replace(Path submission, String text, String with) throws IOException {
        Path connector = submission.resolve("lesson04/connector.json");
        String content = Files.readString(connector);
        assertThat(content).as("the solution has %s", text).contains(text);
        Files.writeString(connector, content.replace(text, with));
    }
}
