package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.i18n.Messages;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.ConnectorDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Causes the grader finds in what the student wrote, before the lab renames anything. */
class StudentConnectorCausesTest {
    private static final Messages ENGLISH = Messages.forLanguage("en");

    private static ConnectorDefinition connector(String... keyValues) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
        config.put("topic.prefix", "mysql");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put(keyValues[i], keyValues[i + 1]);
        }
        return new ConnectorDefinition("lesson04/connector.json", "inventory-connector", config);
    }

    @Test
    void an_include_list_without_the_database_gets_the_hint_naming_the_database_table_form() {
        Text hint = IncludeListForm.hint(connector("table.include.list", "customers, orders")).orElseThrow();
        assertThat(ENGLISH.render(hint)).contains("customers, orders without a database", "<database>.<table>", "captures nothing");
    }

    @Test
    void qualified_and_regular_expression_include_lists_get_no_such_hint() {
        assertThat(IncludeListForm.hint(connector("table.include.list", "inventory.customers,inventory.orders"))).isEmpty();
        assertThat(IncludeListForm.hint(connector("table.include.list", "inventory\\.(customers|orders)"))).isEmpty();
        // a starter's placeholder is not a table name: its failures keep their own hints
        assertThat(IncludeListForm.hint(connector("table.include.list", "TODO: какие таблицы захватывать?"))).isEmpty();
        assertThat(IncludeListForm.hint(connector())).isEmpty();
    }

    @Test
    void a_history_topic_named_like_a_captured_tables_topic_is_refused_on_what_the_student_wrote() {
        CheckFailure failure = HistoryTopicCollision.of(connector("table.include.list", "inventory.customers,inventory.orders",
                "schema.history.internal.kafka.topic", "mysql.inventory.customers")).orElseThrow();
        assertThat(failure.getMessage()).contains("schema.history.internal.kafka.topic = mysql.inventory.customers",
                "the change events of table inventory.customers", "a topic of its own");
    }

    @Test
    void a_history_topic_named_like_the_prefix_is_the_schema_change_topic() {
        assertThat(HistoryTopicCollision.of(connector("schema.history.internal.kafka.topic", "mysql")).orElseThrow().getMessage())
                .contains("schema change events (the topic named topic.prefix = mysql)");
    }

    @Test
    void a_regular_expression_include_list_is_matched_as_debezium_matches_it() {
        assertThat(HistoryTopicCollision.of(connector("table.include.list", "inventory\\.(customers|orders)",
                "schema.history.internal.kafka.topic", "mysql.inventory.orders"))).isPresent();
        // a table the list does not capture has no topic to collide with
        assertThat(HistoryTopicCollision.of(connector("table.include.list", "inventory.customers",
                "schema.history.internal.kafka.topic", "mysql.inventory.products"))).isEmpty();
    }

    @Test
    void the_courses_own_history_topics_are_fine() {
        assertThat(HistoryTopicCollision.of(connector("table.include.list", "inventory.customers",
                "schema.history.internal.kafka.topic", "schema-changes.inventory"))).isEmpty();
        assertThat(HistoryTopicCollision.of(connector("schema.history.internal.kafka.topic", "mysql-history"))).isEmpty();
    }
}
