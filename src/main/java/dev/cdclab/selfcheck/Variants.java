package dev.cdclab.selfcheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;

/** A catalogue entry made real: a copy of the reference solution with the entry's changes, in a temporary folder. */
final class Variants {
    private Variants() {
    }

    static Path build(Path solutions, CatalogueEntry entry) throws IOException {
        Path variant = Files.createTempDirectory("cdclab-variant-" + entry.name() + "-");
        try (Stream<Path> files = Files.walk(solutions)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = variant.resolve(solutions.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        for (Change change : entry.changes()) {
            change.applyTo(variant);
        }
        return variant;
    }

    static void delete(Path variant) {
        if (variant == null) {
            return;
        }
        try {
            Files.walkFileTree(variant, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
