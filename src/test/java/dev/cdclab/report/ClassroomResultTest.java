package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * classroom-result.txt: the payload GitHub Classroom's autograding-grading-reporter decodes from
 * {@code <STEP-ID>_RESULTS} (FACTS.md, "Graders' formats").
 */
class ClassroomResultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ClassroomResult classroom = new ClassroomResult(Messages.forLanguage("ru"));

    /** Decodes the file as the reporter does: base64, then UTF-8 JSON. */
    private JsonNode decoded(GradeReport report) throws Exception {
        return JSON.readTree(new String(Base64.getDecoder().decode(classroom.render(report)), StandardCharsets.UTF_8));
    }

    @Test
    void the_file_holds_only_the_base64_of_the_decoded_payload() throws Exception {
        GradeReport report = RendererFixtures.twoLessons();

        String file = classroom.render(report);

        assertThat(file).matches("[A-Za-z0-9+/]+=*");
        assertThat(new String(Base64.getDecoder().decode(file), StandardCharsets.UTF_8)).isEqualTo(classroom.json(report));
        assertThat(classroom.fileName()).isEqualTo("classroom-result.txt");
    }

    @Test
    void the_payload_has_the_reporters_field_names_and_types() throws Exception {
        JsonNode root = decoded(RendererFixtures.twoLessons());

        assertThat(JsonFields.names(root)).containsExactly("version", "status", "max_score", "tests");
        assertThat(root.get("version").isInt()).isTrue();
        assertThat(root.get("version").asInt()).isEqualTo(1);
        assertThat(root.get("status").isTextual()).isTrue();
        assertThat(root.get("max_score").isNumber()).isTrue();
        assertThat(root.get("tests").isArray()).isTrue();
        for (JsonNode test : root.get("tests")) {
            assertThat(JsonFields.names(test)).containsExactly("name", "status", "score", "message", "test_code", "filename",
                    "line_no", "duration");
            assertThat(List.of(test.get("name"), test.get("status"), test.get("message"), test.get("test_code"), test.get("filename")))
                    .allMatch(JsonNode::isTextual);
            assertThat(test.get("score").isNumber()).isTrue();
            assertThat(test.get("line_no").isIntegralNumber()).isTrue();
            assertThat(test.get("duration").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void scores_of_4_of_4_and_2_5_of_6_sum_to_6_5_of_10_as_classroom_records_them() throws Exception {
        JsonNode root = decoded(RendererFixtures.lesson04Only());

        // Classroom records the sum of tests[].score over max_score
        double sum = StreamSupport.stream(root.get("tests").spliterator(), false).mapToDouble(t -> t.get("score").asDouble()).sum();
        assertThat(sum).isEqualTo(6.5);
        assertThat(root.get("max_score").asDouble()).isEqualTo(10.0);
        assertThat(root.get("tests")).hasSize(2);
    }

    @Test
    void only_a_grader_error_is_error_timed_out_and_not_run_are_fail() throws Exception {
        JsonNode tests = decoded(RendererFixtures.twoLessons()).get("tests");

        // passed, failed, timed out, error, not run
        assertThat(JsonFields.each(tests, "status")).containsExactly("pass", "fail", "fail", "error", "fail");
    }

    @Test
    void a_test_names_its_check_and_lesson_and_its_duration_in_milliseconds() throws Exception {
        JsonNode streaming = decoded(RendererFixtures.twoLessons()).get("tests").get(1);

        assertThat(streaming.get("name").asText())
                .isEqualTo("L04.streaming.insert-update-delete — INSERT, UPDATE и DELETE приходят событиями c, u и d");
        assertThat(streaming.get("test_code").asText()).isEqualTo("L04.streaming.insert-update-delete");
        assertThat(streaming.get("filename").asText()).isEqualTo("L04");
        assertThat(streaming.get("line_no").asInt()).isZero();
        assertThat(streaming.get("duration").asLong()).isEqualTo(3_120);
        assertThat(streaming.get("message").asText()).startsWith("Что не так: Событие <script>").contains("Подсказка: ");
    }

    @Test
    void the_payload_is_pass_with_full_points_fail_with_points_missing_and_error_when_not_gradable() throws Exception {
        assertThat(decoded(RendererFixtures.fullPoints()).get("status").asText()).isEqualTo("pass");
        assertThat(decoded(RendererFixtures.twoLessons()).get("status").asText()).isEqualTo("fail");
        assertThat(decoded(RendererFixtures.notGradable()).get("status").asText()).isEqualTo("error");
    }
}
