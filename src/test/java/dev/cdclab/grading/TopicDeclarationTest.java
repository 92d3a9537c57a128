package dev.cdclab.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** topics.json: what an operator would create with kafka-topics.sh, read strictly. */
class TopicDeclarationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<TopicDeclaration> parse(String json) throws Exception {
        return TopicDeclaration.parse("lesson05/topics.json", JSON.readTree(json));
    }

    @Test
    void a_topic_has_its_name_partitions_replication_factor_and_config() throws Exception {
        List<TopicDeclaration> topics = parse("{\"topics\": [{\"name\": \"schema-changes.inventory\", \"partitions\": 1, "
                + "\"replication_factor\": 1, \"config\": {\"retention.ms\": \"-1\", \"retention.bytes\": -1}}]}");

        assertThat(topics).containsExactly(new TopicDeclaration("schema-changes.inventory", 1, (short) 1,
                Map.of("retention.ms", "-1", "retention.bytes", "-1")));
    }

    @Test
    void partitions_and_replication_factor_default_to_one() throws Exception {
        assertThat(parse("{\"topics\": [{\"name\": \"h\"}]}")).singleElement()
                .satisfies(topic -> assertThat(topic.partitions()).isEqualTo(1))
                .satisfies(topic -> assertThat(topic.replicationFactor()).isEqualTo((short) 1));
    }

    @Test
    void a_file_without_a_list_of_topics_is_refused_with_the_shape_hint() {
        assertThatThrownBy(() -> parse("{\"topic\": {\"name\": \"h\"}}"))
                .isInstanceOfSatisfying(CheckFailure.class, failure -> {
                    assertThat(failure.summary().key()).isEqualTo("topics.shape");
                    assertThat(failure.hint().key()).isEqualTo("hint.topics.shape");
                });
    }

    @Test
    void a_topic_without_a_name_or_with_absurd_partitions_is_refused_quoting_it() {
        for (String topic : List.of("{\"partitions\": 1}", "{\"name\": \"h\", \"partitions\": 0}", "{\"name\": \"h\", \"partitions\": 100000}")) {
            assertThatThrownBy(() -> parse("{\"topics\": [" + topic + "]}"))
                    .isInstanceOfSatisfying(CheckFailure.class, failure -> {
                        assertThat(failure.summary().key()).isEqualTo("topics.invalid");
                        assertThat(failure.summary().args().get(1).toString()).contains("partitions").doesNotContain("{}");
                    });
        }
    }
}
