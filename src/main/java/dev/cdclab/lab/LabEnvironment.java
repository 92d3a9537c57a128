package dev.cdclab.lab;

/**
 * The servers one grade run shares: a binlog database, PostgreSQL, Kafka and Kafka Connect.
 * A backend starts them all (in parallel where it can) and closes them all.
 *
 * <pre>{@code
 * LabBackends backends = LabBackends.onThisMachine();
 * try (LabEnvironment lab = backends.start(backends.choose("embedded"))) {
 *     lab.connect().client().create(name, config);
 * }
 * }</pre>
 */
public interface LabEnvironment extends AutoCloseable {
    /** A short name for reports: {@code embedded} or {@code containers}. */
    String backend();

    BinlogDatabase binlog();

    PostgresDatabase postgres();

    KafkaBroker kafka();

    ConnectWorker connect();

    /**
     * Releases the lab: stops every server and removes every temporary file, or, for a lab the JVM
     * shares (containers), leaves that to the JVM's end. Never throws.
     */
    @Override
    void close();
}
