package dev.cdclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.ConnectorDefinition;
import dev.cdclab.submission.ConnectorPolicy;
import dev.cdclab.submission.CourseToLab;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A student's operational procedure as the ordered Kafka Connect REST calls an operator would make
 * (lesson 05's recovery after the schema history topic was lost), run by the grader against the
 * student's connector. Format ({@code recovery.json}; the steps here are only an example of the form):
 * <pre>{@code
 * {"steps": [
 *   {"request": "PUT /connectors/{name}/stop"},
 *   {"wait_for": "STOPPED"},
 *   {"request": "PUT /connectors/{name}/config", "set": {"tombstones.on.delete": "false"}},
 *   {"request": "PUT /connectors/{name}/resume"},
 *   {"wait_for": "RUNNING"}
 * ]}
 * }</pre>
 * Requests: {@code PUT /connectors/{name}/config} (with {@code set}: keys changed in the current
 * config), {@code PUT /connectors/{name}/stop}, {@code PUT /connectors/{name}/resume},
 * {@code POST /connectors/{name}/restart}, {@code DELETE /connectors/{name}/offsets}. Waits:
 * {@code RUNNING}, {@code STOPPED}. The endpoints and names of the connector cannot be changed.
 */
public final class ConnectRunbook {
    static final int MAX_STEPS = 20;
    /** How long a state from before a request may still show after it. */
    private static final java.time.Duration STALE_STATE = java.time.Duration.ofSeconds(5);
    private static final Set<String> FIXED_KEYS = Set.of("name", "connector.class", "database.hostname", "database.port",
            "topic.prefix", "database.user", CourseToLab.HISTORY_TOPIC);
    static final List<String> REQUESTS = List.of("PUT /connectors/{name}/config", "PUT /connectors/{name}/stop",
            "PUT /connectors/{name}/resume", "POST /connectors/{name}/restart", "DELETE /connectors/{name}/offsets");

    private final String artifact;
    private final JsonNode steps;

    private ConnectRunbook(String artifact, JsonNode steps) {
        this.artifact = artifact;
        this.steps = steps;
    }

    public static ConnectRunbook load(LabCheck check, String artifact) {
        return of(artifact, check.submission().json(artifact));
    }

    /** The procedure in {@code procedure} (the parsed {@code artifact}), checked for its shape. */
    static ConnectRunbook of(String artifact, JsonNode procedure) {
        JsonNode steps = procedure.path("steps");
        if (!steps.isArray() || steps.isEmpty() || steps.size() > MAX_STEPS) {
            throw CheckFailure.of(Text.of("runbook.shape", artifact, MAX_STEPS)).hint(Text.of("hint.runbook.shape", artifact));
        }
        return new ConnectRunbook(artifact, steps);
    }

    /** Runs every step against {@code connector}, in order; a step Connect refuses fails the check, naming the step. */
    public void runOn(DeployedConnector connector) {
        int number = 0;
        for (JsonNode step : steps) {
            number++;
            if (step.has("wait_for")) {
                waitFor(connector, step.get("wait_for").asText());
            } else {
                request(connector, number, step);
            }
        }
    }

    private void waitFor(DeployedConnector connector, String state) {
        switch (state) {
            case "RUNNING" -> connector.awaitTaskStreaming(STALE_STATE);
            case "STOPPED" -> connector.awaitStopped();
            default -> throw CheckFailure.of(Text.of("runbook.wait.unknown", artifact, state)).hint(Text.of("hint.runbook.shape", artifact));
        }
    }

    private void request(DeployedConnector connector, int number, JsonNode step) {
        String request = step.path("request").asText("").trim().replaceAll("\\?.*$", "");
        try {
            switch (request) {
                case "PUT /connectors/{name}/config" -> connector.updateConfig(changes(connector, step));
                case "PUT /connectors/{name}/stop" -> connector.requestStop();
                case "PUT /connectors/{name}/resume" -> connector.resume();
                case "POST /connectors/{name}/restart" -> connector.restart(step.path("request").asText().contains("onlyFailed=true"));
                case "DELETE /connectors/{name}/offsets" -> connector.deleteOffsets();
                default -> throw CheckFailure.of(Text.of("runbook.request.unknown", artifact, number, request))
                        .expected(Text.verbatim(String.join("\n", REQUESTS)))
                        .hint(Text.of("hint.runbook.shape", artifact));
            }
        } catch (dev.cdclab.connect.ConnectRestException e) {
            throw CheckFailure.of(Text.of("runbook.request.refused", artifact, number, request, e.status()))
                    .observed(Text.verbatim(e.connectMessage()))
                    .hint(Text.of("hint.runbook.refused"));
        }
    }

    /**
     * The keys a step sets, refused unless the connector's config with them passes the same
     * {@link ConnectorPolicy} as a deployed connector (allowed keys, bounds, no transform, no file
     * store, no removed mode); the endpoints, names and brokers stay as the grader mapped them.
     */
    private Map<String, String> changes(DeployedConnector connector, JsonNode step) {
        Map<String, String> changes = new LinkedHashMap<>();
        step.path("set").fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            if (FIXED_KEYS.contains(key) || key.endsWith(CourseToLab.BOOTSTRAP_SERVERS)) {
                throw CheckFailure.of(Text.of("runbook.fixed-key", artifact, key)).hint(Text.of("hint.runbook.shape", artifact));
            }
            changes.put(key, entry.getValue().asText());
        });
        Map<String, String> changed = new LinkedHashMap<>(connector.config());
        changed.putAll(changes);
        ConnectorPolicy.check(new ConnectorDefinition(artifact, connector.name(), changed));
        return changes;
    }
}
