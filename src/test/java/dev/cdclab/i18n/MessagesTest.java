package dev.cdclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {
    /** {@code {0}}, {@code {2,number,0.0}}: the index of each argument a pattern shows. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
    /** Dummy arguments stay below 1000 so that no locale groups their digits. */
    private static final int FIRST_DUMMY = 100;

    private final Messages russian = Messages.forLanguage("ru");
    private final Messages english = Messages.forLanguage("en");

    @Test
    void russian_and_english_have_exactly_the_same_keys() {
        assertThat(russian.keys()).isNotEmpty().containsExactlyInAnyOrderElementsOf(english.keys());
    }

    @Test
    void both_languages_show_the_same_arguments_for_each_key() {
        SoftAssertions softly = new SoftAssertions();
        for (String key : english.keys()) {
            softly.assertThat(argumentsOf(pattern(russian, key))).as(key).isEqualTo(argumentsOf(pattern(english, key)));
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ru", "en"})
    void every_pattern_formats_and_shows_each_of_its_arguments(String language) {
        // GIVEN dummy numeric arguments (a number suits both {0} and {0,number,...})
        Messages messages = Messages.forLanguage(language);
        SoftAssertions softly = new SoftAssertions();
        for (String key : new TreeSet<>(messages.keys())) {
            Set<Integer> shown = argumentsOf(pattern(messages, key));
            int count = shown.stream().mapToInt(i -> i + 1).max().orElse(0);
            Object[] args = IntStream.range(0, count).mapToObj(i -> (Object) (FIRST_DUMMY + i)).toArray();
            // WHEN it is rendered THEN nothing throws, and no argument was swallowed by a stray apostrophe
            String text;
            try {
                text = messages.get(key, args);
            } catch (RuntimeException e) {
                softly.fail(key + " does not format: " + e);
                continue;
            }
            shown.forEach(i -> softly.assertThat(text).as(key).contains(String.valueOf(FIRST_DUMMY + i)));
        }
        softly.assertAll();
    }

    @Test
    void an_apostrophe_written_twice_shows_once() {
        assertThat(english.get("hint.connector.failed")).startsWith("Read the connector's own error");
    }

    @Test
    void quoted_braces_of_the_shape_hint_show_as_json() {
        assertThat(english.get("connector.json.shape.hint")).contains("{\"name\": \"...\", \"config\": { ... }}");
    }

    @Test
    void an_unknown_language_is_refused_naming_the_accepted_ones() {
        assertThatIllegalArgumentException().isThrownBy(() -> Messages.forLanguage("de"))
                .withMessageContaining("de").withMessageContaining("ru").withMessageContaining("en");
    }

    @Test
    void no_language_means_russian_and_case_and_spaces_do_not_matter() {
        assertThat(Messages.forLanguage(null).language()).isEqualTo("ru");
        assertThat(Messages.forLanguage(" ").language()).isEqualTo("ru");
        assertThat(Messages.forLanguage(" EN ").language()).isEqualTo("en");
    }

    @Test
    void a_text_is_rendered_in_the_language_of_the_messages() {
        assertThat(english.render(Text.of("artifact.outside", "../x.json")))
                .isEqualTo("The path ../x.json leads outside the submission folder.");
        assertThat(russian.render(Text.of("artifact.outside", "../x.json")))
                .isEqualTo("Путь ../x.json ведёт за пределы папки решения.");
    }

    @Test
    void a_text_argument_is_rendered_in_the_same_language() {
        Text missing = Text.of("events.op.missing", Text.of("op.c"), "id", "1005", "mysql.inventory.customers");
        assertThat(english.render(missing)).contains("one insert (c) event");
    }

    @Test
    void a_verbatim_text_is_shown_as_it_is_in_every_language() {
        Text quoted = Text.verbatim("it's {0} and '{1}'");
        assertThat(english.render(quoted)).isEqualTo("it's {0} and '{1}'");
        assertThat(russian.render(quoted)).isEqualTo("it's {0} and '{1}'");
        assertThat(english.render(Text.verbatim(null))).isEmpty();
    }

    @Test
    void an_unknown_key_shows_as_the_key_and_its_arguments() {
        assertThatNoException().isThrownBy(() -> english.render(Text.of("no.such.key", 1)));
        assertThat(english.render(Text.of("no.such.key", "a", 2))).isEqualTo("no.such.key [a, 2]");
        assertThat(english.render(Text.of("no.such.key"))).isEqualTo("no.such.key");
        assertThat(english.has("no.such.key")).isFalse();
        assertThat(english.has("check.not-run")).isTrue();
    }

    private static String pattern(Messages messages, String key) {
        return ResourceBundle.getBundle("dev.cdclab.i18n.messages", Locale.forLanguageTag(messages.language()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    private static Set<Integer> argumentsOf(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(pattern);
        while (matcher.find()) {
            indices.add(Integer.parseInt(matcher.group(1)));
        }
        return indices;
    }
}
