package dev.cdclab.lab.aurora;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A cluster parameter group modified as Aurora MySQL 3 takes a modification: whole, or not at all. */
class ParameterGroupTest {
    private static ClusterParameter reboot(String name, String value) {
        return new ClusterParameter(name, value, ClusterParameter.PENDING_REBOOT);
    }

    @Test
    void the_default_group_has_no_binlog_so_the_writer_gets_no_binlog_options() {
        ParameterGroup group = ParameterGroup.modify(List.of());
        assertThat(group.refusal()).isEmpty();
        assertThat(group.value("binlog_format")).isEqualTo("OFF");
        assertThat(group.writerOptions().values()).doesNotContainKeys("log_bin", "binlog_format");
        assertThat(group.isSet("binlog_row_image")).isFalse();
    }

    @Test
    void a_row_binlog_gives_the_writer_an_aurora_named_binlog_and_the_parameters_with_server_options() {
        ParameterGroup group = ParameterGroup.modify(List.of(reboot("binlog_format", "row"), reboot("gtid_mode", "ON"),
                new ClusterParameter("binlog_row_image", "FULL", ClusterParameter.IMMEDIATE)));
        assertThat(group.refusal()).isEmpty();
        assertThat(group.writerOptions().arguments())
                .contains("--log-bin=mysql-bin-changelog", "--binlog-format=ROW", "--binlog-row-image=FULL")
                .noneMatch(argument -> argument.contains("gtid"));
        assertThat(group.value("gtid-mode")).as("found under Aurora's spelling").isEqualTo("ON");
        assertThat(group.isSet("binlog_row_image")).isTrue();
        assertThat(group.isSet("binlog_row_metadata")).isFalse();
    }

    @Test
    void a_static_parameter_applied_immediately_makes_aws_refuse_the_whole_modification() {
        ParameterGroup group = ParameterGroup.modify(List.of(new ClusterParameter("binlog_format", "ROW", ClusterParameter.IMMEDIATE),
                reboot("binlog_row_image", "FULL")));
        assertThat(group.refusal()).get().asString()
                .contains("InvalidParameterCombination: cannot use immediate apply method for static parameter binlog_format");
        assertThat(group.value("binlog_format")).as("the default group stays").isEqualTo("OFF");
        assertThat(group.isSet("binlog_row_image")).isFalse();
    }

    @Test
    void unknown_names_values_and_apply_methods_are_each_named_in_the_refusal() {
        ParameterGroup group = ParameterGroup.modify(List.of(reboot("binlog_formatt", "ROW"), reboot("binlog_row_image", "HALF"),
                new ClusterParameter("binlog_row_metadata", "FULL", "now")));
        assertThat(group.refusal()).get().asString()
                .contains("Could not find parameter with name: binlog_formatt")
                .contains("Value: HALF is not allowed for: binlog_row_image")
                .contains("Invalid apply method now for binlog_row_metadata");
    }

    @Test
    void a_numeric_parameter_takes_digits_only() {
        assertThat(ParameterGroup.modify(List.of(reboot("max_binlog_size", "134217728"))).refusal()).isEmpty();
        assertThat(ParameterGroup.modify(List.of(reboot("max_binlog_size", "128M"))).refusal()).isPresent();
    }
}
