package dev.cdclab.lab;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** The lab's Kafka cluster (one KRaft node). */
public interface KafkaBroker {
    /** The bootstrap servers as the grader reaches them. */
    String bootstrapServers();

    /**
     * The bootstrap servers as Kafka Connect's connectors reach them (the schema history's
     * producer, say): {@link #bootstrapServers()} unless Connect runs in a container.
     */
    default String connectorBootstrapServers() {
        return bootstrapServers();
    }

    /** Client properties with the bootstrap servers set; a copy the caller may change. */
    default Map<String, Object> clientProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("bootstrap.servers", bootstrapServers());
        return properties;
    }

    /** A new admin client; the caller closes it. */
    default Admin newAdmin() {
        return Admin.create(clientProperties());
    }
}
