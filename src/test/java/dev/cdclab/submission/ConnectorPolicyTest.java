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
}
