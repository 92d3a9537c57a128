package dev.cdclab.lessons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The comparison table's key, held against the reference answers, the starter and the course text's mistakes. */
class ComparisonQuizTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode file(String path) throws Exception {
        return JSON.readTree(Files.readString(Path.of(path)));
    }

    private static void row(String id, String answer) throws Exception {
        ComparisonQuiz.expectRow("c.json", ComparisonQuiz.KEY.get(id), JSON.readTree(answer));
    }

    @Test
    void the_reference_answers_get_every_row_and_the_starter_none() throws Exception {
        JsonNode solution = file("solutions/lesson02/comparison.json");
        JsonNode starter = file("exercises/lesson02/comparison.json");

        assertThat(ComparisonQuiz.KEY).hasSize(8);
        ComparisonQuiz.KEY.values().forEach(row -> {
            assertThatCode(() -> ComparisonQuiz.expectRow("c.json", row, solution.path(row.id()))).as(row.id()).doesNotThrowAnyException();
            assertThatThrownBy(() -> ComparisonQuiz.expectRow("c.json", row, starter.path(row.id()))).as(row.id())
                    .isInstanceOf(CheckFailure.class);
        });
    }

    @Test
    void the_course_texts_global_read_lock_for_the_whole_snapshot_is_wrong_in_debezium_3_5_and_the_hint_says_minimal() {
        assertThatThrownBy(() -> row("snapshot-locking",
                "{\"postgresql\": \"table-locks-schema-only\", \"mysql\": \"global-read-lock-whole-snapshot\"}"))
                .isInstanceOf(CheckFailure.class)
                .satisfies(f -> assertThat(((CheckFailure) f).hint().key()).isEqualTo("hint.L02.comparison.snapshot-locking"))
                .satisfies(f -> assertThat(((CheckFailure) f).summary().args()).contains("mysql"));
    }

    @Test
    void wal2json_is_no_longer_an_output_plugin_of_debezium() {
        assertThatThrownBy(() -> row("output-plugin", "{\"postgresql\": \"wal2json\", \"mysql\": \"none\"}"))
                .isInstanceOf(CheckFailure.class);
    }

    @Test
    void answers_are_read_in_any_case_and_a_row_that_accepts_two_takes_either_or_both() throws Exception {
        row("cdc-setting", "{\"postgresql\": \"WAL_LEVEL=logical\", \"mysql\": \"binlog_format = ROW\"}");
        row("position-tracking", "{\"postgresql\": \"lsn\", \"mysql\": \"gtid\"}");
        row("position-tracking", "{\"postgresql\": [\"lsn\"], \"mysql\": [\"binlog-file-pos\", \"gtid\"]}");
        assertThatThrownBy(() -> row("position-tracking", "{\"postgresql\": [\"lsn\", \"gtid\"], \"mysql\": \"gtid\"}"))
                .isInstanceOf(CheckFailure.class);
    }
}
