package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import dev.cdclab.lab.ServerOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A student's server option file ({@code my.cnf}): the options of its {@code [mysqld]} section
 * (also {@code [mariadb]}, {@code [server]}, or none before the first section). Only binlog and
 * replication options a lesson teaches are accepted, with plain values: an option that would make
 * the lab's server read or write files of the grader's machine ({@code datadir},
 * {@code init_file}, {@code plugin_load}...) or an {@code !include} is refused before any server
 * starts, with the list of what may be set.
 *
 * <pre>{@code
 * ServerOptions options = OptionFile.parse("lesson01/my.cnf", submission.text("lesson01/my.cnf"));
 * }</pre>
 */
public final class OptionFile {
    /** What a student may set: the binlog, its images, GTIDs, retention and the server's id. */
    static final Set<String> ALLOWED = Set.of(
            "server_id", "log_bin", "binlog_format", "binlog_row_image", "binlog_row_metadata",
            "binlog_expire_logs_seconds", "expire_logs_days", "gtid_mode", "enforce_gtid_consistency",
            "max_binlog_size", "sync_binlog", "binlog_checksum", "log_replica_updates", "log_slave_updates",
            "binlog_cache_size", "binlog_annotate_row_events", "binlog_rows_query_log_events");
    private static final Set<String> SERVER_SECTIONS = Set.of("mysqld", "mariadb", "server", "mysqld-8.4", "mariadb-11.4");
    /** A name, number or size: never a path, never a list of other options. */
    private static final Pattern PLAIN_VALUE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private OptionFile() {
    }

    public static ServerOptions parse(String artifact, String text) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        boolean inServerSection = true;
        int lineNumber = 0;
        for (String raw : text.split("\n", -1)) {
            lineNumber++;
            String line = stripComment(raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("!")) {
                throw CheckFailure.of(Text.of("options.include", artifact, String.valueOf(lineNumber), line))
                        .hint(Text.of("hint.options.allowed", String.join(", ", sorted())));
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw CheckFailure.of(Text.of("options.syntax", artifact, String.valueOf(lineNumber), line))
                            .hint(Text.of("hint.options.syntax"));
                }
                inServerSection = SERVER_SECTIONS.contains(line.substring(1, line.length() - 1).trim().toLowerCase(Locale.ROOT));
                continue;
            }
            if (!inServerSection) {
                continue;
            }
            int equals = line.indexOf('=');
            String name = (equals < 0 ? line : line.substring(0, equals)).trim().toLowerCase(Locale.ROOT).replace('-', '_');
            String value = equals < 0 ? "" : unquote(line.substring(equals + 1).trim());
            if (name.startsWith("loose_")) {
                name = name.substring("loose_".length());
            }
            if (!ALLOWED.contains(name)) {
                refused.add(lineNumber + ": " + line);
                continue;
            }
            if (!value.isEmpty() && !PLAIN_VALUE.matcher(value).matches()) {
                throw CheckFailure.of(Text.of("options.value", artifact, String.valueOf(lineNumber), name, value))
                        .hint(Text.of("hint.options.syntax"));
            }
            options.remove(name);
            options.put(name, value);
        }
        if (!refused.isEmpty()) {
            throw CheckFailure.of(Text.of("options.refused", artifact, String.valueOf(refused.size())))
                    .observed(Text.verbatim(String.join("\n", refused)))
                    .hint(Text.of("hint.options.allowed", String.join(", ", sorted())));
        }
        return new ServerOptions(options);
    }

    private static List<String> sorted() {
        return ALLOWED.stream().sorted().toList();
    }

    private static String stripComment(String line) {
        String trimmed = line.trim();
        if (trimmed.startsWith("#") || trimmed.startsWith(";")) {
            return "";
        }
        int hash = line.indexOf(" #");
        return hash < 0 ? line : line.substring(0, hash);
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
