package dev.cdclab.lab.containers;

import dev.cdclab.lab.AdminPassword;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The containers' administrator password (MySQL's root, PostgreSQL's postgres). Random for each
 * JVM; where Testcontainers reuses containers across runs, a reused container keeps the password
 * it was created with, so that one is made at random once per user and kept readable by that user
 * alone ({@code ~/.cdclab/containers-admin-password}, mode 0600), never in the project.
 */
final class ContainerSecret {
    static final String FILE = ".cdclab/containers-admin-password";

    private ContainerSecret() {
    }

    static String of(boolean reuse) {
        return reuse ? kept(Path.of(System.getProperty("user.home")).resolve(FILE)) : AdminPassword.random();
    }

    static String kept(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.UTF_8).trim();
            }
            Files.createDirectories(file.getParent());
            Path staging = Files.createTempFile(file.getParent(), "admin-password", ".partial",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            String password = AdminPassword.random();
            Files.writeString(staging, password + "\n", StandardCharsets.UTF_8);
            Files.move(staging, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the reused containers' password in " + file, e);
        }
    }
}
