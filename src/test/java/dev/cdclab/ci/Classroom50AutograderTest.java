package dev.cdclab.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import dev.cdclab.report.Classroom50Result;
import dev.cdclab.report.Classroom50ReleaseBody;
import dev.cdclab.report.Classroom50ResultTest;
import dev.cdclab.report.Classroom50Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * classroom50/autograder.py run as Classroom 50's runner runs it: python3, in the student's
 * checkout, with the runner's identity variables; the grader is a stand-in {@code mvn} on the PATH
 * that records how it was called and writes a stored grade. Proves the exit codes (0 for a grade
 * with missing points, non-zero only when the grade could not be made), that result.json lands in
 * the checkout and fits Classroom 50's published schema, and that the build runs outside the
 * checkout with none of the student's build settings.
 */
class Classroom50AutograderTest {
    private static final Path SHIM = Path.of("classroom50/autograder.py").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path checkout;
    private Path grader;
    private Path fixture;
    private Path log;
    private Path bin;

    @BeforeEach
    void aStudentCheckoutAndAStandInGrader() throws IOException {
        checkout = Files.createDirectories(temp.resolve("work/alice"));
        Files.createDirectories(checkout.resolve("exercises/lesson04"));
        Files.writeString(checkout.resolve("exercises/lesson04/connector.json"), "{}\n");
        // the student's attempts at the build: a JVM option file and Maven options of their own
        Files.createDirectories(checkout.resolve(".mvn"));
        Files.writeString(checkout.resolve(".mvn/jvm.config"), "-javaagent:exercises/agent.jar\n");
        Files.writeString(checkout.resolve(".mvn/maven.config"), "-Dgrade.skip=true\n");
        grader = Files.createDirectories(temp.resolve("runner-temp/grader"));
        Files.writeString(grader.resolve("pom.xml"), "<project/>\n");
        fixture = Files.createDirectories(temp.resolve("fixture"));
        log = Files.createDirectories(temp.resolve("log"));
        bin = Files.createDirectories(temp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, """
                #!/bin/sh
                printf '%s\\n' "$@" > "$FAKE_LOG/args"
                pwd > "$FAKE_LOG/cwd"
                printf 'MAVEN_OPTS=%s\\nJAVA_TOOL_OPTIONS=%s\\nMAVEN_SKIP_RC=%s\\nCLASSROOM=%s\\n' \\
                  "$MAVEN_OPTS" "$JAVA_TOOL_OPTIONS" "$MAVEN_SKIP_RC" "$CLASSROOM" > "$FAKE_LOG/env"
                pom=""; previous=""
                for arg in "$@"; do [ "$previous" = "-f" ] && pom="$arg"; previous="$arg"; done
                out="$(dirname "$pom")/target/grade"
                mkdir -p "$out"
                cp "$FAKE_FIXTURE"/* "$out"/ 2>/dev/null
                exit "${FAKE_MVN_EXIT:-0}"
                """);
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A grade the stand-in writes: result.json and release-body.md rendered as the grader renders them, and its exit code. */
    private void storedGrade(GradeReport report, String exitCode) throws IOException {
        Messages messages = Messages.forLanguage("ru");
        new Classroom50Result(messages, Classroom50ResultTest.RUNNER::get, Clock.systemUTC()).writeTo(fixture, report);
        new Classroom50ReleaseBody(messages).writeTo(fixture, report);
        if (exitCode != null) {
            Files.writeString(fixture.resolve("exit-code"), exitCode + "\n");
        }
    }

    /** L04: a passed check (4/4) and a partly scored one (2.5/6). */
    private static GradeReport partialGrade() {
        List<CheckGrade> checks = List.of(
                new CheckGrade("L04.snapshot.reads-existing-rows", "snapshot", "L04", CheckStatus.PASSED, 4, 4, "visible",
                        null, null, null, null, 10),
                new CheckGrade("L04.streaming.insert-update-delete", "streaming", "L04", CheckStatus.FAILED, 2.5, 6, "visible",
                        "no update event", null, null, null, 10));
        return new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "ru", true, 6.5, 10, 100,
                List.of(new LessonGrade("L04", "Урок 04", 6.5, 10, checks)), List.of());
    }

