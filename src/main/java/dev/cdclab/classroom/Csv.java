package dev.cdclab.classroom;

import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 writes it, for gradebooks: a field with a comma, a quote or a line break is
 * quoted and its quotes doubled; lines end with {@code \n}. Parsing reads what this writes (and
 * {@code \r\n} line ends, as spreadsheets save them).
 *
 * <pre>{@code
 * String line = Csv.line(List.of("anna", "say \"hi\"", "6.5"));   // anna,"say ""hi""",6.5\n
 * List<List<String>> rows = Csv.parse(line);                      // [[anna, say "hi", 6.5]]
 * }</pre>
 */
public final class Csv {
    private Csv() {
    }

    public static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0;
            line.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return line.append('\n').toString();
    }

    /** The rows of {@code text}; an unterminated quoted field is refused with its row's number. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new IllegalArgumentException("row " + (rows.size() + 1) + " has a quoted field that never ends");
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
