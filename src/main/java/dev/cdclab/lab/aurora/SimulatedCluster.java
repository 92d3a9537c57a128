package dev.cdclab.lab.aurora;

import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.ServerOptions;
import dev.cdclab.lab.SqlServer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What of an Aurora MySQL cluster matters for CDC, on lab servers (no AWS is reachable): a
 * <b>writer</b> started with the cluster parameter group as after a reboot, with RDS's
 * configuration procedures and a master user that has Aurora's kind of rights (no SUPER, nothing on
 * the server's own settings); a <b>reader</b> that replicates the writer and has no binlog of its
 * own; and the cluster's host names: the cluster endpoint and the writer's instance endpoint reach
 * the writer, the reader endpoint and the reader's instance endpoint reach the reader.
 *
 * <pre>{@code
 * try (SimulatedCluster cluster = SimulatedCluster.start(lab, ParameterGroup.modify(parameters))) {
 *     LabTargets targets = LabTargets.of(lab).withBinlogHosts(cluster.endpoints());
 * }
 * }</pre>
 */
public final class SimulatedCluster implements AutoCloseable {
    public static final String CLUSTER_ENDPOINT = "cdc-lab.cluster-c8xk2example.eu-central-1.rds.amazonaws.com";
    public static final String READER_ENDPOINT = "cdc-lab.cluster-ro-c8xk2example.eu-central-1.rds.amazonaws.com";
    public static final String WRITER_INSTANCE = "cdc-lab-instance-1.c8xk2example.eu-central-1.rds.amazonaws.com";
    public static final String READER_INSTANCE = "cdc-lab-instance-2.c8xk2example.eu-central-1.rds.amazonaws.com";
    public static final String MASTER_USER = "admin";
    public static final String MASTER_PASSWORD = "aurora-master";
    /** Accounts of the cluster's own that a student's SQL may neither drop nor change. */
    public static final Set<String> RESERVED_USERS = Set.of("root", "rdsadmin", "rdsrepladmin", MASTER_USER, "mariadb.sys", "mysql.sys");
    private static final String REPLICATION_USER = "rdsrepladmin";
    private static final String REPLICATION_PASSWORD = "rds-replication";

    private final ParameterGroup group;
    private final ConfiguredBinlogServer writer;
    private final ConfiguredBinlogServer reader;
    private final java.sql.Connection noGlobalReadLock;

    private SimulatedCluster(ParameterGroup group, ConfiguredBinlogServer writer, ConfiguredBinlogServer reader,
            java.sql.Connection noGlobalReadLock) {
        this.group = group;
        this.writer = writer;
        this.reader = reader;
        this.noGlobalReadLock = noGlobalReadLock;
    }

