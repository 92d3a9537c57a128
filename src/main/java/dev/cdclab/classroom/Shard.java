package dev.cdclab.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of {@code count} shares of a class, for grading it on several machines: shard {@code i/n}
 * takes every n-th student of the list sorted by name, starting with the i-th (1-based). Every
 * student is in exactly one shard of n, and the shards differ by one student at most.
 *
 * <pre>{@code
 * Shard.parse("2/3").select(List.of("a", "b", "c", "d", "e"));  // [b, e]
 * }</pre>
 */
public record Shard(int index, int count) {
    /** The whole class. */
    public static final Shard ALL = new Shard(1, 1);
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,6})\\s*/\\s*(\\d{1,6})\\s*");

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected i/n with 1 <= i <= n");
        }
    }

    /** {@code i/n}, such as {@code 2/4}. */
    public static Shard parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("--shard '" + text + "': expected i/n, such as 2/4");
        }
        return new Shard(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    /** This shard's share of {@code sorted} (a list already sorted by student name). */
    public <T> List<T> select(List<T> sorted) {
        List<T> share = new ArrayList<>();
        for (int position = index - 1; position < sorted.size(); position += count) {
            share.add(sorted.get(position));
        }
        return share;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
