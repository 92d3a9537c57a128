package dev.cdclab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Resident memory of this JVM and every process it started (the lab's MariaDB and PostgreSQL),
 * read from {@code /proc/<pid>/status}, and the peak of it, sampled every 200 ms.
 *
 * <pre>{@code try (ProcessTreeMemory memory = ProcessTreeMemory.sample()) { ...; memory.peakMb(); } }</pre>
 */
final class ProcessTreeMemory implements AutoCloseable {
    private final AtomicLong peakKb = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private ProcessTreeMemory() {
        sampler = new Thread(() -> {
            while (running) {
                peakKb.accumulateAndGet(currentKb(), Math::max);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "cdclab-bench-memory");
        sampler.setDaemon(true);
    }

    static ProcessTreeMemory sample() {
        ProcessTreeMemory memory = new ProcessTreeMemory();
        memory.sampler.start();
        return memory;
    }

    /** The summed VmRSS of this JVM and its descendants now, in kB. */
    static long currentKb() {
        ProcessHandle self = ProcessHandle.current();
        return Stream.concat(Stream.of(self), self.descendants()).mapToLong(p -> rssKb(p.pid())).sum();
    }

    static long rssKb(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(line -> line.startsWith("VmRSS:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
                    .findFirst().orElse(0);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0; // the process ended between listing and reading
        }
    }

    long peakMb() {
        return Math.max(peakKb.get(), currentKb()) / 1024;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
