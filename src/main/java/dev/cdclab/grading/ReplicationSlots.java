package dev.cdclab.grading;

import dev.cdclab.lab.PostgresDatabase;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The logical replication slots of the lab's PostgreSQL, as the administrator manages them. A slot
 * outlives the connector that made it (deleting a connector does not drop it) and holds back WAL
 * for as long as it exists, and the server has few of them: so every slot a check's connector
 * made is dropped when the check is done with it, and a reset database first loses the slots a
 * crashed run left on it (PostgreSQL refuses to drop a database that has a slot).
 *
 * <pre>{@code
 * String slot = ReplicationSlots.isolatedName("debezium", "k3x9-c7");   // debezium_k3x9_c7
 * ReplicationSlots.dropWhenReleased(lab.postgres(), slot, Duration.ofSeconds(15));
 * }</pre>
 */
public final class ReplicationSlots {
    /** What PostgreSQL accepts as a slot name: lower-case letters, digits, underscores, at most 63 of them. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9_]{1,63}");
    private static final int MAX_LENGTH = 63;

    private ReplicationSlots() {
    }

    /**
     * The slot name a check's connector gets for {@code studentName}: the name with the check's
     * isolation suffix, so that no two connectors of the lab share a slot. A name PostgreSQL would
     * refuse is kept as written, so that the student sees the server's own error about it.
     */
    public static String isolatedName(String studentName, String isolation) {
        if (!VALID.matcher(studentName).matches()) {
            return studentName;
        }
        String suffix = "_" + isolation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        String base = studentName.length() + suffix.length() > MAX_LENGTH
                ? studentName.substring(0, MAX_LENGTH - suffix.length()) : studentName;
        return base + suffix;
    }

    /** The slots of {@code database} (all, active or not). */
    public static List<String> of(PostgresDatabase server, String database) {
        try {
            return names(server, "SELECT slot_name FROM pg_replication_slots WHERE database = ?", database);
        } catch (SQLException e) {
            throw new InfrastructureException("could not list the replication slots on " + server.endpoint() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits (at most {@code timeout}) until no connection streams from {@code slot} (a deleted
     * connector's task lets go of it a moment after Connect reports it gone), ends any that still
     * does, and drops the slot. A slot that does not exist is fine: Debezium drops its own when
     * told to ({@code slot.drop.on.stop}).
     */
    public static void dropWhenReleased(PostgresDatabase server, String slot, Duration timeout) {
        try {
            Wait.forValue("replication slot " + slot + " released by its connector", timeout,
                    () -> names(server, "SELECT slot_name FROM pg_replication_slots WHERE slot_name = ? AND active", slot))
                    .until(List::isEmpty);
        } catch (WaitTimeoutException e) {
            // the task did not let go in time: its walsender is ended below
        }
        drop(server, "slot_name = ?", slot);
    }

    /** Ends every connection streaming from a slot of {@code database} and drops all its slots. */
    public static void dropAll(PostgresDatabase server, String database) {
        drop(server, "database = ?", database);
    }

    private static void drop(PostgresDatabase server, String where, String value) {
        String terminate = "SELECT pg_terminate_backend(active_pid) FROM pg_replication_slots WHERE active_pid IS NOT NULL AND " + where;
        String dropSlots = "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE NOT active AND " + where;
        try (Connection connection = server.openAdmin("")) {
            for (int attempt = 0; attempt < 20; attempt++) {
                execute(connection, terminate, value);
                try {
                    execute(connection, dropSlots, value);
                } catch (SQLException e) {
                    // "replication slot ... is active": the ended walsender has not exited yet
                }
                if (names(connection, "SELECT slot_name FROM pg_replication_slots WHERE " + where, value).isEmpty()) {
                    return;
                }
                Thread.sleep(100);
            }
            throw new InfrastructureException("could not drop the replication slots where " + where.replace("?", "'" + value + "'")
                    + " on " + server.endpoint() + ": they are still in use", null);
        } catch (SQLException e) {
            throw new InfrastructureException("could not drop the replication slots where " + where.replace("?", "'" + value + "'")
                    + " on " + server.endpoint() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InfrastructureException("interrupted while dropping replication slots on " + server.endpoint(), e);
        }
    }

    private static List<String> names(PostgresDatabase server, String sql, String value) throws SQLException {
        try (Connection connection = server.openAdmin("")) {
            return names(connection, sql, value);
        }
    }

    private static List<String> names(Connection connection, String sql, String value) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        return names;
    }

    private static void execute(Connection connection, String sql, String value) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            statement.executeQuery().close();
        }
    }
}
