package dev.cdclab.lab.containers;

import static dev.cdclab.lab.containers.LabImages.CONNECT_ALIAS;
import static dev.cdclab.lab.containers.LabImages.CONNECT_PORT;
import static dev.cdclab.lab.containers.LabImages.KAFKA_ALIAS;
import static dev.cdclab.lab.containers.LabImages.MYSQL_ALIAS;
import static dev.cdclab.lab.containers.LabImages.POSTGRES_ALIAS;

import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.ConnectWorkerSettings;
import dev.cdclab.lab.ServerOptions;
import dev.cdclab.lab.Timeouts;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.images.builder.Transferable;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mysql.MySQLContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The four containers of the lab, defined but not started, on one network: MySQL 8.4 with the
 * course's binlog options and its {@code debezium} user, PostgreSQL 17 with logical decoding and
 * its {@code debezium} role, Kafka (KRaft) and Debezium's Kafka Connect, configured like the
 * embedded worker ({@link ConnectWorkerSettings}). Each container has exactly one alias, its course
 * host name; with {@code reuse}, Testcontainers may keep them running between runs.
 *
 * <pre>{@code
 * LabContainers containers = new LabContainers(network, false);
 * Startables.deepStart(containers.all()).get();
 * }</pre>
 */
final class LabContainers {
    /** The server options of the course's MySQL (module 8, lesson 02): a row binlog with full images, GTIDs on. */
    static final List<String> MYSQL_OPTIONS = List.of(
            "--server-id=1",
            "--log-bin=mysql-bin",
            "--binlog-format=ROW",
            "--binlog-row-image=FULL",
            "--binlog-row-metadata=FULL",
            "--gtid-mode=ON",
            "--enforce-gtid-consistency=ON");
    static final List<String> POSTGRES_COMMAND = List.of(
            "postgres",
            "-c", "wal_level=logical",
            "-c", "max_wal_senders=20",
            "-c", "max_replication_slots=20",
            "-c", "fsync=off");
    /** The grader's own SQL runs as MySQL's root; students' connectors log in as {@link CdcUsers#NAME}. */
    static final String MYSQL_ADMIN = "root";
    static final String POSTGRES_ADMIN = "postgres";
    /** The database the images create at first start: the course's, which the grader resets before each check. */
    static final String MYSQL_DATABASE = "inventory";
    /** Scripts the images run once, when they initialise their data directory. */
    static final String MYSQL_INIT_PATH = "/docker-entrypoint-initdb.d/10-debezium-user.sql";
    static final String POSTGRES_INIT_PATH = "/docker-entrypoint-initdb.d/10-debezium-role.sql";
    /**
     * Worker properties the Debezium image sets from its own variables (it would overwrite a
     * {@code CONNECT_} variable for them); every other property is passed as {@code CONNECT_<NAME>}.
     */
    static final Map<String, String> CONNECT_IMAGE_VARIABLES = Map.of(
            ConnectWorkerSettings.GROUP_ID, "GROUP_ID",
            ConnectWorkerSettings.CONFIG_TOPIC, "CONFIG_STORAGE_TOPIC",
            ConnectWorkerSettings.OFFSET_TOPIC, "OFFSET_STORAGE_TOPIC",
            ConnectWorkerSettings.STATUS_TOPIC, "STATUS_STORAGE_TOPIC");
    private static final Duration DATABASE_READY = Duration.ofSeconds(120);
    private static final Duration KAFKA_READY = Duration.ofSeconds(90);
    private static final Duration CONNECT_READY = Duration.ofSeconds(180);

    final MySQLContainer mysql;
    final PostgreSQLContainer postgres;
    final KafkaContainer kafka;
    final GenericContainer<?> connect;
    private final Network network;
    private final boolean reuse;
    /** MySQL's root and PostgreSQL's postgres: see {@link ContainerSecret}. */
    private final String adminPassword;

    LabContainers(Network network, boolean reuse) {
        this(network, reuse, ContainerSecret.of(reuse));
    }

