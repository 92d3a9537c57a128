package dev.cdclab.lab.containers;

import dev.cdclab.lab.BinlogDatabase;
import dev.cdclab.lab.ConfiguredBinlogServer;
import dev.cdclab.lab.ConnectWorker;
import dev.cdclab.lab.ServerOptions;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.KafkaBroker;
import dev.cdclab.lab.LabEnvironment;
import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.PostgresDatabase;
import dev.cdclab.lab.Timeouts;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.lifecycle.Startables;
import org.testcontainers.utility.TestcontainersConfiguration;

/**
 * The lab in Docker containers, through Testcontainers: MySQL 8.4, PostgreSQL 17, Kafka (KRaft) and
 * Debezium's Kafka Connect on one network, the stack of the course's docker compose (definitions in
 * {@link LabContainers}, images in {@link LabImages}). Started once per JVM, on first use, and shared
 * by every grade run in it: MySQL, PostgreSQL and Kafka start in parallel, Connect once Kafka is up.
 * The containers stop when the JVM ends (a shutdown hook; Testcontainers' reaper if it is killed),
 * so closing the lab stops nothing.
 *
 * <p><b>Reuse</b> (for students who grade many times a day): with {@code testcontainers.reuse.enable=true}
 * in {@code ~/.testcontainers.properties}, the containers, defined {@code withReuse(true)}, are left
 * running when the JVM ends and found again by the next run, which then needs no start-up. Remove
 * them to start afresh: {@code docker rm -f $(docker ps -q --filter network=cdclab-lab)}.
 *
 * <pre>{@code
 * LabEnvironment lab = ContainersLab.shared();   // starts the containers, or returns them
 * lab.connect().client().create(name, config);
 * }</pre>
 */
public final class ContainersLab {
    private static final Logger LOG = LoggerFactory.getLogger(ContainersLab.class);
    /** The whole start, image pulls included (over a gigabyte on a first run). */
    static final Duration START = Duration.ofMinutes(15);
    private static final int LOG_TAIL_LINES = 15;

    private static final java.util.concurrent.atomic.AtomicInteger CONFIGURED = new java.util.concurrent.atomic.AtomicInteger();
    private static LabEnvironment shared;
    private static LabStartException failure;

    private ContainersLab() {
    }

    /** The started lab's servers; closing it stops nothing (see the class comment). */
    private record Started(BinlogDatabase binlog, PostgresDatabase postgres, KafkaBroker kafka, ConnectWorker connect,
            LabContainers containers) implements LabEnvironment {
        Started(LabContainers containers) {
            this(new ContainerServers.MySql(mapped(containers.mysql, LabImages.MYSQL_PORT),
                            new Endpoint(LabImages.MYSQL_ALIAS, LabImages.MYSQL_PORT), containers.mysql.getPassword()),
                    new ContainerServers.Postgres(mapped(containers.postgres, LabImages.POSTGRES_PORT),
                            new Endpoint(LabImages.POSTGRES_ALIAS, LabImages.POSTGRES_PORT), containers.postgres.getPassword()),
                    new ContainerServers.Kafka(containers.kafka.getBootstrapServers(), LabContainers.networkBootstrapServers()),
                    new ContainerServers.Connect(URI.create("http://" + mapped(containers.connect, LabImages.CONNECT_PORT))),
                    containers);
        }

        @Override
        public ConfiguredBinlogServer startBinlogServer(String name, ServerOptions options) {
            String alias = LabImages.MYSQL_ALIAS + "-" + name + "-" + CONFIGURED.incrementAndGet();
            var container = containers.configuredMysql(alias, options.without(binlog.dialect().optionsNotOnThisServer()));
            try {
                container.start();
            } catch (RuntimeException e) {
                String log = container.getLogs();
                container.stop();
                throw new LabStartException("MySQL (" + name + ")", reasonOf(e),
                        log.lines().skip(Math.max(0, log.lines().count() - LOG_TAIL_LINES)).collect(java.util.stream.Collectors.joining("\n")), e);
            }
            return new ContainerServers.ConfiguredMySql(mapped(container, LabImages.MYSQL_PORT),
                    new Endpoint(alias, LabImages.MYSQL_PORT), container);
        }

        @Override
        public String backend() {
            return "containers";
        }

        @Override
        public void close() {
            // the JVM shares this lab: its end stops the containers, or reuse keeps them
        }
    }

