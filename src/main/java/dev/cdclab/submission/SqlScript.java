package dev.cdclab.submission;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A student's SQL file, split into statements the way the {@code mysql} and {@code psql} clients
 * split it: at semicolons outside quotes (also PostgreSQL's {@code $$}) and comments. A statement may carry a name the lesson
 * knows, from a comment line just before it ({@code -- name: current-position}).
 *
 * <pre>{@code
 * SqlScript script = SqlScript.parse("lesson01/queries.sql", text);
 * String sql = script.named("current-position").orElseThrow().sql();
 * }</pre>
 */
public final class SqlScript {
    /** More statements than any lesson asks for: a longer file is refused unrun. */
    static final int MAX_STATEMENTS = 100;
    /** PostgreSQL's dollar quoting: {@code $$ ... $$} or {@code $tag$ ... $tag$} (a function body, a DO block). */
    private static final Pattern DOLLAR_QUOTE = Pattern.compile("\\$[A-Za-z_]*\\$");
    private static final Pattern NAME = Pattern.compile("^\\s*(?:--|#)\\s*name\\s*:\\s*([A-Za-z0-9._-]+)\\s*$", Pattern.MULTILINE);

    /** One statement, as written (without its semicolon), its name if it has one, and its number in the file (from 1). */
    public record Statement(int number, String name, String sql) {
        /** The statement on one line, shortened for a report. */
        public String shown() {
            String line = sql.replaceAll("\\s+", " ").trim();
            return line.length() > 160 ? line.substring(0, 157) + "..." : line;
        }
    }

    private final String artifact;
    private final List<Statement> statements;

    private SqlScript(String artifact, List<Statement> statements) {
        this.artifact = artifact;
        this.statements = List.copyOf(statements);
    }

    public static SqlScript parse(String artifact, String text) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        String pendingName = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end;
            Matcher dollar = DOLLAR_QUOTE.matcher(text).region(i, text.length());
            if (c == '\'' || c == '"' || c == '`') {
                end = closingQuote(text, i, c, artifact);
            } else if (c == '$' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && dollar.lookingAt()) {
                int close = text.indexOf(dollar.group(), i + dollar.group().length());
                if (close < 0) {
                    throw CheckFailure.of(Text.of("sql.unclosed-quote", artifact, dollar.group())).hint(Text.of("hint.sql.syntax"));
                }
                end = close + dollar.group().length();
            } else if (startsLineComment(text, i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? text.length() : end;
                Matcher name = NAME.matcher(text.substring(i, end));
                if (name.matches() && current.toString().isBlank()) {
                    pendingName = name.group(1).toLowerCase(Locale.ROOT);
                }
                i = end;
                continue;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                if (end < 0) {
                    throw CheckFailure.of(Text.of("sql.unclosed-comment", artifact)).hint(Text.of("hint.sql.syntax"));
                }
                current.append(' ');
                i = end + 2;
                continue;
            } else if (c == ';') {
                pendingName = add(artifact, statements, current, pendingName);
                i++;
                continue;
            } else {
                end = i + 1;
            }
            current.append(text, i, end);
            i = end;
        }
        add(artifact, statements, current, pendingName);
        return new SqlScript(artifact, statements);
    }

    private static String add(String artifact, List<Statement> statements, StringBuilder current, String name) {
        String sql = current.toString().trim();
        current.setLength(0);
        if (sql.isEmpty()) {
            return name;
        }
        if (statements.size() == MAX_STATEMENTS) {
            throw CheckFailure.of(Text.of("sql.too-many", artifact, String.valueOf(MAX_STATEMENTS)));
        }
        if (sql.regionMatches(true, 0, "DELIMITER", 0, "DELIMITER".length())) {
            throw CheckFailure.of(Text.of("sql.delimiter", artifact)).hint(Text.of("hint.sql.syntax"));
        }
        statements.add(new Statement(statements.size() + 1, name, sql));
        return null;
    }

    /** The index just past the quote that closes the one at {@code open}; a doubled or escaped quote does not close it. */
    private static int closingQuote(String text, int open, char quote, String artifact) {
        int i = open + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw CheckFailure.of(Text.of("sql.unclosed-quote", artifact, String.valueOf(quote))).hint(Text.of("hint.sql.syntax"));
    }

    /** {@code -- } (with a space or at the end of a line, as MySQL wants it) or {@code #}. */
    private static boolean startsLineComment(String text, int i) {
        if (text.charAt(i) == '#') {
            return true;
        }
        return text.startsWith("--", i) && (i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2)));
    }

    public String artifact() {
        return artifact;
    }

    public List<Statement> statements() {
        return statements;
    }

    /** The statement named {@code name} ({@code -- name: ...}), if the file has one. */
    public Optional<Statement> named(String name) {
        return statements.stream().filter(s -> name.equals(s.name())).findFirst();
    }

    /** Every named statement by name, in file order. */
    public Map<String, Statement> byName() {
        Map<String, Statement> named = new LinkedHashMap<>();
        statements.stream().filter(s -> s.name() != null).forEach(s -> named.putIfAbsent(s.name(), s));
        return named;
    }
}
