package dev.cdclab.lab;

import dev.cdclab.connect.ConnectClient;
import java.net.URI;

/** The lab's Kafka Connect worker (distributed mode) and its REST API. */
public interface ConnectWorker {
    URI restUri();

    default ConnectClient client() {
        return new ConnectClient(restUri());
    }
}
