package dev.cdclab.lessons;

import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.submission.ConnectorDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The grader's own connectors, the course's reference configurations: what a lesson deploys when
 * it grades a server (the student's options, row images) or an answer about events rather than
 * a connector.
 */
final class ProbeConnector {
    /** How reports name the grader's connector: like a file of the grader's, never the student's. */
    static final String REFERENCE = "grader/reference-connector.json";

    private ProbeConnector() {
    }

    /** Captures {@code tables} of the course's server at {@code mysql:3306} under topic prefix {@code prefix}. */
    static ConnectorDefinition capturing(String prefix, String tables) {
        Map<String, String> config = course(BinlogDialect.MYSQL_CONNECTOR, "mysql", "3306", prefix, tables);
        config.put("database.server.id", "184054");
        config.put("schema.history.internal.kafka.bootstrap.servers", "kafka:9092");
        config.put("schema.history.internal.kafka.topic", prefix + ".schema-history");
        config.put("snapshot.mode", "initial");
        return new ConnectorDefinition(REFERENCE, prefix + "-probe", config);
    }

    /**
     * Captures {@code tables} of the course's PostgreSQL database {@code inventory} at
     * {@code postgres:5432} through {@code publication} (which the grader made), with pgoutput.
     */
    static ConnectorDefinition postgres(String prefix, String publication, String tables) {
        Map<String, String> config = course("io.debezium.connector.postgresql.PostgresConnector", "postgres", "5432", prefix, tables);
        config.put("database.dbname", "inventory");
        config.put("plugin.name", "pgoutput");
        config.put("publication.name", publication);
        config.put("publication.autocreate.mode", "disabled");
        config.put("slot.name", "cdclab_probe");
        return new ConnectorDefinition(REFERENCE, prefix + "-pg-probe", config);
    }

    /** What every connector of the course has: its class, the course's host, the CDC user, a prefix and tables. */
    private static Map<String, String> course(String connectorClass, String host, String port, String prefix, String tables) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", connectorClass);
        config.put("database.hostname", host);
        config.put("database.port", port);
        config.put("database.user", CdcUsers.NAME);
        config.put("database.password", CdcUsers.PASSWORD);
        config.put("topic.prefix", prefix);
        config.put("table.include.list", tables);
        return config;
    }
}
