package dev.cdclab.lab;

/**
 * The servers one grade run shares: a binlog database, PostgreSQL, Kafka and Kafka Connect.
 * A backend starts them all (in parallel where it can) and closes them all.
 *
 * <pre>{@code
 * try (LabEnvironment lab = new EmbeddedLab(LabSettings.fromSystemProperties()).start()) {
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

    /** Stops every server and removes every temporary file; never throws. */
    @Override
    void close();
}
