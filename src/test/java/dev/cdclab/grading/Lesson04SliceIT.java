package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.backend.LabBackends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vertical slice, graded end to end on one shared lab of the backend {@code -Dlab.backend} names
 * (embedded by default; containers in the containers CI job): the reference solution gets every
 * point of lesson 04, and wrong submissions lose them with a message a student can act on.
 */
class Lesson04SliceIT {
    private static final Path SOLUTIONS = Path.of("solutions");
    private static final Path STARTER = Path.of("exercises");
    private static LabEnvironment lab;

    @TempDir
    Path submissions;

    @BeforeAll
    static void startLab() {
        LabBackends backends = LabBackends.onThisMachine();
        lab = backends.start(backends.choose(LabBackends.requested()));
    }

    @AfterAll
    static void stopLab() {
        if (lab != null) {
            lab.close();
        }
    }

    @Test
    void the_reference_solution_gets_every_point_of_lesson_04() {
        GradeReport report = grade(SOLUTIONS, "ru");

        LessonGrade l04 = lesson(report);
        assertThat(report.gradable()).isTrue();
        assertThat(l04.checks()).as(() -> describe(l04)).extracting(CheckGrade::status).containsOnly(CheckStatus.PASSED);
        assertThat(l04.score()).isPositive().isEqualTo(l04.maxScore());
        // on both backends the schema history's kafka:9092 becomes the Kafka that Connect reaches
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("kafka:9092"));
    }

    @Test
    void the_starter_loses_every_point_with_a_message_naming_the_missing_key() {
        GradeReport report = grade(STARTER, "ru");

        assertThat(report.gradable()).isTrue();
        // every visible check fails; the hidden locking-mode check passes, as Debezium's default is its answer
        assertThat(lesson(report).checks()).filteredOn(c -> !"hidden".equals(c.visibility()))
                .extracting(CheckGrade::status).containsOnly(CheckStatus.FAILED);
        assertThat(lesson(report).score()).isLessThanOrEqualTo(1);
        CheckGrade running = check(report, "L04.connector.running");
        assertThat(running.message()).contains("lesson04/connector.json");
        assertThat(running.observed()).contains("database.server.id");
        assertThat(running.hint()).contains("database.server.id").contains("урок 04");
    }

    @Test
    void malformed_connector_json_is_explained_with_its_line_and_column() throws IOException {
        Path submission = submissionWith("{\n  \"name\": \"inventory\",\n  \"config\": {\n    \"connector.class\": \"x\",\n  }\n}\n");

        GradeReport report = grade(submission, "en");

        CheckGrade running = check(report, "L04.connector.running");
        assertThat(running.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(running.message()).contains("not valid JSON").contains("line 5");
        assertThat(running.hint()).contains("trailing commas");
    }

    @Test
    void a_class_that_is_not_a_debezium_source_connector_is_refused_before_it_reaches_connect() throws IOException {
        String solution = Files.readString(SOLUTIONS.resolve("lesson04/connector.json"));
        Path submission = submissionWith(solution.replace("io.debezium.connector.mysql.MySqlConnector",
                "org.apache.kafka.connect.file.FileStreamSourceConnector"));

        GradeReport report = grade(submission, "en");

        CheckGrade running = check(report, "L04.connector.running");
        assertThat(running.status()).isEqualTo(CheckStatus.FAILED);
        assertThat(running.message()).contains("FileStreamSourceConnector").contains("not a Debezium source connector");
        assertThat(lab.connect().client().connectors()).isEmpty();
    }

    private Path submissionWith(String connectorJson) throws IOException {
        Path submission = Files.createTempDirectory(submissions, "submission");
        Files.createDirectories(submission.resolve("lesson04"));
        Files.writeString(submission.resolve("lesson04/connector.json"), connectorJson);
        return submission;
    }

    private static GradeReport grade(Path submission, String language) {
        return Grader.grade(new Grader.Request(submission, LessonSelection.parse("L04"), Messages.forLanguage(language), lab.backend()),
                lab, report -> { });
    }

    private static String describe(LessonGrade lesson) {
        StringBuilder text = new StringBuilder();
        lesson.checks().forEach(c -> text.append(c.id()).append(' ').append(c.status()).append(": ").append(c.message())
                .append(" / ").append(c.observed()).append('\n'));
        return text.toString();
    }

    private static CheckGrade check(GradeReport report, String id) {
        return lesson(report).checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static LessonGrade lesson(GradeReport report) {
        return report.lessons().stream().filter(l -> l.id().equals("L04")).findFirst().orElseThrow();
    }
}
