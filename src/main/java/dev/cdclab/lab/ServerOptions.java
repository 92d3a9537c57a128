package dev.cdclab.lab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Options of a MySQL-compatible server, as an option file's {@code [mysqld]} section sets them:
 * names in MySQL's spelling with underscores ({@code binlog_format}), each with a value, or an empty
 * value for a bare flag ({@code log-bin}). Order is kept: a later option wins, as in the server.
 */
public record ServerOptions(Map<String, String> values) {
    public ServerOptions {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** These options without {@code names}. */
    public ServerOptions without(Set<String> names) {
        Map<String, String> kept = new LinkedHashMap<>(values);
        kept.keySet().removeAll(names);
        return new ServerOptions(kept);
    }

    /** As command-line arguments: {@code --binlog-format=ROW}, {@code --log-bin}. */
    public List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        values.forEach((name, value) -> arguments.add("--" + name.replace('_', '-') + (value.isEmpty() ? "" : "=" + value)));
        return arguments;
    }
}
