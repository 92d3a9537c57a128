package dev.cdclab.i18n;

import com.ibm.icu.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Student-facing text from the message bundles {@code dev/cdclab/i18n/messages_*.properties}:
 * Russian by default (the course's language), English with {@code -Dgrade.lang=en}; technical
 * terms (binlog, snapshot, topic) stay in English in both. Patterns are ICU message formats, so a
 * count is worded by the language's CLDR plural rules, never by hand-written endings:
 * {@code {0,plural,one{# балл} few{# балла} many{# баллов} other{# балла}}} gives 1 балл, 2 балла,
 * 5 баллов, 21 балл and 1,5 балла.
 *
 * <p>The instructor's hidden checks bring their texts in a bundle of their own,
 * {@code dev/cdclab/i18n/hidden_*.properties} under {@code grading/hidden/resources}: what a
 * student receives never says what a hidden check tests. A key is looked up in the shipped bundle
 * first, then in the hidden one when it is on the classpath.
 *
 * <pre>{@code Messages.forLanguage("en").render(Text.of("check.not-run")); }</pre>
 */
public final class Messages {
    static final String VERBATIM = "verbatim";
    static final String LINES = "lines";
    private static final String BUNDLE = "dev.cdclab.i18n.messages";
    static final String HIDDEN_BUNDLE = "dev.cdclab.i18n.hidden";

    private final Locale locale;
    private final ResourceBundle bundle;
    /** The hidden checks' texts; null where they are not on the classpath (a student's copy). */
    private final ResourceBundle hidden;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = bundle(BUNDLE, locale);
        ResourceBundle hiddenTexts;
        try {
            hiddenTexts = bundle(HIDDEN_BUNDLE, locale);
        } catch (MissingResourceException e) {
            hiddenTexts = null;
        }
        this.hidden = hiddenTexts;
    }

    private static ResourceBundle bundle(String name, Locale locale) {
        return ResourceBundle.getBundle(name, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** {@code ru} (default) or {@code en}; anything else is refused with the accepted values. */
    public static Messages forLanguage(String language) {
        String lang = language == null || language.isBlank() ? "ru" : language.trim().toLowerCase(Locale.ROOT);
        if (!List.of("ru", "en").contains(lang)) {
            throw new IllegalArgumentException("unknown language '" + language + "': use ru or en");
        }
        return new Messages(Locale.forLanguageTag(lang));
    }

    public String language() {
        return locale.getLanguage();
    }

    /** The text in this language; an unknown key shows as the key itself, never as an exception. */
    public String render(Text text) {
        if (text == null) {
            return null;
        }
        if (VERBATIM.equals(text.key())) {
            return String.valueOf(text.args().get(0));
        }
        if (LINES.equals(text.key())) {
            return text.args().isEmpty() ? null : String.join("\n",
                    text.args().stream().map(line -> render((Text) line)).toList());
        }
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? render(t) : a).toArray();
        ResourceBundle source = bundle.containsKey(text.key()) || hidden == null ? bundle : hidden;
        try {
            return new MessageFormat(source.getString(text.key()), locale).format(args);
        } catch (MissingResourceException | IllegalArgumentException e) {
            // an unknown key, or an argument the pattern cannot format (text where a plural wants a count)
            return text.key() + (args.length == 0 ? "" : " " + List.of(args));
        }
    }

    public String get(String key, Object... args) {
        return render(Text.of(key, args));
    }

    /** Whether this language has {@code key}, in the shipped bundle or the hidden checks' (used by the bundles' own tests). */
    public boolean has(String key) {
        return bundle.containsKey(key) || hidden != null && hidden.containsKey(key);
    }

    /** The keys of the shipped bundle (the hidden checks' bundle is not among them). */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }
}
