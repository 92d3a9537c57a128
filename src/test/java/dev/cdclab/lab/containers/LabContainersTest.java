package dev.cdclab.lab.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;

/**
 * Pins the container definitions without Docker: the containers are defined, never started, on a
 * network that is never created.
 */
class LabContainersTest {
    private static final Network NETWORK = new Network() {
        @Override
        public String getId() {
            return "never-created";
        }

        @Override
        public void close() {
        }
    };

    private final LabContainers containers = new LabContainers(NETWORK, false);

    @Test
    void the_images_are_mysql_8_4_postgres_17_apache_kafka_and_debezium_connect() {
        assertThat(imageOf(containers.mysql)).isEqualTo("mysql:8.4");
        assertThat(imageOf(containers.postgres)).isEqualTo("postgres:17");
        assertThat(imageOf(containers.kafka)).isEqualTo("apache/kafka:4.1.1");
        assertThat(imageOf(containers.connect)).isEqualTo("quay.io/debezium/connect:3.5.0.Final");
    }

    @Test
    void kafka_and_connect_images_are_tagged_with_the_versions_the_pom_pins() throws IOException {
        // the grader's own Debezium connectors and Kafka clients are these versions: the images must match
        String pom = Files.readString(Path.of("pom.xml"));
        assertThat(LabImages.KAFKA.getVersionPart()).isEqualTo(property(pom, "kafka.version"));
        assertThat(LabImages.CONNECT.getVersionPart()).isEqualTo(property(pom, "debezium.version"));
    }

    @Test
    void mysql_runs_with_the_course_server_options_a_row_binlog_with_full_images_and_gtids() {
        assertThat(String.join(" ", containers.mysql.getCommandParts())).isEqualTo("--server-id=1 --log-bin=mysql-bin"
                + " --binlog-format=ROW --binlog-row-image=FULL --binlog-row-metadata=FULL"
                + " --gtid-mode=ON --enforce-gtid-consistency=ON");
    }

    @Test
    void a_configured_mysql_runs_with_only_the_options_given_under_its_own_alias_and_is_never_reused() {
        var configured = containers.configuredMysql("mysql-lesson01-1",
                new dev.cdclab.lab.ServerOptions(java.util.Map.of("binlog_format", "STATEMENT")));
        assertThat(configured.getCommandParts()).containsExactly("--binlog-format=STATEMENT");
        assertThat(configured.getNetworkAliases()).containsExactly("mysql-lesson01-1");
        assertThat(configured.isShouldBeReused()).isFalse();
        assertThat(imageOf(configured)).isEqualTo("mysql:8.4");
    }

    @Test
    void the_grader_is_mysql_root_and_the_image_creates_the_course_database() {
        assertThat(containers.mysql.getUsername()).isEqualTo("root");
        assertThat(containers.mysql.getPassword()).hasSizeGreaterThanOrEqualTo(32)
                .isEqualTo(containers.postgres.getPassword())
                .isNotEqualTo(new LabContainers(NETWORK, false).mysql.getPassword());
        assertThat(containers.mysql.getDatabaseName()).isEqualTo("inventory");
    }

    @Test
    void the_mysql_init_script_creates_debezium_with_exactly_the_privileges_the_course_grants() {
        // the image's default user has no replication rights; students' connectors log in as debezium
        assertThat(LabContainers.mysqlInitScript()).isEqualTo(
                "CREATE USER IF NOT EXISTS 'debezium'@'%' IDENTIFIED BY 'debezium';\n"
                        + "GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, REPLICATION CLIENT ON *.* TO 'debezium'@'%';\n");
        assertThat(LabContainers.MYSQL_INIT_PATH).startsWith("/docker-entrypoint-initdb.d/").endsWith(".sql");
    }

    @Test
    void postgres_runs_with_logical_decoding_and_a_debezium_role_that_may_replicate() {
        assertThat(containers.postgres.getCommandParts())
                .containsSubsequence("postgres", "-c", "wal_level=logical")
                .contains("max_replication_slots=20", "max_wal_senders=20");
        assertThat(LabContainers.postgresInitScript())
                .isEqualTo("CREATE ROLE debezium WITH LOGIN REPLICATION PASSWORD 'debezium';\n");
        assertThat(LabContainers.POSTGRES_INIT_PATH).startsWith("/docker-entrypoint-initdb.d/").endsWith(".sql");
        assertThat(containers.postgres.getUsername()).isEqualTo("postgres");
    }

