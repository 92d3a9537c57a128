package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.Test;

/** results.json in Gradescope's autograder format (FACTS.md, "Graders' formats"). */
class GradescopeResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GradescopeResults results = new GradescopeResults(Messages.forLanguage("ru"));

    private JsonNode render(GradeReport report) throws Exception {
        return JSON.readTree(results.render(report));
    }

    @Test
    void the_top_level_has_exactly_gradescopes_fields_with_the_total_and_whole_seconds() throws Exception {
        JsonNode root = render(RendererFixtures.twoLessons());

        assertThat(JsonFields.names(root)).containsExactly("score", "execution_time", "output", "visibility", "stdout_visibility", "tests");
        assertThat(root.get("score").asDouble()).isEqualTo(6.5);
        // 18 712 ms, rounded to whole seconds, as an integer
        assertThat(root.get("execution_time").isIntegralNumber()).isTrue();
        assertThat(root.get("execution_time").asLong()).isEqualTo(19);
        assertThat(root.get("visibility").asText()).isEqualTo("visible");
        assertThat(root.get("stdout_visibility").asText()).isEqualTo("hidden");
        assertThat(root.get("output").asText()).isEqualTo("Итого: 6,5 из 17 баллов.");
        assertThat(results.fileName()).isEqualTo("results.json");
    }

    @Test
    void every_check_is_a_test_numbered_by_its_lesson_and_its_position_and_named_by_id_and_title() throws Exception {
        JsonNode tests = render(RendererFixtures.twoLessons()).get("tests");

        assertThat(tests).hasSize(5);
        assertThat(JsonFields.each(tests, "number")).containsExactly("4.1", "4.2", "5.1", "5.2", "5.3");
        assertThat(tests.get(1).get("name").asText())
                .isEqualTo("L04.streaming.insert-update-delete — INSERT, UPDATE и DELETE приходят событиями c, u и d");
        assertThat(JsonFields.each(tests, "tags")).containsExactly("[\"L04\"]", "[\"L04\"]", "[\"L05\"]", "[\"L05\"]", "[\"L05\"]");
    }

    @Test
    void a_test_has_exactly_the_fields_gradescope_reads_with_its_fractional_points() throws Exception {
        JsonNode streaming = render(RendererFixtures.twoLessons()).get("tests").get(1);

        assertThat(JsonFields.names(streaming)).containsExactly("name", "number", "score", "max_score", "status", "output",
                "output_format", "tags", "visibility");
        assertThat(streaming.get("score").asDouble()).isEqualTo(2.5);
        assertThat(streaming.get("max_score").asDouble()).isEqualTo(6.0);
        assertThat(streaming.get("output_format").asText()).isEqualTo("text");
    }

    @Test
    void only_a_check_with_full_points_is_passed_every_other_status_is_failed() throws Exception {
        JsonNode tests = render(RendererFixtures.twoLessons()).get("tests");

        // passed, failed (2.5/6), timed out, error, not run
        assertThat(JsonFields.each(tests, "status")).containsExactly("passed", "failed", "failed", "failed", "failed");
    }

    @Test
    void each_test_keeps_its_checks_visibility() throws Exception {
        JsonNode tests = render(RendererFixtures.twoLessons()).get("tests");

        assertThat(JsonFields.each(tests, "visibility")).containsExactly("visible", "hidden", "after_due_date", "after_published", "visible");
    }

    @Test
    void a_lost_checks_output_is_text_with_message_expected_observed_and_hint() throws Exception {
        JsonNode tests = render(RendererFixtures.twoLessons()).get("tests");

        assertThat(tests.get(1).get("output").asText())
                .startsWith("Что не так: " + RendererFixtures.HOSTILE_MESSAGE + "\n")
                .contains("\nОжидалось: ровно одно событие с op = u и ключом id = 1001\n")
                .contains("\nПолучено: " + RendererFixtures.HOSTILE_OBSERVED + "\n")
                .endsWith("\nПодсказка: После snapshot коннектор читает binlog (урок 04, «Lab exercise»).");
        assertThat(tests.get(0).get("output").asText()).isEmpty();
    }

    @Test
    void when_the_lab_failed_the_output_first_says_the_score_is_not_the_students_and_every_test_is_still_listed() throws Exception {
        JsonNode root = render(RendererFixtures.notGradable());

        assertThat(root.get("output").asText())
                .startsWith("ОЦЕНКА НЕДЕЙСТВИТЕЛЬНА: сбой лаборатории или самого grader, а не вашего решения.")
                .contains("ничего не говорит о вашей работе")
                .endsWith("Итого: 6,5 из 17 баллов.");
        assertThat(root.get("tests")).hasSize(5);
    }

    @Test
    void a_lesson_id_without_a_number_is_numbered_by_its_position() {
        assertThat(GradescopeResults.lessonNumber("L04", 1)).isEqualTo("4");
        assertThat(GradescopeResults.lessonNumber("L12", 1)).isEqualTo("12");
        assertThat(GradescopeResults.lessonNumber("intro", 3)).isEqualTo("3");
    }
}
