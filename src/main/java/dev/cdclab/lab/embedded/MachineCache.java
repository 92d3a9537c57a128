package dev.cdclab.lab.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders built once per machine and reused by every later run: unpacked server binaries and
 * initialised data directories. Lives in {@code -Dlab.cache.dir} (default {@code <tmp>/cdclab-cache}),
 * world-readable so that a server dropped to an unprivileged user can run from it, and writable
 * by the grader's user alone: a folder is built in a private staging folder (handed to the
 * server's user while a server's own tool fills it), then given back to the grader's user,
 * stripped of every group and other write bit, and moved into place atomically. A folder found
 * otherwise — writable or owned by anyone else, as a server process that a student turned against
 * it would leave it — is never used: it is built anew.
 */
final class MachineCache {
    private static final Set<PosixFilePermission> SHARED_WRITE = Set.of(
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.OTHERS_WRITE);

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
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && onlyTheGraderCanWrite(target)) {
                return target;
            }
            Files.createDirectories(root());
            Files.setPosixFilePermissions(root(), PosixFilePermissions.fromString("rwxr-xr-x"));
            Path staging = Files.createTempDirectory(root(), name + ".partial-");
            Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
            try {
                builder.buildInto(staging);
                sealForTheGrader(staging);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path tampered = Files.createTempDirectory(root(), name + ".untrusted-");
                    Files.move(target, tampered.resolve(name), StandardCopyOption.ATOMIC_MOVE);
                    Directories.deleteRecursively(tampered);
                }
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

    /** Every file and folder of {@code folder} owned by the grader's user, none writable by group or others. */
    static boolean onlyTheGraderCanWrite(Path folder) throws IOException {
        int grader = OperatingSystem.currentUserId();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (Files.isSymbolicLink(path)) {
                    continue;
                }
                int owner = (Integer) Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                if (owner != grader || permissions.stream().anyMatch(SHARED_WRITE::contains)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Gives a freshly built folder to the grader's user and takes every group and other write bit away. */
    private static void sealForTheGrader(Path folder) throws IOException {
        if (OperatingSystem.runningAsRoot()) {
            Directories.chownTree(folder, 0);
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                if (!Files.isSymbolicLink(path)) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
                    permissions.removeAll(SHARED_WRITE);
                    Files.setPosixFilePermissions(path, permissions);
                }
            }
        }
    }
}