    @Test
    void each_container_has_exactly_its_course_host_name_as_network_alias() {
        // no random Testcontainers alias: it would change the definition's hash and defeat reuse
        assertThat(containers.mysql.getNetworkAliases()).containsExactly("mysql");
        assertThat(containers.postgres.getNetworkAliases()).containsExactly("postgres");
        assertThat(containers.kafka.getNetworkAliases()).containsExactly("kafka");
        assertThat(containers.connect.getNetworkAliases()).containsExactly("connect");
    }

    @Test
    void all_four_containers_share_one_network() {
        assertThat(containers.all()).extracting(c -> c.getNetwork()).containsOnly(NETWORK).hasSize(4);
    }

    @Test
    void the_exposed_ports_are_mysql_3306_postgres_5432_kafka_9092_and_connect_8083() {
        assertThat(containers.mysql.getExposedPorts()).containsExactly(3306);
        assertThat(containers.postgres.getExposedPorts()).containsExactly(5432);
        assertThat(containers.kafka.getExposedPorts()).containsExactly(9092);
        assertThat(containers.connect.getExposedPorts()).containsExactly(8083);
    }

    @Test
    void connect_reaches_kafka_on_its_network_listener_and_starts_after_it() {
        assertThat(LabContainers.networkBootstrapServers()).isEqualTo("kafka:19092");
        assertThat(containers.connect.getDependencies()).containsExactly(containers.kafka);
    }

    @Test
    void connect_runs_like_the_embedded_worker_json_without_schemas_one_replica_no_client_overrides() {
        assertThat(containers.connect.getEnvMap()).contains(
                entry("BOOTSTRAP_SERVERS", "kafka:19092"),
                entry("GROUP_ID", "cdclab-connect"),
                entry("CONFIG_STORAGE_TOPIC", "connect-configs"),
                entry("OFFSET_STORAGE_TOPIC", "connect-offsets"),
                entry("STATUS_STORAGE_TOPIC", "connect-status"),
                entry("CONNECT_CONFIG_STORAGE_REPLICATION_FACTOR", "1"),
                entry("CONNECT_OFFSET_STORAGE_REPLICATION_FACTOR", "1"),
                entry("CONNECT_STATUS_STORAGE_REPLICATION_FACTOR", "1"),
                entry("CONNECT_KEY_CONVERTER", "org.apache.kafka.connect.json.JsonConverter"),
                entry("CONNECT_VALUE_CONVERTER", "org.apache.kafka.connect.json.JsonConverter"),
                entry("CONNECT_KEY_CONVERTER_SCHEMAS_ENABLE", "false"),
                entry("CONNECT_VALUE_CONVERTER_SCHEMAS_ENABLE", "false"),
                entry("CONNECT_CONNECTOR_CLIENT_CONFIG_OVERRIDE_POLICY", "None"));
        // the image sets these from its own variables and would overwrite CONNECT_ ones
        assertThat(containers.connect.getEnvMap())
                .doesNotContainKeys("CONNECT_GROUP_ID", "CONNECT_CONFIG_STORAGE_TOPIC", "CONNECT_BOOTSTRAP_SERVERS");
    }

    @Test
    void reuse_is_asked_for_only_when_the_environment_allows_it() {
        assertThat(containers.all()).noneMatch(c -> c.isShouldBeReused());
        assertThat(new LabContainers(NETWORK, true).all()).allMatch(c -> c.isShouldBeReused());
    }

    /**
     * The image a container was defined with, read from its description: {@code getDockerImageName()}
     * would resolve it, which pulls the image from Docker.
     */
    private static String imageOf(GenericContainer<?> container) {
        Matcher matcher = Pattern.compile("imageName=([^,)]+)").matcher(container.getImage().toString());
        assertThat(matcher.find()).as("the image in %s", container.getImage()).isTrue();
        return matcher.group(1);
    }

    private static String property(String pom, String name) {
        Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(matcher.find()).as("<%s> in pom.xml", name).isTrue();
        return matcher.group(1);
    }
}
