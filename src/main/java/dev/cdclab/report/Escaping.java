package dev.cdclab.report;

import java.util.function.Function;

/**
 * Character-by-character escaping shared by the text formats: each renderer says which
 * characters to replace and by what; the HTML entities are defined once.
 *
 * <pre>{@code Escaping.replace("a < b", Escaping::htmlEntity)   // "a &lt; b" }</pre>
 */
final class Escaping {
    private Escaping() {
    }

    /** {@code text} with each character replaced where {@code replacement} gives non-null; null text gives "". */
    static String replace(String text, Function<Character, String> replacement) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            String replaced = replacement.apply(c);
            if (replaced == null) {
                out.append(c);
            } else {
                out.append(replaced);
            }
        }
        return out.toString();
    }

    /** The entity of a character that is markup in HTML content or a quoted attribute ({@code & < > " '}), else null. */
    static String htmlEntity(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
