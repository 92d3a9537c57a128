package dev.cdclab.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdclab.grading.CheckFailure;
import dev.cdclab.lab.Endpoint;
import dev.cdclab.lab.dialect.MariaDbDialect;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A config provider would make Connect read the grader's files or environment: refused before Connect sees it. */
class ConfigProviderTest {
    private static final LabTargets TARGETS = new LabTargets(new MariaDbDialect(), new Endpoint("127.0.0.1", 33306),
            new Endpoint("127.0.0.1", 35432), "127.0.0.1:39092");

    private static ConnectorDefinition withPassword(String password) {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("connector.class", "io.debezium.connector.mysql.MySqlConnector");
        config.put("database.hostname", "mysql");
        config.put("database.port", "3306");
        config.put("database.password", password);
        return new ConnectorDefinition("lesson04/connector.json", "c", config);
    }

    @ParameterizedTest
    @ValueSource(strings = {"${file:/etc/passwd:root}", "${env:HOME}", "${directory:/work/main/solutions:lesson04}", "x${file:/a:b}y"})
    void a_value_naming_a_config_provider_is_refused_with_the_key(String value) {
        assertThatThrownBy(() -> new CourseToLab(TARGETS, "c1").apply(withPassword(value)))
                .isInstanceOfSatisfying(CheckFailure.class, failure -> {
                    assertThat(failure.summary().key()).isEqualTo("connector.config-provider");
                    assertThat(failure.summary().args()).containsExactly("lesson04/connector.json", "database.password");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"debezium", "pa$$word", "${not a provider}", "{file:x}"})
    void ordinary_values_pass(String value) {
        assertThat(new CourseToLab(TARGETS, "c1").apply(withPassword(value)).connector().get("database.password")).contains(value);
    }
}
