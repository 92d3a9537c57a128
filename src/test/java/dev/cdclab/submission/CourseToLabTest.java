package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.lab.dialect.MariaDbDialect;
import dev.cdclab.lab.dialect.MySqlDialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseToLabTest {
    private static final String ARTIFACT = "lesson04/connector.json";
    private static final String MYSQL = "io.debezium.connector.mysql.MySqlConnector";
    private static final String MARIADB = "io.debezium.connector.mariadb.MariaDbConnector";
    private static final String POSTGRES = "io.debezium.connector.postgresql.PostgresConnector";
    private static final Endpoint BINLOG = new Endpoint("127.0.0.1", 41001);
    private static final Endpoint PG = new Endpoint("127.0.0.1", 41002);
    private static final String KAFKA = "127.0.0.1:41003";
    /** The containers backend: Connect runs on the container network and reaches the course's names. */
    private static final LabTargets CONTAINERS = new LabTargets(new MySqlDialect(),
            new Endpoint("mysql", 3306), new Endpoint("postgres", 5432), "kafka:19092");

    @Test
    void the_course_mysql_host_and_port_map_to_the_lab_binlog_server_with_a_note() {
        CourseToLab.Result result = onMariaDb(course());
        assertThat(result.connector().get("database.hostname")).contains("127.0.0.1");
        assertThat(result.connector().get("database.port")).contains("41001");
        assertThat(result.notes()).contains(Text.of("lab.note.endpoint", "database.hostname", "mysql:3306", BINLOG));
    }

    @Test
    void the_course_kafka_of_the_schema_history_maps_to_the_lab_bootstrap_servers() {
        CourseToLab.Result result = onMariaDb(course());
        assertThat(result.connector().get(CourseToLab.HISTORY_BOOTSTRAP)).contains(KAFKA);
        assertThat(result.notes()).contains(Text.of("lab.note.endpoint", CourseToLab.HISTORY_BOOTSTRAP, "kafka:9092", KAFKA));
    }

    @Test
    void the_mysql_connector_runs_as_the_mariadb_connector_on_mariadb_with_a_note() {
        CourseToLab.Result result = onMariaDb(course());
        assertThat(result.connector().connectorClass()).isEqualTo(MARIADB);
        assertThat(result.notes()).contains(Text.of("lab.note.connector-class", MYSQL, MARIADB, "MariaDB 11.4"));
    }

    @Test
    void the_mysql_connector_is_left_alone_on_mysql() {
        CourseToLab.Result result = apply(new MySqlDialect(), course());
        assertThat(result.connector().connectorClass()).isEqualTo(MYSQL);
        assertThat(result.notes()).extracting(Text::key).doesNotContain("lab.note.connector-class");
    }

    @Test
    void the_connector_its_topics_and_its_history_topic_get_the_isolation_suffix() {
        ConnectorDefinition lab = onMariaDb(course()).connector();
        assertThat(lab.name()).isEqualTo("inventory-connector-c3");
        assertThat(lab.get("topic.prefix")).contains("mysql.c3");
        assertThat(lab.get(CourseToLab.HISTORY_TOPIC)).contains("schema-changes.inventory.c3");
        assertThat(new CourseToLab(targets(new MariaDbDialect()), "c3").isolatedPrefix("mysql")).isEqualTo("mysql.c3");
    }

    @Test
    void the_student_definition_itself_is_not_changed() {
        ConnectorDefinition definition = course();
        onMariaDb(definition);
        assertThat(definition.name()).isEqualTo("inventory-connector");
        assertThat(definition.get("database.hostname")).contains("mysql");
    }

    @Test
    void a_host_outside_the_course_stack_is_refused_and_never_contacted() {
        for (String host : new String[] {"10.0.0.1", "db.example.com"}) {
            CheckFailure failure = failureOf(course().with("database.hostname", host));
            assertThat(failure.summary()).isEqualTo(Text.of("lab.host.unknown", ARTIFACT, "database.hostname", host));
            assertThat(failure.hint()).isEqualTo(Text.of("lab.host.hint"));
        }
    }

    @Test
    void host_names_are_compared_without_case() {
        assertThat(onMariaDb(course().with("database.hostname", "MySQL")).connector().get("database.hostname"))
                .contains("127.0.0.1");
    }

    @Test
    void a_port_outside_the_course_stack_is_refused() {
        CheckFailure failure = failureOf(course().with("database.port", "3308"));
        assertThat(failure.summary()).isEqualTo(Text.of("lab.port.unknown", ARTIFACT, "3308"));
    }

    @Test
    void a_missing_port_becomes_the_lab_port() {
        Map<String, String> config = new LinkedHashMap<>(course().config());
        config.remove("database.port");
        ConnectorDefinition lab = onMariaDb(new ConnectorDefinition(ARTIFACT, "c", config)).connector();
        assertThat(lab.get("database.port")).contains("41001");
    }

    @Test
    void a_schema_history_bootstrap_server_outside_the_course_stack_is_refused() {
        CheckFailure failure = failureOf(course().with(CourseToLab.HISTORY_BOOTSTRAP, "kafka:9092,evil:9092"));
        assertThat(failure.summary())
                .isEqualTo(Text.of("lab.host.unknown", ARTIFACT, CourseToLab.HISTORY_BOOTSTRAP, "evil:9092"));
    }

    @Test
    void a_connector_class_in_the_wrong_case_is_refused_with_the_right_spelling_as_hint() {
        CheckFailure failure = failureOf(course().with("connector.class", "io.debezium.connector.mysql.MySQLConnector"));
        assertThat(failure.summary())
                .isEqualTo(Text.of("connector.class.unknown", ARTIFACT, "io.debezium.connector.mysql.MySQLConnector"));
        assertThat(failure.hint()).isEqualTo(Text.of("connector.class.did-you-mean", MYSQL));
    }

    @Test
    void a_connector_that_is_not_a_debezium_source_is_refused_with_the_lesson_hint() {
        String file = "org.apache.kafka.connect.file.FileStreamSourceConnector";
        CheckFailure failure = failureOf(course().with("connector.class", file));
        assertThat(failure.summary()).isEqualTo(Text.of("connector.class.unknown", ARTIFACT, file));
        assertThat(failure.hint()).isEqualTo(Text.of("connector.class.hint"));
        assertThat(failure.expected().args().get(0).toString()).contains(MYSQL, MARIADB, POSTGRES);
    }

    @Test
    void the_postgres_connector_maps_the_course_postgres_to_the_lab_postgres() {
        ConnectorDefinition postgres = new ConnectorDefinition(ARTIFACT, "pg", Map.of(
                "connector.class", POSTGRES, "database.hostname", "postgres", "database.port", "5432", "topic.prefix", "pg"));
        CourseToLab.Result result = onMariaDb(postgres);
        assertThat(result.connector().connectorClass()).isEqualTo(POSTGRES);
        assertThat(result.connector().get("database.hostname")).contains("127.0.0.1");
        assertThat(result.connector().get("database.port")).contains("41002");
        assertThat(result.notes()).containsExactly(Text.of("lab.note.endpoint", "database.hostname", "postgres:5432", PG));
    }

    @Test
    void the_postgres_connector_refuses_the_mysql_host() {
        ConnectorDefinition postgres = new ConnectorDefinition(ARTIFACT, "pg", Map.of(
                "connector.class", POSTGRES, "database.hostname", "mysql", "database.port", "5432"));
        assertThat(failureOf(postgres).summary().key()).isEqualTo("lab.host.unknown");
    }

    @Test
    void in_containers_the_course_mysql_address_is_what_connect_reaches_so_it_is_kept_without_a_note() {
        CourseToLab.Result result = new CourseToLab(CONTAINERS, "c3").apply(course());

        assertThat(result.connector().get("database.hostname")).contains("mysql");
        assertThat(result.connector().get("database.port")).contains("3306");
        assertThat(result.connector().connectorClass()).isEqualTo(MYSQL);
        assertThat(result.notes()).extracting(note -> note.args().get(0)).doesNotContain("database.hostname");
    }

    @Test
    void in_containers_localhost_becomes_the_mysql_name_on_the_container_network_with_a_note() {
        CourseToLab.Result result = new CourseToLab(CONTAINERS, "c3")
                .apply(course().with("database.hostname", "localhost").with("database.port", "3307"));

        assertThat(result.connector().get("database.hostname")).contains("mysql");
        assertThat(result.connector().get("database.port")).contains("3306");
        assertThat(result.notes())
                .contains(Text.of("lab.note.endpoint", "database.hostname", "localhost:3307", new Endpoint("mysql", 3306)));
    }

    @Test
    void in_containers_the_schema_history_kafka_maps_to_the_listener_connect_reaches_with_a_note() {
        CourseToLab.Result result = new CourseToLab(CONTAINERS, "c3").apply(course());

        assertThat(result.connector().get(CourseToLab.HISTORY_BOOTSTRAP)).contains("kafka:19092");
        assertThat(result.notes())
                .containsExactly(Text.of("lab.note.endpoint", CourseToLab.HISTORY_BOOTSTRAP, "kafka:9092", "kafka:19092"));
    }

    @Test
    void in_containers_the_course_postgres_address_is_kept_without_a_note() {
        ConnectorDefinition postgres = new ConnectorDefinition(ARTIFACT, "pg", Map.of(
                "connector.class", POSTGRES, "database.hostname", "postgres", "database.port", "5432", "topic.prefix", "pg"));

        CourseToLab.Result result = new CourseToLab(CONTAINERS, "c3").apply(postgres);

        assertThat(result.connector().get("database.hostname")).contains("postgres");
        assertThat(result.connector().get("database.port")).contains("5432");
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void a_lessons_own_host_names_reach_their_own_servers_and_then_only_they_are_accepted() {
        Endpoint writer = new Endpoint("127.0.0.1", 42001);
        Endpoint reader = new Endpoint("127.0.0.1", 42002);
        LabTargets cluster = new LabTargets(new MariaDbDialect(), BINLOG, PG, KAFKA,
                Map.of("Cluster.Example", writer, "cluster-ro.example", reader));

        CourseToLab.Result toWriter = new CourseToLab(cluster, "c3").apply(course().with("database.hostname", "cluster.example"));
        CourseToLab.Result toReader = new CourseToLab(cluster, "c3").apply(course().with("database.hostname", "CLUSTER-RO.example"));
        CheckFailure courseHost = catchThrowableOfType(CheckFailure.class, () -> new CourseToLab(cluster, "c3").apply(course()));

        assertThat(toWriter.connector().get("database.port")).contains("42001");
        assertThat(toReader.connector().get("database.port")).contains("42002");
        assertThat(courseHost.expected()).isEqualTo(Text.verbatim("cluster-ro.example, cluster.example"));
        assertThat(courseHost.hint()).isEqualTo(Text.of("lab.host.hint.lesson"));
    }

    private static ConnectorDefinition course() {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", MYSQL);
        config.put("database.hostname", "mysql");
        config.put("database.port", "3306");
        config.put("topic.prefix", "mysql");
        config.put(CourseToLab.HISTORY_BOOTSTRAP, "kafka:9092");
        config.put(CourseToLab.HISTORY_TOPIC, "schema-changes.inventory");
        return new ConnectorDefinition(ARTIFACT, "inventory-connector", config);
    }

    private static LabTargets targets(BinlogDialect dialect) {
        return new LabTargets(dialect, BINLOG, PG, KAFKA);
    }

    private static CourseToLab.Result apply(BinlogDialect dialect, ConnectorDefinition definition) {
        return new CourseToLab(targets(dialect), "c3").apply(definition);
    }

    private static CourseToLab.Result onMariaDb(ConnectorDefinition definition) {
        return apply(new MariaDbDialect(), definition);
    }

    private static CheckFailure failureOf(ConnectorDefinition definition) {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class, () -> onMariaDb(definition));
        assertThat(failure).as("a CheckFailure").isNotNull();
        return failure;
    }
}
