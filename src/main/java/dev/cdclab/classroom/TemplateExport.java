package dev.cdclab.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Writes the repository a student receives from this one: every file {@link TrackedFiles} lists
 * that {@link TemplateLayout} ships, at its template path, executable bits kept. The target folder
 * must be new or empty, so nothing of an earlier export or of anything else is mixed in. A shipped
 * file whose content is that of a solution or a hidden check ({@link InstructorCopies}), under any
 * name, fails the export before anything is written, naming both files.
 *
 * <pre>{@code
 * List<String> written = TemplateExport.export(Path.of("."), Path.of("/tmp/cdc-lab-student"));
 * }</pre>
 */
public final class TemplateExport {
    private TemplateExport() {
    }

    /** Exports {@code repo} into {@code out}; gives the template paths written, sorted. */
    public static List<String> export(Path repo, Path out) throws IOException {
        List<String> files = TrackedFiles.of(repo);
        if (!files.contains(TemplateLayout.STUDENT_README)) {
            throw new IOException(repo.resolve(TemplateLayout.STUDENT_README) + " is missing: it becomes the student's README.md");
        }
        InstructorCopies guarded = InstructorCopies.of(repo);
        for (String file : files) {
            if (TemplateLayout.templatePath(file).isPresent()) {
                Optional<String> original = guarded.originalOf(repo.resolve(file));
                if (original.isPresent()) {
                    throw new IOException(file + " has the content of " + original.get()
                            + ": a student would receive it; remove it from the repository (git rm) and export again");
                }
            }
        }
        requireEmpty(out);
        List<String> written = new ArrayList<>();
        for (String file : files) {
            Optional<String> target = TemplateLayout.templatePath(file);
            if (target.isPresent()) {
                Path copy = out.resolve(target.get());
                Files.createDirectories(copy.getParent());
                Files.copy(repo.resolve(file), copy, StandardCopyOption.COPY_ATTRIBUTES);
                written.add(target.get());
            }
        }
        return written.stream().sorted().toList();
    }

    private static void requireEmpty(Path out) throws IOException {
        if (Files.exists(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(out + " is not empty: export into a new or empty folder");
                }
            }
        }
        Files.createDirectories(out);
    }
}
