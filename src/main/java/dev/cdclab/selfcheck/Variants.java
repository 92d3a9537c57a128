package dev.cdclab.selfcheck;

import dev.cdclab.lab.embedded.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A catalogue entry made real: a copy of the reference solution with the entry's changes, in a temporary folder. */
final class Variants {
    private Variants() {
    }

    static Path build(Path solutions, CatalogueEntry entry) throws IOException {
        Path variant = Files.createTempDirectory("cdclab-variant-" + entry.name() + "-");
        Directories.copyTree(solutions, variant);
        for (Change change : entry.changes()) {
            change.applyTo(variant);
        }
        return variant;
    }

    static void delete(Path variant) {
        Directories.deleteRecursively(variant);
    }
}
