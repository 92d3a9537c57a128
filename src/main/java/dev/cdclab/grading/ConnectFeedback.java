package dev.cdclab.grading;

import dev.cdclab.i18n.Text;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns what Kafka Connect and Debezium say when a connector is refused or fails into a hint a
 * student can act on. Matching is on the products' own words (see shared/design/FACTS.md).
 */
final class ConnectFeedback {
    /** Fragments of Debezium's and Connect's messages, lower case, and the hint each deserves. */
    private static final Map<String, String> FAILURE_HINTS = new LinkedHashMap<>();

    static {
        FAILURE_HINTS.put("db history topic is missing", "hint.history.missing");
        FAILURE_HINTS.put("error configuring an instance of kafkaschemahistory", "hint.history.settings");
        FAILURE_HINTS.put("row binlog_format", "hint.binlog.format");
        FAILURE_HINTS.put("full binlog_row_image", "hint.binlog.row-image");
        FAILURE_HINTS.put("lock tables", "hint.privilege.lock-tables");
        FAILURE_HINTS.put("replication slave", "hint.privilege.replication");
        FAILURE_HINTS.put("no longer available on the server", "hint.snapshot.when-needed");
        FAILURE_HINTS.put("required binlog files have been purged", "hint.snapshot.when-needed");
        FAILURE_HINTS.put("access denied", "hint.credentials");
        // PostgreSQL connector (lesson 02)
        FAILURE_HINTS.put("publication autocreation is disabled", "hint.pg.publication-missing");
        FAILURE_HINTS.put("must be owner of", "hint.pg.publication-owner");
        FAILURE_HINTS.put("must be superuser to create for all tables publication", "hint.pg.publication-owner");
        FAILURE_HINTS.put("decoderbufs", "hint.pg.plugin");
        FAILURE_HINTS.put("permission denied for table", "hint.pg.select");
    }

    private ConnectFeedback() {
    }

    /** The hint for one invalid config key, from the key and Connect's message about it. */
    static Text hintForKey(String key, String value, String message) {
        String lowerMessage = message == null ? "" : message.toLowerCase(Locale.ROOT);
        if (lowerMessage.contains("access denied")) {
            return Text.of("hint.credentials");
        }
        if (key.startsWith("schema.history.internal")) {
            return Text.of("hint.history.settings");
        }
        if (key.equals("database.server.id")) {
            return Text.of("hint.server-id");
        }
        if (key.equals("topic.prefix")) {
            return Text.of("hint.topic-prefix");
        }
        return Text.of("hint.config.key", key);
    }

    /** The hint for a connector or task that FAILED, from its failure reason. */
    static Text hintForFailure(String reason) {
        String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
        return FAILURE_HINTS.entrySet().stream()
                .filter(entry -> lower.contains(entry.getKey()))
                .map(entry -> Text.of(entry.getValue()))
                .findFirst()
                .orElse(Text.of("hint.connector.failed"));
    }
}
