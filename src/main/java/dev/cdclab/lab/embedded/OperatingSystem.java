package dev.cdclab.lab.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The few facts about the host that starting servers depends on. */
final class OperatingSystem {
    /** The unprivileged account every lab server runs as when the grader is root: nobody. */
    static final int UNPRIVILEGED_ID = 65534;
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private OperatingSystem() {
    }

    static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")) == 0;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** setpriv lets a child die with the JVM (parent-death signal) and drop root; util-linux has it. */
    static boolean hasSetpriv() {
        return Files.isExecutable(SETPRIV);
    }

    static String setpriv() {
        return SETPRIV.toString();
    }

    /**
     * The command as a lab server runs it: with a parent-death signal, so it dies with the JVM, and,
     * when the grader is root, as {@link #UNPRIVILEGED_ID}, which owns nothing but the server's own
     * folders. One {@code setpriv} does both: it sets the signal after changing the user, whereas a
     * second {@code setpriv} that changes the user would clear a signal set before it (the kernel
     * clears it on every change of credentials).
     */
    static List<String> asServerProcess(List<String> command) {
        List<String> full = new ArrayList<>();
        if (hasSetpriv()) {
            full.addAll(List.of(setpriv(), "--pdeathsig", "KILL"));
            if (runningAsRoot()) {
                String id = Integer.toString(UNPRIVILEGED_ID);
                full.addAll(List.of("--reuid=" + id, "--regid=" + id, "--clear-groups"));
            }
            full.add("--");
        }
        full.addAll(command);
        return full;
    }

    /** The numeric user a lab server runs as. */
    static int serverUserId() {
        return runningAsRoot() ? UNPRIVILEGED_ID : currentUserId();
    }

    static int currentUserId() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    static void checkSupported() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.toLowerCase().contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new UnsupportedOperationException("the embedded lab runs on Linux x86-64 only (this is "
                    + os + " " + arch + "); use -Dlab.backend=containers with Docker");
        }
    }
}
