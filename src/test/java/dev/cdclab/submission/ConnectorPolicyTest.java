package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.dialect.MariaDbDialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keys a connector config may not use in the lab, refused before Connect sees them: transforms the
 * lessons do not allow, Kafka's and Connect's internal topics, file-based stores, brokers other
 * than the course's.
 */
class ConnectorPolicyTest {
    private static final LabTargets TARGETS = new LabTargets(new MariaDbDialect(), new Endpoint("127.0.0.1", 33306),
            new Endpoint("127.0.0.1", 35432), "127.0.0.1:39092");
    private static final Messages EN = Messages.forLanguage("en");

    private static ConnectorDefinition courseConfigWith(Map<String, String> extra) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
        config.put("database.hostname", "mysql");
        config.put("database.port", "3306");
        config.put("topic.prefix", "mysql");
        config.put("schema.history.internal.kafka.bootstrap.servers", "kafka:9092");
        config.put("schema.history.internal.kafka.topic", "schema-changes.inventory");
        config.putAll(extra);
        return new ConnectorDefinition("lesson04/connector.json", "inventory", config);
    }

    private static CheckFailure refusal(Map<String, String> extra) {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class,
                () -> new CourseToLab(TARGETS, "c1").apply(courseConfigWith(extra)));
        assertThat(failure).as("refused: %s", extra).isNotNull();
        return failure;
    }

    @Test
    void a_filter_that_drops_every_event_is_refused_naming_its_alias_and_class() {
        // GIVEN transforms=drop with Filter and no predicate: every event would be dropped
        CheckFailure failure = refusal(Map.of("transforms", "drop",
                "transforms.drop.type", "org.apache.kafka.connect.transforms.Filter"));

        assertThat(EN.render(failure.summary())).isEqualTo("lesson04/connector.json: transforms = \"drop\": the transform \"drop\""
                + " (org.apache.kafka.connect.transforms.Filter) is not allowed in this lab; the checks grade the events Debezium itself writes.");
        assertThat(EN.render(failure.expected())).isEqualTo("no transforms: lessons 04 and 05 use none");
        assertThat(EN.render(failure.hint())).startsWith("Remove \"transforms\"");
    }

    @Test
    void every_listed_transform_is_checked_and_one_without_a_type_is_refused_too() {
        CheckFailure failure = refusal(Map.of("transforms", " route , unwrap", "transforms.route.type", ""));
        assertThat(failure.summary().args()).containsExactly("lesson04/connector.json", " route , unwrap", "route", "—");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ","})
    void no_transform_listed_passes(String transforms) {
        assertThat(new CourseToLab(TARGETS, "c1").apply(courseConfigWith(Map.of("transforms", transforms))).connector()
                .get("transforms")).contains(transforms);
    }

    @ParameterizedTest
    @CsvSource({
            "topic.prefix, connect-offsets",
            "topic.prefix, __consumer_offsets",
            "schema.history.internal.kafka.topic, connect-configs",
            "schema.history.internal.kafka.topic, connect-status",
            "schema.history.internal.kafka.topic, __transaction_state"})
    void a_topic_of_kafka_or_connect_itself_is_refused(String key, String topic) {
        CheckFailure failure = refusal(Map.of(key, topic));
        assertThat(EN.render(failure.summary())).isEqualTo("lesson04/connector.json: " + key + " = \"" + topic
                + "\" is an internal topic of Kafka or Kafka Connect; a connector writing there would corrupt the worker's own state.");
        assertThat(EN.render(failure.expected()))
                .isEqualTo("a topic of your own: not connect-configs, connect-offsets, connect-status, nor a name starting with __");
    }

    @Test
    void the_internal_topics_are_those_the_labs_worker_runs_with() {
        assertThat(ConnectorPolicy.connectInternalTopics()).containsExactly("connect-configs", "connect-offsets", "connect-status");
    }

    @ParameterizedTest
    @CsvSource({
            "schema.history.internal, io.debezium.storage.file.history.FileSchemaHistory",
            "schema.history.internal.file.filename, /tmp/history.dat",
            "offset.storage.file.filename, /home/grader/offsets.dat"})
    void a_store_that_writes_files_on_the_graders_machine_is_refused(String key, String value) {
        CheckFailure failure = refusal(Map.of(key, value));
        assertThat(failure.summary().key()).isEqualTo("connector.writes-files");
        assertThat(failure.summary().args()).containsExactly("lesson04/connector.json", key, value);
    }

    @Test
    void the_history_kept_in_memory_is_not_a_file_and_is_left_to_the_checks() {
        assertThat(new CourseToLab(TARGETS, "c1").apply(courseConfigWith(Map.of("schema.history.internal",
                "io.debezium.relational.history.MemorySchemaHistory"))).connector().get("schema.history.internal")).isPresent();
    }

    @Test
    void the_history_producer_pointed_at_another_kafka_is_refused() {
        // the producer's own bootstrap.servers wins over the history's in Debezium: it must be checked as well
        CheckFailure failure = refusal(Map.of("schema.history.internal.producer.bootstrap.servers", "10.0.0.5:9092"));
        assertThat(EN.render(failure.summary())).isEqualTo("lesson04/connector.json: schema.history.internal.producer.bootstrap.servers"
                + " = \"10.0.0.5:9092\" is not a host of the course stack; the grader connects only to the lab.");
    }

    @Test
    void the_history_consumer_on_the_courses_kafka_is_mapped_to_the_labs_with_a_note() {
        CourseToLab.Result result = new CourseToLab(TARGETS, "c1").apply(courseConfigWith(Map.of(
                "schema.history.internal.consumer.bootstrap.servers", "kafka:9092")));
        assertThat(result.connector().get("schema.history.internal.consumer.bootstrap.servers")).contains("127.0.0.1:39092");
        assertThat(result.notes()).extracting(EN::render)
                .anySatisfy(note -> assertThat(note).contains("schema.history.internal.consumer.bootstrap.servers"));
    }

    private static CheckFailure refusedIn(String artifact, String connectorClass, Map<String, String> config) {
        Map<String, String> all = new LinkedHashMap<>(Map.of("connector.class", connectorClass));
        all.putAll(config);
        CheckFailure failure = catchThrowableOfType(CheckFailure.class,
                () -> ConnectorPolicy.check(new ConnectorDefinition(artifact, "inventory", all)));
        assertThat(failure).as("refused: %s", config).isNotNull();
        return failure;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lesson02", "lesson03", "lesson04", "lesson05"})
    void every_reference_solution_passes_the_policy(String lesson) {
        ConnectorDefinition solution = new Submission(java.nio.file.Path.of("solutions")).connector(lesson + "/connector.json");

        ConnectorPolicy.check(solution);
    }

    @ParameterizedTest
    @CsvSource({"database.initial.statements, SET GLOBAL binlog_format='STATEMENT'",
            "heartbeat.action.query, SELECT LOAD_FILE('/etc/passwd')",
            "snapshot.select.statement.overrides.inventory.customers, SELECT 1",
            "signal.data.collection, inventory.signals"})
    void a_key_that_runs_sql_on_the_server_is_refused_naming_it_and_the_lesson(String key, String value) {
        CheckFailure failure = refusal(Map.of(key, value));

        assertThat(EN.render(failure.summary())).contains(key).contains("lesson L04").contains("run SQL");
    }

    @Test
    void a_key_no_lesson_uses_is_refused_with_the_lessons_keys_as_expected() {
        CheckFailure failure = refusal(Map.of("database.serverTimezone", "UTC"));

        assertThat(EN.render(failure.summary())).contains("\"database.serverTimezone\" is not a key of lesson L04");
        assertThat(EN.render(failure.expected())).contains("table.include.list").doesNotContain("slot.name");
    }

    @ParameterizedTest
    @CsvSource({"database.server.name, topic.prefix", "database.history.kafka.bootstrap.servers, schema.history.internal.kafka.bootstrap.servers",
            "database.history.kafka.topic, schema.history.internal.kafka.topic", "database.history, schema.history.internal",
            "table.whitelist, table.include.list", "database.whitelist, database.include.list"})
    void a_debezium_1_key_is_refused_with_its_new_name_and_the_version(String old, String replacement) {
        CheckFailure failure = refusal(Map.of(old, "kafka:9092"));

        assertThat(EN.render(failure.summary())).contains("\"" + old + "\" was renamed to \"" + replacement + "\" in Debezium 2.0");
    }

    @ParameterizedTest
    @CsvSource({"topic.creation.default.partitions, 9000", "tasks.max, 100000", "max.queue.size, 2147483647",
            "max.batch.size, 1000000", "poll.interval.ms, 0", "snapshot.fetch.size, 100000000", "heartbeat.interval.ms, -5",
            "topic.creation.default.replication.factor, 3"})
    void a_value_that_costs_the_lab_resources_is_refused_with_its_bounds(String key, String value) {
        CheckFailure failure = refusal(Map.of(key, " " + value + " "));

        assertThat(EN.render(failure.summary())).contains(key + " = \"" + value + "\" is beyond what the lab allows");
        assertThat(EN.render(failure.expected())).startsWith("from ");
    }

    @ParameterizedTest
    @CsvSource({"schema_only, no_data", "SCHEMA_ONLY_RECOVERY, recovery"})
    void a_removed_snapshot_mode_is_refused_with_the_mode_that_replaced_it(String mode, String replacement) {
        CheckFailure failure = refusal(Map.of("snapshot.mode", mode));

        assertThat(EN.render(failure.hint())).contains("use \"" + replacement + "\"").contains("Debezium 3.3");
    }

    @ParameterizedTest
    @CsvSource({"lesson04/connector.json, io.debezium.connector.mysql.MySqlConnector, root",
            "lesson05/connector.json, io.debezium.connector.mysql.MySqlConnector, admin",
            "lesson02/connector.json, io.debezium.connector.postgresql.PostgresConnector, postgres",
            "lesson02/connector.json, io.debezium.connector.postgresql.PostgresConnector, Debezium"})
    void a_connector_logs_in_only_as_the_courses_cdc_user(String artifact, String connectorClass, String user) {
        CheckFailure failure = refusedIn(artifact, connectorClass, Map.of("database.user", user));

        assertThat(EN.render(failure.summary())).contains("database.user = \"" + user + "\"").contains("the course's CDC user");
        assertThat(EN.render(failure.expected())).isEqualTo("debezium");
    }

    @ParameterizedTest
    @ValueSource(strings = {"root", "admin", "rdsadmin", "ROOT"})
    void lesson_03s_connector_never_logs_in_as_an_account_of_the_cluster(String user) {
        CheckFailure failure = refusedIn("lesson03/connector.json", "io.debezium.connector.mysql.MySqlConnector", Map.of("database.user", user));

        assertThat(EN.render(failure.summary())).contains("administrator account");
    }

    @Test
    void lesson_03s_connector_logs_in_as_the_user_its_own_sql_creates() {
        ConnectorPolicy.check(new ConnectorDefinition("lesson03/connector.json", "aurora",
                Map.of("connector.class", "io.debezium.connector.mysql.MySqlConnector", "database.user", "aurora_cdc")));
    }

    @Test
    void the_postgres_keys_are_not_a_binlog_connectors() {
        CheckFailure failure = refusal(Map.of("slot.name", "debezium"));

        assertThat(EN.render(failure.summary())).contains("\"slot.name\" is not a key");
    }

    @Test
    void a_name_is_trimmed_as_connect_trims_it() {
        ConnectorDefinition spaced = courseConfigWith(Map.of()).named(" mysql-inventory-connector \t");

        assertThat(ConnectorPolicy.connectName(spaced)).isEqualTo("mysql-inventory-connector");
        assertThat(new CourseToLab(TARGETS, "c1").apply(spaced).connector().name()).isEqualTo("mysql-inventory-connector-c1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "mysql\u0000inventory", "mysql\ninventory"})
    void a_name_connect_would_refuse_is_refused_before_it(String name) {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class,
                () -> ConnectorPolicy.connectName(courseConfigWith(Map.of()).named(name)));

        assertThat(EN.render(failure.summary())).contains("empty or holds control characters").doesNotContain("\n");
    }
}
