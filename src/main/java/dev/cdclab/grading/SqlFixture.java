package dev.cdclab.grading;

import dev.cdclab.submission.SqlScript;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A SQL script of the grader's own on the classpath (a course database's fixture), as its statements. */
final class SqlFixture {
    private SqlFixture() {
    }

    static String[] statements(String resource) {
        try (InputStream in = SqlFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + resource + " on the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return SqlScript.parse(resource, text).statements().stream().map(SqlScript.Statement::sql).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
