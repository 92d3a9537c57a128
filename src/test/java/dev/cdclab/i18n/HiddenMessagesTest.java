package dev.cdclab.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The hidden checks' own bundle ({@code grading/hidden/resources}, on the classpath only where the
 * instructor's hidden checks are): Messages falls back to it, and it is never among the shipped keys.
 * Skipped in a copy without hidden checks.
 */
class HiddenMessagesTest {

    @Test
    void a_key_of_the_hidden_bundle_renders_in_each_language_but_is_not_a_shipped_key() {
        for (String language : new String[] {"ru", "en"}) {
            ResourceBundle hidden = hiddenBundle(language);
            Messages messages = Messages.forLanguage(language);
            assertThat(hidden.keySet()).as("hidden keys (%s)", language).isNotEmpty().allSatisfy(key -> {
                assertThat(messages.has(key)).as(key).isTrue();
                assertThat(messages.keys()).as("shipped keys").doesNotContain(key);
                assertThat(messages.render(Text.of(key, "lesson04/connector.json", "none")))
                        .as(key).isNotEqualTo(key).doesNotContain("{0}");
            });
        }
    }

    @Test
    void the_hidden_bundle_has_the_same_keys_in_russian_and_english() {
        assertThat(hiddenBundle("ru").keySet()).containsExactlyInAnyOrderElementsOf(hiddenBundle("en").keySet());
    }

    private static ResourceBundle hiddenBundle(String language) {
        assumeTrue(Thread.currentThread().getContextClassLoader()
                .getResource("dev/cdclab/i18n/hidden_" + language + ".properties") != null, "no hidden checks in this copy");
        return ResourceBundle.getBundle(Messages.HIDDEN_BUNDLE, Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
