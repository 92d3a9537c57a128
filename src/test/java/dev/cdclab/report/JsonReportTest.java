package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Messages english = Messages.forLanguage("en");

    @Test
    void the_report_has_its_schema_and_totals_with_their_json_types() throws Exception {
        JsonNode root = render(SampleReport.of(english, true));
        assertThat(root.path("schema").asText()).isEqualTo("cdclab.grade-report/1");
        assertThat(root.path("submission").asText()).isEqualTo("exercises");
        assertThat(root.path("backend").asText()).isEqualTo("embedded");
        assertThat(root.path("language").asText()).isEqualTo("en");
        assertThat(root.path("gradable").isBoolean()).isTrue();
        assertThat(root.path("gradable").booleanValue()).isTrue();
        assertThat(root.path("score").isNumber()).isTrue();
        assertThat(root.path("score").doubleValue()).isEqualTo(5.5);
        assertThat(root.path("max_score").doubleValue()).isEqualTo(16);
        assertThat(root.path("duration_ms").isIntegralNumber()).isTrue();
        assertThat(root.path("duration_ms").longValue()).isEqualTo(12_345);
        assertThat(root.path("notes")).hasSize(1);
        assertThat(root.path("notes").get(0).asText()).isEqualTo(SampleReport.NOTE);
    }

    @Test
    void a_report_that_is_not_gradable_says_so() throws Exception {
        assertThat(render(SampleReport.of(english, false)).path("gradable").booleanValue()).isFalse();
    }

    @Test
    void each_lesson_has_its_id_title_score_and_checks_in_order() throws Exception {
        JsonNode lessons = render(SampleReport.of(english, true)).path("lessons");
        assertThat(lessons).hasSize(2);
        JsonNode first = lessons.get(0);
        assertThat(first.path("id").asText()).isEqualTo("L04");
        assertThat(first.path("title").asText()).isEqualTo("Lesson 04 - MySQL connector setup");
        assertThat(first.path("score").doubleValue()).isEqualTo(4);
        assertThat(first.path("max_score").doubleValue()).isEqualTo(10);
        assertThat(first.path("checks").findValuesAsText("id"))
                .containsExactly("L04.snapshot.reads-existing-rows", "L04.streaming.insert-update-delete");
        assertThat(lessons.get(1).path("score").doubleValue()).isEqualTo(1.5);
        assertThat(lessons.get(1).path("checks").findValuesAsText("status")).containsExactly("failed", "error", "not_run");
    }

    @Test
    void a_failed_check_carries_its_texts_and_a_passed_one_nulls() throws Exception {
        JsonNode checks = render(SampleReport.of(english, true)).path("lessons").get(0).path("checks");
        JsonNode passed = checks.get(0);
        assertThat(passed.path("status").asText()).isEqualTo("passed");
        assertThat(passed.path("score").doubleValue()).isEqualTo(4);
        assertThat(passed.path("max_score").doubleValue()).isEqualTo(4);
        assertThat(passed.path("visibility").asText()).isEqualTo("visible");
        for (String text : new String[] {"message", "expected", "observed", "hint"}) {
            assertThat(passed.has(text)).as(text).isTrue();
            assertThat(passed.path(text).isNull()).as(text).isTrue();
        }
        JsonNode failed = checks.get(1);
        assertThat(failed.path("title").asText()).isEqualTo("INSERT, UPDATE and DELETE are streamed as c, u and d events");
        assertThat(failed.path("status").asText()).isEqualTo("failed");
        assertThat(failed.path("score").doubleValue()).isZero();
        assertThat(failed.path("max_score").doubleValue()).isEqualTo(6);
        assertThat(failed.path("message").asText()).isEqualTo(
                "Expected one update (u) event for id = 1005 on topic mysql.inventory.customers.");
        assertThat(failed.path("expected").asText()).isEqualTo("exactly one event with op = u and key id = 1005");
        assertThat(failed.path("observed").asText()).isEqualTo(SampleReport.OBSERVED);
        assertThat(failed.path("hint").asText()).startsWith("After the snapshot the connector reads the binlog");
    }

    @Test
    void every_check_has_exactly_the_documented_fields() throws Exception {
        JsonNode check = render(SampleReport.of(english, true)).path("lessons").get(1).path("checks").get(0);
        assertThat(check.fieldNames()).toIterable().containsExactly("id", "title", "score", "max_score", "status",
                "visibility", "message", "expected", "observed", "hint", "duration_ms");
        assertThat(check.path("score").doubleValue()).isEqualTo(1.5);
    }

    @Test
    void the_report_is_written_as_report_json_in_utf8(@TempDir Path folder) throws Exception {
        Path file = new JsonReport().writeTo(folder, SampleReport.of(Messages.forLanguage("ru"), true));
        assertThat(file).isEqualTo(folder.resolve("report.json"));
        JsonNode root = JSON.readTree(Files.readString(file));
        assertThat(root.path("lessons").get(0).path("title").asText()).isEqualTo("Урок 04 — настройка MySQL connector");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    private static JsonNode render(GradeReport report) throws Exception {
        String text = new JsonReport().render(report);
        assertThat(text).endsWith("\n");
        return JSON.readTree(text);
    }
}
