package dev.cdclab.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The table and summary.json show right answers as a kind of their own, beside wrong and hostile. */
class SelfCheckTableTest {
    private final SelfCheckResult result = new SelfCheckResult(List.of(
            new SelfCheckResult.Entry("l04-include-list-regex", "right", "L04", "100%", "100%", true),
            new SelfCheckResult.Entry("l04-bom", "right", "L04", "100%", "95% lost L04.a: not UTF-8", false),
            new SelfCheckResult.Entry("password-wrong", "wrong", "L04", "L04.a", "L04.a", true)), null);

    @Test
    void the_table_counts_each_kind() {
        String table = SelfCheckTable.render(result);

        assertThat(table).contains("right     l04-include-list-regex").contains("FAIL right     l04-bom")
                .contains("2 passed, 1 failed; right 1/2, wrong 1/1");
    }

    @Test
    void the_summary_counts_each_kind() {
        String json = SelfCheckTable.json(result);

        assertThat(json.replaceAll("\\s", "")).contains("\"right\":{\"entries\":2,\"ok\":1}").contains("\"wrong\":{\"entries\":1,\"ok\":1}");
    }
}
