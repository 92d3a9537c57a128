package dev.cdclab.lab.embedded;

import dev.cdclab.lab.LabStartException;
import dev.cdclab.lab.Timeouts;
import dev.cdclab.lab.Wait;
import dev.cdclab.lab.WaitTimeoutException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A server running as a child process, its output in a log file. Children are started from one
 * long-lived thread with a parent-death signal, so they die with the JVM even after {@code kill -9},
 * and, when the grader is root, as an unprivileged user ({@link OperatingSystem#asServerProcess}).
 *
 * <pre>{@code
 * try (ServerProcess db = ServerProcess.start("MariaDB", command, workDir.resolve("mariadb.log"), Map.of())) {
 *     ...
 * }
 * }</pre>
 */
public final class ServerProcess implements AutoCloseable {
    /** The parent-death signal is tied to the thread that forks, so that thread must outlive every child. */
    private static final ExecutorService LAUNCHER = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "cdclab-process-launcher");
        thread.setDaemon(true);
        return thread;
    });

    private final String name;
    private final Process process;
    private final Path log;
    private final String stopSignal;

    private ServerProcess(String name, Process process, Path log, String stopSignal) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopSignal = stopSignal;
    }

    /** Starts a long-running server; {@code stopSignal} (e.g. {@code TERM}, {@code INT}) asks it to stop. */
    public static ServerProcess start(String name, List<String> command, Path log, Map<String, String> env,
                                      String stopSignal) {
        return new ServerProcess(name, launch(name, command, log, env), log, stopSignal);
    }

    /** Runs a command to completion within {@code timeout}; a non-zero exit is a {@link LabStartException}. */
    public static void run(String name, List<String> command, Path log, Map<String, String> env, Duration timeout) {
        awaitExit(name, launch(name, command, log, env), log, timeout);
    }

    private static void awaitExit(String name, Process process, Path log, Duration timeout) {
        Duration bound = Timeouts.scaled(timeout);
        try {
            if (!process.waitFor(bound.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new LabStartException(name, "did not finish within " + bound.toSeconds() + " s", tail(log, 20), null);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new LabStartException(name, "interrupted", tail(log, 20), e);
        }
        if (process.exitValue() != 0) {
            throw new LabStartException(name, "exited with code " + process.exitValue(), tail(log, 20), null);
        }
    }

    private static Process launch(String name, List<String> command, Path log, Map<String, String> env) {
        return launch(name, command, log, env, ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    private static Process launch(String name, List<String> command, Path log, Map<String, String> env,
                                  ProcessBuilder.Redirect input) {
        ProcessBuilder builder = new ProcessBuilder(OperatingSystem.asServerProcess(command))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(input);
        builder.environment().putAll(env);
        try {
            return LAUNCHER.submit(builder::start).get();
        } catch (ExecutionException e) {
            throw new LabStartException(name, "could not be launched (" + e.getCause().getMessage() + ")", null, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LabStartException(name, "interrupted while launching", null, e);
        }
    }

    /**
     * Runs a command to completion within {@code timeout}, {@code input} on its standard input (a
     * secret that must not show in the process list or on disk); a non-zero exit is a {@link LabStartException}.
     */
    public static void runWithInput(String name, List<String> command, Path log, String input, Duration timeout) {
        Process process = launch(name, command, log, Map.of(), ProcessBuilder.Redirect.PIPE);
        try (var stdin = process.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            process.destroyForcibly();
            throw new LabStartException(name, "could not be given its input (" + e.getMessage() + ")", tail(log, 20), e);
        }
        awaitExit(name, process, log, timeout);
    }

    public String name() {
        return name;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** The last {@code lines} lines of the server's log, for error messages. */
    public String logTail(int lines) {
        return tail(log, lines);
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "";
        }
    }

    /**
     * Waits until {@code answers} returns true (exceptions mean "not yet"); fails fast, quoting the
     * log, when the process exits, and names the server when time runs out.
     */
    public void awaitReady(String what, Duration timeout, java.util.concurrent.Callable<Boolean> answers) {
        try {
            Wait.forValue(what, timeout, () -> isAlive() ? answers.call() : Boolean.FALSE)
                    .failFastWhen(ready -> !ready && !isAlive(),
                            ready -> new LabStartException(name, "the server process exited", logTail(15), null))
                    .until(ready -> ready);
        } catch (WaitTimeoutException e) {
            throw new LabStartException(name, e.getMessage(), logTail(15), e);
        }
    }

    /** Asks the server to stop with its stop signal, then kills it if it has not stopped within 10 s. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-" + stopSignal, Long.toString(process.pid())).start().waitFor(5, TimeUnit.SECONDS);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
