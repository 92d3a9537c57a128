package dev.cdclab.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A connector as a student wrote it for {@code POST /connectors}: its name and its config,
 * every value as the string Connect sees. Immutable; {@link #with} gives a changed copy.
 */
public record ConnectorDefinition(String artifact, String name, Map<String, String> config) {

    public ConnectorDefinition {
        config = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(config));
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(config.get(key));
    }

    public String connectorClass() {
        return config.getOrDefault("connector.class", "");
    }

    /** A copy with {@code key} set to {@code value}. */
    public ConnectorDefinition with(String key, String value) {
        Map<String, String> changed = new LinkedHashMap<>(config);
        changed.put(key, value);
        return new ConnectorDefinition(artifact, name, changed);
    }

    public ConnectorDefinition named(String newName) {
        return new ConnectorDefinition(artifact, newName, config);
    }
}
