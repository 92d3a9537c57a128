package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.TaskActivity;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The two races between Connect's REST state and the task behind it, forced both ways: Connect
 * says RUNNING while the (recovery) snapshot still runs, and forgets a deleted or stopped
 * connector while its task still exits. A scripted Connect (an HTTP server) and scripted Debezium
 * metrics play each order.
 */
class TaskLifecycleTest {
    private static final String RUNNING = "{\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[{\"id\":0,\"state\":\"RUNNING\"}]}";
    private static final String STOPPED = "{\"connector\":{\"state\":\"STOPPED\"},\"tasks\":[]}";
    private static final String FAILED = "{\"connector\":{\"state\":\"RUNNING\"},\"tasks\":[{\"id\":0,\"state\":\"FAILED\","
            + "\"trace\":\"org.apache.kafka.connect.errors.ConnectException: boom\\nCaused by: io.debezium.DebeziumException: The db history topic is missing.\"}]}";

    private final HttpServer connect = startConnect();
    private volatile String status = RUNNING;

    @AfterEach
    void stopConnect() {
        connect.stop(0);
    }

    @Test
    void aRunningConnectorWhoseSnapshotStillRunsIsNotYetStreaming() {
        // GIVEN Connect says RUNNING at once, and Debezium's streaming connects only after three looks
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(TaskActivity.STARTING, TaskActivity.STARTING,
                TaskActivity.STARTING, TaskActivity.STARTING), TaskActivity.STREAMING);

        connector(metrics).awaitTaskStreaming(Duration.ZERO);

        // THEN the wait returned only once streaming was seen: every scripted STARTING was looked at
        assertThat(metrics.remaining()).isZero();
        assertThat(metrics.lastAnswer()).isEqualTo(TaskActivity.STREAMING);
    }

    @Test
    void aConnectorThatStreamsAtOnceIsReadyAtOnce() {
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(), TaskActivity.STREAMING);

        connector(metrics).awaitTaskStreaming(Duration.ZERO);

        assertThat(metrics.looks()).isLessThanOrEqualTo(2); // one to learn the metrics are in sight, one to see STREAMING
    }

    @Test
    void whereTheMetricsAreOutOfSightRunningIsTakenFromConnectAlone() {
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(), TaskActivity.UNKNOWN);

        connector(metrics).awaitTaskStreaming(Duration.ZERO);

        assertThat(metrics.looks()).isEqualTo(1);
    }

    @Test
    void aTaskThatFailsWhileItsSnapshotRunsEndsTheWaitAtOnceWithDebeziumsReason() {
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(TaskActivity.STARTING, TaskActivity.STARTING), TaskActivity.STARTING) {
            @Override
            public TaskActivity taskActivity(String topicPrefix) {
                TaskActivity answer = super.taskActivity(topicPrefix);
                if (looks() == 2) {
                    status = FAILED;
                }
                return answer;
            }
        };

        long started = System.nanoTime();
        assertThatThrownBy(() -> connector(metrics).awaitTaskStreaming(Duration.ZERO))
                .isInstanceOf(CheckFailure.class)
                .hasMessageContaining("The db history topic is missing");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aDeletedConnectorIsClosedOnlyOnceItsTaskHasExited() {
        // GIVEN Connect forgets the connector at once, and its task unregisters after three looks
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(TaskActivity.STREAMING, TaskActivity.STREAMING,
                TaskActivity.STARTING), TaskActivity.ABSENT);

        connector(metrics).close();

        assertThat(metrics.remaining()).isZero();
        assertThat(metrics.lastAnswer()).isEqualTo(TaskActivity.ABSENT);
    }

    @Test
    void aStoppedConnectorIsStoppedOnlyOnceItsTaskHasExited() {
        status = STOPPED;
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(TaskActivity.STREAMING, TaskActivity.STREAMING), TaskActivity.ABSENT);

        connector(metrics).stop();

        assertThat(metrics.remaining()).isZero();
        assertThat(metrics.lastAnswer()).isEqualTo(TaskActivity.ABSENT);
    }

    @Test
    void aTaskThatExitedBeforeTheDeleteIsNotWaitedFor() {
        ScriptedMetrics metrics = new ScriptedMetrics(List.of(), TaskActivity.ABSENT);

        connector(metrics).close();

        assertThat(metrics.looks()).isLessThanOrEqualTo(2);
    }

    private DeployedConnector connector(ConnectWorker worker) {
        return new DeployedConnector("lesson05/connector.json", "inventory-k3x9-c1", "mysql", "mysql.k3x9-c1", "",
                worker, null);
    }

    private HttpServer startConnect() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String body = exchange.getRequestMethod().equals("GET") ? status : "";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(bytes.length == 0 ? 204 : 200, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    exchange.getResponseBody().write(bytes);
                }
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("could not start the scripted Connect", e);
        }
    }

    /** Debezium's metrics as a script: each look takes the next answer, then the last one for good. */
    private class ScriptedMetrics implements ConnectWorker {
        private final Deque<TaskActivity> script;
        private final TaskActivity then;
        private final AtomicInteger looks = new AtomicInteger();
        private volatile TaskActivity lastAnswer;

        ScriptedMetrics(List<TaskActivity> first, TaskActivity then) {
            this.script = new ArrayDeque<>(first);
            this.then = then;
        }

        @Override
        public URI restUri() {
            return URI.create("http://127.0.0.1:" + connect.getAddress().getPort() + "/");
        }

        @Override
        public synchronized TaskActivity taskActivity(String topicPrefix) {
            looks.incrementAndGet();
            lastAnswer = script.isEmpty() ? then : script.poll();
            return lastAnswer;
        }

        synchronized int remaining() {
            return script.size();
        }

        int looks() {
            return looks.get();
        }

        TaskActivity lastAnswer() {
            return lastAnswer;
        }
    }
}
