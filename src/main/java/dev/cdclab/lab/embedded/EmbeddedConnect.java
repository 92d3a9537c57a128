package dev.cdclab.lab.embedded;

import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.ConnectWorkerSettings;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.TaskActivity;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import org.apache.kafka.connect.cli.ConnectDistributed;
import org.apache.kafka.connect.runtime.Connect;

/**
 * A Kafka Connect worker in distributed mode in this JVM, its REST API on a free loopback port.
 * Debezium's MySQL, MariaDB and Postgres connectors are found on the classpath through their
 * service manifests ({@code plugin.discovery=service_load}: ~1.7 s instead of ~6.4 s).
 * No config providers are configured, so {@code ${file:...}} in a student's config stays a string.
 */
public final class EmbeddedConnect implements ConnectWorker, AutoCloseable {
    private final Connect<?> connect;
    private final URI restUri;

    private EmbeddedConnect(Connect<?> connect, URI restUri) {
        this.connect = connect;
        this.restUri = restUri;
    }

    public static EmbeddedConnect start(KafkaBroker kafka) {
        Map<String, String> worker = ConnectWorkerSettings.shared();
        worker.put("bootstrap.servers", kafka.bootstrapServers());
        worker.put("listeners", "http://127.0.0.1:0");
        worker.put("rest.advertised.host.name", "127.0.0.1");
        worker.put("plugin.discovery", "service_load");
        try {
            Connect<?> connect = new ConnectDistributed().startConnect(worker);
            return new EmbeddedConnect(connect, connect.rest().serverUrl());
        } catch (RuntimeException e) {
            throw new LabStartException("Kafka Connect", String.valueOf(e.getMessage()), null, e);
        }
    }

    @Override
    public URI restUri() {
        return restUri;
    }

    /** Debezium's metrics of its tasks, in this JVM's MBean server. */
    @Override
    public TaskActivity taskActivity(String topicPrefix) {
        return new DebeziumMetrics(ManagementFactory.getPlatformMBeanServer()).activity(topicPrefix);
    }

    @Override
    public void close() {
        try {
            connect.stop();
        } catch (RuntimeException e) {
            // best effort at shutdown
        }
    }
}
