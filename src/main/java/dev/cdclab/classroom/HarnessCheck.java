package dev.cdclab.classroom;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Tamper detection: compares the harness of a student's repository ({@link TemplateLayout#isHarness}:
 * {@code src/}, {@code grading/public/}, {@code pom.xml}, {@code .github/}, {@code .mvn/} and the
 * other files a build in the checkout reads) byte for byte with what
 * the instructor's repository exports there. The instructor's side is listed as the template
 * export lists it ({@link TrackedFiles}: a git working tree); the student's side is every regular
 * file under those paths (a symbolic link counts as a missing file).
 *
 * <pre>{@code
 * HarnessDifferences differences = HarnessCheck.compare(Path.of("."), Path.of(".grader"));
 * if (!differences.none()) System.out.println(differences.changed());
 * }</pre>
 */
public final class HarnessCheck {
    private HarnessCheck() {
    }

    public static HarnessDifferences compare(Path student, Path instructor) throws IOException {
        Map<String, Path> expected = new TreeMap<>();
        for (String file : TrackedFiles.of(instructor)) {
            TemplateLayout.templatePath(file).filter(TemplateLayout::isHarness)
                    .ifPresent(target -> expected.put(target, instructor.resolve(file)));
        }
        Map<String, Path> actual = harnessFiles(student);
        List<String> changed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Path> file : expected.entrySet()) {
            Path copy = actual.remove(file.getKey());
            if (copy == null) {
                missing.add(file.getKey());
            } else if (!Arrays.equals(Files.readAllBytes(copy), Files.readAllBytes(file.getValue()))) {
                changed.add(file.getKey());
            }
        }
        return new HarnessDifferences(changed, new ArrayList<>(actual.keySet()), missing);
    }

    /** Repository path → file, for every regular file of the student's repository under the harness paths. */
    private static Map<String, Path> harnessFiles(Path student) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        for (String root : TemplateLayout.HARNESS) {
            Path start = student.resolve(root);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                        .forEach(file -> files.put(student.relativize(file).toString().replace('\\', '/'), file));
            }
        }
        return files;
    }
}
