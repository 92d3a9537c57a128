package dev.cdclab.submission;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a connector JSON strictly, the way a student needs to hear about mistakes: the line and
 * column of a syntax error, a key written twice, a value that is an object, the body of
 * {@code PUT .../config} where {@code POST /connectors} was asked for.
 */
final class ConnectorJson {
    private ConnectorJson() {
    }

    static ConnectorDefinition parse(String artifact, String text) {
        if (text.isBlank()) {
            throw CheckFailure.of(Text.of("connector.json.empty", artifact)).hint(Text.of("connector.json.shape.hint"));
        }
        JsonNode root = StrictJson.read(artifact, text);
        if (!root.isObject()) {
            throw CheckFailure.of(Text.of("connector.json.not-object", artifact))
                    .hint(Text.of("connector.json.shape.hint"));
        }
        JsonNode config = root.get("config");
        if (config == null || !config.isObject()) {
            boolean flat = root.has("connector.class");
            throw CheckFailure.of(Text.of(flat ? "connector.json.flat" : "connector.json.no-config", artifact))
                    .hint(Text.of("connector.json.shape.hint"));
        }
        JsonNode name = root.get("name");
        if (name == null || !name.isTextual() || name.asText().isBlank()) {
            throw CheckFailure.of(Text.of("connector.json.no-name", artifact))
                    .hint(Text.of("connector.json.shape.hint"));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : (Iterable<Map.Entry<String, JsonNode>>) config::fields) {
            JsonNode value = entry.getValue();
            if (value.isContainerNode()) {
                throw CheckFailure.of(Text.of("connector.json.nested", artifact, entry.getKey()))
                        .hint(Text.of("connector.json.nested.hint"));
            }
            values.put(entry.getKey(), value.isNull() ? null : value.asText());
        }
        return new ConnectorDefinition(artifact, name.asText(), values);
    }
}
