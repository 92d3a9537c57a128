package dev.cdclab.submission;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one place that says which connector config keys a student may set in the lab: Debezium 3.5's
 * documented keys that the lessons use, per connector family (the binlog connectors for MySQL and
 * MariaDB, the PostgreSQL connector) and lesson; the bounds of the keys whose value costs the lab
 * resources; and the keys and values Debezium renamed or removed, so that a config from an old
 * tutorial is told the real cause. {@link ConnectorPolicy} enforces it before anything reaches Connect.
 *
 * <p>Keys that make Debezium run SQL of the student's on the server ({@code database.initial.statements},
 * {@code heartbeat.action.query}, {@code snapshot.select.statement.overrides.*}, the signal channels)
 * are in no list: no lesson teaches them. A lesson that teaches a key adds it to {@link #LESSON_KEYS}
 * (lesson 06 will add the outbox {@code EventRouter}'s {@code transforms.outbox.*} there, and its class to
 * {@link #LESSON_TRANSFORMS}).
 */
final class ConnectorKeys {
    /** Keys of every source connector of the course. {@code transforms} is checked by its own rule. */
    static final Set<String> COMMON = Set.of(
            "connector.class", "name", "tasks.max", "topic.prefix",
            "database.hostname", "database.port", "database.user", "database.password",
            "table.include.list", "table.exclude.list", "column.include.list", "column.exclude.list",
            "message.key.columns", "skipped.operations", "tombstones.on.delete",
            "snapshot.mode", "snapshot.include.collection.list", "snapshot.delay.ms", "snapshot.fetch.size",
            "snapshot.lock.timeout.ms", "snapshot.max.threads",
            "time.precision.mode", "decimal.handling.mode", "binary.handling.mode",
            "schema.name.adjustment.mode", "field.name.adjustment.mode", "provide.transaction.metadata",
            "event.processing.failure.handling.mode", "max.queue.size", "max.queue.size.in.bytes", "max.batch.size",
            "poll.interval.ms", "heartbeat.interval.ms", "heartbeat.topics.prefix", "retriable.restart.connector.wait.ms",
            "topic.creation.default.partitions", "topic.creation.default.replication.factor",
            "topic.creation.default.cleanup.policy", "topic.creation.default.compression.type",
            "key.converter", "value.converter", "key.converter.schemas.enable", "value.converter.schemas.enable",
            "transforms");

    /** Keys of the MySQL and MariaDB connectors (lessons 01, 03, 04, 05 and the grader's probes). */
    static final Set<String> BINLOG = Set.of(
            "database.server.id", "database.include.list", "database.exclude.list", "database.ssl.mode",
            "include.schema.changes", "include.query", "snapshot.locking.mode", "connect.timeout.ms", "connect.keep.alive",
            "bigint.unsigned.handling.mode", "inconsistent.schema.handling.mode", "enable.time.adjuster",
            "event.deserialization.failure.handling.mode", "binlog.buffer.size", "table.ignore.builtin",
            "gtid.source.includes", "gtid.source.excludes",
            "schema.history.internal", "schema.history.internal.kafka.bootstrap.servers",
            "schema.history.internal.kafka.topic", "schema.history.internal.kafka.recovery.attempts",
            "schema.history.internal.kafka.recovery.poll.interval.ms", "schema.history.internal.kafka.query.timeout.ms",
            "schema.history.internal.store.only.captured.tables.ddl",
            "schema.history.internal.store.only.captured.databases.ddl",
            "schema.history.internal.skip.unparseable.ddl",
            "schema.history.internal.producer.bootstrap.servers", "schema.history.internal.consumer.bootstrap.servers");

    /** Keys of the PostgreSQL connector (lesson 02). */
    static final Set<String> POSTGRES = Set.of(
            "database.dbname", "database.sslmode", "plugin.name", "slot.name", "slot.drop.on.stop",
            "slot.max.retries", "slot.retry.delay.ms", "publication.name", "publication.autocreate.mode",
            "schema.include.list", "schema.exclude.list", "status.update.interval.ms", "xmin.fetch.interval.ms",
            "hstore.handling.mode", "interval.handling.mode", "include.unknown.datatypes",
            "unavailable.value.placeholder", "money.fraction.digits");

    /** Keys one lesson adds to its family's: none today. */
    static final Map<String, Set<String>> LESSON_KEYS = Map.of();

    /** Transform classes a lesson may use: lessons 01-05 grade the events Debezium itself writes and use none. */
    static final Map<String, List<String>> LESSON_TRANSFORMS = Map.of();

    /** Values that cost the lab resources: the smallest and largest allowed (as Connect parses them, trimmed). */
    record Bound(long min, long max) {
    }

    static final Map<String, Bound> BOUNDS = Map.ofEntries(
            Map.entry("tasks.max", new Bound(1, 1)),
            Map.entry("topic.creation.default.partitions", new Bound(-1, 12)),
            Map.entry("topic.creation.default.replication.factor", new Bound(-1, 1)),
            Map.entry("max.queue.size", new Bound(1, 65_536)),
            Map.entry("max.queue.size.in.bytes", new Bound(0, 268_435_456)),
            Map.entry("max.batch.size", new Bound(1, 16_384)),
            Map.entry("poll.interval.ms", new Bound(10, 10_000)),
            Map.entry("snapshot.fetch.size", new Bound(1, 100_000)),
            Map.entry("snapshot.max.threads", new Bound(1, 4)),
            Map.entry("snapshot.delay.ms", new Bound(0, 10_000)),
            Map.entry("snapshot.lock.timeout.ms", new Bound(0, 120_000)),
            Map.entry("heartbeat.interval.ms", new Bound(0, 3_600_000)),
            Map.entry("binlog.buffer.size", new Bound(0, 65_536)),
            Map.entry("connect.timeout.ms", new Bound(1, 60_000)),
            Map.entry("status.update.interval.ms", new Bound(100, 60_000)),
            Map.entry("xmin.fetch.interval.ms", new Bound(0, 60_000)),
            Map.entry("slot.max.retries", new Bound(0, 10)),
            Map.entry("slot.retry.delay.ms", new Bound(0, 10_000)),
            Map.entry("retriable.restart.connector.wait.ms", new Bound(0, 60_000)),
            Map.entry("schema.history.internal.kafka.recovery.attempts", new Bound(1, 1_000)),
            Map.entry("schema.history.internal.kafka.recovery.poll.interval.ms", new Bound(10, 10_000)),
            Map.entry("schema.history.internal.kafka.query.timeout.ms", new Bound(1, 60_000)));

    /** Keys that make Debezium run the student's SQL on the server: refused with their own reason. */
    static final List<String> SQL_KEY_PREFIXES = List.of("database.initial.statements", "heartbeat.action.query",
            "snapshot.select.statement.overrides", "signal.", "incremental.snapshot.", "replica.identity.autoset.values");

    /** A key (or value) Debezium renamed, the version that did it, and its new name. */
    record Renamed(String key, String version, String replacement) {
    }

    /**
     * Debezium 2.0 renamed the 1.x keys every old tutorial uses ("Debezium 2.0 migration": the
     * {@code database.history.*} keys became {@code schema.history.internal.*}, {@code database.server.name}
     * became {@code topic.prefix}); the {@code *.whitelist}/{@code *.blacklist} keys, renamed in 1.3,
     * were removed in 2.0.
     */
    static final List<Renamed> RENAMED_KEYS = List.of(
            new Renamed("database.server.name", "2.0", "topic.prefix"),
            new Renamed("database.history", "2.0", "schema.history.internal"),
            new Renamed("table.whitelist", "2.0", "table.include.list"),
            new Renamed("table.blacklist", "2.0", "table.exclude.list"),
            new Renamed("database.whitelist", "2.0", "database.include.list"),
            new Renamed("database.blacklist", "2.0", "database.exclude.list"),
            new Renamed("schema.whitelist", "2.0", "schema.include.list"),
            new Renamed("schema.blacklist", "2.0", "schema.exclude.list"),
            new Renamed("column.whitelist", "2.0", "column.include.list"),
            new Renamed("column.blacklist", "2.0", "column.exclude.list"));

    /** Every {@code database.history.<rest>} key became {@code schema.history.internal.<rest>} in 2.0. */
    private static final String OLD_HISTORY_PREFIX = "database.history.";
    private static final String NEW_HISTORY_PREFIX = "schema.history.internal.";

    /** {@code snapshot.mode} values Debezium removed, each with the version and the value that replaces it. */
    static final List<Renamed> REMOVED_SNAPSHOT_MODES = List.of(
            new Renamed("schema_only", "3.3", "no_data"),
            new Renamed("schema_only_recovery", "3.3", "recovery"));

    private ConnectorKeys() {
    }

    /** The keys {@code lesson} may set with {@code connectorClass}'s family. */
    static Set<String> allowed(boolean postgres, String lesson) {
        return Stream.of(COMMON, postgres ? POSTGRES : BINLOG, LESSON_KEYS.getOrDefault(lesson, Set.of()))
                .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }

    static List<String> transforms(String lesson) {
        return LESSON_TRANSFORMS.getOrDefault(lesson, List.of());
    }

    /** What became of {@code key}, if Debezium renamed or removed it. */
    static Optional<Renamed> renamed(String key) {
        Optional<Renamed> listed = RENAMED_KEYS.stream().filter(r -> r.key().equals(key)).findFirst();
        if (listed.isEmpty() && key.startsWith(OLD_HISTORY_PREFIX)) {
            return Optional.of(new Renamed(key, "2.0", NEW_HISTORY_PREFIX + key.substring(OLD_HISTORY_PREFIX.length())));
        }
        return listed;
    }

    static Optional<Renamed> removedSnapshotMode(String mode) {
        return REMOVED_SNAPSHOT_MODES.stream().filter(r -> r.key().equalsIgnoreCase(mode.trim())).findFirst();
    }

    static boolean carriesSql(String key) {
        return SQL_KEY_PREFIXES.stream().anyMatch(key::startsWith);
    }
}
