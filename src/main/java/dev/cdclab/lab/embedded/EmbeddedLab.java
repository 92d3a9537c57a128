package dev.cdclab.lab.embedded;

import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.PostgresDatabase;
import dev.cdclab.lab.ServerOptions;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lab with no Docker: MariaDB and PostgreSQL as child processes from Maven Central binaries,
 * Kafka (KRaft) and Kafka Connect in this JVM. The databases and Kafka start in parallel, then
 * Connect. Everything listens on 127.0.0.1 only, and everything is stopped and deleted on
 * {@link #close()}, which a shutdown hook also calls (Ctrl-C, a failed test).
 *
 * <pre>{@code
 * try (LabEnvironment lab = EmbeddedLab.start()) { ... }
 * }</pre>
 */
public final class EmbeddedLab implements LabEnvironment {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedLab.class);
    static final Duration DATABASE_READY = Duration.ofSeconds(60);
    static final Duration CONNECT_READY = Duration.ofSeconds(60);

    private static final java.util.concurrent.atomic.AtomicInteger CONFIGURED = new java.util.concurrent.atomic.AtomicInteger();

    private final Path workDir;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final java.util.Map<String, java.time.Duration> startTimes = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final Thread shutdownHook = new Thread(this::closeResources, "cdclab-lab-shutdown");
    private EmbeddedMariaDb binlog;
    private EmbeddedPostgres postgres;
    private EmbeddedKafka kafka;
    private EmbeddedConnect connect;
    private boolean closed;

    private EmbeddedLab(Path workDir) {
        this.workDir = workDir;
    }

    /** Starts every server; on any failure stops what did start and throws {@link LabStartException}. */
    public static EmbeddedLab start() {
        OperatingSystem.checkSupported();
        Path workDir;
        try {
            workDir = Files.createTempDirectory("cdclab-run-");
            // traversable (not listable) by the unprivileged user PostgreSQL runs as under root
            Files.setPosixFilePermissions(workDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        } catch (IOException e) {
            throw new LabStartException("lab", "no temporary folder: " + e.getMessage(), null, e);
        }
        EmbeddedLab lab = new EmbeddedLab(workDir);
        Runtime.getRuntime().addShutdownHook(lab.shutdownHook);
        try {
            lab.startServers();
            return lab;
        } catch (RuntimeException e) {
            lab.close();
            throw e;
        }
    }

    private void startServers() {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(3, runnable -> {
            Thread thread = new Thread(runnable, "cdclab-lab-start");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CompletableFuture<EmbeddedMariaDb> mariadb = CompletableFuture.supplyAsync(
                    timed("MariaDB", () -> EmbeddedMariaDb.start(workDir, List.of(), DATABASE_READY)), pool);
            CompletableFuture<EmbeddedPostgres> pg = CompletableFuture.supplyAsync(
                    timed("PostgreSQL", () -> EmbeddedPostgres.start(workDir, DATABASE_READY)), pool);
            CompletableFuture<EmbeddedKafka> broker = CompletableFuture.supplyAsync(
                    timed("Kafka", () -> EmbeddedKafka.start(workDir)), pool);
            awaitAll(mariadb, pg, broker);
            binlog = mariadb.join();
            postgres = pg.join();
            kafka = broker.join();
            LOG.info("databases and Kafka up after {} ms", (System.nanoTime() - start) / 1_000_000);
            connect = register(timed("Kafka Connect", () -> EmbeddedConnect.start(kafka)).get());
            timed("Kafka Connect REST API", () -> {
                awaitConnectReady();
                return connect;
            }).get();
            startTimes.put("lab", java.time.Duration.ofNanos(System.nanoTime() - start));
            LOG.info("lab up after {} ms: MariaDB {}, PostgreSQL {}, Kafka {}, Connect {}",
                    (System.nanoTime() - start) / 1_000_000, binlog.endpoint(), postgres.endpoint(),
                    kafka.bootstrapServers(), connect.restUri());
        } finally {
            pool.shutdown();
        }
    }

    /** A start that logs how long it took: where lab start-up time goes is in lab.log. */
    private <T> java.util.function.Supplier<T> timed(String server, java.util.function.Supplier<T> start) {
        return () -> {
            long began = System.nanoTime();
            T started = start.get();
            java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - began);
            startTimes.put(server, took);
            LOG.info("{} started in {} ms", server, took.toMillis());
            return started;
        };
    }

    /** How long each server took to start, in start order (the benchmark reports them). */
    public java.util.Map<String, java.time.Duration> startTimes() {
        return java.util.Collections.unmodifiableMap(startTimes);
    }

    /**
     * Waits for every parallel start to end, registers each server that did start (so that it is
     * closed), then throws the first failure, if any.
     */
    private void awaitAll(CompletableFuture<?>... starts) {
        RuntimeException failure = null;
        for (CompletableFuture<?> start : starts) {
            try {
                register((AutoCloseable) start.join());
            } catch (CompletionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException runtime ? runtime : e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private <T extends AutoCloseable> T register(T server) {
        synchronized (started) {
            started.push(server);
        }
        return server;
    }

    private void awaitConnectReady() {
        try {
            Wait.forValue("Kafka Connect REST API at " + connect.restUri() + " to answer", CONNECT_READY,
                            this::connectorsOnceAnswering)
                    .until(names -> true);
        } catch (WaitTimeoutException e) {
            throw new LabStartException("Kafka Connect", e.getMessage(), null, e);
        }
    }

    /** The deployed connectors, or null (not yet) while the REST API is still coming up. */
    private java.util.List<String> connectorsOnceAnswering() {
        try {
            return connect.client().connectors();
        } catch (dev.cdclab.lab.LabUnreachableException notYet) {
            return null;
        }
    }

    @Override
    public String backend() {
        return "embedded";
    }

    @Override
    public BinlogDatabase binlog() {
        return binlog;
    }

    @Override
    public PostgresDatabase postgres() {
        return postgres;
    }

    @Override
    public KafkaBroker kafka() {
        return kafka;
    }

    @Override
    public ConnectWorker connect() {
        return connect;
    }

    @Override
    public ConfiguredBinlogServer startBinlogServer(String name, ServerOptions options) {
        Path dir = workDir.resolve("binlog-" + name + "-" + CONFIGURED.incrementAndGet());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new LabStartException("MariaDB (" + name + ")", "no folder for it: " + e.getMessage(), null, e);
        }
        List<String> arguments = options.without(binlog.dialect().optionsNotOnThisServer()).arguments();
        long began = System.nanoTime();
        EmbeddedMariaDb server;
        try {
            server = register(EmbeddedMariaDb.startConfigured(dir, arguments, DATABASE_READY).owning(dir));
        } catch (LabStartException e) {
            Directories.deleteRecursively(dir);
            throw e;
        }
        LOG.info("MariaDB {} started in {} ms with {}", name, (System.nanoTime() - began) / 1_000_000, arguments);
        return server;
    }

    /** The folder of this run's data directories and server logs. */
    public Path workDir() {
        return workDir;
    }

    @Override
    public void close() {
        closeResources();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private synchronized void closeResources() {
        if (closed) {
            return;
        }
        closed = true;
        synchronized (started) {
            while (!started.isEmpty()) {
                try {
                    started.pop().close();
                } catch (Exception e) {
                    LOG.warn("could not stop a lab server", e);
                }
            }
        }
        Directories.deleteRecursively(workDir);
    }
}
