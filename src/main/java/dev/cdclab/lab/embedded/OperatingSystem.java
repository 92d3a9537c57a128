package dev.cdclab.lab.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The few facts about the host that starting servers depends on. */
final class OperatingSystem {
    /** The unprivileged account servers that refuse root (PostgreSQL) run as: nobody. */
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

    static void checkSupported() {
        String os = System.getProperty("os.name", "");
        String arch = System.getProperty("os.arch", "");
        if (!os.toLowerCase().contains("linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
            throw new UnsupportedOperationException("the embedded lab runs on Linux x86-64 only (this is "
                    + os + " " + arch + "); use -Dlab.backend=containers with Docker");
        }
    }
}