    private int runShim(Map<String, String> extra) throws Exception {
        ProcessBuilder process = new ProcessBuilder("python3", SHIM.toString()).directory(checkout.toFile())
                .redirectErrorStream(true).redirectOutput(log.resolve("shim.out").toFile());
        Map<String, String> env = process.environment();
        env.putAll(Classroom50ResultTest.RUNNER);
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.put("CDCLAB_GRADER_DIR", grader.toString());
        env.put("FAKE_LOG", log.toString());
        env.put("FAKE_FIXTURE", fixture.toString());
        env.put("MAVEN_OPTS", "-javaagent:/tmp/evil.jar");
        env.put("JAVA_TOOL_OPTIONS", "-Dgrade.skip=true");
        env.putAll(extra);
        Process started = process.start();
        assertThat(started.waitFor(60, TimeUnit.SECONDS)).as("the shim ends").isTrue();
        return started.exitValue();
    }

    @Test
    void a_grade_with_missing_points_exits_0_and_leaves_a_result_that_fits_the_schema_in_the_checkout() throws Exception {
        storedGrade(partialGrade(), "1");

        int exit = runShim(Map.of("FAKE_MVN_EXIT", "0"));

        assertThat(exit).as(Files.readString(log.resolve("shim.out"))).isZero();
        var result = JSON.readTree(checkout.resolve("result.json").toFile());
        assertThat(Classroom50Schema.violations(result)).isEmpty();
        assertThat(result.get("classroom").asText()).isEqualTo("cdc-module8");
        assertThat(result.get("score").asLong()).isLessThan(result.get("max-score").asLong());
        assertThat(checkout.resolve("release-body.md")).isRegularFile();
    }

    @Test
    void the_grader_builds_outside_the_checkout_with_none_of_the_students_build_settings() throws Exception {
        storedGrade(partialGrade(), "0");

        runShim(Map.of());

        List<String> args = Files.readAllLines(log.resolve("args"));
        assertThat(Path.of(Files.readString(log.resolve("cwd")).strip()).toRealPath()).isEqualTo(grader.toRealPath());
        assertThat(args).containsSequence("-f", grader.toRealPath().resolve("pom.xml").toString())
                .contains("-s", "verify", "-Dsubmission=" + checkout.toRealPath().resolve("exercises"), "-Dlesson=L04",
                        "-Dgrade.failOnMissingPoints=false");
        assertThat(args.get(args.indexOf("-s") + 1)).isEqualTo(SHIM.getParent().resolve("maven-settings.xml").toString());
        assertThat(Files.readAllLines(log.resolve("env"))).contains("MAVEN_OPTS=", "JAVA_TOOL_OPTIONS=",
                "MAVEN_SKIP_RC=true", "CLASSROOM=cdc-module8");
    }

    @Test
    void a_lab_failure_is_an_infrastructure_error() throws Exception {
        storedGrade(partialGrade(), "3");

        assertThat(runShim(Map.of("FAKE_MVN_EXIT", "1"))).isNotZero();
    }

    @Test
    void a_build_that_wrote_nothing_is_an_infrastructure_error_and_leaves_no_result() throws Exception {
        Files.writeString(checkout.resolve("result.json"), "{\"score\": 100}\n");   // the student's own

        assertThat(runShim(Map.of("FAKE_MVN_EXIT", "1"))).isNotZero();
        assertThat(checkout.resolve("result.json")).doesNotExist();
        assertThat(Files.readString(log.resolve("shim.out"))).contains("::error title=cdc-lab-grader::");
    }

    @Test
    void a_grader_inside_the_students_checkout_is_refused() throws Exception {
        Path inside = Files.createDirectories(checkout.resolve(".grader"));
        Files.writeString(inside.resolve("pom.xml"), "<project/>\n");

        assertThat(runShim(new HashMap<>(Map.of("CDCLAB_GRADER_DIR", inside.toString())))).isNotZero();
        assertThat(log.resolve("args")).doesNotExist();
    }
}
