package dev.cdclab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdclab.i18n.Messages;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The renderers' labels exist in both languages, and points are written one way everywhere. */
class ReportLabelsTest {
    @Test
    void the_russian_and_english_bundles_have_the_same_report_and_console_keys() {
        assertThat(reportKeys(Messages.forLanguage("en"))).isNotEmpty().isEqualTo(reportKeys(Messages.forLanguage("ru")));
    }

    @Test
    void no_format_shows_a_bare_message_key_in_either_language() throws IOException {
        // every key any language has: a key missing from one bundle renders as the key itself
        Set<String> keys = new TreeSet<>(reportKeys(Messages.forLanguage("ru")));
        keys.addAll(reportKeys(Messages.forLanguage("en")));
        for (String language : new String[] {"ru", "en"}) {
            for (ReportFormat format : new ReportWriter(Messages.forLanguage(language)).formats()) {
                String rendered = format.render(RendererFixtures.notGradable());
                assertThat(rendered).as("%s in %s", format.fileName(), language).doesNotContain(keys);
            }
        }
    }

    @Test
    void points_for_machines_are_written_exactly_without_trailing_zeros() {
        // (points for people: ConsoleReportTest)
        assertThat(Points.exact(6.0)).isEqualTo("6");
        assertThat(Points.exact(0.25)).isEqualTo("0.25");
    }

    private static Set<String> reportKeys(Messages messages) {
        Set<String> keys = new TreeSet<>();
        messages.keys().stream().filter(key -> key.startsWith("report.") || key.startsWith("console.")).forEach(keys::add);
        return keys;
    }
}
