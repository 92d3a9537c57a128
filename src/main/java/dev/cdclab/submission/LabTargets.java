package dev.cdclab.submission;

import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.dialect.BinlogDialect;

/** Where the course's host names point in this lab: the binlog database, PostgreSQL, Kafka. */
public record LabTargets(BinlogDialect dialect, Endpoint binlog, Endpoint postgres, String kafkaBootstrap) {
}
