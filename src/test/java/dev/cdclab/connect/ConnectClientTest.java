package dev.cdclab.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.cdclab.lab.LabUnreachableException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** What the client says when Kafka Connect does not answer at all (its answers are tested on the lab). */
class ConnectClientTest {

    @Test
    void a_worker_that_refuses_connections_is_the_lab_unreachable_naming_the_address_and_the_request() throws IOException {
        // GIVEN a loopback port nothing listens on any more (a killed worker's)
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        ConnectClient client = new ConnectClient(URI.create("http://127.0.0.1:" + port + "/"));

        // WHEN a check asks for its connector's state
        LabUnreachableException gone = catchThrowableOfType(LabUnreachableException.class, () -> client.status("inventory"));

        // THEN it is the lab's failure, not Connect refusing the student's request
        assertThat(gone).isNotNull().isNotInstanceOf(ConnectRestException.class);
        assertThat(gone.server()).isEqualTo("Kafka Connect REST API");
        assertThat(gone).hasMessageStartingWith("Kafka Connect REST API at http://127.0.0.1:" + port
                + "/ stopped answering (GET /connectors/inventory/status): java.net.ConnectException");
    }
}
