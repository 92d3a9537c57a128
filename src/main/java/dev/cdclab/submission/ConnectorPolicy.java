package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.ConnectWorkerSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a student's connector config may not ask of the lab, refused before it reaches Connect,
 * each with the key, the value and what the lab allows: transforms outside the lessons' allow-list
 * (a {@code Filter} would drop the very events the checks read), topics that are Kafka's or
 * Connect's own (writing there corrupts the worker's state), and file-based stores that would
 * write on the grader's machine.
 *
 * <pre>{@code
 * ConnectorPolicy.check(definition);   // throws CheckFailure on the first key it refuses
 * }</pre>
 */
final class ConnectorPolicy {
    /**
     * The transform classes a lesson may use. Lessons 04 and 05 grade the events Debezium itself
     * writes and use none; a lesson that teaches a transform adds its class here.
     */
    static final List<String> ALLOWED_TRANSFORMS = List.of();
    static final String TRANSFORMS = "transforms";
    static final String TOPIC_PREFIX = "topic.prefix";
    static final String HISTORY_CLASS = "schema.history.internal";
    private static final String FILE_STORAGE_PACKAGE = "io.debezium.storage.file.";
    private static final String FILE_NAME_SUFFIX = "file.filename";
    /** Kafka's own topics start with two underscores ({@code __consumer_offsets}, {@code __transaction_state}). */
    private static final String KAFKA_INTERNAL_PREFIX = "__";

    private ConnectorPolicy() {
    }

    static void check(ConnectorDefinition definition) {
        checkTransforms(definition);
        checkTopic(definition, TOPIC_PREFIX);
        checkTopic(definition, CourseToLab.HISTORY_TOPIC);
        checkNoFiles(definition);
    }

    /** Connect's own topics in the lab (both backends run the worker with the same settings). */
    static Set<String> connectInternalTopics() {
        Map<String, String> worker = ConnectWorkerSettings.shared();
        return new TreeSet<>(List.of(worker.get(ConnectWorkerSettings.CONFIG_TOPIC),
                worker.get(ConnectWorkerSettings.OFFSET_TOPIC), worker.get(ConnectWorkerSettings.STATUS_TOPIC)));
    }

    private static void checkTransforms(ConnectorDefinition definition) {
        String aliases = definition.get(TRANSFORMS).orElse("");
        for (String alias : Arrays.stream(aliases.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList()) {
            String type = definition.get(TRANSFORMS + "." + alias + ".type").orElse("");
            if (!ALLOWED_TRANSFORMS.contains(type)) {
                throw CheckFailure.of(Text.of("connector.transform.refused", definition.artifact(), aliases, alias,
                                type.isEmpty() ? "—" : type))
                        .expected(ALLOWED_TRANSFORMS.isEmpty() ? Text.of("connector.transform.none")
                                : Text.verbatim(String.join(", ", ALLOWED_TRANSFORMS)))
                        .hint(Text.of("hint.transform"));
            }
        }
    }

    private static void checkTopic(ConnectorDefinition definition, String key) {
        String topic = definition.get(key).map(String::trim).orElse("");
        if (topic.startsWith(KAFKA_INTERNAL_PREFIX) || connectInternalTopics().contains(topic)) {
            throw CheckFailure.of(Text.of("connector.internal-topic", definition.artifact(), key, topic))
                    .expected(Text.of("connector.internal-topic.expected",
                            String.join(", ", connectInternalTopics()), KAFKA_INTERNAL_PREFIX))
                    .hint(Text.of("hint.internal-topic"));
        }
    }

    private static void checkNoFiles(ConnectorDefinition definition) {
        definition.config().forEach((key, value) -> {
            boolean fileStore = key.equals(HISTORY_CLASS) && value != null && value.trim().startsWith(FILE_STORAGE_PACKAGE);
            if (fileStore || key.endsWith(FILE_NAME_SUFFIX)) {
                throw CheckFailure.of(Text.of("connector.writes-files", definition.artifact(), key, String.valueOf(value)))
                        .hint(Text.of("hint.writes-files"));
            }
        });
    }
}