    LabContainers(Network network, boolean reuse, String adminPassword) {
        this.network = network;
        this.reuse = reuse;
        this.adminPassword = adminPassword;
        mysql = database(new MySQLContainer(LabImages.MYSQL), MYSQL_ALIAS, MYSQL_ADMIN, MYSQL_DATABASE,
                MYSQL_OPTIONS, mysqlInitScript(), MYSQL_INIT_PATH);
        postgres = database(new PostgreSQLContainer(LabImages.POSTGRES), POSTGRES_ALIAS, POSTGRES_ADMIN, POSTGRES_ADMIN,
                POSTGRES_COMMAND, postgresInitScript(), POSTGRES_INIT_PATH);
        kafka = onNetwork(new KafkaContainer(LabImages.KAFKA)
                .withListener(networkBootstrapServers())
                .withStartupTimeout(Timeouts.scaled(KAFKA_READY)), KAFKA_ALIAS);
        connect = onNetwork(new GenericContainer<>(LabImages.CONNECT)
                .withExposedPorts(CONNECT_PORT)
                .withEnv(connectEnvironment())
                .waitingFor(Wait.forHttp("/connectors").forPort(CONNECT_PORT).forStatusCode(200)
                        .withStartupTimeout(Timeouts.scaled(CONNECT_READY)))
                .dependsOn(kafka), CONNECT_ALIAS);
    }

    /**
     * A database run as {@code command}, its administrator {@code admin}, and {@code initScript}
     * run by the image when it creates its data directory. Both timeouts are set: MySQL's module
     * waits for a JDBC connection, PostgreSQL's for a log line.
     */
    private <T extends JdbcDatabaseContainer<T>> T database(T container, String alias, String admin, String database,
            List<String> command, String initScript, String initPath) {
        return onNetwork(container
                .withUsername(admin)
                .withPassword(adminPassword)
                .withDatabaseName(database)
                .withCommand(command.toArray(String[]::new))
                .withCopyToContainer(Transferable.of(initScript), initPath)
                .withStartupTimeoutSeconds((int) Timeouts.scaled(DATABASE_READY).toSeconds())
                .withStartupTimeout(Timeouts.scaled(DATABASE_READY)), alias);
    }

    /**
     * On the lab's network with exactly one alias, its course host name: Testcontainers' random
     * default alias would change the definition's hash on every run and defeat reuse.
     */
    private <T extends GenericContainer<T>> T onNetwork(T container, String alias) {
        container.setNetworkAliases(List.of(alias));
        return container.withNetwork(network).withReuse(reuse);
    }

    /**
     * One more MySQL 8.4 on the lab's network as {@code alias}, configured only by {@code options}
     * (a student's option file), with the course's CDC user; never reused: it lives for one lesson.
     */
    MySQLContainer configuredMysql(String alias, ServerOptions options) {
        MySQLContainer container = database(new MySQLContainer(LabImages.MYSQL), alias, MYSQL_ADMIN, MYSQL_DATABASE,
                options.arguments(), mysqlInitScript(), MYSQL_INIT_PATH);
        return container.withReuse(false);
    }

    /** In start order: Connect waits for Kafka, the rest start in parallel. */
    List<GenericContainer<?>> all() {
        return List.of(mysql, postgres, kafka, connect);
    }

    /** Where Connect's connectors reach Kafka: its listener on the container network. */
    static String networkBootstrapServers() {
        return KAFKA_ALIAS + ":" + LabImages.KAFKA_NETWORK_PORT;
    }

    static String mysqlInitScript() {
        return CdcUsers.script(CdcUsers.binlogStatements());
    }

    static String postgresInitScript() {
        return CdcUsers.script(CdcUsers.postgresStatements());
    }

    /** The Debezium image's environment: the worker of the embedded backend, Kafka on the network. */
    static Map<String, String> connectEnvironment() {
        Map<String, String> worker = ConnectWorkerSettings.shared();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("BOOTSTRAP_SERVERS", networkBootstrapServers());
        CONNECT_IMAGE_VARIABLES.forEach((property, variable) -> environment.put(variable, worker.remove(property)));
        worker.forEach((property, value) ->
                environment.put("CONNECT_" + property.toUpperCase(Locale.ROOT).replace('.', '_'), value));
        return environment;
    }
}
