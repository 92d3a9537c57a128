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
     * Starts another server of {@link #binlog()}'s kind, on the lab's network, configured only by
     * {@code options} and what Debezium needs of the server product itself, none of the lab's own
     * binlog settings: a server whose binlog is what a student's options make it. The dialect's
     * {@link dev.cdclab.lab.dialect.BinlogDialect#optionsNotOnThisServer()} are left out. The
     * administrator and the course's CDC user exist on it. A server that does not start throws
     * {@link LabStartException} with its log's last lines. The caller closes it.
     */
    ConfiguredBinlogServer startBinlogServer(String name, ServerOptions options);

    /**
     * Releases the lab: stops every server and removes every temporary file, or, for a lab the JVM
     * shares (containers), leaves that to the JVM's end. Never throws.
     */
    @Override
    void close();
}
