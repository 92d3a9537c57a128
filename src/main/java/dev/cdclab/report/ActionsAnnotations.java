package dev.cdclab.report;

import dev.cdclab.grade.CheckGrade;
import dev.cdclab.grade.GradeReport;
import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code annotations.txt}: one GitHub Actions workflow command per lost check,
 * {@code ::error file=exercises/lesson04/connector.json,line=3,title=L04.connector.running (0/2)::…},
 * so a plain workflow ({@code .github/workflows/grade.yml}) only prints the file and GitHub puts
 * each lost check on the student's file and line.
 *
 * <pre>{@code
 * new ActionsAnnotations(messages, Path.of(System.getenv("GITHUB_WORKSPACE"))).writeTo(Path.of("target/grade"), studentView);
 * }</pre>
 *
 * <p>Where a check's feedback names the student's file ({@code lesson04/connector.json}) the
 * annotation is on it, as a path from the repository root; on its line where the feedback gives
 * one (JSON syntax errors, option files: "line 3" / "строка 3"), else on the line of the config key
 * the feedback is about (its observed value starts with {@code key = }), found in the file itself
 * (a regular file of the submission, at most 256 KiB, read as the grader reads submissions);
 * else on the file alone, and with no file when the feedback names none. Values are escaped as
 * GitHub's workflow commands want ({@code %}, CR, LF; and {@code :} {@code ,} in properties).
 */
public final class ActionsAnnotations implements ReportFormat {
    private static final Pattern ARTIFACT = Pattern.compile("\\b(lesson\\d{2}/[A-Za-z0-9._-]+\\.[A-Za-z0-9]+)");
    private static final Pattern LINE = Pattern.compile("(?:line|строка) (\\d+)");
    private static final Pattern KEY = Pattern.compile("^([a-z][a-z0-9_.-]*) = ");
    private static final long MAX_FILE_BYTES = 256 * 1024;

    private final Messages messages;
    private final Path workspace;

    /** @param workspace the repository root the annotation paths are relative to ({@code $GITHUB_WORKSPACE}) */
    public ActionsAnnotations(Messages messages, Path workspace) {
        this.messages = messages;
        this.workspace = workspace.toAbsolutePath().normalize();
    }

    @Override
    public String fileName() {
        return "annotations.txt";
    }

    @Override
    public String render(GradeReport report) {
        StringBuilder out = new StringBuilder();
        Path submission = workspace.resolve(report.submission()).normalize();
        for (CheckGrade check : ReportTexts.lost(report)) {
            out.append("::error ");
            String feedback = String.join("\n", nonNull(check.message()), nonNull(check.observed()));
            Optional<String> artifact = find(ARTIFACT, feedback);
            if (artifact.isPresent()) {
                Path file = submission.resolve(artifact.get()).normalize();
                out.append("file=").append(property(shown(file, artifact.get())));
                OptionalInt line = lineOf(check, file, submission);
                line.ifPresent(n -> out.append(",line=").append(n));
                out.append(',');
            }
            out.append("title").append('=').append(property(check.id() + " (" + ReportTexts.points(check) + ")"));
            String text = ReportTexts.text(check, messages);
            out.append("::").append(data(text.isBlank() ? ReportTexts.name(check) : text)).append('\n');
        }
        return out.toString();
    }

    private OptionalInt lineOf(CheckGrade check, Path file, Path submission) {
        Optional<String> stated = find(LINE, nonNull(check.message()));
        if (stated.isPresent()) {
            return OptionalInt.of(Integer.parseInt(stated.get()));
        }
        Matcher key = KEY.matcher(nonNull(check.observed()));
        return key.find() ? keyLine(file, submission, key.group(1)) : OptionalInt.empty();
    }

    /** The first line of {@code file} that has {@code "key"} followed by a colon. */
    private static OptionalInt keyLine(Path file, Path submission, String key) {
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || !file.toRealPath().startsWith(submission.toRealPath()) || Files.size(file) > MAX_FILE_BYTES) {
                return OptionalInt.empty();
            }
            Pattern quoted = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (quoted.matcher(lines.get(i)).find()) {
                    return OptionalInt.of(i + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable file gets its annotation without a line
        }
        return OptionalInt.empty();
    }

    /** The file as a path from the repository root, or as the feedback names it when it lies outside. */
    private String shown(Path file, String artifact) {
        return file.startsWith(workspace) ? workspace.relativize(file).toString().replace('\\', '/') : artifact;
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    static String data(String value) {
        return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String property(String value) {
        return data(value).replace(":", "%3A").replace(",", "%2C");
    }
}
