package dev.cdclab.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One student's folder in a folder of submissions, and the folder to grade in it: the student's
 * folder itself when it holds lesson folders ({@code lesson04/}), or its {@code exercises/} when
 * that does (a repository, as GitHub Classroom exports them); else the student's folder, whose
 * grade then says which artifacts are missing.
 *
 * <pre>{@code
 * for (StudentSubmission s : StudentSubmission.in(Path.of("submissions"))) grade(s.graded());
 * }</pre>
 *
 * @param student the folder's name, which names the student in the gradebook
 */
public record StudentSubmission(String student, Path folder, Path graded) {

    /** The sub-folders of {@code submissions} (not hidden ones, not links), sorted by name. */
    public static List<StudentSubmission> in(Path submissions) throws IOException {
        try (Stream<Path> entries = Files.list(submissions)) {
            return entries.filter(entry -> Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .filter(entry -> !entry.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(entry -> entry.getFileName().toString()))
                    .map(StudentSubmission::of)
                    .toList();
        }
    }

    static StudentSubmission of(Path folder) {
        Path graded = hasLessons(folder) || !hasLessons(folder.resolve("exercises")) ? folder : folder.resolve("exercises");
        return new StudentSubmission(folder.getFileName().toString(), folder, graded);
    }

    private static boolean hasLessons(Path folder) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.anyMatch(entry -> entry.getFileName().toString().startsWith("lesson") && Files.isDirectory(entry));
        } catch (IOException e) {
            return false;
        }
    }
}
