package dev.cdclab.lab;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Kafka Connect worker properties every backend runs with, so that a connector behaves the same
 * in the grader's JVM and in the Debezium image: JSON converters without schemas (the events the
 * course shows), one-replica storage topics, offsets flushed every 500 ms, no rebalance delay, and
 * no client overrides from a connector's config. A backend adds where Kafka and the REST API are.
 *
 * <pre>{@code
 * Map<String, String> worker = ConnectWorkerSettings.shared();
 * worker.put("bootstrap.servers", kafka.bootstrapServers());
 * }</pre>
 */
public final class ConnectWorkerSettings {
    public static final String GROUP_ID = "group.id";
    public static final String CONFIG_TOPIC = "config.storage.topic";
    public static final String OFFSET_TOPIC = "offset.storage.topic";
    public static final String STATUS_TOPIC = "status.storage.topic";
    private static final String JSON_CONVERTER = "org.apache.kafka.connect.json.JsonConverter";

    private ConnectWorkerSettings() {
    }

    /** A new, changeable map of the shared worker properties, in a stable order. */
    public static Map<String, String> shared() {
        Map<String, String> worker = new LinkedHashMap<>();
        worker.put(GROUP_ID, "cdclab-connect");
        worker.put("key.converter", JSON_CONVERTER);
        worker.put("value.converter", JSON_CONVERTER);
        worker.put("key.converter.schemas.enable", "false");
        worker.put("value.converter.schemas.enable", "false");
        worker.put(OFFSET_TOPIC, "connect-offsets");
        worker.put("offset.storage.replication.factor", "1");
        worker.put("offset.storage.partitions", "1");
        worker.put(CONFIG_TOPIC, "connect-configs");
        worker.put("config.storage.replication.factor", "1");
        worker.put(STATUS_TOPIC, "connect-status");
        worker.put("status.storage.replication.factor", "1");
        worker.put("status.storage.partitions", "1");
        worker.put("offset.flush.interval.ms", "500");
        worker.put("scheduled.rebalance.max.delay.ms", "0");
        worker.put("connector.client.config.override.policy", "None");
        worker.put("task.shutdown.graceful.timeout.ms", "3000");
        return worker;
    }
}
