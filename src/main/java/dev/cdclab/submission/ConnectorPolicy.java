package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.ConnectWorkerSettings;
import dev.cdclab.lab.aurora.SimulatedCluster;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a student's connector config may ask of the lab, decided before it reaches Connect (and
 * again for every value a recovery procedure sets): only the keys {@link ConnectorKeys} allows for
 * the connector's family and the artifact's lesson, each resource-costly value within its bounds,
 * no key or snapshot mode Debezium renamed or removed (the student is told the new name), the
 * lesson's CDC user as {@code database.user}, no transform outside the lesson's allow-list (a
 * {@code Filter} would drop the very events the checks read), no topic of Kafka's or Connect's own
 * (writing there corrupts the worker's state), and no file-based store that would write on the
 * grader's machine. Each refusal names the key, the value and what the lesson allows.
 *
 * <pre>{@code
 * ConnectorPolicy.check(definition);   // throws CheckFailure on the first key it refuses
 * }</pre>
 */
public final class ConnectorPolicy {
    static final String TRANSFORMS = "transforms";
    static final String TOPIC_PREFIX = "topic.prefix";
    static final String HISTORY_CLASS = "schema.history.internal";
    static final String USER = "database.user";
    static final String SNAPSHOT_MODE = "snapshot.mode";
    private static final String FILE_STORAGE_PACKAGE = "io.debezium.storage.file.";
    private static final String FILE_NAME_SUFFIX = "file.filename";
    /** Kafka's own topics start with two underscores ({@code __consumer_offsets}, {@code __transaction_state}). */
    private static final String KAFKA_INTERNAL_PREFIX = "__";
    private static final java.util.regex.Pattern LESSON_FOLDER = java.util.regex.Pattern.compile("lesson(\\d\\d)/.*");
    /** Lesson 03's CDC user is the one its {@code cdc-user.sql} creates: any name but the cluster's own accounts. */
    private static final String OWN_CDC_USER_LESSON = "L03";

    private ConnectorPolicy() {
    }

    /** Refuses, with a {@link CheckFailure} naming the key, the first thing {@code definition} may not ask of the lab. */
    public static void check(ConnectorDefinition definition) {
        String lesson = lessonOf(definition.artifact());
        checkTransforms(definition, lesson);
        checkNoFiles(definition);
        checkKeys(definition, lesson);
        checkBounds(definition);
        checkSnapshotMode(definition);
        checkUser(definition, lesson);
        checkTopic(definition, TOPIC_PREFIX);
        checkTopic(definition, CourseToLab.HISTORY_TOPIC);
    }

    /**
     * The connector's name as Kafka Connect 4.1 stores it: {@code ConnectorsResource} trims the
     * name of {@code POST /connectors}, and {@code ConnectorConfig}'s {@code name} validator
     * ({@code NonEmptyStringWithoutControlChars}) refuses an empty name and any ISO control
     * character. The grader normalises the same way, so that it never calls Connect under a name
     * Connect does not know, and refuses what Connect would.
     */
    public static String connectName(ConnectorDefinition definition) {
        String name = definition.name() == null ? "" : definition.name().trim();
        if (name.isEmpty() || name.codePoints().anyMatch(Character::isISOControl)) {
            throw CheckFailure.of(Text.of("connector.name.invalid", definition.artifact(),
                            definition.name() == null ? "—" : definition.name().codePoints()
                                    .mapToObj(c -> Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c))
                                    .collect(java.util.stream.Collectors.joining())))
                    .hint(Text.of("hint.connector.name"));
        }
        return name;
    }

    /** The lesson an artifact belongs to ({@code lesson04/connector.json}: L04); empty for the grader's own. */
    static String lessonOf(String artifact) {
        var folder = LESSON_FOLDER.matcher(artifact);
        return folder.matches() ? "L" + folder.group(1) : "";
    }

    private static boolean postgres(ConnectorDefinition definition) {
        return CourseToLab.POSTGRES_CONNECTOR.equals(definition.connectorClass().trim());
    }

    private static void checkKeys(ConnectorDefinition definition, String lesson) {
        Set<String> allowed = ConnectorKeys.allowed(postgres(definition), lesson);
        for (String key : definition.config().keySet()) {
            if (allowed.contains(key) || key.startsWith(TRANSFORMS + ".")) {
                continue; // a transform's own keys: its alias was checked against the lesson's transforms
            }
            var renamed = ConnectorKeys.renamed(key);
            if (renamed.isPresent()) {
                throw CheckFailure.of(Text.of("connector.key.renamed", definition.artifact(), key,
                                renamed.get().version(), renamed.get().replacement()))
                        .hint(Text.of("hint.connector.key.renamed"));
            }
            Text where = lesson.isEmpty() ? Text.of("connector.key.no-lesson") : Text.of("connector.key.lesson", lesson);
            if (ConnectorKeys.carriesSql(key)) {
                throw CheckFailure.of(Text.of("connector.key.sql", definition.artifact(), key, where))
                        .hint(Text.of("hint.connector.key.sql"));
            }
            throw CheckFailure.of(Text.of("connector.key.refused", definition.artifact(), key, where))
                    .expected(Text.verbatim(String.join(", ", new TreeSet<>(allowed))))
                    .hint(Text.of("hint.connector.key.refused"));
        }
    }

    private static void checkBounds(ConnectorDefinition definition) {
        ConnectorKeys.BOUNDS.forEach((key, bound) -> definition.get(key).map(String::trim).ifPresent(value -> {
            long number;
            try {
                number = Long.parseLong(value);
            } catch (NumberFormatException notANumber) {
                return; // Connect's validation names a value that is not a number
            }
            if (number < bound.min() || number > bound.max()) {
                throw CheckFailure.of(Text.of("connector.value.out-of-bounds", definition.artifact(), key, value))
                        .expected(Text.of("connector.value.bounds", bound.min(), bound.max()))
                        .hint(Text.of("hint.connector.value.bounds"));
            }
        }));
    }

    private static void checkSnapshotMode(ConnectorDefinition definition) {
        definition.get(SNAPSHOT_MODE).flatMap(ConnectorKeys::removedSnapshotMode).ifPresent(removed -> {
            throw CheckFailure.of(Text.of("connector.snapshot-mode.removed", definition.artifact(), removed.key()))
                    .hint(removedModeHint(removed.key()).orElseThrow());
        });
    }

    /** The hint for a {@code snapshot.mode} Debezium removed (with its version and the mode that replaces it); empty for any other. */
    public static java.util.Optional<Text> removedModeHint(String mode) {
        return ConnectorKeys.removedSnapshotMode(mode)
                .map(removed -> Text.of("hint.snapshot.removed-mode", removed.key(), removed.replacement(), removed.version()));
    }

    private static void checkUser(ConnectorDefinition definition, String lesson) {
        String user = definition.get(USER).map(String::trim).orElse(null);
        if (user == null) {
            return; // Connect names the missing key
        }
        if (OWN_CDC_USER_LESSON.equals(lesson)) {
            if (SimulatedCluster.RESERVED_USERS.stream().anyMatch(user::equalsIgnoreCase)) {
                throw CheckFailure.of(Text.of("connector.user.admin", definition.artifact(), user))
                        .hint(Text.of("hint.connector.user.own"));
            }
        } else if (!CdcUsers.NAME.equals(user)) {
            throw CheckFailure.of(Text.of("connector.user.refused", definition.artifact(), user))
                    .expected(Text.verbatim(CdcUsers.NAME))
                    .hint(Text.of("hint.connector.user"));
        }
    }

    /** Connect's own topics in the lab (both backends run the worker with the same settings). */
    static Set<String> connectInternalTopics() {
        Map<String, String> worker = ConnectWorkerSettings.shared();
        return new TreeSet<>(List.of(worker.get(ConnectWorkerSettings.CONFIG_TOPIC),
                worker.get(ConnectWorkerSettings.OFFSET_TOPIC), worker.get(ConnectWorkerSettings.STATUS_TOPIC)));
    }

    private static void checkTransforms(ConnectorDefinition definition, String lesson) {
        List<String> allowed = ConnectorKeys.transforms(lesson);
        String aliases = definition.get(TRANSFORMS).orElse("");
        for (String alias : Arrays.stream(aliases.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList()) {
            String type = definition.get(TRANSFORMS + "." + alias + ".type").orElse("");
            if (!allowed.contains(type)) {
                throw CheckFailure.of(Text.of("connector.transform.refused", definition.artifact(), aliases, alias,
                                type.isEmpty() ? "—" : type))
                        .expected(allowed.isEmpty() ? Text.of("connector.transform.none")
                                : Text.verbatim(String.join(", ", allowed)))
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