    /**
     * The JVM's lab, started on the first call. A start that failed is not tried again: every
     * later call throws the same {@link LabStartException} at once.
     */
    public static synchronized LabEnvironment shared() {
        if (failure != null) {
            throw failure;
        }
        if (shared == null) {
            try {
                shared = start();
            } catch (LabStartException e) {
                failure = e;
                throw e;
            }
        }
        return shared;
    }

    private static LabEnvironment start() {
        long began = System.nanoTime();
        LabContainers containers;
        Network network;
        boolean reuse;
        try {
            reuse = TestcontainersConfiguration.getInstance().environmentSupportsReuse();
            network = LabNetwork.create(reuse);
            containers = new LabContainers(network, reuse);
        } catch (RuntimeException e) {
            throw new LabStartException("containers", reasonOf(e), null, e);
        }
        try {
            Startables.deepStart(containers.all()).get(Timeouts.scaled(START).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed(containers, network, e);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw failed(containers, network, e);
        }
        LabEnvironment lab = new Started(containers);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopUnlessReused(containers, network, reuse),
                "cdclab-containers-shutdown"));
        LOG.info("containers lab up after {} ms (reuse {}): MySQL {}, PostgreSQL {}, Kafka {}, Connect {}",
                (System.nanoTime() - began) / 1_000_000, reuse ? "on" : "off", lab.binlog().endpoint(),
                lab.postgres().endpoint(), lab.kafka().bootstrapServers(), lab.connect().restUri());
        return lab;
    }

    private static Endpoint mapped(GenericContainer<?> container, int port) {
        return new Endpoint(container.getHost(), container.getMappedPort(port));
    }

    /** Names the first container that is not running, quotes its log, and stops them all. */
    private static LabStartException failed(LabContainers containers, Network network, Exception cause) {
        GenericContainer<?> culprit = containers.all().stream().filter(c -> !running(c)).findFirst().orElse(null);
        // its alias, not its image name: resolving that could try to pull the image again
        String server = culprit == null ? "containers" : "container '" + culprit.getNetworkAliases().get(0) + "'";
        String reason = cause instanceof TimeoutException
                ? "not up within " + Timeouts.scaled(START).toMinutes() + " min (image pulls included; -Dlab.timeout.scale gives more time)"
                : reasonOf(cause);
        String tail = culprit == null ? null : logTail(culprit);
        stopAll(containers, network);
        return new LabStartException(server, reason, tail, cause);
    }

    /** Whether Docker says {@code container} runs; not when Docker cannot say. */
    private static boolean running(GenericContainer<?> container) {
        try {
            return container.isRunning();
        } catch (RuntimeException dockerGone) {
            return false;
        }
    }

    /** Each distinct message along the cause chain, outermost first. */
    private static String reasonOf(Throwable failure) {
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                messages.add(t.getMessage().lines().findFirst().orElse("").trim());
            }
        }
        return messages.isEmpty() ? failure.getClass().getName() : String.join(": ", messages);
    }

    private static String logTail(GenericContainer<?> container) {
        try {
            List<String> lines = container.getLogs().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (RuntimeException noContainer) {
            return null;
        }
    }

    /** At the JVM's end: stops the containers, unless reuse keeps them for the next run. */
    private static void stopUnlessReused(LabContainers containers, Network network, boolean reuse) {
        if (reuse) {
            LOG.info("containers left running for the next run (testcontainers.reuse.enable=true)");
            return;
        }
        stopAll(containers, network);
    }

    private static void stopAll(LabContainers containers, Network network) {
        List<GenericContainer<?>> reversed = new ArrayList<>(containers.all());
        Collections.reverse(reversed);
        for (GenericContainer<?> container : reversed) {
            try {
                container.stop();
            } catch (RuntimeException e) {
                LOG.warn("could not stop container {}", container.getNetworkAliases(), e);
            }
        }
        try {
            network.close();
        } catch (RuntimeException e) {
            LOG.warn("could not remove the lab network", e);
        }
    }
}
