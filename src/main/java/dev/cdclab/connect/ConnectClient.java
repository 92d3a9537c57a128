package dev.cdclab.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cdclab.lab.LabUnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A small client for the Kafka Connect REST API: the calls the course teaches, nothing more.
 * Connect's own refusal (an HTTP error) is a {@link ConnectRestException}; no answer at all (the
 * connection refused, or none within 30 s) is a {@link LabUnreachableException}.
 *
 * <pre>{@code
 * ConnectClient connect = lab.connect().client();
 * ConfigValidation validation = connect.validate(config);
 * connect.create("inventory", config);
 * ConnectorState state = connect.status("inventory");
 * }</pre>
 */
public final class ConnectClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;

    public ConnectClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Names of the deployed connectors; also the readiness probe of the worker. */
    public List<String> connectors() {
        List<String> names = new ArrayList<>();
        send("GET", "/connectors", null).forEach(n -> names.add(n.asText()));
        return names;
    }

    /** {@code PUT /connector-plugins/{class}/config/validate}; the body needs {@code connector.class} and {@code name}. */
    public ConfigValidation validate(Map<String, String> config) {
        String connectorClass = config.getOrDefault("connector.class", "");
        JsonNode answer = send("PUT", "/connector-plugins/" + encode(connectorClass) + "/config/validate", JSON.valueToTree(config));
        List<ConfigValidation.KeyError> errors = new ArrayList<>();
        for (JsonNode entry : answer.path("configs")) {
            JsonNode value = entry.path("value");
            List<String> messages = new ArrayList<>();
            value.path("errors").forEach(m -> messages.add(m.asText()));
            if (!messages.isEmpty()) {
                errors.add(new ConfigValidation.KeyError(value.path("name").asText(),
                        value.path("value").isNull() ? null : value.path("value").asText(), messages));
            }
        }
        return new ConfigValidation(answer.path("error_count").asInt(errors.size()), errors);
    }

    /**
     * {@code POST /connectors}; gives the name Connect stored the connector under (it trims the
     * name it is sent), which every later call must use.
     */
    public String create(String name, Map<String, String> config) {
        ObjectNode body = JSON.createObjectNode();
        body.put("name", name);
        body.set("config", JSON.valueToTree(config));
        return send("POST", "/connectors", body).path("name").asText(name);
    }

    /** {@code PUT /connectors/{name}/config}: creates or updates. */
    public void putConfig(String name, Map<String, String> config) {
        send("PUT", "/connectors/" + encode(name) + "/config", JSON.valueToTree(config));
    }

    public ConnectorState status(String name) {
        JsonNode answer = send("GET", "/connectors/" + encode(name) + "/status", null);
        List<ConnectorState.TaskState> tasks = new ArrayList<>();
        for (JsonNode task : answer.path("tasks")) {
            tasks.add(new ConnectorState.TaskState(task.path("id").asInt(), task.path("state").asText(),
                    task.path("trace").asText("")));
        }
        JsonNode connector = answer.path("connector");
        return new ConnectorState(name, connector.path("state").asText(), connector.path("trace").asText(""), tasks);
    }

    public void delete(String name) {
        send("DELETE", "/connectors/" + encode(name), null);
    }

    /** {@code GET /connectors/{name}/config}. */
    public Map<String, String> config(String name) {
        Map<String, String> config = new java.util.LinkedHashMap<>();
        send("GET", "/connectors/" + encode(name) + "/config", null).fields()
                .forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
        return config;
    }

    /** {@code PUT /connectors/{name}/stop} (KIP-875): tasks shut down, offsets kept. */
    public void stop(String name) {
        send("PUT", "/connectors/" + encode(name) + "/stop", null);
    }

    /** {@code PUT /connectors/{name}/resume}. */
    public void resume(String name) {
        send("PUT", "/connectors/" + encode(name) + "/resume", null);
    }

    /** {@code POST /connectors/{name}/restart?includeTasks=true&onlyFailed=...}. */
    public void restart(String name, boolean onlyFailed) {
        send("POST", "/connectors/" + encode(name) + "/restart?includeTasks=true&onlyFailed=" + onlyFailed, null);
    }

    /** {@code DELETE /connectors/{name}/offsets} (the connector must be STOPPED). */
    public void deleteOffsets(String name) {
        send("DELETE", "/connectors/" + encode(name) + "/offsets", null);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        String request = method + " " + path;
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response;
        try {
            response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // refused or timed out: the worker is gone or hung, which is the lab's failure, never the student's
            throw new LabUnreachableException("Kafka Connect REST API", base.toString(), request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectRestException(request, 0, "interrupted");
        }
        JsonNode answer = parse(response.body());
        if (response.statusCode() >= 400) {
            String message = answer.path("message").asText(response.body());
            throw new ConnectRestException(request, response.statusCode(), message);
        }
        return answer;
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode().put("message", body);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
