package dev.cdclab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The grade command end to end on its own lab: exit 0 with every point, 1 with points missing. */
class GradeCommandIT {
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    @RegisterExtension
    final ConsoleGuard console = new ConsoleGuard();

    private int grade(String submission, String... options) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new PrintWriter(stdout, true));
        command.setErr(new PrintWriter(new StringWriter(), true));
        String[] args = new String[options.length + 3];
        args[0] = "grade";
        args[1] = "--out=" + out;
        args[2] = "--submission=" + submission;
        System.arraycopy(options, 0, args, 3, options.length);
        return command.execute(args);
    }

    @Test
    void the_reference_solution_exits_0_with_full_points_in_report_json() throws IOException {
        int code = grade("solutions", "--lesson=L04");

        JsonNode report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertThat(code).as(stdout.toString()).isEqualTo(0);
        double max = report.path("max_score").asDouble();
        assertThat(report.path("score").asDouble()).isPositive().isEqualTo(max);
        assertThat(report.path("lessons").get(0).path("id").asText()).isEqualTo("L04");
        long points = Math.round(max);
        assertThat(stdout.toString()).contains(points + " / " + points);
    }

    @Test
    void the_starter_exits_1_in_english_with_what_is_missing_and_0_when_told_not_to_fail() throws IOException {
        int code = grade("exercises", "--lesson=L04", "--lang=en");

        assertThat(code).isEqualTo(1);
        assertThat(stdout.toString()).contains("Where points were lost").contains("database.server.id").contains("hint:");
        // a line per check as it ended and the lesson's line came first, then what console.txt holds
        String console = Files.readString(out.resolve("console.txt"));
        assertThat(stdout.toString()).endsWith(console);
        assertThat(stdout.toString().substring(0, stdout.getBuffer().length() - console.length()))
                .containsPattern("FAIL L04\\.connector\\.running +0/2 +[0-9]+\\.[0-9] s")
                .containsPattern("L04: [0-9.]+ of 21");

        stdout.getBuffer().setLength(0);
        assertThat(grade("exercises", "--lesson=L04", "--fail-on-missing-points=false")).isEqualTo(0);
        assertThat(stdout.toString()).contains("Где потеряны баллы");
    }
}
