package dev.cdclab.submission;

import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.SqlServer;
import dev.cdclab.lab.dialect.BinlogDialect;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where the course's host names point in this lab, as Kafka Connect reaches them: the binlog
 * database, PostgreSQL, Kafka. On the embedded backend these are loopback ports; in containers
 * they are the course's own names on the container network ({@code mysql:3306}). A lesson may put
 * its own host names in front of binlog servers of its own ({@link #withBinlogHosts}): a simulated
 * Aurora cluster's endpoints, say; then only those names are accepted for a binlog connector.
 *
 * <pre>{@code
 * CourseToLab mapping = new CourseToLab(LabTargets.of(lab), "c3");
 * }</pre>
 */
public record LabTargets(BinlogDialect dialect, Endpoint binlog, Endpoint postgres, String kafkaBootstrap,
        Map<String, Endpoint> binlogHosts) {

    public LabTargets {
        binlogHosts = binlogHosts.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
    }

    public LabTargets(BinlogDialect dialect, Endpoint binlog, Endpoint postgres, String kafkaBootstrap) {
        this(dialect, binlog, postgres, kafkaBootstrap, Map.of());
    }

    /** The addresses Connect uses in {@code lab} (never the grader's own, which may differ). */
    public static LabTargets of(LabEnvironment lab) {
        return new LabTargets(lab.binlog().dialect(), lab.binlog().connectorEndpoint(),
                lab.postgres().connectorEndpoint(), lab.kafka().connectorBootstrapServers());
    }

    /** These targets with the course's binlog host names pointing at {@code server} instead of the lab's own. */
    public LabTargets withBinlog(SqlServer server) {
        return new LabTargets(dialect, server.connectorEndpoint(), postgres, kafkaBootstrap, binlogHosts);
    }

    /** These targets where a binlog connector may name only {@code hosts}, each reaching its own server. */
    public LabTargets withBinlogHosts(Map<String, ? extends SqlServer> hosts) {
        return new LabTargets(dialect, binlog, postgres, kafkaBootstrap, hosts.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().connectorEndpoint())));
    }
}
