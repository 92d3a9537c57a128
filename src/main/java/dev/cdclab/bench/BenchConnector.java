package dev.cdclab.bench;

import dev.cdclab.cdc.ConnectorOutput;
import dev.cdclab.connect.ConnectClient;
import dev.cdclab.connect.ConnectorState;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.Wait;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A connector the benchmark deploys on {@code bench.items}: the course's config with the lab's
 * addresses, its own name, prefix, history topic and server id, and the poll interval a student's
 * connector has in the lab when its config sets none.
 */
final class BenchConnector implements AutoCloseable {
    private final String name;
    private final ConnectClient connect;
    private final ConnectorOutput output;

    private BenchConnector(String name, ConnectClient connect, ConnectorOutput output) {
        this.name = name;
        this.connect = connect;
        this.output = output;
    }

    static BenchConnector deploy(LabEnvironment lab, String name, long serverId) {
        Map<String, String> config = new HashMap<>();
        config.put("connector.class", lab.binlog().dialect().connectorClass());
        config.put("database.hostname", lab.binlog().endpoint().host());
        config.put("database.port", Integer.toString(lab.binlog().endpoint().port()));
        config.put("database.user", "debezium");
        config.put("database.password", "debezium");
        config.put("database.server.id", Long.toString(serverId));
        config.put("topic.prefix", name);
        config.put("database.include.list", BenchTable.DATABASE);
        config.put("schema.history.internal.kafka.bootstrap.servers", lab.kafka().bootstrapServers());
        config.put("schema.history.internal.kafka.topic", name + ".history");
        config.put("poll.interval.ms", dev.cdclab.grading.LabCheck.LAB_POLL_INTERVAL_MS);
        ConnectClient connect = lab.connect().client();
        connect.create(name, config);
        return new BenchConnector(name, connect, new ConnectorOutput(lab.kafka(), name));
    }

    void awaitRunning(Duration timeout) {
        Wait.forValue("bench connector " + name + " RUNNING", timeout, () -> connect.status(name)).until(ConnectorState::isRunning);
    }

    String itemsTopic() {
        return name + "." + BenchTable.DATABASE + ".items";
    }

    ConnectorOutput output() {
        return output;
    }

    @Override
    public void close() {
        output.close();
        connect.delete(name);
    }
}
