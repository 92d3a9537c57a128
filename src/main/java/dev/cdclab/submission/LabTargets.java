package dev.cdclab.submission;

import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.dialect.BinlogDialect;

/**
 * Where the course's host names point in this lab, as Kafka Connect reaches them: the binlog
 * database, PostgreSQL, Kafka. On the embedded backend these are loopback ports; in containers
 * they are the course's own names on the container network ({@code mysql:3306}).
 *
 * <pre>{@code
 * CourseToLab mapping = new CourseToLab(LabTargets.of(lab), "c3");
 * }</pre>
 */
public record LabTargets(BinlogDialect dialect, Endpoint binlog, Endpoint postgres, String kafkaBootstrap) {

    /** The addresses Connect uses in {@code lab} (never the grader's own, which may differ). */
    public static LabTargets of(LabEnvironment lab) {
        return new LabTargets(lab.binlog().dialect(), lab.binlog().connectorEndpoint(),
                lab.postgres().connectorEndpoint(), lab.kafka().connectorBootstrapServers());
    }
}
