package dev.cdclab.grading;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cdclab.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A topic a student creates before deploying, as {@code kafka-topics.sh --create} would. */
record TopicDeclaration(String name, int partitions, short replicationFactor, Map<String, String> config) {
    private static final int MAX_PARTITIONS = 50;

    /** {@code {"topics": [{"name": N, "partitions": P, "replication_factor": R, "config": {...}}]}}, strictly. */
    static List<TopicDeclaration> parse(String artifact, JsonNode root) {
        JsonNode topics = root.path("topics");
        if (!topics.isArray()) {
            throw CheckFailure.of(Text.of("topics.shape", artifact)).hint(Text.of("hint.topics.shape"));
        }
        List<TopicDeclaration> declared = new ArrayList<>();
        for (JsonNode topic : topics) {
            String name = topic.path("name").asText("");
            int partitions = topic.path("partitions").asInt(1);
            int replication = topic.path("replication_factor").asInt(1);
            if (name.isBlank() || partitions < 1 || partitions > MAX_PARTITIONS || replication < 1 || replication > Short.MAX_VALUE) {
                throw CheckFailure.of(Text.of("topics.invalid", artifact, topic.toString())).hint(Text.of("hint.topics.shape"));
            }
            Map<String, String> config = new LinkedHashMap<>();
            topic.path("config").fields().forEachRemaining(entry -> config.put(entry.getKey(), entry.getValue().asText()));
            declared.add(new TopicDeclaration(name, partitions, (short) replication, config));
        }
        return declared;
    }
}
