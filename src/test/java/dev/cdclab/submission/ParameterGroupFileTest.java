package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdclab.grading.CheckFailure;
import dev.cdclab.i18n.Messages;
import dev.cdclab.lab.aurora.ClusterParameter;
import org.junit.jupiter.api.Test;

/** The AWS CLI's two shapes of a parameter group modification, and what is refused before AWS would see it. */
class ParameterGroupFileTest {
    private static final String FILE = "lesson03/parameter-group.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENTRY = "{\"ParameterName\": \"binlog_checksum\", \"ParameterValue\": \"CRC32\", \"ApplyMethod\": \"immediate\"}";

    @Test
    void a_list_and_a_cli_input_object_give_the_same_parameters() throws Exception {
        assertThat(ParameterGroupFile.parse(FILE, JSON.readTree("[" + ENTRY + "]")))
                .containsExactly(new ClusterParameter("binlog_checksum", "CRC32", "immediate"))
                .isEqualTo(ParameterGroupFile.parse(FILE, JSON.readTree("{\"DBClusterParameterGroupName\": \"g\", \"Parameters\": [" + ENTRY + "]}")));
    }

    @Test
    void a_wrong_shape_an_incomplete_entry_and_too_many_entries_are_refused() throws Exception {
        assertThat(english(failure("{\"parameters\": []}"))).contains("must be a list of parameters");
        assertThat(english(failure("[{\"ParameterName\": \"binlog_format\", \"ParameterValue\": 1, \"ApplyMethod\": \"immediate\"}]")))
                .contains("parameter 1", "\"ParameterValue\":1");
        assertThat(english(failure("[" + (ENTRY + ",").repeat(21) + ENTRY + "]"))).contains("22 parameters", "at most 20");
    }

    private static CheckFailure failure(String json) throws Exception {
        var tree = JSON.readTree(json);
        return catchThrowableOfType(CheckFailure.class, () -> ParameterGroupFile.parse(FILE, tree));
    }

    private static String english(CheckFailure failure) {
        return Messages.forLanguage("en").render(failure.summary());
    }
}
