package dev.cdclab.cdc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A student never reads the lab's name of a topic without the name they wrote beside it. */
class TopicNamesShownTest {
    @Test
    void a_renamed_data_topic_is_shown_by_the_students_name_with_the_labs_beside_it() {
        assertThat(ConnectorOutput.shown("mysql.k3x9-c1", "mysql", "mysql.k3x9-c1.inventory.customers"))
                .isEqualTo("mysql.inventory.customers (mysql.k3x9-c1.inventory.customers)");
    }

    @Test
    void the_schema_change_topic_and_the_waited_for_pattern_too() {
        assertThat(ConnectorOutput.shown("mysql.k3x9-c1", "mysql", "mysql.k3x9-c1")).isEqualTo("mysql (mysql.k3x9-c1)");
        assertThat(ConnectorOutput.shown("mysql.k3x9-c1", "mysql", "mysql.k3x9-c1.*")).isEqualTo("mysql.* (mysql.k3x9-c1.*)");
    }

    @Test
    void a_topic_the_lab_did_not_rename_is_shown_as_it_is() {
        assertThat(ConnectorOutput.shown("mysql", "mysql", "mysql.inventory.customers")).isEqualTo("mysql.inventory.customers");
        assertThat(ConnectorOutput.shown("mysql.k3x9-c1", "mysql", "connect-offsets")).isEqualTo("connect-offsets");
    }
}
