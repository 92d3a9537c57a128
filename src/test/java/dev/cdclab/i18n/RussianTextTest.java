package dev.cdclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Russian feedback is written Russian: a Latin word in {@code messages_ru.properties} is a
 * technical term of the course (binlog, snapshot, topic, a product, a Debezium value) or is not
 * prose at all. Not prose: placeholders and ICU plural selectors, text quoted as «section title»,
 * "value", ''value'' or `code`, identifiers (with {@code _ . - /} or digits: binlog_format,
 * lesson04/connector.json) and upper-case words (SQL, constants: GRANT, ROW, FULL).
 */
class RussianTextTest {
    /** The technical terms the Russian text keeps in English, as the course does; a new one is added here on purpose. */
    private static final Set<String> TERMS = Set.of(
            "after", "applymethod", "aurora", "auto", "aws", "backend", "before", "binlog", "broker", "c", "change", "cluster", "connected",
            "classroom", "compose", "config", "connect", "connector", "contacts", "crash", "customer", "customers", "d", "debezium",
            "decoderbufs", "decoding", "delete", "disabled", "docker", "endpoint", "endpoints", "events", "exercises", "extended",
            "factor", "failover", "file", "filter", "filtered", "for", "grader", "group", "history", "id", "identity", "image",
            "images", "include", "initial", "insert", "instance", "inventory", "kafka", "last", "logging", "logical", "mariadb",
            "master", "minimal", "mode", "mysql", "mysqld", "n", "name", "none", "null", "offsets", "op", "option", "orders",
            "output", "parameter", "parametername", "parametervalue", "partition", "partitions", "pgoutput", "prairielearn", "phone", "plugin",
            "position", "postgres", "postgresql", "provider", "psql", "publication", "r", "rds", "reader", "readiness",
            "recovery", "relation", "replica", "replication", "root", "row", "schema", "shared", "slot", "snapshot", "source",
            "statement", "statements", "superuser", "task", "topic", "tracking", "transform", "transforms", "true", "u",
            "update", "user", "value", "worker", "writer");
    private static final Pattern NOT_PROSE = Pattern.compile(
            "\\{\\d+,\\s*(plural|select)\\s*,|\\b(zero|one|two|few|many|other)\\{|\\{\\d+(,[^{}]*)?}|«[^»]*»|\"[^\"]*\"|''[^']*''|`[^`]*`");
    private static final Pattern LATIN_WORD = Pattern.compile("(?<![\\w.\\-/])[A-Za-z][A-Za-z0-9_.\\-/]*");

    @Test
    void every_latin_word_of_the_russian_messages_is_a_technical_term_or_not_prose() {
        Map<String, String> strays = new TreeMap<>();
        patterns(Locale.forLanguageTag("ru")).forEach((key, pattern) -> {
            Matcher word = LATIN_WORD.matcher(NOT_PROSE.matcher(pattern).replaceAll(" "));
            while (word.find()) {
                String w = word.group().replaceAll("[.\\-/]+$", "");
                boolean identifier = w.matches(".*[_.\\d/\\-].*") || w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
                if (!identifier && !TERMS.contains(w.toLowerCase(Locale.ROOT))) {
                    strays.merge(w, key, (a, b) -> a + ", " + b);
                }
            }
        });
        assertThat(strays).as("English words in Russian feedback (word → keys); translate them or, for a technical term, add it to TERMS")
                .isEmpty();
    }

    @Test
    void the_check_catches_an_english_phrase() {
        Matcher word = LATIN_WORD.matcher(NOT_PROSE.matcher("Ждали snapshot, but nothing came «Key concepts» {0}").replaceAll(" "));
        java.util.List<String> found = new java.util.ArrayList<>();
        while (word.find()) {
            if (!TERMS.contains(word.group().toLowerCase(Locale.ROOT))) {
                found.add(word.group());
            }
        }
        assertThat(found).containsExactly("but", "nothing", "came");
    }

    /** The Russian bundle's own keys and patterns, without a parent's. */
    private static Map<String, String> patterns(Locale locale) {
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("dev.cdclab.i18n.messages", locale,
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }
}
