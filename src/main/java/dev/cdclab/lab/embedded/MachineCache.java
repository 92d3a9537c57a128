package dev.cdclab.lab.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Folders built once per machine and reused by every later run: unpacked server binaries and
 * initialised data directories. Lives in {@code -Dlab.cache.dir} (default {@code <tmp>/cdclab-cache}),
 * world-readable so that a server dropped to an unprivileged user can run from it. A folder is
 * built in a private staging folder and moved into place atomically, so a half-built one is never used.
 */
final class MachineCache {
    private MachineCache() {
    }

    interface Builder {
        void buildInto(Path staging) throws IOException;
    }

    static Path root() {
        return Path.of(System.getProperty("lab.cache.dir", System.getProperty("java.io.tmpdir") + "/cdclab-cache"));
    }

    static Path folder(String name, Builder builder) {
        Path target = root().resolve(name);
        if (Files.isDirectory(target)) {
            return target;
        }
        try {
            Files.createDirectories(root());
            Files.setPosixFilePermissions(root(), PosixFilePermissions.fromString("rwxr-xr-x"));
            Path staging = Files.createTempDirectory(root(), name + ".partial-");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                builder.buildInto(staging);
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException raced) {
                // another run built it at the same time: use theirs
            } finally {
                Directories.deleteRecursively(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("could not build " + name + " in " + root(), e);
        }
    }
}
