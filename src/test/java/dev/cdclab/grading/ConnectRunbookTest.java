package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A recovery procedure's {@code set} values pass the same connector policy as a deployed connector,
 * refused before any {@code PUT /connectors/{name}/config} reaches Connect (a fake Connect here
 * that records the requests it gets).
 */
class ConnectRunbookTest {
    private static final Messages EN = Messages.forLanguage("en");
    private static final String CONFIG = "{\"connector.class\":\"io.debezium.connector.mysql.MySqlConnector\",\"name\":\"hist-c1\","
            + "\"database.user\":\"debezium\",\"topic.prefix\":\"mysql.c1\",\"snapshot.mode\":\"initial\"}";

    private HttpServer connect;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private DeployedConnector connector;

    @BeforeEach
    void fakeConnect() throws IOException {
        connect = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        connect.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath());
            byte[] body = (exchange.getRequestMethod().equals("GET") ? CONFIG : "{}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        connect.start();
        URI rest = URI.create("http://127.0.0.1:" + connect.getAddress().getPort() + "/");
        ConnectWorker worker = () -> rest;
        connector = new DeployedConnector("lesson05/connector.json", "hist-c1", "mysql", "mysql.c1", "", worker, null);
    }

    @AfterEach
    void stop() {
        connect.stop(0);
    }

    private void run(String set) throws IOException {
        ConnectRunbook.of("lesson05/recovery.json", new ObjectMapper().readTree(
                "{\"steps\": [{\"request\": \"PUT /connectors/{name}/config\", \"set\": " + set + "}]}")).runOn(connector);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"schema.history.internal\": \"io.debezium.storage.file.history.FileSchemaHistory\", \"schema.history.internal.file.filename\": \"/tmp/h.dat\"} | write a file",
            "{\"transforms\": \"drop\", \"transforms.drop.type\": \"org.apache.kafka.connect.transforms.Filter\"} | not allowed in this lab",
            "{\"schema.history.internal.producer.bootstrap.servers\": \"10.0.0.5:9092\"} | may not change",
            "{\"heartbeat.action.query\": \"SET GLOBAL binlog_format='STATEMENT'\"} | run SQL",
            "{\"topic.creation.default.partitions\": \"9000\"} | beyond what the lab allows",
            "{\"database.user\": \"root\"} | may not change",
            "{\"database.history.kafka.topic\": \"h\"} | renamed to",
            "{\"snapshot.mode\": \"schema_only_recovery\"} | no longer has"})
    void a_step_setting_what_the_policy_refuses_never_reaches_connect(String set, String reason) {
        CheckFailure failure = catchThrowableOfType(CheckFailure.class, () -> run(set));

        assertThat(failure).as(set).isNotNull();
        assertThat(EN.render(failure.summary())).startsWith("lesson05/recovery.json").contains(reason);
        assertThat(requests).noneMatch(request -> request.startsWith("PUT"));
    }

    @Test
    void a_step_setting_an_allowed_mode_is_put_to_connect() throws IOException {
        run("{\"snapshot.mode\": \"recovery\"}");

        assertThat(requests).contains("PUT /connectors/hist-c1/config");
    }
}
