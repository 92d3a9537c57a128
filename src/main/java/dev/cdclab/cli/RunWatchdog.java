package dev.cdclab.cli;

import java.time.Duration;

/**
 * The last bound of a grade run: if the run is still going after {@code limit}, it saves what it
 * can and ends the JVM with {@link ExitCode#INFRASTRUCTURE}, so no grade ever hangs a build.
 */
final class RunWatchdog {
    private RunWatchdog() {
    }

    static void start(Duration limit, Runnable beforeHalt) {
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limit.toMillis());
            } catch (InterruptedException e) {
                return;
            }
            beforeHalt.run();
            Runtime.getRuntime().halt(ExitCode.INFRASTRUCTURE.code());
        }, "cdclab-run-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
    }
}
