package dev.cdclab.lab.embedded;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Enumeration;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Server binaries shipped in Maven Central jars, unpacked once per machine into the {@link MachineCache}.
 */
final class NativeBinaries {
    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");

    private NativeBinaries() {
    }

    /** Unpacks every jar entry under {@code resourcePrefix} (a folder in a jar on the classpath). */
    static Path fromJarFolder(String cacheName, String resourcePrefix) {
        return MachineCache.folder(cacheName, target -> {
            JarURLConnection connection = (JarURLConnection) resource(resourcePrefix).openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (!entry.getName().startsWith(resourcePrefix) || entry.isDirectory()) {
                        continue;
                    }
                    Path file = target.resolve(entry.getName().substring(resourcePrefix.length()));
                    Files.createDirectories(file.getParent());
                    try (InputStream in = jar.getInputStream(entry)) {
                        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                    }
                    Files.setPosixFilePermissions(file, EXECUTABLE);
                }
            }
        });
    }

    /** Unpacks an {@code .txz} archive found on the classpath. */
    static Path fromTxzResource(String cacheName, String resource) {
        return MachineCache.folder(cacheName, target -> {
            try (InputStream raw = resource(resource).openStream();
                 TarArchiveInputStream tar = new TarArchiveInputStream(
                         new XZCompressorInputStream(new BufferedInputStream(raw)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path file = target.resolve(entry.getName()).normalize();
                    if (!file.startsWith(target)) {
                        throw new IOException("archive entry outside its folder: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(file.getParent());
                        Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(file, EXECUTABLE);
                    }
                }
            }
        });
    }

    private static URL resource(String name) {
        URL url = NativeBinaries.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException("server binaries not on the classpath: " + name
                    + " (is the dependency in pom.xml?)");
        }
        return url;
    }
}
