package dev.cdclab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShardTest {
    private static final List<String> CLASS = List.of("anna", "boris", "clara", "dmitry", "elena", "fedor", "galina");

    @Test
    void a_shard_takes_every_nth_student_from_the_ith() {
        assertThat(Shard.parse("1/3").select(CLASS)).containsExactly("anna", "dmitry", "galina");
        assertThat(Shard.parse("2/3").select(CLASS)).containsExactly("boris", "elena");
        assertThat(Shard.parse(" 3 / 3 ").select(CLASS)).containsExactly("clara", "fedor");
        assertThat(Shard.ALL.select(CLASS)).isEqualTo(CLASS);
    }

    @Test
    void the_shards_of_n_hold_every_student_once_and_differ_by_one_at_most() {
        for (int n = 1; n <= 9; n++) {
            List<String> all = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                List<String> share = new Shard(i, n).select(CLASS);
                all.addAll(share);
                sizes.add(share.size());
            }
            assertThat(all).as("shards of %d", n).containsExactlyInAnyOrderElementsOf(CLASS);
            assertThat(sizes.stream().mapToInt(Integer::intValue).max().orElse(0)
                    - sizes.stream().mapToInt(Integer::intValue).min().orElse(0)).as("sizes %s", sizes).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void more_shards_than_students_leaves_the_last_ones_empty() {
        assertThat(IntStream.rangeClosed(1, 4).mapToObj(i -> new Shard(i, 4).select(List.of("anna", "boris"))))
                .containsExactly(List.of("anna"), List.of("boris"), List.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "0/3", "4/3", "1/0", "a/b", "1/2/3", "-1/2"})
    void anything_but_i_of_n_is_refused_quoting_the_input(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> Shard.parse(text)).withMessageContaining(text);
    }

    @Test
    void a_shard_shows_as_i_of_n() {
        assertThat(Shard.parse("2/4")).hasToString("2/4");
    }
}
