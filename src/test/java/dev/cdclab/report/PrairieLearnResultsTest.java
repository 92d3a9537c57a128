package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.CheckStatus;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.grade.LessonGrade;
import dev.cdclab.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PrairieLearn's external-grader results: score as a fraction, gradable, one test per check, never over 1 MB. */
class PrairieLearnResultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Messages messages = Messages.forLanguage("ru");
    private final PrairieLearnResults results = new PrairieLearnResults(messages);

    @Test
    void the_score_is_a_fraction_and_each_check_a_test_with_its_points_and_feedback() throws Exception {
        JsonNode json = JSON.readTree(results.render(RendererFixtures.twoLessons()));

        assertThat(json.get("gradable").asBoolean()).isTrue();
        assertThat(json.get("score").asDouble()).isEqualTo(6.5 / 17);
        JsonNode failed = json.get("tests").get(1);
        assertThat(failed.get("name").asText()).startsWith("L04.");
        assertThat(failed.get("points").asDouble()).isEqualTo(2.5);
        assertThat(failed.get("max_points").asDouble()).isEqualTo(6);
        assertThat(failed.get("message").asText()).isEqualTo(RendererFixtures.HOSTILE_MESSAGE);
        assertThat(failed.get("output").asText()).contains(messages.get("report.field.observed"));
        assertThat(json.get("tests")).hasSize(5);
    }

    @Test
    void a_lab_failure_is_not_gradable_and_says_so_first() throws Exception {
        JsonNode json = JSON.readTree(results.render(RendererFixtures.notGradable()));

        assertThat(json.get("gradable").asBoolean()).isFalse();
        assertThat(json.get("message").asText()).startsWith(messages.get("report.not-gradable"));
    }

    @Test
    void huge_feedback_is_cut_on_whole_characters_to_stay_under_one_megabyte() throws Exception {
        // GIVEN 40 checks each observing 100 000 Cyrillic characters (200 KB of UTF-8 each, 8 MB in all)
        String huge = "ж".repeat(99_999) + "😀";
        List<CheckGrade> checks = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            checks.add(new CheckGrade("L04.check-" + i, "title", "L04", CheckStatus.FAILED, 0, 2, "visible", huge, null, huge, null, 1));
        }
        GradeReport report = new GradeReport(GradeReport.SCHEMA, "exercises", "embedded", "ru", true, 0, 80, 1,
                List.of(new LessonGrade("L04", "Урок 04", 0, 80, checks)), List.of());

        String rendered = results.render(report);

        assertThat(rendered.getBytes(StandardCharsets.UTF_8).length).isLessThan(1_000_000);
        JsonNode test = JSON.readTree(rendered).get("tests").get(39);
        assertThat(test.get("message").asText()).endsWith(messages.get("report.truncated")).doesNotContain("\uFFFD");
        assertThat(test.get("max_points").asDouble()).isEqualTo(2);
        assertThat(JSON.readTree(rendered).get("tests")).hasSize(40);
    }

    @Test
    void a_cut_never_splits_a_surrogate_pair() {
        String mark = "\n" + messages.get("report.truncated");
        int markBytes = mark.getBytes(StandardCharsets.UTF_8).length;
        String text = "a😀" + "b".repeat(500);

        assertThat(results.cut(text, 5 + markBytes)).isEqualTo("a😀" + mark);
        assertThat(results.cut(text, 4 + markBytes)).isEqualTo("a" + mark);
        assertThat(results.cut("short", 100)).isEqualTo("short");
    }
}