    /**
     * Aurora refuses {@code FLUSH TABLES WITH READ LOCK}, even to its master user: a session of the
     * simulation (RDS's own agent, as it were) holds a write lock on a table of RDS's for the
     * cluster's life, so a global read lock is never granted within its timeout, and Debezium falls
     * back to locking the captured tables, which needs {@code LOCK TABLES}, as on Aurora.
     */
    private static java.sql.Connection holdWriteLock(ConfiguredBinlogServer writer) throws SQLException {
        java.sql.Connection connection = writer.openAdmin("");
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute("LOCK TABLES mysql.rds_heartbeat2 WRITE");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Starts the writer and the reader; the reader replicates the writer when the writer has a binlog. */
    public static SimulatedCluster start(LabEnvironment lab, ParameterGroup group) {
        ServerOptions writerOptions = group.writerOptions();
        ConfiguredBinlogServer writer = lab.startBinlogServer("aurora-writer", with(writerOptions, "server_id", "1"));
        ConfiguredBinlogServer reader = null;
        try {
            Map<String, String> readerOptions = new LinkedHashMap<>(writerOptions.values());
            readerOptions.remove("log_bin");
            readerOptions.put("server_id", "2");
            readerOptions.put("read_only", "ON");
            reader = lab.startBinlogServer("aurora-reader", new ServerOptions(readerOptions));
            // an Aurora cluster has no CDC user until the student creates one
            String noCdcUser = "DROP USER IF EXISTS '" + dev.cdclab.lab.CdcUsers.NAME + "'@'%'";
            writer.executeAsAdmin("", noCdcUser);
            reader.executeAsAdmin("", noCdcUser);
            boolean replicated = writerOptions.has("log_bin");
            if (replicated) {
                writer.executeAsAdmin("", "CREATE USER '" + REPLICATION_USER + "'@'%' IDENTIFIED BY '" + REPLICATION_PASSWORD + "'",
                        "GRANT REPLICATION SLAVE ON *.* TO '" + REPLICATION_USER + "'@'%'");
                reader.executeAsAdmin("", writer.dialect().replicaOfStatements(writer.connectorEndpoint(), REPLICATION_USER,
                        REPLICATION_PASSWORD).toArray(String[]::new));
            }
            List<String> setup = new ArrayList<>(RdsProcedures.install());
            setup.addAll(masterUser(writer));
            writer.executeAsAdmin("", setup.toArray(String[]::new));
            if (!replicated) {
                List<String> readerSetup = new ArrayList<>(RdsProcedures.install());
                readerSetup.addAll(masterUser(reader));
                reader.executeAsAdmin("", readerSetup.toArray(String[]::new));
            }
            return new SimulatedCluster(group, writer, reader, holdWriteLock(writer));
        } catch (SQLException | RuntimeException e) {
            writer.close();
            if (reader != null) {
                reader.close();
            }
            throw e instanceof LabStartException start ? start : new LabStartException("simulated Aurora cluster", e.getMessage(), null, e);
        }
    }

    private static ServerOptions with(ServerOptions options, String name, String value) {
        Map<String, String> values = new LinkedHashMap<>(options.values());
        values.put(name, value);
        return new ServerOptions(values);
    }

    /**
     * Aurora's master user: may read everything, create users and grant them what it holds, lock
     * tables, watch and read the binlog, call RDS's procedures, and own the course's database;
     * never SUPER, never the server's settings, never writing to the {@code mysql} schema.
     */
    private static List<String> masterUser(dev.cdclab.lab.BinlogDatabase server) {
        var dialect = server.dialect();
        Set<String> global = new LinkedHashSet<>(List.of("SELECT", "RELOAD", "PROCESS", "SHOW DATABASES", "LOCK TABLES", "CREATE USER",
                "REPLICATION SLAVE"));
        global.addAll(List.of(dialect.binlogMonitorPrivileges().split(",\\s*")));
        String to = " TO '" + MASTER_USER + "'@'%'";
        return List.of(
                dialect.createRestrictedUser(MASTER_USER, MASTER_PASSWORD, SqlServer.STUDENT_STATEMENT_SECONDS),
                "GRANT " + String.join(", ", global) + " ON *.*" + to + " WITH GRANT OPTION",
                "GRANT ALL PRIVILEGES ON inventory.*" + to + " WITH GRANT OPTION",
                "GRANT EXECUTE ON PROCEDURE mysql.rds_set_configuration" + to,
                "GRANT EXECUTE ON PROCEDURE mysql.rds_show_configuration" + to);
    }

    public ParameterGroup parameterGroup() {
        return group;
    }

    public ConfiguredBinlogServer writer() {
        return writer;
    }

    public ConfiguredBinlogServer reader() {
        return reader;
    }

    /** The cluster's host names and the server each reaches. */
    public Map<String, SqlServer> endpoints() {
        return Map.of(CLUSTER_ENDPOINT, writer, WRITER_INSTANCE, writer, READER_ENDPOINT, reader, READER_INSTANCE, reader);
    }

    @Override
    public void close() {
        try {
            noGlobalReadLock.close();
        } catch (SQLException e) {
            // the writer stops next, and its locks with it
        }
        reader.close();
        writer.close();
    }
}
