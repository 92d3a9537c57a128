package dev.cdclab.lab;

import dev.cdclab.connect.ConnectClient;
import java.net.URI;

/** The lab's Kafka Connect worker (distributed mode) and its REST API. */
public interface ConnectWorker {
    URI restUri();

    default ConnectClient client() {
        return new ConnectClient(restUri());
    }

    /**
     * What Debezium's metrics say of the task whose logical server name is {@code topicPrefix};
     * {@link TaskActivity#UNKNOWN} where this worker's metrics are out of the grader's sight.
     */
    default TaskActivity taskActivity(String topicPrefix) {
        return TaskActivity.UNKNOWN;
    }
}
