package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConnectorJson} as a check meets it: through {@link Submission#connector}. */
class SubmissionConnectorTest {
    private static final String ARTIFACT = "lesson04/connector.json";

    @TempDir
    Path folder;

    @Test
    void a_post_connectors_body_gives_the_name_and_every_config_value_as_a_string() throws IOException {
        // GIVEN a connector JSON with a string, a number and a boolean value
        write("""
                {
                  "name": "inventory-connector",
                  "config": {
                    "connector.class": "io.debezium.connector.mysql.MySqlConnector",
                    "database.port": 3306,
                    "include.schema.changes": true
                  }
                }
                """);
        // WHEN it is read
        ConnectorDefinition connector = connector();
        // THEN the values are the strings Connect would see, in the file's order
        assertThat(connector.artifact()).isEqualTo(ARTIFACT);
        assertThat(connector.name()).isEqualTo("inventory-connector");
        assertThat(connector.connectorClass()).isEqualTo("io.debezium.connector.mysql.MySqlConnector");
        assertThat(connector.config()).containsExactly(
                entry("connector.class", "io.debezium.connector.mysql.MySqlConnector"),
                entry("database.port", "3306"),
                entry("include.schema.changes", "true"));
    }

    @Test
    void a_utf8_byte_order_mark_is_not_a_syntax_error() throws IOException {
        // GIVEN a file saved by an editor that writes a byte order mark (Connect's own parser skips it)
        write("\uFEFF{\"name\": \"c\", \"config\": {\"topic.prefix\": \"mysql\"}}");
        // WHEN it is read THEN it parses like the same file without the mark
        assertThat(connector().get("topic.prefix")).contains("mysql");
    }

    @Test
    void a_syntax_error_is_reported_with_its_line_and_column() throws IOException {
        // GIVEN a trailing comma on line 4
        write("{\n  \"name\": \"c\",\n  \"config\": {\n    \"topic.prefix\": \"mysql\",\n  }\n}\n");
        // WHEN it is read
        CheckFailure failure = failureOfConnector();
        // THEN the summary names the file and the position of the error, and Jackson's words are observed
        assertThat(failure.summary().key()).isEqualTo("connector.json.syntax");
        assertThat(failure.summary().args()).containsExactly(ARTIFACT, "5", "3");
        assertThat(failure.observed().args().get(0).toString()).contains("Unexpected character");
        assertThat(failure.hint()).isEqualTo(Text.of("connector.json.syntax.hint"));
    }

    @Test
    void json_nested_a_hundred_thousand_deep_is_a_syntax_error_not_a_stack_overflow_of_the_grader() throws IOException {
        // GIVEN 100,000 nested arrays (200,000 bytes, under the size limit)
        write("[".repeat(100_000) + "]".repeat(100_000));
        // WHEN it is read THEN the parser's depth limit refuses it, quoting the limit
        CheckFailure failure = failureOfConnector();
        assertThat(failure.summary().key()).isEqualTo("connector.json.syntax");
        assertThat(failure.observed().args().get(0).toString()).contains("nesting depth").contains("1000");
    }

    @Test
    void a_second_value_after_the_object_is_a_syntax_error() throws IOException {
        write("{\"name\": \"c\", \"config\": {}}\n{}");
        assertThat(failureOfConnector().summary().key()).isEqualTo("connector.json.syntax");
    }

    @Test
    void a_key_written_twice_is_reported_as_a_duplicate_with_its_position() throws IOException {
        write("{\"name\": \"c\", \"config\": {\n  \"topic.prefix\": \"a\",\n  \"topic.prefix\": \"b\"\n}}");
        CheckFailure failure = failureOfConnector();
        assertThat(failure.summary().key()).isEqualTo("connector.json.duplicate");
        assertThat(failure.summary().args()).first().isEqualTo(ARTIFACT);
        assertThat(failure.summary().args().get(1)).isEqualTo("3");
        assertThat(failure.hint().key()).isEqualTo("connector.json.duplicate.hint");
    }

    @Test
    void a_bare_config_as_for_put_connector_config_is_called_flat() throws IOException {
        write("{\"connector.class\": \"io.debezium.connector.mysql.MySqlConnector\", \"topic.prefix\": \"mysql\"}");
        assertThat(failureOfConnector().summary()).isEqualTo(Text.of("connector.json.flat", ARTIFACT));
    }

    @Test
    void a_body_without_a_config_object_is_refused() throws IOException {
        write("{\"name\": \"c\", \"config\": \"connector.class=x\"}");
        CheckFailure failure = failureOfConnector();
        assertThat(failure.summary()).isEqualTo(Text.of("connector.json.no-config", ARTIFACT));
        assertThat(failure.hint().key()).isEqualTo("connector.json.shape.hint");
    }

    @Test
    void a_body_without_a_name_is_refused() throws IOException {
        write("{\"config\": {\"topic.prefix\": \"mysql\"}}");
        assertThat(failureOfConnector().summary()).isEqualTo(Text.of("connector.json.no-name", ARTIFACT));
    }

    @Test
    void a_blank_name_counts_as_no_name() throws IOException {
        write("{\"name\": \"  \", \"config\": {}}");
        assertThat(failureOfConnector().summary().key()).isEqualTo("connector.json.no-name");
    }

    @Test
    void a_config_value_that_is_an_object_is_named_in_the_failure() throws IOException {
        write("{\"name\": \"c\", \"config\": {\"topic.prefix\": \"mysql\", \"database\": {\"port\": 3306}}}");
        CheckFailure failure = failureOfConnector();
        assertThat(failure.summary()).isEqualTo(Text.of("connector.json.nested", ARTIFACT, "database"));
        assertThat(failure.hint().key()).isEqualTo("connector.json.nested.hint");
    }

    @Test
    void a_json_array_is_not_a_connector() throws IOException {
        write("[{\"name\": \"c\", \"config\": {}}]");
        assertThat(failureOfConnector().summary()).isEqualTo(Text.of("connector.json.not-object", ARTIFACT));
    }

    @Test
    void an_empty_file_is_called_empty_not_invalid() throws IOException {
        write(" \n\t\n");
        assertThat(failureOfConnector().summary()).isEqualTo(Text.of("connector.json.empty", ARTIFACT));
    }

    private void write(String content) throws IOException {
        Path file = folder.resolve(ARTIFACT);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private ConnectorDefinition connector() {
        return new Submission(folder).connector(ARTIFACT);
    }

    private CheckFailure failureOfConnector() {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class, this::connector);
        assertThat(failure).as("a CheckFailure").isNotNull();
        return failure;
    }
}
