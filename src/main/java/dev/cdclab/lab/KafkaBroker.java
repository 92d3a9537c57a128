package dev.cdclab.lab;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** The lab's Kafka cluster (one KRaft node). */
public interface KafkaBroker {
    String bootstrapServers();

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
