package dev.cdclab.lab.containers;

import org.testcontainers.utility.DockerImageName;

/**
 * Every image, tag, port and network alias of the containers backend, in one place. The aliases
 * are the host names of the course's docker compose stack, so inside the network Kafka Connect
 * reaches MySQL as {@code mysql:3306}, exactly as students write it. Tags follow the versions the
 * project pins in {@code pom.xml} (Kafka {@code kafka.version}, Debezium {@code debezium.version}).
 *
 * <pre>{@code
 * new MySQLContainer(LabImages.MYSQL).withNetwork(network);
 * }</pre>
 */
public final class LabImages {
    /** MySQL 8.4 LTS: {@code SHOW BINARY LOG STATUS}, GTIDs in {@code gtid_executed}. */
    public static final DockerImageName MYSQL = DockerImageName.parse("mysql:8.4");
    public static final DockerImageName POSTGRES = DockerImageName.parse("postgres:17");
    /** Apache Kafka in KRaft mode, the version Debezium 3.5 is built against. */
    public static final DockerImageName KAFKA = DockerImageName.parse("apache/kafka:4.1.1");
    /** Kafka Connect with Debezium's connectors, at the Debezium version of the grader's own connectors. */
    public static final DockerImageName CONNECT = DockerImageName.parse("quay.io/debezium/connect:3.5.0.Final");

    public static final String MYSQL_ALIAS = "mysql";
    public static final String POSTGRES_ALIAS = "postgres";
    public static final String KAFKA_ALIAS = "kafka";
    public static final String CONNECT_ALIAS = "connect";

    public static final int MYSQL_PORT = 3306;
    public static final int POSTGRES_PORT = 5432;
    /** Kafka's listener for the grader: Testcontainers maps it to a host port and advertises that. */
    public static final int KAFKA_HOST_PORT = 9092;
    /**
     * Kafka's listener on the container network, advertised as {@code kafka:19092}. Not 9092: in the
     * Testcontainers Kafka module 9092 is the listener mapped to the host, which advertises the
     * host's address, an address Connect cannot reach from inside the network.
     */
    public static final int KAFKA_NETWORK_PORT = 19092;
    public static final int CONNECT_PORT = 8083;

    private LabImages() {
    }
}
