package dev.cdclab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No lab administrator has a password written in the grader's sources: every one is made at
 * random when its server starts ({@link AdminPassword}). The scan looks for the forms such a
 * constant took before (an empty root password, PostgreSQL's trust, a fixed container password).
 */
class NoConstantAdminPasswordTest {
    private static final List<Pattern> CONSTANT_SECRETS = List.of(
            Pattern.compile("open\\(\\s*\"(root|postgres)\"\\s*,\\s*\""),
            Pattern.compile("open\\(\\s*ADMIN\\s*,\\s*\""),
            Pattern.compile("\"-A\"\\s*,\\s*\"trust\""),
            Pattern.compile("--auth(-host|-local)?=trust"),
            Pattern.compile("\\btrust\\s*$", Pattern.MULTILINE),
            Pattern.compile("ADMIN_PASSWORD\\s*=\\s*\""),
            Pattern.compile("IDENTIFIED BY ''"),
            Pattern.compile("withPassword\\(\\s*\""));

    @Test
    void noSourceOfTheGraderHoldsAnAdministratorsPassword() {
        List<String> found = sources().flatMap(file -> CONSTANT_SECRETS.stream()
                .filter(pattern -> pattern.matcher(read(file)).find())
                .map(pattern -> file + ": " + pattern.pattern())).toList();

        assertThat(found).isEmpty();
    }

    @Test
    void theScanFindsTheFormsItLooksFor() {
        String before = "return open(\"root\", \"\", database);\nList.of(\"-A\", \"trust\");\nstatic final String ADMIN_PASSWORD = \"cdclab\";";

        assertThat(CONSTANT_SECRETS.stream().filter(pattern -> pattern.matcher(before).find())).hasSize(3);
    }

    @Test
    void eachPasswordIsNewAndHardToGuess() {
        assertThat(AdminPassword.random()).hasSize(32).matches("[A-Za-z0-9_-]+").isNotEqualTo(AdminPassword.random());
    }

    private static Stream<Path> sources() {
        try {
            return Stream.of(Path.of("src/main"), Path.of("grading")).flatMap(root -> {
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".properties")).toList().stream();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
