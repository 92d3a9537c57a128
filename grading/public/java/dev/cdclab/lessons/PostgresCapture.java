package dev.cdclab.lessons;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.grading.DeployedConnector;
import dev.cdclab.grading.LabCheck;
import dev.cdclab.grading.QueryResult;
import dev.cdclab.grading.ReplicationSlots;
import dev.cdclab.i18n.Text;
import dev.cdclab.submission.ConnectorDefinition;
import dev.cdclab.submission.LabTargets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Postgres connector deployed for one check, with a replication slot of its own: the slot the
 * config names (Debezium's default {@code debezium} when it names none) gets a suffix no other
 * connector of the lab has, and the slot is dropped when the check closes this (a deleted
 * connector leaves its slot behind, holding WAL).
 *
 * <pre>{@code
 * try (PostgresCapture capture = PostgresCapture.deploy(check, check.submission().connector(CONNECTOR))) {
 *     capture.connector().snapshotOf("inventory.customers", EVENTS, hint);
 * }
 * }</pre>
 */
final class PostgresCapture implements AutoCloseable {
    static final String SLOT = "slot.name";
    /** Debezium's own default slot name. */
    static final String DEFAULT_SLOT = "debezium";
    private static final String DBNAME = "database.dbname";
    private static final Duration RELEASE = Duration.ofSeconds(15);
    private static final String RUN = Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36, 36 * 36 * 36 * 36), 36);
    private static final AtomicInteger SLOTS = new AtomicInteger();

    private final LabCheck check;
    private final DeployedConnector connector;
    private final String slot;

    private PostgresCapture(LabCheck check, DeployedConnector connector, String slot) {
        this.check = check;
        this.connector = connector;
        this.slot = slot;
    }

    static PostgresCapture deploy(LabCheck check, ConnectorDefinition definition) {
        String written = definition.get(SLOT).map(String::trim).filter(s -> !s.isEmpty()).orElse(DEFAULT_SLOT);
        String slot = ReplicationSlots.isolatedName(written, RUN + "_" + SLOTS.incrementAndGet());
        boolean graders = ProbeConnector.REFERENCE.equals(definition.artifact());
        if (!slot.equals(written) && !graders) {
            check.note(Text.of("lab.note.slot-name", written, slot));
        }
        if (!graders) {
            expectDatabase(check, definition);
        }
        ConnectorDefinition isolated = definition.with(SLOT, slot);
        LabTargets targets = LabTargets.of(check.lab());
        try {
            return new PostgresCapture(check, graders ? check.deployOwn(isolated, targets) : check.deploy(isolated, targets), slot);
        } catch (RuntimeException | Error failure) {
            // a connector that failed may have made its slot already: the check's close deletes the
            // connector, and its slot must not outlive it
            ReplicationSlots.dropWhenReleased(check.lab().postgres(), slot, Duration.ofSeconds(3));
            throw failure;
        }
    }

    /**
     * Fails at once when the connector names a database the lab's PostgreSQL does not have:
     * Debezium would retry the connection until the snapshot wait ran out, never naming it.
     */
    private static void expectDatabase(LabCheck check, ConnectorDefinition definition) {
        String dbname = definition.get(DBNAME).map(String::trim).orElse("");
        List<String> databases = QueryResult.asAdmin(check.lab().postgres(), "postgres",
                "SELECT datname FROM pg_database WHERE NOT datistemplate").column("datname").orElseThrow();
        if (!databases.contains(dbname)) {
            throw CheckFailure.of(Text.of("L02.dbname.missing", definition.artifact(), dbname.isEmpty() ? "—" : dbname))
                    .hint(Text.of("hint.L02.dbname"));
        }
    }

    DeployedConnector connector() {
        return connector;
    }

    /** Deletes the connector, then drops its slot once its task let go of it. */
    @Override
    public void close() {
        connector.close();
        ReplicationSlots.dropWhenReleased(check.lab().postgres(), slot, RELEASE);
    }
}
